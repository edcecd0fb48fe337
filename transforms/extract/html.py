"""HTML records (OHCHR and ODS renditions) as clean text, read with BeautifulSoup.

Block elements become lines, list items of numbered lists get their number, footnotes come
back apart. The renditions' known defects are repaired on the way: words broken by a stray
space ("Com mittee", "A ll Forms", "Ninety- fifth"), masthead fields run together
("CMW/C/SR.160Distr.: General"), and paragraph numbers that lost their tab ("1.The").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

from transforms.dates import MONTH_NAME
from transforms.extract import ExtractedDocument
from transforms.extract.cleanup import (
    CORRECTION_NOTICE,
    clean_line,
    is_page_furniture,
    number_with_tab,
    paragraph_number,
)
from transforms.formulas import FORMULA
from transforms.record import RecordRejected

_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li tr td th table blockquote pre section article header footer aside address "
    "dl dt dd ol ul center body form fieldset figure figcaption caption nav main hr".split()
)
_DROPPED = frozenset("script style head noscript template iframe object svg button".split())
_NOTE_MARK = re.compile(r"foot|ftn|endnote", re.IGNORECASE)
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
# Where a masthead field starts that a rendition glued to the one before it.
_GLUED_FIELD = re.compile(
    rf"(?<=\S)(?=Distr\.)|(?<=\S)(?=Original\s*:)|(?<=[^\s\d])(?=\d{{1,2}} {MONTH_NAME} \d{{4}}(?!\d))"
    r"|(?<=\d{4})(?=[A-Z][a-z])|(?<=\S)(?=Held at\b)|(?<=\S)(?=(?:Chairperson|Chairman|Chair|President)\s*:)"
    r"|(?<=[a-z\d])(?=Summary record\b)|(?<=[a-z])(?=GENERAL\b)"
)
_HANGING_HYPHEN = re.compile(r"(?<=[^\W\d_])- (?=([^\W\d_]+))")
_SUSPENDED_NEXT = frozenset({"to", "and", "or", "nor"})
_TOKEN = re.compile(r"[^\W\d_]+")
_SHORT_WORDS = frozenset(
    "a i o an as at be by do go he if in is it me my no of on or so to up us we am ms mr dr".split()
)


def document_from_html(content: bytes) -> ExtractedDocument:
    """Clean text and footnotes of an HTML record; `RecordRejected` when it holds no text."""
    soup = BeautifulSoup(content, "html.parser")
    footnotes = _take_footnotes(soup)
    lines: list[str] = []
    _block_lines(soup, lines, [])
    lines = [clean_line(line) for line in lines]
    lines = [line for line in lines if line]
    if not lines:
        raise RecordRejected("extract", "HTML page has no text")
    lines = repair_broken_words(lines)
    lines = _numbered(_split_glued_masthead(lines))
    footnotes[:0] = [line for line in lines if CORRECTION_NOTICE.match(line)]
    text_lines = [
        line
        for line in lines
        if not CORRECTION_NOTICE.match(line) and not is_page_furniture(line, running_header=False)
    ]
    return ExtractedDocument("\n".join(text_lines) + "\n", "html", footnotes)


def _take_footnotes(soup: BeautifulSoup) -> list[str]:
    """Remove footnote blocks (Word's "ftn" divs, elements classed as footnotes) and reference marks."""
    notes: list[str] = []
    for anchor in soup.find_all("a", href=True):
        if (
            _attribute(anchor, "href", "").startswith(("#_ftn", "#ftn", "#_edn"))
            and anchor.find_parent(_is_note_block) is None
        ):
            anchor.decompose()
    for block in soup.find_all(_is_note_block):
        if block.find_parent(_is_note_block) is not None:
            continue
        text = clean_line(_WHITESPACE.sub(" ", block.get_text(" ")))
        if text:
            notes.append(re.sub(r"^\[?\d{1,3}\]?\s+", "", text))
        block.decompose()
    return notes


def _is_note_block(tag: Tag) -> bool:
    if not isinstance(tag, Tag) or tag.name not in ("div", "p", "section", "aside", "li"):
        return False
    marks = " ".join([*tag.get_attribute_list("class"), _attribute(tag, "id", "")])
    return bool(_NOTE_MARK.search(marks))


def _block_lines(element: Tag, lines: list[str], current: list[str]) -> None:
    """Walk the tree: inline text gathers into `current`, block boundaries and <br> end a line."""
    for child in element.children:
        if isinstance(child, (Comment, Doctype)):
            continue
        if isinstance(child, NavigableString):
            current.append(_WHITESPACE.sub(" ", str(child)))
            continue
        if not isinstance(child, Tag) or child.name in _DROPPED:
            continue
        if child.name == "br":
            _flush(lines, current)
        elif child.name == "ol":
            _flush(lines, current)
            _list_lines(child, lines)
        elif child.name in _BLOCKS:
            _flush(lines, current)
            _block_lines(child, lines, current)
            _flush(lines, current)
        else:
            _block_lines(child, lines, current)


def _list_lines(ordered_list: Tag, lines: list[str]) -> None:
    """Items of an <ol> with their numbers ("start" and "value" attributes respected)."""
    number = _int(ordered_list.get("start"), 1) - 1
    kind = _attribute(ordered_list, "type", "1")
    for item in ordered_list.find_all("li", recursive=False):
        number = _int(item.get("value"), number + 1)
        item_lines: list[str] = []
        _block_lines(item, item_lines, [])
        _flush(item_lines, [])
        item_lines = [line for line in item_lines if line.strip()]
        if not item_lines:
            continue
        first = item_lines[0].strip()
        if not re.match(r"^\d{1,3}\.", first):
            item_lines[0] = f"{_list_label(number, kind)}\t{first}"
        lines.extend(item_lines)


def _list_label(number: int, kind: str) -> str:
    if kind in ("a", "A"):
        letter = chr(ord("a") + (number - 1) % 26)
        return f"({letter.upper() if kind == 'A' else letter})"
    return f"{number}."


def _attribute(tag: Tag, name: str, default: str) -> str:
    """A single-valued attribute ("href", "id", "type"), or `default` when the tag has none."""
    value = tag.get(name)
    return value if isinstance(value, str) else default


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _flush(lines: list[str], current: list[str]) -> None:
    text = "".join(current).strip()
    if text:
        lines.append(text)
    current.clear()


def repair_broken_words(lines: list[str]) -> list[str]:
    """Rejoin words a rendition broke with a stray space, using the document's own vocabulary."""
    tokens: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for line in lines:
        words = [word.lower() for word in _TOKEN.findall(line)]
        tokens.update(words)
        pairs.update(itertools.pairwise(words))
    return [_repaired(line, tokens, pairs) for line in lines]


def _repaired(line: str, tokens: Counter[str], pairs: Counter[tuple[str, str]]) -> str:
    text = _HANGING_HYPHEN.sub(lambda match: "- " if match.group(1).lower() in _SUSPENDED_NEXT else "-", line)
    words = list(_TOKEN.finditer(text))
    # Spaces between two words that are one, removed from the right so the positions hold.
    for head, tail in reversed(list(itertools.pairwise(words))):
        if tail.start() == head.end() + 1 and text[head.end()] == " " and _one_word(head[0], tail[0], tokens, pairs):
            text = text[: head.end()] + text[tail.start() :]
    return text


def _one_word(head: str, tail: str, tokens: Counter[str], pairs: Counter[tuple[str, str]]) -> bool:
    """Two tokens are one word when the whole is printed elsewhere and a part is no word of its own."""
    if not tail[:1].islower():
        return False
    low_head, low_tail = head.lower(), tail.lower()
    if len(head) <= 2 and len(tail) <= 2 and low_tail not in _SHORT_WORDS:
        return True  # "A ll": a fragment that is no word at all
    if (low_head + low_tail) not in tokens:
        return False
    pair = pairs[(low_head, low_tail)]
    return not (tokens[low_head] > pair and tokens[low_tail] > pair)


def _split_glued_masthead(lines: list[str]) -> list[str]:
    """Before the first paragraph, cut lines where one masthead field runs into the next."""
    body_start = next(
        (index for index, line in enumerate(lines) if paragraph_number(line) or FORMULA.match(line)), len(lines)
    )
    masthead: list[str] = []
    for line in lines[:body_start]:
        masthead.extend(part.strip() for part in _GLUED_FIELD.split(line) if part.strip())
    return masthead + lines[body_start:]


def _numbered(lines: list[str]) -> list[str]:
    """Paragraph numbers followed by a tab, for numbers that continue the sequence."""
    last = 0
    result = []
    for line in lines:
        number = paragraph_number(line)
        if number is not None and number > last:
            last = number
            result.append(number_with_tab(line))
        else:
            result.append(line)
    return result
