"""The people of one record: invented, named plausibly for their region, none two a reader could confuse."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tests.corpus.formats import folded, title_name, upper_name
from tests.corpus.vocabulary import COMPOUNDING_POOLS, NAME_POOLS, REGION_OF
from transforms.aliases import MERGE_THRESHOLD, name_similarity
from transforms.countries import Country

if TYPE_CHECKING:
    from tests.corpus.draft import Draft


@dataclass(slots=True)
class Person:
    name: str  # as a new-style record prints it, without title
    title: str
    role: str  # member, rapporteur, delegation, secretariat, observer
    affiliation: str | None = None  # what the parentheses after the name say
    iso3: str | None = None
    office: str | None = None  # "Country Rapporteur", "Vice-Chairperson"

    @property
    def pronoun(self) -> str:
        return "he" if self.title in _MEN else "she"

    @property
    def possessive(self) -> str:
        return "his" if self.title in _MEN else "her"


# The ranks and honorifics the first decades' delegates of some States carried in place of "Mr." or "Mrs." ("U
# THANT (Burma)", "Alhaji SULE KOLO (Nigeria)", "Tan Sri ZAITON (Malaysia)"): the man's and the woman's.
RANKS = {
    "MMR": ("U", "Daw"), "NGA": ("Alhaji", "Chief"), "ETH": ("Ato", "Woizero"), "MYS": ("Tan Sri", "Puan Sri"),
    "SDN": ("Sayed", None), "PAK": (None, "Begum"), "GHA": ("Nana", None),
}  # fmt: skip
RANKED = 0.5  # of those States' delegates, in records that print names in capitals
_MEN = frozenset({"Mr.", *(man for man, _ in RANKS.values() if man)})


class Cast:
    """Everyone a record names, each new to it; `person` draws the next one."""

    def __init__(self, rng: random.Random, *, old_style: bool) -> None:
        self.rng = rng
        self.old_style = old_style
        self.used_names: set[str] = set()
        self.people: list[Person] = []

    def person(self, role: str, region: str | None = None, **fields: Any) -> Person:
        """Someone new to this record, named plausibly for the region."""
        rng = self.rng
        for _ in range(60):
            pool_name = region if region else rng.choice(sorted(NAME_POOLS))
            pool = NAME_POOLS[pool_name]
            name = rng.choice(pool)
            if pool_name in COMPOUNDING_POOLS and rng.random() < 0.3 and " " not in name:
                name = f"{name} {rng.choice(pool)}"  # "Morales Ibáñez"
            if self._is_taken(name):
                continue
            if self.old_style and title_name(upper_name(name)) != name:
                continue  # capitals would not give the name back ("Yılmaz" -> "YILMAZ")
            return self._register(Person(name, rng.choice(("Mr.", "Mr.", "Ms.", "Ms.", "Mrs.")), role, **fields))
        # Not "O'Donnell": a name without its apostrophe ("ODonnell-Lindahl") would not come back from capitals.
        first = rng.choice([name for name in NAME_POOLS["anglophone"] if "'" not in name])
        fallback = f"{first}-{rng.choice(NAME_POOLS['nordic'])}"
        while self._is_taken(fallback):
            fallback += "e"
        return self._register(Person(fallback, "Mr.", role, **fields))

    def delegate(self, country: Country, printed: str) -> Person:
        person = self.person("delegation", REGION_OF.get(country.iso3), affiliation=printed, iso3=country.iso3)
        # Only under capitals, which tell a rank from a given name; drawn from a stream of its own.
        if self.old_style and country.iso3 in RANKS and random.Random(f"{person.name} rank").random() < RANKED:
            man, woman = RANKS[country.iso3]
            rank = man if person.title == "Mr." else woman
            person.title = rank or person.title
        return person

    def mention(self, draft: Draft, speaker: Person) -> str:
        """Someone else's name, as a paragraph mentions a person who is not speaking."""
        others = [p for p in self.people if p is not speaker and p.role != "delegation"]
        other = self.rng.choice(others) if others else draft.chair
        return draft.printed(other)

    def _is_taken(self, name: str) -> bool:
        # Overlapping names ("Muñoz", "Negrín Muñoz") may meet, as in real records; names
        # equal but for accents may not, since nothing could tell them apart, nor names a
        # letter apart ("Perera", "Pereira"; "Jung", "Aung" in one delegation), which a reader too would take for a
        # misprint.
        return any(
            folded(name) == folded(taken) or name_similarity(name, taken, same_delegation=True) >= MERGE_THRESHOLD
            for taken in self.used_names
        )

    def _register(self, person: Person) -> Person:
        self.used_names.add(person.name)
        self.people.append(person)
        return person
