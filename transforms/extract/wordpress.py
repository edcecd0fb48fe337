"""A WordPress site's entry for a record, as its REST API answers it: the HTML it carries.

UNISPAL, the UN's site on the question of Palestine, is a WordPress site: `/wp-json/wp/v2/document/<id>`
answers a JSON object whose `content.rendered` is the record as HTML (the Conciliation Commission's summary
records of 1949-52 among them). That HTML is read as any other page. An entry whose end was lost keeps the
HTML as far as it goes, as a text file whose end was lost keeps its paragraphs.
"""

from __future__ import annotations

import json
import re

from transforms.record import RecordRejected

_CONTENT = re.compile(r'"content"\s*:\s*\{\s*"rendered"\s*:\s*"')
# A JSON string's characters up to its closing quote, or to the end where the entry was cut.
_STRING_BODY = re.compile(r'(?:[^"\\]|\\.)*')
_CUT_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{0,3})?$")
_CUT_TAG = re.compile(r"<[^<>]*$")


def is_wordpress_entry(head: bytes) -> bool:
    """Whether a file's first bytes (stripped) open a WordPress entry rather than a page or a text."""
    return head.startswith(b"{") and b'"rendered"' in head


def html_of_wordpress_entry(content: bytes) -> bytes:
    """The entry's `content.rendered` HTML; `RecordRejected` when the JSON carries none."""
    try:
        entry = json.loads(content)
    except ValueError:  # cut short: read the HTML string as far as it goes
        text = content.decode("utf-8", errors="replace")
        start = _CONTENT.search(text)
        if start is None:
            raise RecordRejected("extract", "a JSON file that is no WordPress entry with content") from None
        body = _STRING_BODY.match(text, start.end())
        assert body is not None  # the pattern matches the empty string
        html = json.loads('"' + _CUT_ESCAPE.sub("", body.group()) + '"')
        return _CUT_TAG.sub("", html).encode()  # '... <p style="m', where the cut fell inside a tag
    content_field = entry.get("content") if isinstance(entry, dict) else None
    rendered = content_field.get("rendered") if isinstance(content_field, dict) else None
    if not isinstance(rendered, str):
        raise RecordRejected("extract", "a JSON file that is no WordPress entry with content")
    return rendered.encode()
