"""Words a scan's text layer printed letter by letter, closed up again.

Some scans of the 1980s come out of recognition with a space after every letter of most words:
"M r K A R I M (Bangladesh) said that I s r a e l", "F o r t y - f i r s t session". No name, title
or State can be read that way. A text is taken for such a scan only when its opening holds several
runs of single letters; then each run of two or more is closed up. The space between words is a
single space too ("s a i d t h a t t h e"), so a closed run is split again into words: where a word in
lower case runs into one in capitals ("MrKARIM"), and by wordninja's English word frequencies
("saidthatthe"); a run in capitals (a name: "CHOWDHURY") is kept whole. A list's "a b c" in any other
text is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

_SPACED_WORD = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")  # four letters or more, one by one
_SPACED_RUN = re.compile(r"(?<![^\W\d_])(?:[^\W\d_] )+[^\W\d_](?![^\W\d_])")
_WORD_INTO_CAPITALS = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CAPITALS = re.compile(r"[A-Z]{2,}")
_DIGITS_SPACED = re.compile(r"(?<!\S)(?:\d ){3}\d(?!\S)")  # a year: "1 9 8 9"
_SAMPLE = 3000
_RUNS_OF_A_SCAN = 4


def closed_up(text: str) -> str:
    """The text with letter-spaced words closed up, if it is such a scan's; any other text as it is."""
    # "e" is the commonest letter: such a scan sets it apart many times, other texts hardly ever ("e.g.").
    if text.count(" e ", 0, _SAMPLE) < _RUNS_OF_A_SCAN or len(_SPACED_WORD.findall(text, 0, _SAMPLE)) < _RUNS_OF_A_SCAN:
        return text
    text = _DIGITS_SPACED.sub(lambda year: year.group().replace(" ", ""), text)
    return _SPACED_RUN.sub(_words_of_run, text)


def _words_of_run(run: re.Match[str]) -> str:
    pieces = _WORD_INTO_CAPITALS.split(run.group().replace(" ", ""))
    return " ".join(" ".join(_words(piece)) for piece in pieces)


def _words(piece: str) -> list[str]:
    if _CAPITALS.fullmatch(piece):
        return [piece]
    return _word_splitter()(piece) or [piece]


@cache
def _word_splitter() -> Callable[[str], list[str]]:
    """wordninja's splitter, imported on first use: loading its word list takes 80 ms that only these scans need."""
    import wordninja  # type: ignore[import-untyped]

    split: Callable[[str], list[str]] = wordninja.split
    return split
