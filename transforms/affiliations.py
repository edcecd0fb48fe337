"""What the parentheses after a speaker's name say: a country, a role, an organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.countries import iso3_for_country, iso3_for_misread_country


@dataclass(frozen=True, slots=True)
class Affiliation:
    printed: str
    role: str | None = None
    affiliation: str | None = None
    country_iso3: str | None = None
    spoke_in: str | None = None
    office: str | None = None


# Offices held inside the meeting, in the order they are tried (longest first).
_OFFICES: tuple[tuple[str, str], ...] = (
    ("alternate country rapporteur", "rapporteur"),
    ("country co-rapporteur", "rapporteur"),
    ("country rapporteur", "rapporteur"),
    ("co-rapporteur", "rapporteur"),
    ("rapporteur", "rapporteur"),
    ("secretary of the committee", "secretariat"),
    ("secretary of the subcommittee", "secretariat"),
    ("secretary of the council", "secretariat"),
    ("secretary", "secretariat"),
    ("vice-chairperson", "member"),
    ("vice-chairman", "member"),
    ("vice-chair", "member"),
    ("vice-president", "member"),
    ("chairperson", "chair"),
    ("chairman", "chair"),
    ("chair", "chair"),
    ("president", "chair"),
    ("country task force", "rapporteur"),
    ("task force", "rapporteur"),
)
_SECRETARIAT_WORDS = re.compile(
    r"\b(?:Office of the United Nations High Commissioner for Human Rights|OHCHR|Secretariat|"
    r"Division|Section|Branch|Department of|Director|Chief|Officer|Under-Secretary-General|"
    r"Assistant Secretary-General|Deputy Secretary-General|Secretary-General|Deputy High Commissioner|"
    r"High Commissioner for Human Rights|Executive Secretary)\b"
)
# Mandate holders of the Council; a committee's own "Special Rapporteur for follow-up on Views" or
# "on new communications" is one of its members, speaking as rapporteur.
_MANDATE_HOLDER = re.compile(
    r"^(?:Special Rapporteur|Special Representative|Independent Expert|Chair(?:person)?-Rapporteur)\b"
)
_COMMITTEE_RAPPORTEUR = re.compile(r"^Special Rapporteur\b.*\b(?i:follow-up|communications|reprisals|views)\b")
# An official or member who presides for the moment is the chair while presiding.
_PRESIDING_NOW = re.compile(r"\b(?:Temporary|Acting)\s+(?:Chair\w*|President)\b", re.IGNORECASE)
_SPOKE_IN = re.compile(r"^\s*(?:spoke|speaking) in (?P<language>[A-Z][a-z]+)\s*$", re.IGNORECASE)
_OBSERVER_FOR = re.compile(r"^\s*(?:Observer|observer) (?:for|of) (?P<who>.+)$")


@lru_cache(maxsize=16384)
def classify_parenthetical(inner: str) -> Affiliation:
    """Classify the text between a speaker's parentheses (nested ones included)."""
    printed = re.sub(r"\s+", " ", inner).strip()
    spoke = _SPOKE_IN.match(printed)
    if spoke:
        return Affiliation(printed, spoke_in=spoke.group("language").capitalize())
    iso3 = iso3_for_country(printed)
    if iso3:
        return Affiliation(printed, role="delegation", affiliation=printed, country_iso3=iso3)
    lowered = printed.casefold()
    for office, role in _OFFICES:
        if lowered in (office, f"acting {office}"):
            return Affiliation(printed, role=role, office=printed)
    observer = _OBSERVER_FOR.match(printed)
    if observer:
        who = observer.group("who").strip()
        country = iso3_for_country(who)
        # Observer States (the Holy See, the State of Palestine) speak as delegations.
        return Affiliation(printed, role="delegation" if country else "observer", affiliation=who, country_iso3=country)
    if _MANDATE_HOLDER.search(printed):  # special procedures report to the body; they are not its staff
        if _COMMITTEE_RAPPORTEUR.search(printed):
            return Affiliation(printed, role="rapporteur", office=printed)
        return Affiliation(printed, role="observer", affiliation=printed)
    if _PRESIDING_NOW.search(printed):  # "(Representative of the Secretary-General, Temporary Chairman)"
        return Affiliation(printed, role="chair", affiliation=printed, office=printed)
    if _SECRETARIAT_WORDS.search(printed):
        return Affiliation(printed, role="secretariat", affiliation=printed)
    for office, role in _OFFICES:
        if lowered.startswith(office + " ") or lowered.endswith(" " + office):
            if role == "chair" and (presided := _PRESIDES_OVER.match(lowered)) is not None:
                return _office_elsewhere(printed, presided.group("organ"))
            return Affiliation(printed, role=role, office=printed)
    if (misread := iso3_for_misread_country(printed)) is not None:  # a scan's "(Franco)" for France
        return Affiliation(printed, role="delegation", affiliation=printed, country_iso3=misread)
    return Affiliation(printed, role="observer", affiliation=printed)


# "President of the Human Rights Council", "Chair of the working group on communications": an office
# of some other organ or group, not the presiding officer of this meeting (who is "the Chairperson").
_PRESIDES_OVER = re.compile(r"^(?:chairperson|chairman|chairwoman|chair|president) of (?:the )?(?P<organ>.+)$")
_OWN_BODY = re.compile(r"^(?:committee|subcommittee|commission|sub-commission|meeting|session)$")
_GROUP_OF_MEMBERS = re.compile(r"\b(?:working group|task force|drafting group|pre-sessional|sessional)\b")


def _office_elsewhere(printed: str, organ: str) -> Affiliation:
    if _OWN_BODY.match(organ):
        return Affiliation(printed, role="chair", office=printed)
    if _GROUP_OF_MEMBERS.search(organ):  # a group of the body's own members: one of them speaks
        return Affiliation(printed, role="member", office=printed)
    return Affiliation(printed, role="observer", affiliation=printed, office=printed)
