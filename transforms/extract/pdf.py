"""PDF records as clean text, read with PDFium.

PDFium gives the text of each page in the order it was drawn, with line breaks. For each
line this module asks PDFium for the boxes of its first and last characters and their font
weight (a handful of calls per line, cheap next to loading the page), and from that
geometry decides what the text alone cannot tell:

- which lines are running headers, footers and footnotes (known shapes in the margins, text
  recurring at the same height apart from the body, small type at the foot of the page);
- the reading order of two-column pages (left column, then right, band by band between
  lines that span the page);
- where a paragraph ends: a vertical gap, a first-line indent, a bold speaker's name or
  heading, a size change, the next paragraph number, or a line that stops short although
  the next word would have fitted.
"""

from __future__ import annotations

import codecs
import ctypes
import itertools
import math
import re
import struct
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from transforms.collector import collector_paused
from transforms.extract import ExtractedDocument
from transforms.extract.layout import (
    CORRECTION_NOTICE,
    EMPTY_VOCABULARY,
    Vocabulary,
    clean_line,
    has_odd_characters,
    is_page_furniture,
    join_lines,
    number_with_tab,
    paragraph_number,
)
from transforms.record import RecordRejected

# A PDFium line, or the part of one before U+FFFE: PDFium's mark for a hyphen at the end of
# a printed line, where it joins the two lines into one.
_SEGMENT = re.compile(r"[^\r\n\ufffe]*\ufffe|[^\r\n\ufffe]+")
_BOLD_WEIGHT = 600


def _untyped(function: Callable[..., int]) -> Callable[..., int]:
    """`function` without argument types, returning an int: ctypes passes a `c_void_p` handle,
    `byref` pointers and an index (a Python int, as a C int) as they are.

    pypdfium2's typed signatures convert every argument on every call; these calls run several
    times per line, and without the conversions they take a third less time. The handle must be
    a `c_void_p`: a bare Python int would be cut down to a C int.
    """
    untyped = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.cast(function, ctypes.c_void_p).value)
    untyped.argtypes = None
    return untyped


_loose_box = _untyped(pdfium_c.FPDFText_GetLooseCharBox)
_char_box = _untyped(pdfium_c.FPDFText_GetCharBox)
_font_weight = _untyped(pdfium_c.FPDFText_GetFontWeight)
_char_at = pdfium_c.FPDFText_GetCharIndexAtPos
_BOX_SIZE = ctypes.sizeof(pdfium_c.FS_RECTF)
_TWO_BOXES = struct.Struct("8f")  # two FS_RECTF: left, top, right, bottom, as C floats
_FURNITURE_ZONE = 0.12  # share of the page height, top and bottom, where headers and footers sit
_SMALL_FONT = 0.88  # footnotes are set smaller than the body text
_SENTENCE_END = re.compile(r"[.:;!?)\]”\"’]$")
LEFT, SPAN, RIGHT = 1, 0, 2
_DOT_LEADER = ". . . ."
_JOINED_AFTER = "-/\u2010"  # line ends `join_lines` may join other than with a space
_PROBES = (0.0, -4.0, 4.0)  # where `blank_at` looks, in points from the middle
# Words a line of a masthead cell cannot end with.
_RUN_ON_WORDS = frozenset("of the and on in for to a an with by at against de la del des du".split())


class Line:
    """One printed line: its text, its box, whether it starts and ends in bold, where it flows."""

    __slots__ = (
        "bold_end",
        "bold_start",
        "bottom",
        "column",
        "first",
        "height",
        "hyphen_end",
        "last",
        "left_margin",
        "page",
        "right_margin",
        "side",
        "text",
        "top",
        "x0",
        "x1",
    )

    def __init__(  # noqa: PLR0917 (made for every printed line: arguments by position cost least)
        self,
        text: str,
        x0: float,
        x1: float,
        top: float,
        bottom: float,
        bold_start: bool,
        bold_end: bool,
        page: int,
        first: int,
        last: int,
    ) -> None:
        # One attribute at a time, from flat arguments: packing and unpacking tuples would add a
        # fifth to the cost of a line, made for every printed line of a record.
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.top = top
        self.bottom = bottom
        self.height = top - bottom
        self.bold_start = bold_start
        self.bold_end = bold_end
        self.hyphen_end = text[-1] == "-" and text[-2:-1].isalpha()
        self.page = page
        self.first = first  # PDFium's indexes of the first and last character
        self.last = last
        self.side = SPAN  # LEFT or RIGHT in a two-column band
        self.column = SPAN  # the column the text flows in
        self.left_margin = 0.0
        self.right_margin = 0.0


@dataclass(slots=True)
class Page:
    lines: list[Line]
    height: float


def document_from_pdf(content: bytes) -> ExtractedDocument:
    """Clean text and footnotes of a PDF record; `RecordRejected` when it has no readable text."""
    # Every printed line is an object that lives until the end, in no cycle.
    with collector_paused():
        return _document_from_pdf(content)


def _document_from_pdf(content: bytes) -> ExtractedDocument:
    try:
        pdf = _open_pdf(content)
    except pdfium.PdfiumError as error:
        truncated = b"%%EOF" not in content[-2048:]
        raise RecordRejected("extract", f"unreadable PDF{' (truncated)' if truncated else ''}: {error}") from error
    try:
        pages = [_read_page(pdf, index) for index in range(pdfium_c.FPDF_GetPageCount(pdf))]
    except pdfium.PdfiumError as error:
        raise RecordRejected("extract", f"unreadable PDF page: {error}") from error
    finally:
        pdfium_c.FPDF_CloseDocument(pdf)  # `content`, which PDFium reads from, outlives it
    if not any(page.lines for page in pages):
        raise RecordRejected("extract", "PDF has no text layer (a scan without OCR?)")
    _drop_page_furniture(pages)
    body_height = _body_line_height(pages)
    footnote_lines: list[Line] = []
    ordered: list[Line] = []
    for page in pages:
        body, notes = _split_footnotes(page.lines, page.height, body_height)
        footnote_lines.extend(notes)
        ordered.extend(_reading_order(body))
    pitch = _line_pitch(ordered)
    words = _vocabulary_if_needed(ordered + footnote_lines)
    paragraphs = _paragraphs(ordered, pitch, words)
    footnotes = [text for text in _paragraphs(footnote_lines, pitch, words, numbered=False) if text]
    notices: list[str] = []
    text_lines: list[str] = []
    for text in paragraphs:
        if CORRECTION_NOTICE.match(text):
            notices.append(text)
        elif text:
            text_lines.append(text)
    return ExtractedDocument("\n".join(text_lines) + "\n", "pdf", notices + footnotes)


# --- lines of one page ------------------------------------------------------------------


def _open_pdf(content: bytes) -> pdfium_c.FPDF_DOCUMENT:
    """PDFium's document, opened as `pdfium.PdfDocument` opens it, or its error.

    PDFium's calls rather than pypdfium2's objects, here and for pages, whose finalizers and links
    to their parents cost some 8 µs a document and 25 µs a page: a tenth of all this module adds
    to reading a short record.
    """
    pdf = pdfium_c.FPDF_LoadMemDocument64(content, len(content), None)
    if pdfium_c.FPDF_GetPageCount(pdf) >= 1:
        return pdf
    if pdf:
        pdfium_c.FPDF_CloseDocument(pdf)
    pdfium.PdfDocument(content).close()  # raises, saying what PDFium found wrong, as pypdfium2 says it
    raise pdfium.PdfiumError("Failed to load document.")


def _read_page(pdf: pdfium_c.FPDF_DOCUMENT, index: int) -> Page:
    page = pdfium_c.FPDF_LoadPage(pdf, index)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")
    try:
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            height = pdfium_c.FPDF_GetPageHeightF(page)
            reader = _PageReader(textpage, index)
            lines = reader.lines()
            _assign_columns(lines, reader, height)
            return Page(lines, height)
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
    finally:
        pdfium_c.FPDF_ClosePage(page)


def _page_text(textpage: pdfium_c.FPDF_TEXTPAGE) -> str:
    """The text of the whole page, as pypdfium2's `PdfTextPage.get_text_range()` gives it."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count == -1:
        raise pdfium.PdfiumError("Failed to get character count.")
    # Characters PDFium leaves out of the text at either end would shift the range it copies
    # (https://crbug.com/pdfium/2079): the range is narrowed to the first and last it keeps.
    first, last, skipped_first, skipped_last = 0, count - 1, 0, 0
    while first <= last:
        text_first = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, first)
        if text_first == -1:
            first, skipped_first = first + 1, skipped_first + 1
            continue
        text_last = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, last)
        if text_last == -1:
            last, skipped_last = last - 1, skipped_last + 1
            continue
        buffer = (ctypes.c_ushort * (text_last + 2 - text_first))()  # and a NUL
        written = pdfium_c.FPDFText_GetText(textpage, skipped_first, count - skipped_first - skipped_last, buffer)
        return codecs.decode(memoryview(buffer)[: written - 1], "utf-16-le", errors="ignore")
    return ""


class _PageReader:
    """PDFium's text of one page, and the geometry of its lines asked for a few characters at a time."""

    def __init__(self, textpage: pdfium_c.FPDF_TEXTPAGE, page: int) -> None:
        self.handle = textpage
        self.void_handle = ctypes.cast(textpage, ctypes.c_void_p)  # as the untyped calls take it
        self.text = _page_text(textpage)
        self.page = page
        # The boxes of a line's first and last characters side by side, read back in one unpacking.
        self.boxes = (pdfium_c.FS_RECTF * 2)()
        self.box_pointer, self.end_box_pointer = ctypes.byref(self.boxes), ctypes.byref(self.boxes, _BOX_SIZE)
        self.char_box = (ctypes.c_double * 4)()  # left, right, bottom, top: FPDFText_GetCharBox's order
        self.char_box_pointers = tuple(ctypes.byref(self.char_box, 8 * n) for n in range(4))

    def lines(self) -> list[Line]:
        lines: list[Line] = []
        append = lines.append
        handle, page, boxes, unpack = self.void_handle, self.page, self.boxes, _TWO_BOXES.unpack_from
        start_pointer, end_pointer = self.box_pointer, self.end_box_pointer
        position = 0
        for raw in self.text.split("\r\n"):
            start = position
            position += len(raw) + 2
            if "\ufffe" in raw:
                for match in _SEGMENT.finditer(raw):
                    self._add(lines, match.group(), start + match.start())
            elif not raw or raw.isspace():
                continue
            elif raw[0] == " " or raw[-1] == " ":
                self._add(lines, raw, start)
            else:
                # The usual line, with nothing to trim: `line()` written out, as it runs for every line.
                last = start + len(raw) - 1
                _loose_box(handle, start, start_pointer)
                _loose_box(handle, last, end_pointer)
                x0, top, _, bottom, _, end_top, x1, end_bottom = unpack(boxes)
                x1 = x1 if x1 > x0 else x0
                top = top if top > end_top else end_top
                bottom = end_bottom if end_bottom < bottom else bottom
                bold_start = _font_weight(handle, start) >= _BOLD_WEIGHT
                bold_end = bold_start and (start == last or _font_weight(handle, last) >= _BOLD_WEIGHT)
                line = Line(raw, x0, x1, top, bottom, bold_start, bold_end, page, start, last)
                # Far wider than its characters: pieces set apart on one row (masthead cells).
                if x1 - x0 > (0.62 * (len(raw) - raw.count(" ")) + 3) * (top - bottom):
                    lines.extend(self._split_at_gaps(line, 3.0 * line.height))
                else:
                    append(line)
        return lines

    def _add(self, lines: list[Line], raw: str, start: int) -> None:
        if raw[0] != " " and raw[-1] not in " \ufffe":  # the usual line: no spaces to trim, no hyphen mark
            first, last, stripped, text = start, start + len(raw) - 1, raw, raw
        else:
            stripped = raw.rstrip("\ufffe").strip()
            if not stripped:
                return
            first = start + len(raw) - len(raw.lstrip())
            last = start + len(raw.rstrip()) - 1
            text = stripped + "-" if raw.endswith("\ufffe") else stripped
        line = self.line(text, first, last)
        # Far wider than its characters: pieces set apart on one row (masthead cells).
        if line.x1 - line.x0 > (0.62 * (len(stripped) - stripped.count(" ")) + 3) * line.height:
            lines.extend(self._split_at_gaps(line, 3.0 * line.height))
        else:
            lines.append(line)

    def line(self, text: str, first: int, last: int) -> Line:
        handle = self.void_handle
        _loose_box(handle, first, self.box_pointer)
        _loose_box(handle, last, self.end_box_pointer)
        x0, top, _, bottom, _, end_top, right, end_bottom = _TWO_BOXES.unpack_from(self.boxes)
        # A line that starts in regular type and ends in bold is rare enough to read as regular.
        bold_start = _font_weight(handle, first) >= _BOLD_WEIGHT
        bold_end = bold_start and (first == last or _font_weight(handle, last) >= _BOLD_WEIGHT)
        return Line(
            text,
            x0,
            right if right > x0 else x0,
            top if top > end_top else end_top,
            end_bottom if end_bottom < bottom else bottom,
            bold_start,
            bold_end,
            self.page,
            first,
            last,
        )

    def _split_at_gaps(self, line: Line, min_gap: float) -> list[Line]:
        """Cut a line where the space between two characters is wider than `min_gap`."""
        handle, box, (left, right, bottom, top) = self.void_handle, self.char_box, self.char_box_pointers
        text = self.text
        pieces: list[tuple[int, int]] = []
        start = previous = line.first
        previous_right = math.inf  # no gap before the first character
        for index in range(line.first, line.last + 1):
            if text[index].isspace():
                continue
            _char_box(handle, index, left, right, bottom, top)
            if box[0] - previous_right > min_gap:
                pieces.append((start, previous))
                start = index
            previous, previous_right = index, box[1]
        pieces.append((start, previous))
        if len(pieces) == 1:
            return [line]
        result = [self.line(text[a : b + 1].strip().replace("\ufffe", "-"), a, b) for a, b in pieces]
        result[-1].hyphen_end = line.hyphen_end
        return result

    def blank_at(self, x: float, line: Line) -> bool:
        """Nothing printed within 6 points either side of `x`: wider than any gap between words
        (a line across a page with a blank strip at its middle is two columns drawn row by row).

        PDFium matches tight glyph boxes, so the search reaches from the middle of the line
        down to full stops on the baseline and up to capitals, not into the next line.
        """
        y, reach = (line.top + line.bottom) / 2, 0.4 * line.height
        # PDFium's hit test scans every character of the page; the line's own characters near `x`
        # answer for most lines, at the middle probe for most of those.
        if self._own_character_at(x, y, reach / 2, line):
            return False
        if any(self._own_character_at(x + dx, y, reach / 2, line) for dx in _PROBES[1:]):
            return False
        return all(_char_at(self.handle, x + dx, y, 2.0, reach) < 0 for dx in _PROBES)

    def _own_character_at(self, x: float, y: float, reach: float, line: Line) -> bool:
        """A character of `line` that PDFium's hit test at (x, y) finds: its tight box, widened by
        1 point to either side and `reach` above and below. Found from a guess in proportion to how
        far along the line `x` is, a few boxes away at most."""
        first, last = line.first, line.last
        width = line.x1 - line.x0
        index = first + int((x - line.x0) / width * (last - first)) if width > 0 else first
        handle, box, (left, right, bottom, top) = self.void_handle, self.char_box, self.char_box_pointers
        for _ in range(6):
            if not first <= index <= last:
                return False
            _char_box(handle, index, left, right, bottom, top)
            if x < box[0] - 0.99:  # a hundredth inside PDFium's tolerance, for float rounding
                index -= 1
            elif x > box[1] + 0.99:
                index += 1
            else:
                break
        else:
            return False
        if _box_holds(box, x, y, reach):  # the box of `index`, still in the buffer from the search
            return True
        for near in (index - 1, index + 1):  # a space's box is flat: the letters either side may reach
            if first <= near <= last:
                _char_box(handle, near, left, right, bottom, top)
                if _box_holds(box, x, y, reach):
                    return True
        return False

    def split_row(self, line: Line, gutter: float) -> list[Line]:
        """The left and right lines of a row PDFium joined across the gutter."""
        cut = self._first_char_right_of(line, gutter)
        if cut is None:
            return [line]
        end = cut - 1
        while end > line.first and self.text[end].isspace():
            end -= 1
        left = self.line(self.text[line.first : end + 1].replace("\ufffe", "-"), line.first, end)
        right = self.line(line.text[cut - line.first :].strip(), cut, line.last)
        right.hyphen_end = line.hyphen_end
        left.side, right.side = LEFT, RIGHT
        return [left, right]

    def _first_char_right_of(self, line: Line, x: float) -> int | None:
        """Binary search along a line for its first character left-aligned beyond `x` (spaces skipped)."""
        text, box = self.text, self.boxes[0]
        low, high = line.first, line.last
        while low < high:
            middle = (low + high) // 2
            probe = middle
            while probe < high and text[probe].isspace():
                probe += 1
            _loose_box(self.void_handle, probe, self.box_pointer)
            if box.left >= x:
                high = middle
            else:
                low = probe + 1
        while low < line.last and text[low].isspace():
            low += 1
        return low if line.first < low <= line.last else None


def _box_holds(box: ctypes.Array[ctypes.c_double], x: float, y: float, reach: float) -> bool:
    """PDFium's hit test would find this character box at (x, y): widened by 1 point to either side
    and `reach` above and below."""
    left, right, bottom, top = box
    return left - 0.99 <= x <= right + 0.99 and bottom - reach + 0.01 <= y <= top + reach - 0.01


def _assign_columns(lines: list[Line], reader: _PageReader, page_height: float) -> None:
    """Mark each line LEFT, RIGHT or SPAN and give it the margins of the column it belongs to."""
    if not lines:
        return
    low, high = page_height * _FURNITURE_ZONE, page_height * (1 - _FURNITURE_ZONE)
    inner = [line for line in lines if low < line.bottom and line.top < high] or lines
    middle = _classify_sides(lines, (min(map(_X0, inner)) + max(map(_X1, inner))) / 2)
    spans = [line for line in lines if line.side == SPAN]
    merged = _merged_rows(spans, reader, middle)
    if merged:
        to_split = set(map(id, merged))
        lines[:] = [
            piece for line in lines for piece in (reader.split_row(line, middle) if id(line) in to_split else [line])
        ]
        spans = [line for line in lines if line.side == SPAN]
    lefts = [line for line in lines if line.side == LEFT]
    rights = [line for line in lines if line.side == RIGHT]
    two_columns = len(lefts) >= 3 and len(rights) >= 3 and len(spans) <= (len(lefts) + len(rights)) / 2
    for group in [lefts, rights, spans] if two_columns else [lines]:
        if not group:
            continue
        margin, right = _usual_left(group), max(map(_X1, group))
        for line in group:
            line.left_margin = margin
            line.right_margin = right
        if two_columns:
            for line in group:
                line.column = line.side


_X0, _X1, _TOP, _HEIGHT = attrgetter("x0"), attrgetter("x1"), attrgetter("top"), attrgetter("height")
_SIDE, _COLUMN = attrgetter("side"), attrgetter("column")


def _usual_left(lines: list[Line]) -> int:
    """The commonest left edge, to the nearest point; of those as common, the first met.

    Lines of a column share their left edge to the bit: counting the edges as they are and
    rounding the few distinct ones gives the counts of rounding every edge, in the same order.
    """
    rounded: dict[int, int] = {}
    for x0, count in Counter(map(_X0, lines)).items():
        key = round(x0)
        rounded[key] = rounded.get(key, 0) + count
    return max(rounded, key=rounded.__getitem__)


def _merged_rows(spans: list[Line], reader: _PageReader, middle: float) -> list[Line]:
    """The lines across the page that are rows of two columns PDFium joined: enough of them, or none.

    Most pages have none, and most of their lines are not blank at the middle: the count stops
    as soon as the rows that are left could no longer make enough.
    """
    candidates = [line for line in spans if _DOT_LEADER not in line.text]
    needed = max(3, 0.5 * len(spans))
    merged: list[Line] = []
    unread = len(candidates)
    for line in candidates:
        if len(merged) + unread < needed:
            return []
        unread -= 1
        if reader.blank_at(middle, line):
            merged.append(line)
    return merged if len(merged) >= needed else []


def _classify_sides(lines: list[Line], middle: float) -> float:
    """LEFT of `middle`, RIGHT of it or SPAN across; the gutter between the sides when there is one."""
    left_edge, right_edge = -math.inf, math.inf
    for line in lines:
        x1 = line.x1
        if x1 <= middle:
            line.side = LEFT
            left_edge = x1 if x1 > left_edge else left_edge
        elif (x0 := line.x0) >= middle:
            line.side = RIGHT
            right_edge = x0 if x0 < right_edge else right_edge
        else:
            line.side = SPAN
    if left_edge < right_edge and left_edge != -math.inf and right_edge != math.inf:
        gutter = (left_edge + right_edge) / 2
        if gutter != middle:
            for line in lines:
                line.side = LEFT if line.x1 <= gutter else RIGHT if line.x0 >= gutter else SPAN
            return gutter
    return middle


# --- page furniture and footnotes --------------------------------------------------------


def _drop_page_furniture(pages: list[Page]) -> None:
    """Remove running headers and footers: known shapes anywhere in the margins, running heads elsewhere."""
    margins = [_margin_lines(page) for page in pages]
    # The first page's margins hold the masthead: never a running head, not worth a key.
    keys = [
        [_furniture_key(line.text) for line in lines] if number else [""] * len(lines)
        for number, lines in enumerate(margins)
    ]
    repeated = Counter()
    for page_keys in keys[1:]:
        repeated.update(set(page_keys))
    threshold = max(2, (len(pages) - 1) // 2)
    dropped: set[int] = set()
    recurring: list[tuple[int, Line, str]] = []
    for number, lines in enumerate(margins):
        for line, key in zip(lines, keys[number], strict=True):
            if is_page_furniture(line.text, running_header=number > 0):
                dropped.add(id(line))
            # A paragraph's first line is text even when another paragraph opens alike
            # ("15. The relevant legislation ..." and "31. The relevant legislation ...").
            elif number > 0 and not _PARAGRAPH_START.match(line.text) and repeated[key] >= threshold:
                recurring.append((number, line, key))
    if recurring:
        dropped.update(id(line) for line in _running_heads(pages, recurring, dropped, threshold))
    # Only margin lines are dropped, a few a page: removed one by one, not by copying every page.
    for page, lines in zip(pages, margins, strict=True):
        for line in lines:
            if id(line) in dropped:
                page.lines.remove(line)  # by identity: a line is equal only to itself


def _running_heads(
    pages: list[Page], recurring: list[tuple[int, Line, str]], dropped: set[int], threshold: int
) -> list[Line]:
    """Of the margin lines whose text recurs on enough pages, those set apart from the body as running heads are.

    A record that repeats a sentence can put the same wrapped line at the head or foot of two
    pages: what tells it from a running head is where it sits, not what it says. A running head
    recurs at the same height on enough pages; on no other page does the body come within a line
    pitch of it; and on its own page no body line follows or precedes it at the line pitch.
    """
    heights: dict[str, list[tuple[int, float]]] = {}
    for number, line, key in recurring:
        heights.setdefault(key, []).append((number, line.top))
    heads = [
        (number, line)
        for number, line, key in recurring
        if len({n for n, top in heights[key] if abs(top - line.top) <= 0.25 * line.height}) >= threshold
    ]
    if not heads:
        return []
    reach = 1.3 * _page_pitch(pages)  # what `_starts_paragraph` takes for the next line of a paragraph
    suspects = dropped | {id(line) for _, line, _ in recurring}
    extents = {  # the highest top and lowest bottom of the body on each page after the first
        number: (max(line.top for line in body), min(line.bottom for line in body))
        for number, page in enumerate(pages)
        if number and (body := [line for line in page.lines if id(line) not in suspects])
    }
    heads = [
        (number, line)
        for number, line in heads
        if not any(
            highest > line.top - reach if line.top > pages[number].height / 2 else lowest < line.bottom + reach
            for other, (highest, lowest) in extents.items()
            if other != number
        )
    ]
    # A line found in the flow of the body makes its neighbour's case in turn: a sentence repeated
    # whole can recur as two lines, one above the other.
    apart = dropped | {id(line) for _, line in heads}
    while heads:
        flowing = {id(line) for number, line in heads if _in_flow(line, pages[number].lines, reach, apart)}
        if not flowing:
            break
        apart -= flowing
        heads = [(number, line) for number, line in heads if id(line) not in flowing]
    return [line for _, line in heads]


def _in_flow(line: Line, lines: list[Line], reach: float, apart: set[int]) -> bool:
    """A line of the same size as `line` above or below it, within `reach`: the body flowing through it."""
    return any(
        id(other) not in apart
        and 0 < abs(line.top - other.top) <= reach
        and other.x0 < line.x1
        and line.x0 < other.x1
        and abs(other.height - line.height) <= 0.2 * max(other.height, line.height)
        for other in lines
    )


def _page_pitch(pages: list[Page]) -> float:
    """The distance from one line to the next inside a paragraph, before the reading order is known: the
    shortest common one, as in a record of short paragraphs the spacing between them is the commonest."""
    pitches: Counter[float] = Counter()
    for page in pages:
        by_column = sorted(page.lines, key=lambda line: (line.column, -line.top))
        pitches.update(
            round(previous.top - line.top, 1)
            for previous, line in itertools.pairwise(by_column)
            if previous.column == line.column and 0 < previous.top - line.top < 2.5 * line.height
        )
    if not pitches:
        return 12.0
    common = pitches.most_common(1)[0][1] / 3
    return min(pitch for pitch, count in pitches.items() if count >= common)


_PARAGRAPH_START = re.compile(r"\s*\d{1,4}\.\s+\S")
_DIGITS = re.compile(r"\d+")


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", text.strip())


def _margin_lines(page: Page) -> list[Line]:
    """The lines in the top and bottom zones of the page, where headers and footers sit."""
    foot = page.height * _FURNITURE_ZONE
    head = page.height - foot
    return [line for line in page.lines if line.top < foot or line.bottom > head]


def _body_line_height(pages: list[Page]) -> float:
    heights = [line.height for page in pages for line in page.lines if len(line.text) >= 20]
    if not heights:
        heights = [line.height for page in pages for line in page.lines] or [10.0]
    return median(heights)


def _split_footnotes(lines: list[Line], page_height: float, body_height: float) -> tuple[list[Line], list[Line]]:
    """Footnotes: the run of small-type lines at the foot of the page."""
    small, low = _SMALL_FONT * body_height, page_height * 0.45
    if not lines or min(map(_HEIGHT, lines)) >= small:  # most pages: no small type, no sorting
        return lines, []
    by_height = sorted(lines, key=_TOP, reverse=True)  # top to bottom; lines level with each other stay in order
    cut = len(by_height)
    while cut > 0 and by_height[cut - 1].height < small and by_height[cut - 1].top < low:
        cut -= 1
    if cut == len(by_height):
        return lines, []
    notes = by_height[cut:]
    margin = _usual_left(notes)
    right = max(line.x1 for line in notes)
    for line in notes:
        line.left_margin, line.right_margin, line.column = margin, right, SPAN
    noted = set(map(id, notes))
    return [line for line in lines if id(line) not in noted], notes


# --- reading order and paragraphs --------------------------------------------------------


def _reading_order(lines: list[Line]) -> list[Line]:
    """Top to bottom; where lines stand side by side, the left column before the right.

    Side-by-side lines form bands, ended by a line across the page and, outside two-column
    pages (in a masthead's cells), by a blank strip across the page as well.
    """
    if SPAN not in map(_SIDE, lines) and SPAN not in map(_COLUMN, lines):
        # Every line in a column, none across: the page is one band (most pages of a verbatim record).
        return _band_order(_top_to_bottom(lines))
    ordered: list[Line] = []
    band: list[Line] = []
    band_bottom = 0.0
    for line in _top_to_bottom(lines):
        if line.side == SPAN:
            if band:
                ordered.extend(_band_order(band))
                band = []
            ordered.append(line)
            continue
        if band and line.column == SPAN and band_bottom - line.top > 0.8 * line.height:
            ordered.extend(_band_order(band))
            band = []
        band_bottom = line.bottom if not band or line.bottom < band_bottom else band_bottom
        band.append(line)
    if band:
        ordered.extend(_band_order(band))
    return ordered


def _top_to_bottom(lines: list[Line]) -> list[Line]:
    """Rows from the top, a row being the lines whose tops round to the same tenth of a point; in a
    row, left to right.

    The same order as sorting on (-round(top, 1), x0), in a third of the time: two sorts on one
    key each (the second keeps the order of the first within a row), and each top rounded as
    round(10 * top), not round(top, 1). A top is a C float from PDFium, so ten times it is exact
    as a Python float, and both round it half to even at the same point.
    """
    by_row = sorted(lines, key=_X0)
    by_row.sort(key=_row, reverse=True)
    return by_row


def _row(line: Line) -> int:
    return round(line.top * 10)


def _band_order(band: list[Line]) -> list[Line]:
    return [line for line in band if line.side == LEFT] + [line for line in band if line.side == RIGHT]


def _line_pitch(lines: list[Line]) -> float:
    """The usual distance from one line to the next inside a paragraph."""
    pitches = []
    for previous, line in itertools.pairwise(lines):
        pitch = previous.top - line.top
        if 0 < pitch < 2.5 * line.height and previous.page == line.page and previous.column == line.column:
            pitches.append(pitch)
    return median(pitches) if pitches else 12.0


def _vocabulary_if_needed(lines: list[Line]) -> Vocabulary:
    if not any(line.hyphen_end for line in lines):
        return EMPTY_VOCABULARY
    return Vocabulary([line.text for line in lines])


def _paragraphs(lines: list[Line], pitch: float, words: Vocabulary, *, numbered: bool = True) -> list[str]:
    """Group lines into paragraphs; a paragraph number that continues the sequence gets its tab."""
    groups: list[tuple[list[Line], bool]] = []
    group: list[Line] = []
    last_number = 0
    gap = 1.3 * pitch  # wider than the usual step from one line to the next
    previous: Line | None = None
    for line in lines:
        number = paragraph_number(line.text) if numbered and line.text[0].isdigit() else None
        expected = number is not None and number == last_number + 1
        if previous is None or _starts_paragraph(previous, line, gap, expected):
            is_numbered = number is not None and number > last_number
            last_number = number if is_numbered else last_number
            group = []
            groups.append((group, is_numbered))
        group.append(line)
        previous = line
    return [_paragraph_text(group, words, numbered=is_numbered) for group, is_numbered in groups]


def _paragraph_text(lines: list[Line], words: Vocabulary, *, numbered: bool) -> str:
    if len(lines) == 1:
        return number_with_tab(clean_line(lines[0].text)) if numbered else clean_line(lines[0].text)
    texts = [line.text for line in lines]
    # Lines ending in neither a hyphen nor a slash are joined with a space, as `join_lines` would join
    # them, at a fraction of its cost: most paragraphs. (A line's text is never empty.)
    if any(text[-1] in _JOINED_AFTER for text in texts[:-1]):
        text = join_lines(texts, [line.hyphen_end for line in lines], words)
    else:
        text = " ".join(texts)
    # Joining adds or drops only spaces and hyphens: the paragraph has odd characters if a line has.
    # Most lines are ASCII, where there are none to look for.
    odd = any(has_odd_characters(line_text) for line_text in texts if not line_text.isascii())
    cleaned = clean_line(text, odd_characters=odd)
    return number_with_tab(cleaned) if numbered else cleaned


def _starts_paragraph(previous: Line, line: Line, gap: float, expected: bool) -> bool:
    """`line` opens a paragraph rather than continuing `previous`'s; `expected` when it starts with the
    next paragraph number. (Arguments by position: this runs for every line of a record.)"""
    previous_height, height = previous.height, line.height
    if abs(height - previous_height) > 0.2 * (height if height > previous_height else previous_height):
        return True
    previous_heading = previous.bold_start and previous.bold_end
    if (line.bold_start and not previous.bold_end) or (previous_heading and not line.bold_end):
        return True
    text, previous_text = line.text, previous.text
    if expected and (previous_heading or _SENTENCE_END.search(previous_text)):
        return True
    if previous.top - line.top > gap and previous.page == line.page and previous.column == line.column:
        return True
    if _DOT_LEADER in text or _DOT_LEADER in previous_text:  # rows of a list of members
        return True
    side = line.side
    if side != SPAN and line.column == SPAN and previous.side == side:
        return _starts_cell_line(previous_text, text)
    indent = line.x0 - line.left_margin
    if indent > 0.6 * height and previous.x0 - previous.left_margin < 0.3 * height and not previous_heading:
        return True
    room = previous.right_margin - previous.x1
    return room > previous_height and room > _first_word_width(text, previous)


def _starts_cell_line(previous: str, text: str) -> bool:
    """In a masthead cell a short line is the norm: a new field starts with a capital or digit."""
    if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in '(“"*'):
        return False
    return not (previous.endswith((",", "-", "/")) or previous.rsplit(" ", 1)[-1] in _RUN_ON_WORDS)


def _first_word_width(text: str, previous: Line) -> float:
    """How much room the next line's first word needs, from the previous line's mean advance."""
    advance = (previous.x1 - previous.x0) / len(previous.text)
    space = text.find(" ")
    word_length = space if space > 0 else len(text)
    return (word_length + 1) * advance * 1.15 + 0.5 * previous.height
