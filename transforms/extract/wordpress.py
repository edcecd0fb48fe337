"""A WordPress site's entry for a record, as its REST API answers it: the HTML it carries.

UNISPAL, the UN's site on the question of Palestine, is a WordPress site: `/wp-json/wp/v2/document/<id>`
answers a JSON object whose `content.rendered` is the record as HTML (the Conciliation Commission's summary
records of 1949-52 among them). That HTML is read as any other page; the entry's title ("... - Summary Record
(A/AC.13/SR.13)") is the file's own metadata, its symbol in brackets when it ends with one. An entry whose end
was lost keeps the HTML as far as it goes, as a text file whose end was lost keeps its paragraphs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape

from transforms.record import RecordRejected
from transforms.symbols import is_meeting_symbol


def _rendered(field: str) -> re.Pattern[str]:
    """A field's `rendered` string: its characters up to the closing quote, or to the end where the entry was cut."""
    return re.compile(rf'"{field}"\s*:\s*\{{\s*"rendered"\s*:\s*"(?P<string>(?:[^"\\]|\\.)*)')


_CONTENT = _rendered("content")
_TITLE = _rendered("title")
_CUT_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{0,3})?$")
_CUT_TAG = re.compile(r"<[^<>]*$")
_SYMBOL_LAST = re.compile(r"\(([A-Z][A-Za-z0-9./]+)\)\s*$")
# "Report to SecCo/Evacuation plans - UNPC 36th mtg. - Summary record": the meeting the title names.
_MEETING_IN_TITLE = re.compile(r"\b(?P<n>\d{1,4})(?:st|nd|rd|th)\s+(?:mtg\b|meeting\b)", re.IGNORECASE)


def is_wordpress_entry(head: bytes) -> bool:
    """Whether a file's first bytes (stripped) open a WordPress entry rather than a page or a text."""
    return head.startswith(b"{") and b'"rendered"' in head


@dataclass(frozen=True, slots=True)
class WordPressEntry:
    html: bytes
    metadata: dict[str, str]  # the entry's title, and the symbol it ends with in brackets when it does


def wordpress_entry(content: bytes) -> WordPressEntry:
    """The entry's `content.rendered` page and its title; `RecordRejected` when the JSON carries no page."""
    try:
        entry = json.loads(content, strict=False)  # a tab or newline left raw in a string, as some copies have it
    except ValueError:  # cut short: read the page as far as it goes
        text = content.decode("utf-8", errors="replace")
        page = _CONTENT.search(text)
        if page is None:
            raise RecordRejected("extract", "a JSON file that is no WordPress entry with content") from None
        title = _TITLE.search(text, 0, page.start())
        return WordPressEntry(
            _CUT_TAG.sub("", _decoded(page)).encode(),  # '... <p style="m', where the cut fell inside a tag
            _metadata(_decoded(title) if title else None),
        )
    content_field = entry.get("content") if isinstance(entry, dict) else None
    rendered = content_field.get("rendered") if isinstance(content_field, dict) else None
    if not isinstance(rendered, str):
        raise RecordRejected("extract", "a JSON file that is no WordPress entry with content")
    title_field = entry.get("title")
    title = title_field.get("rendered") if isinstance(title_field, dict) else None
    return WordPressEntry(rendered.encode(), _metadata(title if isinstance(title, str) else None))


def _decoded(rendered: re.Match[str]) -> str:
    """The string a `_rendered` pattern found, its escapes read; an escape the cut broke goes."""
    return str(json.loads('"' + _CUT_ESCAPE.sub("", rendered.group("string")) + '"', strict=False))


def _metadata(title: str | None) -> dict[str, str]:
    """ "Requests for Hearings &#8211; Special Committee on Palestine (UNSCOP) - Summary Record (A/AC.13/SR.13)"
    gives its title, and its symbol when the brackets that end it hold one; "... - UNPC 36th mtg. - ..." its
    meeting."""
    if not title:
        return {}
    title = unescape(title).strip()
    metadata = {"title": title}
    if (meeting := _MEETING_IN_TITLE.search(title)) is not None:
        metadata["meeting_number"] = meeting.group("n")
    symbol = _SYMBOL_LAST.search(title)
    if symbol and is_meeting_symbol(symbol.group(1)):
        metadata["symbol"] = symbol.group(1)
    return metadata
