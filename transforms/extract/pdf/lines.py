"""Printed lines and pages as the PDF reader sees them, and the measures its steps share.

A `Line` carries its text, its box and PDFium's indexes of its characters; the later steps
(columns, page furniture, reading order, paragraphs) mark it and read it, never PDFium.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter

FURNITURE_ZONE = 0.12  # share of the page height, top and bottom, where headers and footers sit
DOT_LEADER = ". . . ."  # the rows of a list of members: never a paragraph's line, never a merged row


class Side(IntEnum):
    """Where a line stands across the page (`Line.side`), and the column its text flows in (`Line.column`)."""

    SPAN = 0  # across the page; or, as a column, the page's one column when it has no two
    LEFT = 1
    RIGHT = 2


# The members as module names: code run for every line compares with them, and finding one as an
# attribute of the enum takes ten times as long.
SPAN, LEFT, RIGHT = Side.SPAN, Side.LEFT, Side.RIGHT


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
        self.side: Side = SPAN  # LEFT or RIGHT in a two-column band
        self.column: Side = SPAN  # the column the text flows in
        self.left_margin = 0.0
        self.right_margin = 0.0


@dataclass(slots=True)
class Page:
    lines: list[Line]
    height: float


_X0 = attrgetter("x0")


def usual_left(lines: list[Line]) -> int:
    """The commonest left edge, to the nearest point; of those as common, the first met.

    Lines of a column share their left edge to the bit: counting the edges as they are and
    rounding the few distinct ones gives the counts of rounding every edge, in the same order.
    """
    rounded: dict[int, int] = {}
    for x0, count in Counter(map(_X0, lines)).items():
        key = round(x0)
        rounded[key] = rounded.get(key, 0) + count
    return max(rounded, key=rounded.__getitem__)
