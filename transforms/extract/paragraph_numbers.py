"""Paragraph numbers a scan misread, read as figures again.

Recognition takes a one for a small l and a zero for a capital O, in a paragraph's number as anywhere:
"l. Mr. HOLM (Denmark) said", "l0. The CHAIRMAN", "2O. Mr. X". The parser finds a paragraph by the figure
that opens its line, so such a paragraph would run into the one above it. A number is read again only at
a line's start, before a full stop and a capital or an article ("l.el PRESIDENTE"), and only with a small l
or an O beside a digit: a capital I is a Roman numeral there ("I. Introduction"), and no word is one or two l's.
A comma read for the number's stop ("1, The CHAIRMAN said") is read as the stop before a speaker's opening only.
"""

from __future__ import annotations

import re

# Found from the newline before it, which `re` looks for fast, hence the newline put before the text.
# A comma a scan read for the stop is read as one only before a speaker's opening: "1, The CHAIRMAN, speaking as".
_MISREAD_NUMBER = re.compile(
    r"\n([ \t]*)(?:((?=[\dO]*l|\d+O|O\d)[\dlO]{1,3})\.(?=[ \t]*(?:[A-Z]|(?:el|la|le|les|los|las)\b))"
    r"|(\d{1,3}),(?=[ \t]+(?:The (?:CHAIR|Chair|PRESIDENT|President)|(?:Mr|Mrs|Ms|Dr)\.|Miss |Sir )))"
)
_AS_DIGITS = str.maketrans("lO", "10")


def numbers_read_again(text: str) -> str:
    """The text with paragraph numbers a scan misread at its lines' starts as figures."""
    read = _MISREAD_NUMBER.sub(_as_figures, f"\n{text}")
    return read[1:] if read != f"\n{text}" else text


def _as_figures(number: re.Match[str]) -> str:
    return f"\n{number.group(1)}{(number.group(2) or number.group(3)).translate(_AS_DIGITS)}."
