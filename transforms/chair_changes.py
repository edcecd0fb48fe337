"""Who takes the Chair in the course of a meeting.

"Mr. Y, Vice-Chairperson, took the Chair.", "The Vice-Chairperson, Mr. Y, took the Chair.", "M. Y,
Vice-Président, prend la présidence.", "El Sr. Y (Vicepresidente) ocupa la Presidencia.", and the Spanish
and French word orders that put the verb first: "Ocupa la Presidencia la Sra. Y, Vicepresidenta.", "La
présidence est assurée par Mme Y, Vice-Présidente."
"""

from __future__ import annotations

import re

from transforms.presiding import Presiding, chair_taken_by

_TAKES_THE_CHAIR = (
    r"(?:took|resumed|assumed) the (?:Chair|chair)\b|presided\."
    r"|(?:prend|reprend|assume|assure) la pr[ée]sidence\b"
    r"|(?:ocupa|vuelve a ocupar|pasa a ocupar|asume|reasume|toma) la [Pp]residencia\b|pasa a presidir la sesi[óo]n\b"
)
_IN_THE_ABSENCE_OF = r"(?:In the absence of|En l['’]absence d[eu]|En ausencia de(?:l| la)?)"
_SUBJECT_FIRST = re.compile(
    # "In the absence of Mr. X (Ghana), Mr. Y (Peru), Vice-President, took the Chair.": Mr. Y presides.
    rf"^(?:{_IN_THE_ABSENCE_OF} [^,]{{2,80}}?(?:\s\([^()]{{2,60}}\))?,\s*)?"
    r"(?P<who>(?:[A-Z][\w.]*\.?\s+)?[^,]{2,80}?)(?:,\s*(?P<office>[^,]{3,60}),)?"
    # "Mr. X was elected Chairman by acclamation and took the Chair."
    r"(?:\s+was\s+(?:elected|appointed)\s+[^,]{2,60}?\s+and)?"
    rf"\s+(?:{_TAKES_THE_CHAIR})"
)
_VERB_FIRST = re.compile(
    r"^(?:(?:Ocupa|Asume|Reasume|Vuelve a ocupar|Pasa a ocupar) la [Pp]residencia|Preside la sesi[óo]n"
    r"|La pr[ée]sidence est (?:assur[ée]e|assum[ée]e) par)"
    r"\s+(?:(?:el|la)\s+)?(?P<who>[^,]{2,80}?)(?:,\s*(?P<office>[^,]{3,60}?))?\s*\.?$"
)
# A line of its own between numbered paragraphs that says so; only these are looked for there, since a
# wrapped line of a paragraph may end the same way.
_CHANGE_LINE = re.compile(
    rf"^(?:{_IN_THE_ABSENCE_OF} .{{2,120}}?,\s*)?"
    r"(?:(?:The|El|La|Le|el|la|le)\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Sir|Sr|Sra|Srta|M|Mme|Mlle|Vice\S*|Vicepresident[ae])\.?\s"
    rf".{{1,160}}?(?:{_TAKES_THE_CHAIR})\s*\.?$"
)


def chair_taken(text: str) -> Presiding | None:
    """Who presides from a paragraph or line that says they took the Chair; None when it says no such thing."""
    if len(text) >= 260 or not may_take_the_chair(text):
        return None
    taken = _SUBJECT_FIRST.match(text) or _VERB_FIRST.match(text)
    return chair_taken_by(taken.group("who"), taken.group("office")) if taken else None


def is_chair_change_line(line: str) -> bool:
    """An unnumbered line between paragraphs that hands over the Chair."""
    return may_take_the_chair(line) and (_CHANGE_LINE.match(line) or _VERB_FIRST.match(line)) is not None


def may_take_the_chair(text: str) -> bool:
    """Whether the patterns could match: a quick look most paragraphs fail (a hand-over is one short sentence)."""
    english = (" Chair" in text and ("the Chair" in text or "the chair" in text)) or text.endswith(" presided.")
    romance = "sid" in text and (  # one scan rules out most paragraphs ("présidence", "presidence", "presidir")
        "sidence" in text or "residencia" in text or "presidir la" in text or text.startswith("Preside ")
    )
    return english or romance
