"""The generator's material, read once from `vocabulary.toml`: bodies, groups, names, States, phrasings.

The file holds lists; this module turns them into the tuples, frozensets and `BodyStyle`s the
generator draws from, in the file's order (a seed's corpus depends on it).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from transforms.countries import COUNTRIES

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.toml")


@dataclass(frozen=True, slots=True)
class BodyStyle:
    code: str
    name: str
    treaty: str | None  # the instrument line of a treaty body's masthead
    first_year: int
    sessions_per_year: int
    first_session_year: int
    # Meeting numbers: the number reached in `anchor_year` and the meetings held per year;
    # None when the body numbers its meetings afresh each session (or year).
    anchor: tuple[int, int] | None
    meetings_per_year: int
    report_article: str | None
    topics: tuple[str, ...]
    kind: str = "treaty"  # treaty, council, assembly


def load_vocabulary(path: Path = VOCABULARY_FILE) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def body_style(table: dict[str, Any]) -> BodyStyle:
    """One `[[bodies]]` table; the keys a body does not have are absent from it."""
    anchor = table.get("anchor")
    return BodyStyle(
        code=table["code"],
        name=table["name"],
        treaty=table.get("treaty"),
        first_year=table["first_year"],
        sessions_per_year=table["sessions_per_year"],
        first_session_year=table["first_session_year"],
        anchor=(anchor[0], anchor[1]) if anchor is not None else None,
        meetings_per_year=table["meetings_per_year"],
        report_article=table.get("report_article"),
        topics=tuple(table["topics"]),
        kind=table.get("kind", "treaty"),
    )


def codes(text: str) -> frozenset[str]:
    """ "DNK FIN ISL": country codes separated by spaces or line ends."""
    return frozenset(text.split())


def speaking_groups(groups: dict[str, str], broad: dict[str, Any]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each group a State may speak for, with its members, the broad groups (G77, NAM) last."""
    named = tuple((name, codes(members)) for name, members in groups.items())
    # Broad groups are every State but a few: the European Union's members and `outside`.
    everyone = frozenset(country.iso3 for country in COUNTRIES)
    members = everyone - (codes(groups["European Union"]) | codes(broad["outside"]))
    return named + tuple((name, members) for name in broad["names"])


def region_of(regions: dict[str, str]) -> dict[str, str]:
    """The name pool of each State that has one."""
    return {code: region for region, members in regions.items() for code in members.split()}


_DATA = load_vocabulary()
_NAMES, _STATES, _SENTENCES = _DATA["names"], _DATA["states"], _DATA["sentences"]

BODY_STYLES: tuple[BodyStyle, ...] = tuple(body_style(table) for table in _DATA["bodies"])
GROUPS = speaking_groups(_DATA["groups"], _DATA["broad_groups"])
OBSERVER_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    kind: tuple(organisations) for kind, organisations in _DATA["observers"].items()
}
OTHER_ORGANS: dict[str, tuple[tuple[str, str, str, int], ...]] = {
    kind: tuple((office, organ, word, first) for office, organ, word, first in organs)
    for kind, organs in _DATA["other_organs"].items()
}

NAME_POOLS: dict[str, tuple[str, ...]] = {region: tuple(pool) for region, pool in _NAMES["pools"].items()}
REGION_OF = region_of(_NAMES["regions"])
COMPOUNDING_POOLS = frozenset(_NAMES["compounding"])
PARTICLES = frozenset(_NAMES["particles"])

THE_NAMES = frozenset(_STATES["the_names"])
THE_PREFIXES = tuple(_STATES["the_prefixes"])  # a tuple: str.startswith takes one
HISTORICAL_NAMES: tuple[tuple[str, str, int], ...] = tuple(
    (entry["iso3"], entry["name"], entry["last_year"]) for entry in _STATES["historical_names"]
)
IN_EXISTENCE: dict[str, tuple[int, int]] = {
    code: (first, last) for code, (first, last) in _STATES["in_existence"].items()
}

OFFICIALS: tuple[str, ...] = tuple(_SENTENCES["officials"])
INSTITUTIONS: tuple[str, ...] = tuple(_SENTENCES["institutions"])
GROUPS_OF_PEOPLE: tuple[str, ...] = tuple(_SENTENCES["groups_of_people"])
DECLARATIVE_VERBS: tuple[str, ...] = tuple(_SENTENCES["declarative_verbs"])
QUESTION_VERBS: tuple[str, ...] = tuple(_SENTENCES["question_verbs"])
