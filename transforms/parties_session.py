"""The session of a meeting of the States parties to a treaty, which they number as meetings.

"Ninth Meeting", "13ª reunión", "Treizième réunion": the line below the treaty's name that says which
meeting of the States parties this is, the session a record of theirs belongs to.
"""

from __future__ import annotations

import re

from transforms.numbers import ORDINAL, ordinal_value
from transforms.romance.numbers import (
    FRENCH_ORDINAL_WORDS,
    SPANISH_ORDINAL_WORDS,
    french_ordinal_value,
    spanish_ordinal_value,
)

# How such a line ends, for a quick look before the patterns; "13a reunion" where a copy lost its accents.
PARTIES_ENDINGS = ("Meeting", "MEETING", "union", "unión", "UNION", "UNIÓN")
_ENGLISH = re.compile(rf"^(?P<n>{ORDINAL})\s+meeting$", re.IGNORECASE)
_ROMANCE = re.compile(
    rf"^(?:(?P<digits>\d{{1,3}})\s*\.?\s*(?:ª|a|e|re|[èe]me)?|(?P<fr>{FRENCH_ORDINAL_WORDS})|(?P<es>{SPANISH_ORDINAL_WORDS}))"
    r"\s+r[ée]uni[óo]n$",
    re.IGNORECASE,
)


def parties_session_number(line: str) -> int | None:
    """9 from "Ninth Meeting", 13 from "13ª reunión" or "Treizième réunion"; None if the line is not one."""
    if (english := _ENGLISH.match(line)) is not None:
        return ordinal_value(english.group("n"))
    if (romance := _ROMANCE.match(line)) is None:
        return None
    if romance.group("digits"):
        return int(romance.group("digits"))
    if romance.group("fr"):
        return french_ordinal_value(romance.group("fr"))
    return spanish_ordinal_value(romance.group("es"))
