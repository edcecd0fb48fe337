"""Words a scan's text layer printed letter by letter, closed up again.

Some scans of the 1980s come out of recognition with a space after every letter of most words:
"M r K A R I M (Bangladesh) said that I s r a e l", "F o r t y - f i r s t session". No name, title
or State can be read that way. A text is taken for such a scan only when its opening holds several
runs of single letters; then each run of two or more is closed up, and a space put back where a word
in lower case runs into one in capitals ("MrKARIM", "includingPalestine"). A list's "a b c" in any
other text is left alone.
"""

from __future__ import annotations

import re

_SPACED_WORD = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")  # four letters or more, one by one
_SPACED_RUN = re.compile(r"(?<![^\W\d_])(?:[^\W\d_] )+[^\W\d_](?![^\W\d_])")
_WORD_INTO_CAPITALS = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SAMPLE = 3000
_RUNS_OF_A_SCAN = 4


def closed_up(text: str) -> str:
    """The text with letter-spaced words closed up, if it is such a scan's; any other text as it is."""
    if len(_SPACED_WORD.findall(text, 0, _SAMPLE)) < _RUNS_OF_A_SCAN:
        return text
    return _SPACED_RUN.sub(lambda run: _WORD_INTO_CAPITALS.sub(" ", run.group().replace(" ", "")), text)
