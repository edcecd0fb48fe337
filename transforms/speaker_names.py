"""Speakers' names as records print them, cased one way: "KÄLIN" and "Kälin" are one name."""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.name_particles import ARABIC_ARTICLE, PARTICLES

_MOSTLY_CAPITALS = re.compile(rf"^(?:Mc|Mac|D'|O'|{ARABIC_ARTICLE})[A-ZÀ-Þ'\-]{{2,}}$")
_MISCASED = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]?[A-ZÀ-Þ]{2,}$")  # "KaNG": a capital slipped out of a name in capitals
# A prefix kept as printed before a name in capitals: "MacDONALD", and the Arabic article "el-KHOURI", "al-SAID".
_MIXED_PREFIX = re.compile(rf"^(?:Mc|Mac|{ARABIC_ARTICLE})(?=[A-ZÀ-Þ])")
_L_FOR_I = re.compile(r"^[A-ZÀ-Þ]+(?:l+[A-ZÀ-Þ]+)+$")


@lru_cache(maxsize=65536)  # a record names its members again and again
def normalise_name(name: str) -> str:
    """Title-case the capitals of older records ("KÄLIN" -> "Kälin"), keep particles lower."""
    words: list[str] = []
    for word in name.replace("’", "'").split():
        if word in _LOST_LAST_LETTERS and words:  # "Šimonovi ć": a conversion set the accented letter apart
            words[-1] += word
        elif words and words[-1] == "Mc":  # "Mc Callum": a conversion set the prefix apart, never a name alone
            words[-1] += _title_case(word) if word.isupper() else word
        elif word.casefold() in PARTICLES and words:
            words.append(word.lower())
        elif "l" in word and _L_FOR_I.match(word):  # "FlGUEROA", "CANClNO": a scan's l for the capital I
            words.append(_title_case(word.replace("l", "I")))
        elif len(word) > 1 and (word.isupper() or _MOSTLY_CAPITALS.match(word) or _MISCASED.match(word)):
            words.append(_title_case(word))
        else:
            words.append(word)
    return " ".join(words)


_LOST_LAST_LETTERS = frozenset("ćčšžđ")


def _title_case(word: str) -> str:
    prefix = _MIXED_PREFIX.match(word)
    if prefix:  # "MacDONALD" keeps the prefix as printed: "MacDonald"
        return prefix.group(0) + _title_case(word[prefix.end() :])
    parts = re.split(r"([\-'’])", word)
    cased = "".join(part.capitalize() if part.isalpha() else part for part in parts)
    return (
        re.sub(r"^(Mc|Mac)([a-z])", lambda m: m.group(1) + m.group(2).upper(), cased)
        if cased.startswith("Mc")
        else cased
    )
