"""The States a record of a given year may name, and how it prints them ("Zaire" in 1996, "the Niger")."""

from __future__ import annotations

from tests.corpus.vocabulary import HISTORICAL_NAMES, IN_EXISTENCE, THE_NAMES, THE_PREFIXES
from transforms.countries import COUNTRIES, Country


def country_pool(year: int) -> list[Country]:
    """States that existed under some name in `year` (observers excluded)."""
    pool = []
    for country in COUNTRIES:
        start, end = IN_EXISTENCE.get(country.iso3, (1945, 2100))
        if start <= year <= end and country.status != "observer":
            pool.append(country)
    return pool


def printed_country(country: Country, year: int) -> str:
    """The name a record of `year` prints for a State (historical names in older years)."""
    for iso3, name, last_year in HISTORICAL_NAMES:
        if iso3 == country.iso3 and year <= last_year:
            return name
    return country.name


def with_article(name: str) -> str:
    """ "the Niger", "the Republic of Korea", "Mexico": a State's name in running text."""
    if name.startswith("the ") or not (name in THE_NAMES or name.startswith(THE_PREFIXES)):
        return name
    return f"the {name}"
