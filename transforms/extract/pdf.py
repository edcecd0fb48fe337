"""PDF records as clean text, read with PDFium.

PDFium gives the text of each page in the order it was drawn, with line breaks. For each
line this module asks PDFium for the boxes of its first and last characters and their font
weight (a handful of calls per line, cheap next to loading the page), and from that
geometry decides what the text alone cannot tell:

- which lines are running headers, footers and footnotes (position, repetition, font size);
- the reading order of two-column pages (left column, then right, band by band between
  lines that span the page);
- where a paragraph ends: a vertical gap, a first-line indent, a bold speaker's name or
  heading, a size change, the next paragraph number, or a line that stops short although
  the next word would have fitted.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from collections import Counter
from dataclasses import dataclass
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
_loose_box = pdfium_c.FPDFText_GetLooseCharBox
_font_weight = pdfium_c.FPDFText_GetFontWeight
_char_at = pdfium_c.FPDFText_GetCharIndexAtPos
_FURNITURE_ZONE = 0.12  # share of the page height, top and bottom, where headers and footers sit
_SMALL_FONT = 0.88  # footnotes are set smaller than the body text
_SENTENCE_END = re.compile(r"[.:;!?)\]”\"’]$")
LEFT, SPAN, RIGHT = 1, 0, 2
_DOT_LEADER = ". . . ."
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
        self.text = textpage.get_text_range()
        self.page = page
        self.box = pdfium_c.FS_RECTF()

    def lines(self) -> list[Line]:
        lines: list[Line] = []
        position = 0
        for raw in self.text.split("\r\n"):
            start = position
            position += len(raw) + 2
            if "\ufffe" in raw:
                for match in _SEGMENT.finditer(raw):
                    self._add(lines, match.group(), start + match.start())
            elif raw and not raw.isspace():
                self._add(lines, raw, start)
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
        handle, box = self.handle, self.box
        _loose_box(handle, first, box)
        x0, top, bottom = box.left, box.top, box.bottom
        _loose_box(handle, last, box)
        # A line that starts in regular type and ends in bold is rare enough to read as regular.
        bold_start = _font_weight(handle, first) >= _BOLD_WEIGHT
        bold_end = bold_start and (first == last or _font_weight(handle, last) >= _BOLD_WEIGHT)
        right = box.right
        return Line(
            text,
            (x0, right if right > x0 else x0, top if top > box.top else box.top, min(bottom, box.bottom)),
            (bold_start, bold_end),
            (self.page, first, last),
        )

    def _split_at_gaps(self, line: Line, min_gap: float) -> list[Line]:
        """Cut a line where the space between two characters is wider than `min_gap`."""
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        text = self.text
        pieces: list[tuple[int, int]] = []
        start = previous = line.first
        previous_right = None
        for index in range(line.first, line.last + 1):
            if text[index].isspace():
                continue
            pdfium_c.FPDFText_GetCharBox(self.handle, index, left, right, bottom, top)
            if previous_right is not None and left.value - previous_right > min_gap:
                pieces.append((start, previous))
                start = index
            previous, previous_right = index, right.value
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
        return all(_char_at(self.handle, x + dx, y, 2.0, reach) < 0 for dx in (0.0, -4.0, 4.0))

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
            _loose_box(self.handle, probe, box)
            if box.left >= x:
                high = middle
            else:
                low = probe + 1
        while low < line.last and text[low].isspace():
            low += 1
        return low if line.first < low <= line.last else None


def _assign_columns(lines: list[Line], reader: _PageReader, page_height: float) -> None:
    """Mark each line LEFT, RIGHT or SPAN and give it the margins of the column it belongs to."""
    inner = [
        line
        for line in lines
        if page_height * _FURNITURE_ZONE < line.bottom and line.top < page_height * (1 - _FURNITURE_ZONE)
    ] or lines
    if not inner:
        return
    middle = _classify_sides(lines, (min(line.x0 for line in inner) + max(line.x1 for line in inner)) / 2)
    merged = [line for line in lines if line.side == SPAN and _DOT_LEADER not in line.text]
    merged = [line for line in merged if reader.blank_at(middle, line)] if merged else merged
    if len(merged) >= 3 and len(merged) >= 0.5 * sum(line.side == SPAN for line in lines):
        to_split = set(map(id, merged))
        lines[:] = [
            piece for line in lines for piece in (reader.split_row(line, middle) if id(line) in to_split else [line])
        ]
    lefts = [line for line in lines if line.side == LEFT]
    rights = [line for line in lines if line.side == RIGHT]
    spans = [line for line in lines if line.side == SPAN]
    two_columns = len(lefts) >= 3 and len(rights) >= 3 and len(spans) <= (len(lefts) + len(rights)) / 2
    for group in [lefts, rights, spans] if two_columns else [lines]:
        if not group:
            continue
        margin = Counter(round(line.x0) for line in group).most_common(1)[0][0]
        right = max(line.x1 for line in group)
        for line in group:
            line.left_margin, line.right_margin = margin, right
            line.column = line.side if two_columns else SPAN


def _classify_sides(lines: list[Line], middle: float) -> float:
    """LEFT of `middle`, RIGHT of it or SPAN across; the gutter between the sides when there is one."""
    for line in lines:
        line.side = LEFT if line.x1 <= middle else RIGHT if line.x0 >= middle else SPAN
    left_edges = [line.x1 for line in lines if line.side == LEFT]
    right_edges = [line.x0 for line in lines if line.side == RIGHT]
    if left_edges and right_edges and max(left_edges) < min(right_edges):
        gutter = (max(left_edges) + min(right_edges)) / 2
        if gutter != middle:
            for line in lines:
                line.side = LEFT if line.x1 <= gutter else RIGHT if line.x0 >= gutter else SPAN
            return gutter
    return middle


# --- page furniture and footnotes --------------------------------------------------------


def _drop_page_furniture(pages: list[Page]) -> None:
    """Remove running headers and footers: known shapes anywhere in the margins, repeated lines elsewhere."""
    repeated = Counter()
    for number, page in enumerate(pages):
        keys = {_furniture_key(line.text) for line in page.lines if number and _in_margin(line, page.height)}
        repeated.update(keys)
    threshold = max(2, (len(pages) - 1) // 2)
    for number, page in enumerate(pages):
        page.lines = [
            line
            for line in page.lines
            if not (
                _in_margin(line, page.height)
                and (
                    is_page_furniture(line.text, running_header=number > 0)
                    or (
                        number > 0
                        and repeated[_furniture_key(line.text)] >= threshold
                        # A paragraph's first line is text even when another paragraph opens alike
                        # ("15. The relevant legislation ..." and "31. The relevant legislation ...").
                        and not _PARAGRAPH_START.match(line.text)
                    )
                )
            )
        ]


_PARAGRAPH_START = re.compile(r"\s*\d{1,4}\.\s+\S")


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip())


def _in_margin(line: Line, page_height: float) -> bool:
    zone = page_height * _FURNITURE_ZONE
    return line.top < zone or line.bottom > page_height - zone


def _body_line_height(pages: list[Page]) -> float:
    heights = [line.height for page in pages for line in page.lines if len(line.text) >= 20]
    if not heights:
        heights = [line.height for page in pages for line in page.lines] or [10.0]
    return median(heights)


def _split_footnotes(lines: list[Line], page_height: float, body_height: float) -> tuple[list[Line], list[Line]]:
    """Footnotes: the run of small-type lines at the foot of the page."""
    by_height = sorted(lines, key=lambda line: -line.top)
    cut = len(by_height)
    while (
        cut > 0
        and by_height[cut - 1].height < _SMALL_FONT * body_height
        and by_height[cut - 1].top < page_height * 0.45
    ):
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
        if band and line.column == SPAN and band_bottom - line.top > 0.8 * line.height:
            ordered.extend(_band_order(band))
            band = []
        if line.side == SPAN:
            ordered.extend(_band_order(band))
            band = []
            ordered.append(line)
        else:
            band_bottom = line.bottom if not band else min(band_bottom, line.bottom)
            band.append(line)
    ordered.extend(_band_order(band))
    return ordered


def _band_order(band: list[Line]) -> list[Line]:
    return [line for line in band if line.side == LEFT] + [line for line in band if line.side == RIGHT]


def _line_pitch(lines: list[Line]) -> float:
    """The usual distance from one line to the next inside a paragraph."""
    pitches = [
        previous.top - line.top
        for previous, line in itertools.pairwise(lines)
        if previous.page == line.page
        and previous.column == line.column
        and 0 < previous.top - line.top < 2.5 * line.height
    ]
    return median(pitches) if pitches else 12.0


def _vocabulary_if_needed(lines: list[Line]) -> Vocabulary:
    if not any(line.hyphen_end for line in lines):
        return EMPTY_VOCABULARY
    return Vocabulary([line.text for line in lines])


def _paragraphs(lines: list[Line], pitch: float, words: Vocabulary, *, numbered: bool = True) -> list[str]:
    """Group lines into paragraphs; a paragraph number that continues the sequence gets its tab."""
    groups: list[tuple[list[Line], bool]] = []
    last_number = 0
    previous: Line | None = None
    for line in lines:
        number = paragraph_number(line.text) if numbered and line.text[0].isdigit() else None
        expected = number is not None and number == last_number + 1
        if previous is None or _starts_paragraph(previous, line, pitch, expected=expected):
            is_numbered = number is not None and number > last_number
            last_number = number if is_numbered else last_number
            groups.append(([], is_numbered))
        groups[-1][0].append(line)
        previous = line
    return [_paragraph_text(group, words, numbered=is_numbered) for group, is_numbered in groups]


def _paragraph_text(lines: list[Line], words: Vocabulary, *, numbered: bool) -> str:
    if len(lines) == 1:
        text = clean_line(lines[0].text)
    else:
        text = clean_line(join_lines([line.text for line in lines], [line.hyphen_end for line in lines], words))
    return number_with_tab(text) if numbered else text


def _starts_paragraph(previous: Line, line: Line, pitch: float, *, expected: bool) -> bool:
    height = max(previous.height, line.height)
    if abs(line.height - previous.height) > 0.2 * height:
        return True
    previous_heading = previous.bold_start and previous.bold_end
    if (line.bold_start and not previous.bold_end) or (previous_heading and not line.bold_end):
        return True
    if expected and (_SENTENCE_END.search(previous.text) or previous_heading):
        return True
    same_column = previous.page == line.page and previous.column == line.column and line.top < previous.top
    if same_column and previous.top - line.top > 1.3 * pitch:
        return True
    if _DOT_LEADER in line.text or _DOT_LEADER in previous.text:  # rows of a list of members
        return True
    if line.column == SPAN and line.side != SPAN and previous.side == line.side:
        return _starts_cell_line(previous.text, line.text)
    indent = line.x0 - line.left_margin
    previous_indent = previous.x0 - previous.left_margin
    if indent > 0.6 * line.height and previous_indent < 0.3 * line.height and not previous_heading:
        return True
    room = previous.right_margin - previous.x1
    return room > previous.height and room > _first_word_width(line.text, previous)


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
