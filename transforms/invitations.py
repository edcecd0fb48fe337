"""Whom the Chair calls on to speak as the Rapporteur, so that the turn after is the Rapporteur's.

A Rapporteur who introduces the report is often printed as any member or delegate, the office left to the
Chair's words before: "The CHAIRMAN ... called upon Dr. MALIK (Lebanon), as Rapporteur, to introduce it" /
"Dr. MALIK (Lebanon) explained that ...", or "The CHAIRMAN invited the Country Rapporteur to read out the draft
conclusions" / "Mr. X read out the following text". The turn that answers the call speaks as the Rapporteur,
whatever its State; the turns after it are read as printed.
"""

from __future__ import annotations

import re
from typing import Final

from transforms.speaker_ids import name_key
from transforms.speakers import Attribution

_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Sir|Professor|Prof)\.?"
# "called upon Dr. MALIK (Lebanon), as Rapporteur, to", "invited Ms. X, the Country Rapporteur, to".
_NAMED_THEN_OFFICE = re.compile(
    rf"\b(?:called\s+(?:up)?on|invited)\s+{_TITLE}\s+(?P<name>[A-Z][\w'’\- ]{{1,40}}?)\s*(?:\([^()]{{2,60}}\))?,?"
    r"\s+(?:as|the)\s+(?:Country\s+)?Rapporteur\b"
)
# "invited the Country Rapporteur, Mr. X, to", or the office alone: "invited the Country Rapporteur to read".
_OFFICE_THEN_NAMED = re.compile(
    rf"\b(?:called\s+(?:up)?on|invited)\s+the\s+(?:Country\s+)?Rapporteur\b(?:,?\s+{_TITLE}\s+(?P<name>[A-Z][\w'’\-]+"
    r"(?:\s+[A-Z][\w'’\-]+){0,2}),)?"
)
UNNAMED: Final = ""


def called_as_rapporteur(text: str) -> str | None:
    """The name key of whom the paragraph calls on as the Rapporteur, `UNNAMED` where it names the office alone,
    or None where it calls on nobody so."""
    if "Rapporteur" not in text or ("invited" not in text and "called" not in text):
        return None
    if (named := _NAMED_THEN_OFFICE.search(text)) is not None:
        return name_key(named.group("name"))
    if (office := _OFFICE_THEN_NAMED.search(text)) is not None:
        return name_key(office.group("name")) if office.group("name") else UNNAMED
    return None


def answers_the_call(attribution: Attribution, called: str) -> Attribution:
    """The turn right after the call, as the Rapporteur where it is the one called (or, called by office alone, a
    member printed bare); otherwise as it was read."""
    if attribution.role not in ("delegation", "member") or attribution.name is None:
        return attribution
    if called == UNNAMED:
        answers = attribution.role == "member" and attribution.country_iso3 is None
    else:
        answers = name_key(attribution.name) == called
    if not answers:
        return attribution
    return attribution._replace(role="rapporteur", country_iso3=None, office="Rapporteur")
