"""Page furniture told apart from the body by where it sits: running heads, page numbers, footnotes.

Pure geometry over `Line`s: known shapes in the margins (page numbers, job numbers, barcodes)
and text recurring at the same height on many pages, set apart from the body, are dropped;
the run of small-type lines at the foot of a page is its footnotes.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from operator import attrgetter
from statistics import median

from transforms.extract.cleanup import is_page_furniture
from transforms.extract.pdf.lines import FURNITURE_ZONE, SPAN, Line, Page, usual_left

_SMALL_FONT = 0.88  # footnotes are set smaller than the body text
_PARAGRAPH_START = re.compile(r"\s*\d{1,4}\.\s+\S")  # a numbered paragraph opens: text, however often it recurs
_DIGITS = re.compile(r"\d+")  # page numbers in a running head: "page 3" and "page 4" are one head
_TOP, _HEIGHT = attrgetter("top"), attrgetter("height")


def drop_page_furniture(pages: list[Page]) -> None:
    """Remove running headers and footers: known shapes anywhere in the margins, running heads elsewhere."""
    margins = [_margin_lines(page) for page in pages]
    # The first page's margins hold the masthead: never a running head, not worth a key.
    keys = [
        [_furniture_key(line.text) for line in lines] if number else [""] * len(lines)
        for number, lines in enumerate(margins)
    ]
    repeated: Counter[str] = Counter()
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
    reach = 1.3 * _page_pitch(pages)  # what `paragraph_texts` takes for the next line of a paragraph
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


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", text.strip())


def _margin_lines(page: Page) -> list[Line]:
    """The lines in the top and bottom zones of the page, where headers and footers sit."""
    foot = page.height * FURNITURE_ZONE
    head = page.height - foot
    return [line for line in page.lines if line.top < foot or line.bottom > head]


def body_line_height(pages: list[Page]) -> float:
    heights = [line.height for page in pages for line in page.lines if len(line.text) >= 20]
    if not heights:
        heights = [line.height for page in pages for line in page.lines] or [10.0]
    return median(heights)


def split_footnotes(lines: list[Line], page_height: float, body_height: float) -> tuple[list[Line], list[Line]]:
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
    margin = usual_left(notes)
    right = max(line.x1 for line in notes)
    for line in notes:
        line.left_margin, line.right_margin, line.column = margin, right, SPAN
    noted = set(map(id, notes))
    return [line for line in lines if id(line) not in noted], notes
