"""Records typeset as plain PDFs in a millisecond each: one column of Helvetica lines, the page wrapped.

fpdf2 (which the tests use for their layout cases) takes about 0.1-0.2 s a record, which is hours of
typesetting for a 20,000-record benchmark. PDFium reads these files as it reads the UN's: a text
layer of positioned lines, with line geometry to rebuild paragraphs from.
"""

from __future__ import annotations

import unicodedata

from fpdf.fonts import CORE_FONTS_CHARWIDTHS  # Helvetica's advance widths, from the dev dependencies

_PAGE_WIDTH, _PAGE_HEIGHT = 595, 842  # A4, in points
_MARGIN, _LEADING, _FONT_SIZE = 56, 13, 10
_MEASURE = _PAGE_WIDTH - 2 * _MARGIN
_WIDTHS = CORE_FONTS_CHARWIDTHS["helvetica"]
_LINES_PER_PAGE = (_PAGE_HEIGHT - 2 * _MARGIN) // _LEADING


def plain_pdf(text: str) -> bytes:
    """A PDF of `text`: each line of it a paragraph, wrapped, with a blank line after it."""
    lines: list[str] = []
    for paragraph in text.splitlines():
        lines.extend(_wrapped(paragraph.replace("\t", " ")))
        lines.append("")
    pages = [lines[start : start + _LINES_PER_PAGE] for start in range(0, len(lines), _LINES_PER_PAGE)] or [[]]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT]
    kids = []
    for page in pages:
        stream = b"BT /F1 %d Tf %d TL %d %d Td " % (_FONT_SIZE, _LEADING, _MARGIN, _PAGE_HEIGHT - _MARGIN)
        stream += b"".join(b"(" + _string(line) + b") Tj T* " for line in page) + b"ET"
        objects.append(b"<< /Length %d >>\nstream\n%b\nendstream" % (len(stream), stream))
        objects.append(_PAGE % (_PAGE_WIDTH, _PAGE_HEIGHT, len(objects)))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _wrapped(paragraph: str) -> list[str]:
    """Lines filled to the measure, as a typesetter fills them: the next word never fits on the line before."""
    lines: list[str] = []
    line: list[str] = []
    width = 0.0
    space = _WIDTHS[" "] * _FONT_SIZE / 1000
    for word in paragraph.split():
        advance = sum(_WIDTHS.get(char, 556) for char in word) * _FONT_SIZE / 1000
        if line and width + space + advance > _MEASURE:
            lines.append(" ".join(line))
            line, width = [], 0.0
        width += (space if line else 0.0) + advance
        line.append(word)
    return [*lines, " ".join(line)] if line else lines


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> >> >>"


def _string(line: str) -> bytes:
    """A PDF string in the standard fonts' encoding; a letter it lacks loses its accent (ć -> c)."""
    encoded = bytearray()
    for char in line:
        try:
            encoded += char.encode("cp1252")
        except UnicodeEncodeError:
            encoded += unicodedata.normalize("NFKD", char).encode("ascii", "ignore") or b"?"
    return bytes(encoded).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
