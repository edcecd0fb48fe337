"""Who sits for the State at the Committee table, so that its delegates printed without a country
still speak for it.

Dialogue records name the delegation once, when it takes its places ("At the invitation of the
Chairman, Mr. Maamari and Mr. Chaar (Lebanon) took places at the Committee table"), and then print
its members bare ("Mr. MAAMARI said"). A delegate first heard with the State ("Mr. Calderón (Colombia)
said") may be printed bare when they speak again ("Mr. Calderón added"): still the State's delegate, not
a member of the committee, unless the title says it is someone else ("Ms. Calderón"). A speaker printed
bare who speaks of "his delegation" is one of them too, named there or not: no member of a committee has
a delegation.
"""

from __future__ import annotations

import re

from transforms.countries import iso3_for_country
from transforms.country_translations import iso3_for_translated_country
from transforms.speaker_ids import name_key
from transforms.speaker_labels import TITLE_OR_RANK_GENDER
from transforms.speaker_names import normalise_name
from transforms.speakers import Attribution

# However the seating is worded: "took places", "took their places", "took a place", "took seats", "took a seat".
_TOOK_PLACES = r"took (?:(?:a|their|his|her) )?(?:places?|seats?)\b"
_SEATED = re.compile(rf"^At the invitation of the \w+,\s+(?P<names>.+?)\s+\((?P<country>[^()]+)\)\s+{_TOOK_PLACES}")
# The country printed after the first name only: "Mrs. A (Yugoslavia), Mr. B and Mrs. C took places".
_SEATED_FIRST = re.compile(
    r"^At the invitation of the \w+,\s+(?P<first>[^(),]+?)\s+\((?P<country>[^()]+)\),\s+(?P<names>[^()]+?)"
    rf"\s+{_TOOK_PLACES}"
)
# The first years' wording, the State in an apposition: "At the invitation of the Chairman, Mr. Eban, representative
# of Israel, took a seat at the Committee table".
_SEATED_AS_REPRESENTATIVE = re.compile(
    r"^At the invitation of the \w+,\s+(?P<names>[^(),]+?),\s+(?:the\s+)?representatives?\s+of\s+"
    rf"(?P<country>[^(),]+?),\s+{_TOOK_PLACES}"
)
_TAKES_PLACES = re.compile(_TOOK_PLACES)
# "Sur l'invitation du Président, M. X et Mme Y (Bénin) prennent place à la table du Comité", "Por invitación
# de la Presidencia, el Sr. X y la Sra. Y (Chile) toman asiento a la mesa del Comité".
_SEATED_ROMANCE = re.compile(
    r"^(?:(?:S\s?ur|[ÀA])\s+l['’]invitation\s+d[ue]\s+(?:la\s+)?Pr[ée]siden\w*|(?:Por|A)\s+invitaci[óo]n\s+de(?:l|\s+la)\s+"
    r"Presiden\w*),\s+(?P<names>.+?)\s+\((?P<country>[^()]+)\)\s+(?:(?:re)?prenn?ent\s+place|toman?\s+asiento)"
)
# Any title or rank a speaker is printed with: "Chief Adeyemi", "Daw Wijaya", "Ambassador X".
_SEATED_NAME = re.compile(
    rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(TITLE_OR_RANK_GENDER, key=len, reverse=True)))})\.?\s+"
    r"(?P<name>[^,]+?)(?=,|\s+(?:and|et|y|e)\s+|$)"
)
_OWN_DELEGATION = re.compile(
    r"\b(?:his|her|my) delegation\b|\b(?:sa|ma|notre) d[ée]l[ée]gation\b|\b(?:su|mi|nuestra) delegaci[óo]n\b"
)


def takes_places(text: str) -> bool:
    """Whether a paragraph seats a delegation at the table, in English, French or Spanish."""
    if text.startswith("At the invitation"):
        return _TAKES_PLACES.search(text) is not None
    return _SEATED_ROMANCE.match(text) is not None


class DelegationAtTheTable:
    """The delegates seated so far in a record, and the State under review (from its agenda)."""

    def __init__(self, state_party: str | None, attending: dict[str, str] | None = None) -> None:
        self._state_party = state_party
        self._seated: dict[str, str] = {}  # name key -> ISO3
        self._seated_alone: dict[str, str | None] = {}  # ISO3 -> the one delegate seated for it, None if several
        self._attending = attending or {}  # the same, from the masthead's list of those present
        # Name key -> ISO3, titles and the name as first printed, of delegates heard.
        self._heard: dict[str, tuple[str, set[str | None], str]] = {}
        # Name key -> how a guest was first heard ("Ms. X (Deputy High Commissioner for Human Rights)"): an
        # official or an observer printed bare after ("Ms. X recalled") is still no member of the committee.
        self._guests: dict[str, Attribution] = {}

    def seat(self, text: str) -> None:
        """Take note of who a paragraph that seats a delegation ("took places", "took a seat") seats, and for which
        State."""
        seated = _seated_delegates(text)
        self._seated.update({key: iso3 for key, (iso3, _) in seated.items()})
        for iso3 in {iso3 for iso3, _ in seated.values()}:
            names = [name for state, name in seated.values() if state == iso3]
            self._seated_alone[iso3] = names[0] if len(names) == 1 else None

    def seated_alone(self) -> dict[str, str]:
        """ISO3 -> name, of each State seated so far with one delegate named: who answers for it."""
        return {iso3: name for iso3, name in self._seated_alone.items() if name}

    def hear(self, attribution: Attribution) -> None:
        """Take note of a delegate who speaks with their State, or a guest with their office or organization, for
        the turns that print them bare."""
        if attribution.role in _GUESTS and attribution.name and (attribution.office or attribution.affiliation):
            # "Ms. Kang" after "Ms. Kyung-wha Kang (Deputy High Commissioner)": the surname alone, too.
            key = name_key(attribution.name)
            for heard_as in (key, key.rsplit(" ", 1)[-1]):
                self._guests.setdefault(heard_as, attribution)
            return
        if attribution.role == "delegation" and attribution.name and attribution.country_iso3:
            # "Mr. J. LOPEZ (Chile)" is "Mr. Lopez" in the turns after: his initials are not printed again.
            keys = [name_key(attribution.name)]
            if "." in attribution.name:
                keys.append(name_key(_INITIALS.sub("", attribution.name)))
            for key in keys:
                iso3, titles, _ = self._heard.setdefault(key, (attribution.country_iso3, set(), attribution.name))
                if iso3 == attribution.country_iso3:
                    titles.add(attribution.title)

    def by_office(self, attribution: Attribution) -> Attribution:
        """A government's head or minister by office ("The PRIME MINISTER"), as the State the list gives them."""
        iso3 = self._attending.get(name_key(attribution.office or ""))
        return attribution if iso3 is None else attribution._replace(country_iso3=iso3)

    def delegate(self, attribution: Attribution, text: str) -> Attribution:
        """A speaker printed without a country, as the State's delegate when the record says so."""
        key = name_key(attribution.name or "")
        if (iso3 := self._seated.get(key) or self._attending.get(key)) is not None:
            return attribution._replace(role="delegation", country_iso3=iso3)
        if (heard := self._heard.get(key)) is not None and any(_same_sex(t, attribution.title) for t in heard[1]):
            # One person, one name: "Mr. Lopez" after "Mr. J. LOPEZ (Chile)" keeps the name first printed.
            return attribution._replace(role="delegation", country_iso3=heard[0], name=heard[2])
        if (guest := self._guests.get(key)) is not None and _same_sex(guest.title, attribution.title):
            return attribution._replace(
                role=guest.role, name=guest.name, affiliation=guest.affiliation, office=guest.office
            )
        states = set(self._seated.values())
        state = self._state_party or (next(iter(states)) if len(states) == 1 else None)
        if state and _OWN_DELEGATION.search(text, 0, 200):
            return attribution._replace(role="delegation", country_iso3=state)
        return attribution


_INITIALS = re.compile(r"^(?:[A-Z]\.\s?)+")
# Who, heard with an office or organization, keeps it when printed bare after.
_GUESTS = frozenset({"secretariat", "observer"})


def _seated_delegates(text: str) -> dict[str, tuple[str, str]]:
    """Name key -> ISO3 and the name as printed, of each delegate the paragraph seats."""
    seated = _SEATED.match(text) or _SEATED_ROMANCE.match(text) or _SEATED_AS_REPRESENTATIVE.match(text)
    names = seated.group("names") if seated else ""
    if seated is None and (seated := _SEATED_FIRST.match(text)) is not None:
        names = f"{seated.group('first')}, {seated.group('names')}"
    country = seated.group("country") if seated else ""
    iso3 = iso3_for_country(country) or iso3_for_translated_country(country)
    if iso3 is None:
        return {}
    printed = (normalise_name(m.group("name")) for m in _SEATED_NAME.finditer(names))
    return {name_key(name): (iso3, name) for name in printed}


def _same_sex(title: str | None, other: str | None) -> bool:
    """Whether two titles may name one person: not "Mr." and "Ms."; a title not known either way may."""
    genders = {TITLE_OR_RANK_GENDER.get(title or ""), TITLE_OR_RANK_GENDER.get(other or "")} - {None}
    return len(genders) < 2
