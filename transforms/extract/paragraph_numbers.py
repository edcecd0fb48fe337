"""Paragraph numbers a scan misread, read as figures again.

Recognition takes a one for a small l and a zero for a capital O, in a paragraph's number as anywhere:
"l. Mr. HOLM (Denmark) said", "l0. The CHAIRMAN", "2O. Mr. X". The parser finds a paragraph by the figure
that opens its line, so such a paragraph would run into the one above it. A number is read again only at
a line's start, before a full stop and a capital or an article ("l.el PRESIDENTE"), and only with a small l,
an O or a capital I beside a digit ("I2."): a capital I alone is a Roman numeral there ("I. Introduction") but
before a speaker's opening ("I. Mr. X (Peru) said"), and no word is one or two l's.
A comma read for the number's stop ("1, The CHAIRMAN said") is read as the stop before a speaker's opening only.
"""

from __future__ import annotations

import re

from transforms.speaker_labels import MR_MISREAD_SMALL

# Found from the newline before it, which `re` looks for fast, hence the newline put before the text.
# A comma a scan read for the stop is read as one only before a speaker's opening: "1, The CHAIRMAN, speaking as".
# The title after the number may be misread too: "l2. lIr. RAHIMI (Azerbaijan)" (`speaker_labels.MISREAD_MR`).
# A capital I is a one beside a digit ("I2.", "2I."), or before a speaker's opening ("I. Mr. X (Peru) said", "II."
# for 11: no Roman numeral numbers a turn).
_OPENING = r"[ \t]+(?:The (?:CHAIR|Chair|PRESIDENT|President)|(?:Mr|Mrs|Ms|Dr)\.|Miss |Sir )"
_MISREAD_NUMBER = re.compile(
    r"\n([ \t]*)(?:((?=[\dO]*l|\d+O|O\d|I\d|\dI)[\dlOI]{1,3})\."
    rf"(?=[ \t]*(?:[A-Z]|(?:el|la|le|les|los|las)\b|{MR_MISREAD_SMALL}[.,]\s))"
    rf"|(\d{{1,3}}),(?={_OPENING})|([Il]{{1,2}})\.(?={_OPENING}))"
)
_AS_DIGITS = str.maketrans("lOI", "101")


def numbers_read_again(text: str) -> str:
    """The text with paragraph numbers a scan misread at its lines' starts as figures."""
    read = _MISREAD_NUMBER.sub(_as_figures, f"\n{text}")
    return read[1:] if read != f"\n{text}" else text


def _as_figures(number: re.Match[str]) -> str:
    return f"\n{number.group(1)}{(number.group(2) or number.group(3) or number.group(4)).translate(_AS_DIGITS)}."
