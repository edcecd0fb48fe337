"""Letters a scan takes for one another ("Chlle" for Chile, "iuvited" for invited, "considercd" for considered).

Each class is a set of lookalikes; a word read through them (`lookalike_key`) is the same for every misreading
of it within the classes, so a misread word is known by its key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

LOOKALIKES = ("il1j!|", "ce", "gq", "nu", "hb", "o0", "s5", "z23")  # "New 3ealand"
LOOKALIKE_CLASS = {letter: index for index, letters in enumerate(LOOKALIKES) for letter in letters}
_AS_FIRST_OF_ITS_CLASS = str.maketrans({letter: letters[0] for letters in LOOKALIKES for letter in letters})


def lookalike_key(word: str) -> str:
    """The word with each lookalike letter read as the first of its class: "considered" and "considercd" alike."""
    return word.translate(_AS_FIRST_OF_ITS_CLASS)


def vocabulary_of(words: Iterable[str]) -> dict[str, str]:
    """Each word's lookalike key -> the word, for words of four letters or more that no other word shares a key
    with."""
    keys: dict[str, set[str]] = {}
    for word in words:
        if len(word) >= _WORD_AT_LEAST:
            keys.setdefault(lookalike_key(word.casefold()), set()).add(word.casefold())
    return {key: next(iter(spelt)) for key, spelt in keys.items() if len(spelt) == 1}


def corrected(text: str, vocabulary: Mapping[str, str]) -> str:
    """The text with each word a scan misread into lookalikes ("Sccretary", "Dlvision") spelt as the vocabulary's
    word with its key; its first letter's case kept."""

    def spelt(word: re.Match[str]) -> str:
        found = vocabulary.get(lookalike_key(word.group().casefold()))
        if found is None or found == word.group().casefold():
            return word.group()
        return found.capitalize() if word.group()[0].isupper() else found

    return _WORD.sub(spelt, text)


_WORD_AT_LEAST = 4
_WORD = re.compile(rf"[A-Za-z][a-z]{{{_WORD_AT_LEAST - 1},}}")
