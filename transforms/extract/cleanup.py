"""Line clean-up shared by the PDF, Word and HTML readers.

Each reader finds the paragraphs of its format; what a paragraph's text should look like
once found is decided here: Unicode normalised, spaces made plain, paragraph numbers
followed by a tab, words that a line end hyphenated put back together, page furniture
(page numbers, job numbers, barcodes) and correction notices told apart from the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

# No-break, thin, figure and other fixed-width spaces: plain spaces in clean text.
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Soft hyphens, zero-width characters, byte-order marks and PDFium's line-end hyphen mark.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\ufffd]")
_SPACE_RUN = re.compile(r" {2,}")
_SPACED_TAB = re.compile(r" *\t *")

# "12. Mr. X", "12.\tMr. X", "12.Mr. X" (an HTML rendition that lost the tab).
NUMBERED = re.compile(r"^(?P<n>\d{1,3})\.(?:[ \t]+|(?=[A-ZÀ-Þ“\"‘'(]))(?=\S)")

# Page furniture: printed on every page, never part of the record's text.
_PAGE_NUMBER = re.compile(
    r"^(?:-\s*)?\d{1,4}(?:\s*-)?$|^(?:page|Page|PAGE)\s+\d{1,4}(?:\s+of\s+\d{1,4})?$|^\d{1,4}/\d{1,4}$"
)
_JOB_NUMBER = re.compile(
    r"^(?:\d{1,4}\s+)?(?:[A-Z]{1,3}\.)?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s+\d{1,4})?$"
)
_BARCODE = re.compile(r"^\*\s?[A-Z]?\d{6,}\s?\*$")
_RECYCLE = re.compile(r"^Please\s+recycle\b", re.IGNORECASE)
# A footer line holding several of those: "GE.11-41758 (E) 110411 140411 *1141758*".
_FURNITURE_PIECE = re.compile(
    r"(?:[A-Z]{1,3}\.)?\d{2}-\d{4,6}|\([A-Z]\)|\*\s?[A-Z]?\d{6,}\s?\*|\b\d{6}\b|Please\s+recycle|\b\d{1,4}\b"
)
_JOB_OR_BARCODE = re.compile(r"\d{2}-\d{4,6}|\*\s?[A-Z]?\d{6,}\s?\*")
# A symbol alone (a running header), with "page 3" after it in older records.
SYMBOL = r"(?:A|E|S|[A-Z]{2,6})(?:/[A-Za-z0-9.\-]+)+"
_SYMBOL_HEADER = re.compile(rf"^{SYMBOL}(?:\s+(?:page|Page|PAGE)\s+\d{{1,4}})?$")

# The notice under the title of a summary record: a footnote, not part of the meeting.
CORRECTION_NOTICE = re.compile(
    r"^\*?\s*(?:This record is subject to correction|Corrections (?:should|to this record)|"
    r"Any correct(?:ions|ed records) (?:to|of) the records?|This record contains the text of speeches)",
    re.IGNORECASE,
)

# Words a line end may hyphenate that keep their hyphen when joined ("non-governmental").
_HYPHEN_PREFIXES = frozenset(
    "non self anti multi cross well long short medium high low full half follow counter socio cost".split()
)
# "medium- to long-term", "French- and English-speaking": the hyphen is suspended, the space stays.
_SUSPENDED_NEXT = frozenset({"to", "and", "or", "nor"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_WORD_AT_END = re.compile(r"([^\W\d_]+)$")


_ODD_CHARACTER = re.compile(r"[\u00a0\u2000-\u200d\u202f\u205f\u3000\u00ad\u2060\ufeff\ufffe\ufffd]")


def has_odd_characters(text: str) -> bool:
    """Odd spaces, soft hyphens, zero-width characters or marks that `clean_line` replaces or drops."""
    return _ODD_CHARACTER.search(text) is not None


def clean_line(text: str, *, odd_characters: bool = True) -> str:
    """One paragraph's text as clean text wants it: NFC, plain single spaces, no soft hyphens.

    `odd_characters=False` spares the search through the text for them, when the caller knows there
    are none (as `has_odd_characters` says; normalising to NFC neither makes nor removes one).
    """
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if odd_characters and _ODD_CHARACTER.search(text):
            text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))
    if "  " in text or "\t" in text or "\n" in text or "\r" in text:
        text = text.replace("\r", " ").replace("\n", " ")
        text = _SPACED_TAB.sub("\t", _SPACE_RUN.sub(" ", text))
    return text.strip(" \t")


def number_with_tab(text: str) -> str:
    """ "12. Mr. X said" -> "12.\tMr. X said"; other text unchanged."""
    match = NUMBERED.match(text)
    return f"{match.group('n')}.\t{text[match.end() :]}" if match else text


def paragraph_number(text: str) -> int | None:
    match = NUMBERED.match(text)
    return int(match.group("n")) if match else None


def lines_at_least(text: str, length: int) -> Iterator[tuple[int, int]]:
    """Where each line of `length` characters or more starts and ends, found without splitting the text."""
    start = 0
    while (end := text.find("\n", start)) != -1:
        if end - start >= length:
            yield start, end
        start = end + 1
    if len(text) - start >= length:
        yield start, len(text)


def is_page_furniture(line: str, *, running_header: bool) -> bool:
    """A page number, job number, barcode or "Please recycle"; with `running_header`, a bare symbol too."""
    line = line.strip()
    if _PAGE_NUMBER.match(line) or _JOB_NUMBER.match(line) or _BARCODE.match(line) or _RECYCLE.match(line):
        return True
    if _JOB_OR_BARCODE.search(line) and not _FURNITURE_PIECE.sub("", line).strip():
        return True
    return running_header and bool(_SYMBOL_HEADER.match(line))


class Vocabulary:
    """The words of a document, lower-cased, hyphenated compounds kept whole.

    Asking about a few words searches the text; the full word set is built only when many
    questions come (a document hyphenated on most lines).
    """

    _SEARCHES_BEFORE_INDEXING = 24

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = lines
        self._text: str | None = None
        self._words: frozenset[str] | None = None
        self._searches = 0

    def __contains__(self, word: str) -> bool:
        if self._words is not None:
            return word in self._words
        if self._text is None:
            self._text = _lower("\n".join(self._lines))
        self._searches += 1
        if self._searches > self._SEARCHES_BEFORE_INDEXING:
            self._words = frozenset(_WORD.findall(self._text))
            return word in self._words
        return _has_word(self._text, word)


def _lower(text: str) -> str:
    """`text.lower()`, a line at a time unless it is all ASCII.

    One curly quote or dash sends `str.lower` down its slow path for the whole text, three times
    slower than ASCII's; a line at a time, the plain lines, most of them, keep the fast one. Lower
    case is the same either way: only the final sigma looks at its neighbours, never past a newline.
    """
    if text.isascii():
        return text.lower()
    return "\n".join(map(str.lower, text.split("\n")))


def _has_word(text: str, word: str) -> bool:
    """`word` stands alone somewhere in `text` (str.find is far quicker than a regex here)."""
    index = text.find(word)
    while index >= 0:
        end = index + len(word)
        before = text[index - 1] if index else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            return True
        index = text.find(word, end)
    return False


EMPTY_VOCABULARY = Vocabulary(())


def join_hyphenated(left: str, right: str, words: Vocabulary) -> str:
    """Join two lines where the first ends in a hyphen: a typesetter's break or a real hyphen?

    Evidence from the document itself comes first (the word printed elsewhere whole or with
    its hyphen), then the shape of the words: a capital or digit after the hyphen
    ("Secretary-General", "COVID-19") and known compound prefixes keep the hyphen, a
    conjunction after it is a suspended hyphen ("medium- to long-term"); otherwise the
    hyphen only split a word ("move-ment").
    """
    stem = left[:-1]
    # A search anchored at the end still tries every start in a paragraph's text; the word has no space.
    head_match = _WORD_AT_END.search(stem, stem.rfind(" ") + 1)
    next_word = re.match(r"[^\W_]+", right)
    if not head_match or not next_word:
        return left + right if right[:1].isdigit() else f"{left} {right}"
    head, tail = head_match.group(1), next_word.group(0)
    hyphenated, joined = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
    if tail.lower() in _SUSPENDED_NEXT:
        return f"{left} {right}"
    if hyphenated in words:
        return left + right
    if joined in words:
        return stem + right
    if tail[:1].isupper() or tail[:1].isdigit() or (len(head) > 1 and head.isupper()):
        return left + right
    if head.lower() in _HYPHEN_PREFIXES:
        return left + right
    return stem + right


def join_lines(lines: list[str], hyphen_breaks: list[bool], words: Vocabulary) -> str:
    """The lines of one paragraph as one line; `hyphen_breaks[i]` says line i ended in a line-end hyphen."""
    text = lines[0]
    for index in range(1, len(lines)):
        following = lines[index]
        if hyphen_breaks[index - 1] and text.endswith("-") and following:
            text = join_hyphenated(text, following, words)
        elif text.endswith(("\u2010", "/")) and following[:1].isalnum():
            text += following
        else:
            text = f"{text} {following}" if text and following else text + following
    return text
