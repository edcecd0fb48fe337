"""The reading order of a page's body: top to bottom, and the left column before the right."""

from __future__ import annotations

from operator import attrgetter

from transforms.extract.pdf.lines import LEFT, RIGHT, SPAN, Line

_X0, _SIDE, _COLUMN = attrgetter("x0"), attrgetter("side"), attrgetter("column")


def reading_order(lines: list[Line]) -> list[Line]:
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
