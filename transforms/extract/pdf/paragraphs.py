"""Lines in reading order grouped into paragraphs, and each paragraph's clean text.

A paragraph ends at a vertical gap, a first-line indent, a bold speaker's name or heading, a
size change, the next paragraph number, or a line that stops short although the next word
would have fitted.
"""

from __future__ import annotations

import itertools
import re
from statistics import median

from transforms.extract.cleanup import (
    EMPTY_VOCABULARY,
    Vocabulary,
    clean_line,
    has_odd_characters,
    join_lines,
    number_with_tab,
    paragraph_number,
)
from transforms.extract.pdf.lines import DOT_LEADER, SPAN, Line

_SENTENCE_END = re.compile(r"[.:;!?)\]”\"’]$")
_JOINED_AFTER = "-/\u2010"  # line ends `join_lines` may join other than with a space
# Words a line of a masthead cell cannot end with.
_RUN_ON_WORDS = frozenset("of the and on in for to a an with by at against de la del des du".split())


def line_pitch(lines: list[Line]) -> float:
    """The usual distance from one line to the next inside a paragraph."""
    pitches = []
    for previous, line in itertools.pairwise(lines):
        pitch = previous.top - line.top
        if 0 < pitch < 2.5 * line.height and previous.page == line.page and previous.column == line.column:
            pitches.append(pitch)
    return median(pitches) if pitches else 12.0


def vocabulary_if_needed(lines: list[Line]) -> Vocabulary:
    if not any(line.hyphen_end for line in lines):
        return EMPTY_VOCABULARY
    return Vocabulary([line.text for line in lines])


def paragraph_texts(lines: list[Line], pitch: float, words: Vocabulary, *, numbered: bool = True) -> list[str]:
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
            if number is not None and is_numbered:
                last_number = number
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
    if DOT_LEADER in text or DOT_LEADER in previous_text:  # rows of a list of members
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
