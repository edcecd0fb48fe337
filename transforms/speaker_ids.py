"""The key speakers' names are compared by, and the id a speaker keeps across meetings."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from transforms.ascii_folding import ascii_folded

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# "Mc Callum" as one copy sets the prefix apart and "McCallum" as another prints it are one name.
_MC_APART = re.compile(r"\bmc (?=[a-z])")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key: accents, case and punctuation folded."""
    return _MC_APART.sub("mc", _NOT_ALNUM.sub(" ", ascii_folded(name).casefold()).strip())


@lru_cache(maxsize=65536)
def speaker_id(name: str | None, country_iso3: str | None) -> str | None:
    """One id per person across meetings: their folded name and delegation."""
    if not name:
        return None
    digest = hashlib.sha1(f"{name_key(name)}|{country_iso3 or ''}".encode(), usedforsecurity=False)
    return digest.hexdigest()[:16]
