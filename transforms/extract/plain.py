"""Plain-text records: decode, normalise line endings, refuse binary."""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

from transforms.extract.cleanup import SYMBOL, is_page_furniture
from transforms.extract.transcription import without_site_frame
from transforms.extract.unwrap import unwrapped, wrap_width
from transforms.record import RecordRejected

# Control characters and replacement marks: many of them mean the bytes were not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# The language of the version, between the symbol and the page in New York's records ("A/C.3/39/SR.65 English Page 2").
_VERSION = r"(?:English|ENGLISH|French|FRENCH|Spanish|SPANISH|Russian|RUSSIAN|Español|ESPAÑOL|Français|FRANÇAIS)"
_PAGE = r"(?:page|Page|PAGE|p[áa]gina|P[áa]gina|P[ÁA]GINA)"
# A scan's running header, the symbol and the page on a line of their own ("E/CN.4/1984/SR.33 page 2"):
# page furniture, which would otherwise cut a paragraph in two or pass for an agenda heading. A symbol
# alone is kept here, as the masthead prints it (`_bare_running_header` finds those that head pages).
# Found from the newline before it, which `re` looks for fast (five times faster than trying every line's
# start), hence the newline put before the text.
# "E/CN.4/1984/SR.33 page 2", and "CAT/C/SR.803" over "página 2" in a Spanish record.
_RUNNING_HEADER = re.compile(
    rf"\n[ \t]*{SYMBOL}[ \t]*\n?[ \t]*(?:{_VERSION}[ \t]*\n?[ \t]*)?{_PAGE}[ \t]+\d{{1,4}}[ \t]*"
    r"(?P<below>(?:\n[ \t]*)*)(?=\n|$)"
)
# A symbol on a line of its own; a meeting's symbol, of its summary or verbatim record.
_LONE_SYMBOL = re.compile(rf"\n[ \t]*({SYMBOL})[ \t]*(?=\n)")
_MEETING_SYMBOL = re.compile(r"/(?:SR|PV)\.\d")
# What a sentence, a heading or a list ends on; a page that ends on anything else cut its paragraph short.
_SENTENCE_ENDS = (".", ":", "?", "!", '"', "”", ")", ";")
_NEXT_TEXT = re.compile(r"\S")
# A paragraph's number on a line of its own, its text on the next, as some conversions print them: one line.
_NUMBER_ALONE = re.compile(r"\n[ \t]*(\d{1,3})\.[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*[^\d\s])")
# A paragraph's number at the end of the line above its text, after the sentence there ends ("... agenda item. 2." /
# "Mr. X (Chile) recalled ..."), as a conversion that read the margin's number with the line before prints it.
_NUMBER_ENDING_THE_LINE_ABOVE = re.compile(r"(?<=[.!?)\]”\"]) (\d{1,3})\.[ \t]*\n(?=[A-Z])")
_STOP_ENDING_A_LINE = re.compile(r"\.[ \t]*\n(?=[A-Z])")
_NUMBER_BEFORE_THE_STOP = re.compile(r"[.!?)\]”\"] (\d{1,3})$")
_SPACING_SEEN_WITHIN = 4_000  # the masthead and the first paragraphs say how a text is spaced
_DOUBLED_AT_LEAST = 5
# Any run: a line's own indent is stripped where lines are read, and a literal start is six times faster to find.
_SPACES_INSIDE_A_LINE = re.compile(r"  +")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_text(content: bytes) -> str:
    """Text from bytes: BOM-marked encodings, then UTF-8, then Windows-1252."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding)
    if b"\x00" in content:
        raise RecordRejected("extract", "binary content: not a text, PDF, DOCX or HTML record")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def text_from_plain(content: bytes) -> tuple[str, str | None]:
    """The text, and the symbol of the first running header taken out of it (the record's own, printed on each
    page)."""
    text = decode_text(content)
    if not text.isascii():  # ASCII is NFC already
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        text = text.replace("\f", "\n")
    text = without_site_frame(text)  # a document-sharing site's head, and the numbers it sets before each page
    running_head = None
    if (header := _RUNNING_HEADER.search(f"\n{text}")) is not None:
        running_head = header.group(0).split()[0]
        text = _without_running_headers(f"\n{text}", _RUNNING_HEADER)[1:]
    if (bare := _bare_running_header(f"\n{text}")) is not None:
        text = _without_running_headers(f"\n{text}", bare, after_the_first=True)[1:]
    if text.count("  ", 0, _SPACING_SEEN_WITHIN) >= _DOUBLED_AT_LEAST:
        # A typist's or a converter's doubled spaces, all through: "Mr.  SMITH  (Canada)  said", "later:  Mr. X". One
        # or two (after a job number, "GE.06-43336  (E)") are left: most texts have them, and nothing reads them.
        text = _SPACES_INSIDE_A_LINE.sub(" ", text)
    if ".\n" in text:
        text = _NUMBER_ALONE.sub(r"\n\1.\t", text)
        text = _numbers_moved_down(text)
    text = unwrapped(text)
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > 0.1 * len(sample):
        raise RecordRejected("extract", "binary content: not a text, PDF, DOCX or HTML record")
    return text, running_head


def _numbers_moved_down(text: str) -> str:
    """Each paragraph's number put back before its text where every number ends the line above (three in a row that
    run on: a figure that ends a sentence and a line is no paragraph's number)."""
    # The opening says so. Found from the stop that ends a line, which `re` finds fast (it starts with a literal); the
    # pattern itself, whose first character is a lookbehind's, would cost 6% of the parse to try at every place.
    stops = (stop.start() for stop in _STOP_ENDING_A_LINE.finditer(text, 0, 8000))
    numbers = (found.group(1) for stop in stops if (found := _NUMBER_BEFORE_THE_STOP.search(text, stop - 6, stop)))
    first = [int(number) for number in islice(numbers, 3)]
    if len(first) < 3 or first != list(range(first[0], first[0] + 3)):
        return text
    return _NUMBER_ENDING_THE_LINE_ABOVE.sub(r"\n\1. ", text)


def _bare_running_header(text: str) -> re.Pattern[str] | None:
    """The running header of a record whose pages are headed by its symbol alone, and numbered on a line of their
    own ("S/PV.4507" under "3"), as a text extraction of a recent PDF prints them: the meeting symbol that more than
    one line holds alone. The first such line is the masthead's."""
    lone = _LONE_SYMBOL.findall(text)
    symbol = next((symbol for symbol in lone if lone.count(symbol) > 1 and _MEETING_SYMBOL.search(symbol)), None)
    if symbol is None:
        return None
    return re.compile(
        rf"\n[ \t]*{re.escape(symbol)}[ \t]*(?:(?:\n[ \t]*)+\d{{1,4}}[ \t]*(?=\n|$))?(?P<below>(?:\n[ \t]*)*)(?=\n|$)"
    )


def _without_running_headers(text: str, headers: re.Pattern[str], *, after_the_first: bool = False) -> str:
    """The text without its running headers (all but the first, `after_the_first`). Where blank lines part a header
    from a paragraph that a page cut mid-sentence ("introducing the second report of her country" / "(CRC/C/NOR/2), said
    that"), the paragraph goes on. Anything else keeps its lines and blank lines as they were."""
    kept: list[str] = []
    last = 0
    joiner = None
    found = headers.finditer(text)
    if after_the_first:
        next(found, None)
    for header in found:
        before = _without_page_foot(text[last : header.start()])
        stripped = before.rstrip()
        blank = before[len(stripped) :].count("\n") + header.group("below").count("\n") > 0
        after = _NEXT_TEXT.search(text, header.end())
        # A paragraph goes on below the head where its next word is in lower case, or its last line ended on a comma
        # ("In accordance with rule 48 (1) (a) of the rules of procedure," / "Ms. X withdrew ...").
        goes_on = after is not None and (after.group().islower() or after.group() == "(" or stripped.endswith(","))
        if blank and stripped and goes_on and not stripped.endswith(_SENTENCE_ENDS):
            # A wrapped text's lines are joined by `unwrapped`, which the page's lines must be for; a text printed a
            # paragraph a line has its paragraph made whole here.
            joiner = joiner or ("\n" if wrap_width(text.split("\n")) is not None else " ")
            kept.append(f"{stripped}{joiner}")
            last = header.end() if after is None else after.start()
        else:
            kept.append(before + header.group("below"))
            last = header.end()
    kept.append(text[last:])
    return "".join(kept)


def _without_page_foot(page: str) -> str:
    """The page without the furniture at its foot, above the next page's head: its job number, barcode or number
    ("GE.16-12345 (E) 120516 130516", "*1612345*", "2"), with the blank lines around them."""
    while True:
        stripped = page.rstrip()
        foot = stripped.rfind("\n") + 1
        if foot == 0 or not is_page_furniture(stripped[foot:], running_header=False):
            return page
        page = stripped[:foot]
