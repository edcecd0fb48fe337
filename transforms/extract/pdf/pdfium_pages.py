"""The PDF's pages read with PDFium: each page's text, and the geometry of its printed lines.

The only module that calls PDFium (through pypdfium2's raw API and ctypes). For each line it
asks for the boxes of the first and last characters and their font weight, a handful of calls
per line, cheap next to loading the page; a page's lines are put in columns while PDFium still
has the page open, since telling two columns from one needs its hit test.
"""

from __future__ import annotations

import codecs
import ctypes
import math
import re
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from transforms.extract.pdf.columns import assign_columns
from transforms.extract.pdf.lines import LEFT, RIGHT, Line, Page
from transforms.record import RecordRejected

if TYPE_CHECKING:
    from _ctypes import CFuncPtr  # a function of a loaded library, as ctypes gives it

# A PDFium line, or the part of one before U+FFFE: PDFium's mark for a hyphen at the end of
# a printed line, where it joins the two lines into one.
_SEGMENT = re.compile(r"[^\r\n\ufffe]*\ufffe|[^\r\n\ufffe]+")
_BOLD_WEIGHT = 600


def _untyped(function: CFuncPtr) -> Callable[..., int]:
    """`function` without argument types, returning an int: ctypes passes a `c_void_p` handle,
    `byref` pointers and an index (a Python int, as a C int) as they are.

    pypdfium2's typed signatures convert every argument on every call; these calls run several
    times per line, and without the conversions they take a third less time. The handle must be
    a `c_void_p`: a bare Python int would be cut down to a C int.
    """
    address = ctypes.cast(function, ctypes.c_void_p).value
    if address is None:
        raise ValueError("a PDFium function without an address")
    untyped = ctypes.CFUNCTYPE(ctypes.c_int)(address)
    # ctypes takes None for "no argument types"; typeshed allows only a sequence of types.
    untyped.argtypes = None  # type: ignore[assignment]
    return untyped


_loose_box = _untyped(pdfium_c.FPDFText_GetLooseCharBox)
_char_box = _untyped(pdfium_c.FPDFText_GetCharBox)
_font_weight = _untyped(pdfium_c.FPDFText_GetFontWeight)
_char_at = pdfium_c.FPDFText_GetCharIndexAtPos
_BOX_SIZE = ctypes.sizeof(pdfium_c.FS_RECTF)
_TWO_BOXES = struct.Struct("8f")  # two FS_RECTF: left, top, right, bottom, as C floats
_PROBES = (0.0, -4.0, 4.0)  # where `blank_at` looks, in points from the middle


def read_pages(content: bytes) -> list[Page]:
    """Every page's lines, in columns; `RecordRejected` when PDFium cannot read the file or a page."""
    try:
        pdf = _open_pdf(content)
    except pdfium.PdfiumError as error:
        truncated = b"%%EOF" not in content[-2048:]
        raise RecordRejected("extract", f"unreadable PDF{' (truncated)' if truncated else ''}: {error}") from error
    try:
        return [_read_page(pdf, index) for index in range(pdfium_c.FPDF_GetPageCount(pdf))]
    except pdfium.PdfiumError as error:
        raise RecordRejected("extract", f"unreadable PDF page: {error}") from error
    finally:
        pdfium_c.FPDF_CloseDocument(pdf)  # `content`, which PDFium reads from, outlives it


def _open_pdf(content: bytes) -> pdfium_c.FPDF_DOCUMENT:
    """PDFium's document, opened as `pdfium.PdfDocument` opens it, or its error.

    PDFium's calls rather than pypdfium2's objects, here and for pages, whose finalizers and links
    to their parents cost some 8 µs a document and 25 µs a page: a tenth of all the PDF reader adds
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
            assign_columns(lines, reader, height)
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
