"""Which column each line of a page flows in, and the margins of that column.

A page is read as two columns when enough lines stand wholly left or right of its middle and
few run across it. Some PDFs draw two columns row by row, and PDFium then joins a left line and
the right one beside it into one line across the page: enough such rows, each blank at the
gutter, are cut in two again.
"""

from __future__ import annotations

import math
from operator import attrgetter
from typing import Protocol

from transforms.extract.pdf.lines import DOT_LEADER, FURNITURE_ZONE, LEFT, RIGHT, SPAN, Line, usual_left

_X0, _X1 = attrgetter("x0"), attrgetter("x1")


class RowReader(Protocol):
    """What finding merged rows asks of the page as PDFium has it."""

    def blank_at(self, x: float, line: Line) -> bool:
        """Nothing printed on `line`'s row near `x`."""
        ...

    def split_row(self, line: Line, gutter: float) -> list[Line]:
        """The left and right lines of a row joined across `gutter`."""
        ...


def assign_columns(lines: list[Line], reader: RowReader, page_height: float) -> None:
    """Mark each line LEFT, RIGHT or SPAN and give it the margins of the column it belongs to."""
    if not lines:
        return
    low, high = page_height * FURNITURE_ZONE, page_height * (1 - FURNITURE_ZONE)
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
        margin, right = usual_left(group), max(map(_X1, group))
        for line in group:
            line.left_margin = margin
            line.right_margin = right
        if two_columns:
            for line in group:
                line.column = line.side


def _merged_rows(spans: list[Line], reader: RowReader, middle: float) -> list[Line]:
    """The lines across the page that are rows of two columns PDFium joined: enough of them, or none.

    Most pages have none, and most of their lines are not blank at the middle: the count stops
    as soon as the rows that are left could no longer make enough.
    """
    candidates = [line for line in spans if DOT_LEADER not in line.text]
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
