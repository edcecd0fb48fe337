"""Letters a scan takes for one another ("Chlle" for Chile, "iuvited" for invited, "considercd" for considered).

Each class is a set of lookalikes; a word read through them (`lookalike_key`) is the same for every misreading
of it within the classes, so a misread word is known by its key.
"""

from __future__ import annotations

LOOKALIKES = ("il1j!|", "ce", "gq", "nu", "hb", "o0", "s5", "z23")  # "New 3ealand"
LOOKALIKE_CLASS = {letter: index for index, letters in enumerate(LOOKALIKES) for letter in letters}
_AS_FIRST_OF_ITS_CLASS = str.maketrans({letter: letters[0] for letters in LOOKALIKES for letter in letters})


def lookalike_key(word: str) -> str:
    """The word with each lookalike letter read as the first of its class: "considered" and "considercd" alike."""
    return word.translate(_AS_FIRST_OF_ITS_CLASS)
