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

import ctypes
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from transforms.extract import ExtractedDocument
from transforms.extract.layout import (
    CORRECTION_NOTICE,
    EMPTY_VOCABULARY,
    Vocabulary,
    clean_line,
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
_FURNITURE_ZONE = 0.12  # share of the page height, top and bottom, where headers and footers sit
_SMALL_FONT = 0.88  # footnotes are set smaller than the body text
_SENTENCE_END = re.compile(r"[.:;!?)\]”\"’]$")
LEFT, SPAN, RIGHT = 1, 0, 2
_DOT_LEADER = ". . . ."
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

    def __init__(
        self, text: str, box: tuple[float, float, float, float], bold: tuple[bool, bool], where: tuple[int, int, int]
    ) -> None:
        self.text = text
        self.x0, self.x1, self.top, self.bottom = box
        self.height = self.top - self.bottom
        self.bold_start, self.bold_end = bold
        self.hyphen_end = text[-1] == "-" and text[-2:-1].isalpha()
        self.page, self.first, self.last = where  # page number, PDFium's indexes of first and last character
        self.side = self.column = SPAN  # LEFT or RIGHT in a two-column band; the column the text flows in
        self.left_margin = self.right_margin = 0.0


@dataclass(slots=True)
class Page:
    lines: list[Line]
    height: float


def document_from_pdf(content: bytes) -> ExtractedDocument:
    """Clean text and footnotes of a PDF record; `RecordRejected` when it has no readable text."""
    try:
        pdf = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as error:
        truncated = b"%%EOF" not in content[-2048:]
        raise RecordRejected("extract", f"unreadable PDF{' (truncated)' if truncated else ''}: {error}") from error
    try:
        pages = [_read_page(pdf, index) for index in range(len(pdf))]
    except pdfium.PdfiumError as error:
        raise RecordRejected("extract", f"unreadable PDF page: {error}") from error
    finally:
        pdf.close()
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
    footnotes[:0] = [text for text in paragraphs if CORRECTION_NOTICE.match(text)]
    text_lines = [text for text in paragraphs if text and not CORRECTION_NOTICE.match(text)]
    return ExtractedDocument("\n".join(text_lines) + "\n", "pdf", footnotes)


# --- lines of one page ------------------------------------------------------------------


def _read_page(pdf: pdfium.PdfDocument, index: int) -> Page:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        height = page.get_height()
        reader = _PageReader(textpage, index)
        lines = reader.lines()
        _assign_columns(lines, reader, height)
        return Page(lines, height)
    finally:
        textpage.close()
        page.close()


class _PageReader:
    """PDFium's text of one page, and the geometry of its lines asked for a few characters at a time."""

    def __init__(self, textpage: pdfium.PdfTextPage, page: int) -> None:
        self.handle = textpage.raw
        self.void_handle = ctypes.cast(textpage.raw, ctypes.c_void_p)  # as the untyped calls take it
        self.text = textpage.get_text_range()
        self.page = page
        self.box, self.end_box = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
        self.box_pointer, self.end_box_pointer = ctypes.byref(self.box), ctypes.byref(self.end_box)
        self.char_box = (ctypes.c_double * 4)()  # left, right, bottom, top: FPDFText_GetCharBox's order
        self.char_box_pointers = [ctypes.byref(self.char_box, 8 * n) for n in range(4)]

    def lines(self) -> list[Line]:
        lines: list[Line] = []
        append = lines.append
        handle, page, start_box, end_box = self.void_handle, self.page, self.box, self.end_box
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
                x0, x1, top, bottom = start_box.left, end_box.right, start_box.top, start_box.bottom
                x1 = x1 if x1 > x0 else x0
                top = top if top > end_box.top else end_box.top
                bottom = end_box.bottom if end_box.bottom < bottom else bottom
                bold_start = _font_weight(handle, start) >= _BOLD_WEIGHT
                bold_end = bold_start and (start == last or _font_weight(handle, last) >= _BOLD_WEIGHT)
                line = Line(raw, (x0, x1, top, bottom), (bold_start, bold_end), (page, start, last))
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
        handle, start, end = self.void_handle, self.box, self.end_box
        _loose_box(handle, first, self.box_pointer)
        _loose_box(handle, last, self.end_box_pointer)
        x0, top, bottom = start.left, start.top, start.bottom
        right, end_top, end_bottom = end.right, end.top, end.bottom
        # A line that starts in regular type and ends in bold is rare enough to read as regular.
        bold_start = _font_weight(handle, first) >= _BOLD_WEIGHT
        bold_end = bold_start and (first == last or _font_weight(handle, last) >= _BOLD_WEIGHT)
        return Line(
            text,
            (
                x0,
                right if right > x0 else x0,
                top if top > end_top else end_top,
                end_bottom if end_bottom < bottom else bottom,
            ),
            (bold_start, bold_end),
            (self.page, first, last),
        )

    def _split_at_gaps(self, line: Line, min_gap: float) -> list[Line]:
        """Cut a line where the space between two characters is wider than `min_gap`."""
        box, pointers = self.char_box, self.char_box_pointers
        text = self.text
        pieces: list[tuple[int, int]] = []
        start = previous = line.first
        previous_right = None
        for index in range(line.first, line.last + 1):
            if text[index].isspace():
                continue
            _char_box(self.void_handle, index, *pointers)
            if previous_right is not None and box[0] - previous_right > min_gap:
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
        # answer for most lines.
        if any(self._own_character_at(x + dx, y, reach / 2, line) for dx in _PROBES):
            return False
        return all(_char_at(self.handle, x + dx, y, 2.0, reach) < 0 for dx in _PROBES)

    def _own_character_at(self, x: float, y: float, reach: float, line: Line) -> bool:
        """A character of `line` that PDFium's hit test at (x, y) finds: its tight box, widened by
        1 point to either side and `reach` above and below. Found from a guess in proportion to how
        far along the line `x` is, a few boxes away at most."""
        first, last = line.first, line.last
        width = line.x1 - line.x0
        index = first + int((x - line.x0) / width * (last - first)) if width > 0 else first
        box, pointers = self.char_box, self.char_box_pointers
        for _ in range(6):
            if not first <= index <= last:
                return False
            _char_box(self.void_handle, index, *pointers)
            if x < box[0] - 0.99:  # a hundredth inside PDFium's tolerance, for float rounding
                index -= 1
            elif x > box[1] + 0.99:
                index += 1
            else:
                break
        else:
            return False
        for near in (index, index - 1, index + 1):  # a space's box is flat: the letters either side may reach
            if first <= near <= last:
                _char_box(self.void_handle, near, *pointers)
                left, right, bottom, top = box
                if left - 0.99 <= x <= right + 0.99 and bottom - reach + 0.01 <= y <= top + reach - 0.01:
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
        text, box = self.text, self.box
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


def _assign_columns(lines: list[Line], reader: _PageReader, page_height: float) -> None:
    """Mark each line LEFT, RIGHT or SPAN and give it the margins of the column it belongs to."""
    if not lines:
        return
    low, high = page_height * _FURNITURE_ZONE, page_height * (1 - _FURNITURE_ZONE)
    inner = [line for line in lines if low < line.bottom and line.top < high] or lines
    middle = _classify_sides(lines, (min([line.x0 for line in inner]) + max([line.x1 for line in inner])) / 2)
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
        margin = Counter(map(round, map(_X0, group))).most_common(1)[0][0]
        right = max(map(_X1, group))
        for line in group:
            line.left_margin = margin
            line.right_margin = right
            line.column = line.side if two_columns else SPAN


_X0, _X1, _TOP, _HEIGHT = attrgetter("x0"), attrgetter("x1"), attrgetter("top"), attrgetter("height")


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
        if line.x1 <= middle:
            line.side = LEFT
            left_edge = line.x1 if line.x1 > left_edge else left_edge
        elif line.x0 >= middle:
            line.side = RIGHT
            right_edge = line.x0 if line.x0 < right_edge else right_edge
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
    repeated = Counter()
    for lines in margins[1:]:
        repeated.update({_furniture_key(line.text) for line in lines})
    threshold = max(2, (len(pages) - 1) // 2)
    dropped: set[int] = set()
    recurring: list[tuple[int, Line, str]] = []
    for number, lines in enumerate(margins):
        for line in lines:
            if is_page_furniture(line.text, running_header=number > 0):
                dropped.add(id(line))
            # A paragraph's first line is text even when another paragraph opens alike
            # ("15. The relevant legislation ..." and "31. The relevant legislation ...").
            elif number > 0 and not _PARAGRAPH_START.match(line.text):
                key = _furniture_key(line.text)
                if repeated[key] >= threshold:
                    recurring.append((number, line, key))
    if recurring:
        dropped.update(id(line) for line in _running_heads(pages, recurring, dropped, threshold))
    if dropped:
        for page in pages:
            page.lines = [line for line in page.lines if id(line) not in dropped]


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


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip())


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
    margin = Counter(round(line.x0) for line in notes).most_common(1)[0][0]
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
    ordered: list[Line] = []
    band: list[Line] = []
    band_bottom = 0.0
    for line in sorted(lines, key=lambda line: (-round(line.top, 1), line.x0)):
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
    previous: Line | None = None
    for line in lines:
        number = paragraph_number(line.text) if numbered and line.text[0].isdigit() else None
        expected = number is not None and number == last_number + 1
        if previous is None or _starts_paragraph(previous, line, pitch, expected=expected):
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
    text = " ".join(texts)
    # Lines ending in neither a hyphen nor a slash are joined with a space, as `join_lines` would join
    # them, at a fraction of its cost: most paragraphs.
    if "- " in text or "/ " in text or "\u2010 " in text:
        text = join_lines(texts, [line.hyphen_end for line in lines], words)
    return number_with_tab(clean_line(text)) if numbered else clean_line(text)


def _starts_paragraph(previous: Line, line: Line, pitch: float, *, expected: bool) -> bool:
    previous_height, height = previous.height, line.height
    if abs(height - previous_height) > 0.2 * (height if height > previous_height else previous_height):
        return True
    previous_heading = previous.bold_start and previous.bold_end
    if (line.bold_start and not previous.bold_end) or (previous_heading and not line.bold_end):
        return True
    if expected and (previous_heading or _SENTENCE_END.search(previous.text)):
        return True
    if previous.top - line.top > 1.3 * pitch and previous.page == line.page and previous.column == line.column:
        return True
    if _DOT_LEADER in line.text or _DOT_LEADER in previous.text:  # rows of a list of members
        return True
    if line.column == SPAN and line.side != SPAN and previous.side == line.side:
        return _starts_cell_line(previous.text, line.text)
    indent = line.x0 - line.left_margin
    if indent > 0.6 * height and previous.x0 - previous.left_margin < 0.3 * height and not previous_heading:
        return True
    room = previous.right_margin - previous.x1
    return room > previous_height and room > _first_word_width(line.text, previous)


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
