"""Country names in French and Spanish, as the UN's French and Spanish records print them, and their ISO3 codes.

The names come from the translations of ISO 3166 that the Debian iso-codes project keeps and
`pycountry` ships (both the States of today and the former ones of ISO 3166-3). Those translations
write the UN's official names in their own order ("Bolivie, État plurinational de" for "Bolivie (État
plurinational de)", "Corée, République de" for "République de Corée"), so each is indexed in the
UN's orders too. Where the UN's name is another name altogether ("Federación de Rusia", not
"Federación Rusa"; "Côte d'Ivoire" in Spanish too), `_UN_NAMES` adds it; the tests hold every
such name against the translations' and the table's answer.

Codes follow `transforms.countries`: a former State resolves as the English table resolves its
English name ("Yougoslavie" -> SCG, "Zaïre" -> COD, the Soviet Union -> SUN), so a delegate has the
same code in every language version of a record. Names two States could bear ("Corée") are left out.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from transforms.countries import COUNTRIES, iso3_for_country, normalise_country_text, states_whose_name_goes_on

Language = Literal["fr", "es"]
LANGUAGES: tuple[Language, ...] = ("fr", "es")

# ISO 3166-3 codes of former States, as the English table codes the State (see `transforms.countries`).
_FORMER_CODES = {
    "SUN": "SUN", "CSK": "CSK", "DDR": "DDR", "YMD": "YMD", "YUG": "SCG", "SCG": "SCG", "ZAR": "COD",
    "BUR": "MMR", "DHY": "BEN", "HVO": "BFA", "BYS": "BLR",
}  # fmt: skip

# The UN's names where the translations give another (UN Terminology Database, short and formal names).
_UN_NAMES: dict[Language, dict[str, str]] = {
    "fr": {
        "Congo": "COG",
        "République-Unie de Tanzanie": "TZA",
        "République démocratique populaire lao": "LAO",
        "Union des Républiques socialistes soviétiques": "SUN",
        "République socialiste soviétique de Biélorussie": "BLR",
        "République socialiste soviétique d'Ukraine": "UKR",
        "RSS de Biélorussie": "BLR",
        "RSS d'Ukraine": "UKR",
        "République khmère": "KHM",
        "République malgache": "MDG",
        "Yémen démocratique": "YMD",
        "Yougoslavie": "SCG",
        "Birmanie": "MMR",
        "Zaïre": "COD",
        "Türkiye": "TUR",
        "État de Palestine": "PSE",
        "ex-République yougoslave de Macédoine": "MKD",
        "Serbie-et-Monténégro": "SCG",
        "Jamahiriya arabe libyenne": "LBY",
        "Kampuchea démocratique": "KHM",
        "Swaziland": "SWZ",
        "Timor-Leste": "TLS",
        "République fédérale de Yougoslavie": "SCG",
        "Saint-Kitts-et-Nevis": "KNA",
        "Union soviétique": "SUN",
        "République arabe unie": "EGY",
        "Saint-Vincent-et-les Grenadines": "VCT",
        "République populaire de Chine": "CHN",
        "République de Chine": "CHN",
        "Perse": "IRN",
        "Transjordanie": "JOR",
        "Pays-Bas (Royaume des)": "NLD",  # the UN's name since 2023
        "Royaume des Pays-Bas": "NLD",
    },
    "es": {
        "Irán (República Islámica del)": "IRN",
        "Federación de Rusia": "RUS",
        "República Árabe Siria": "SYR",
        "República Unida de Tanzanía": "TZA",
        "Côte d'Ivoire": "CIV",
        "República de Moldova": "MDA",
        "Eswatini": "SWZ",
        "Unión de Repúblicas Socialistas Soviéticas": "SUN",
        "ex República Yugoslava de Macedonia": "MKD",
        "Jamahiriya Árabe Libia": "LBY",
        "Kampuchea Democrática": "KHM",
        "Swazilandia": "SWZ",
        "Timor-Leste": "TLS",
        "Trinidad y Tabago": "TTO",
        "Nueva Zelandia": "NZL",
        "República Federativa de Yugoslavia": "SCG",
        "Kazajstán": "KAZ",
        "Arabia Saudita": "SAU",
        "República Islámica del Irán": "IRN",
        "Saint Kitts y Nevis": "KNA",
        "Unión Soviética": "SUN",
        "Ceilán": "LKA",
        "República Árabe Unida": "EGY",
        "República Árabe del Yemen": "YEM",
        "República Socialista Soviética de Bielorrusia": "BLR",
        "República Socialista Soviética de Ucrania": "UKR",
        "RSS de Bielorrusia": "BLR",
        "RSS de Ucrania": "UKR",
        "República Khmer": "KHM",
        "República Malgache": "MDG",
        "Yemen Democrático": "YMD",
        "Yugoslavia": "SCG",
        "Birmania": "MMR",
        "Argelia": "DZA",
        "República Democrática Popular Lao": "LAO",
        "República Democrática Alemana": "DDR",
        "Zaire": "COD",
        "Türkiye": "TUR",
        "Estado de Palestina": "PSE",
        "Bahrein": "BHR",
        "Comoras": "COM",
        "Maldivas": "MDV",
        "República Popular China": "CHN",
        "República de China": "CHN",
        "Persia": "IRN",
        "Transjordania": "JOR",
        "Países Bajos (Reino de los)": "NLD",  # the UN's name since 2023
        "Reino de los Países Bajos": "NLD",
    },
}


@lru_cache(maxsize=16384)
def iso3_for_country_in(name: str, language: Language) -> str | None:
    """The ISO3 code of the State this name denotes in a French or Spanish record ("Royaume-Uni" -> GBR)."""
    return _index(language).get(normalise_country_text(name))


def iso3_for_translated_country(name: str) -> str | None:
    """The ISO3 code of the State this French or Spanish name denotes, whichever language it is in."""
    return iso3_for_country_in(name, "fr") or iso3_for_country_in(name, "es")


@lru_cache(maxsize=len(LANGUAGES))
def _index(language: Language) -> dict[str, str]:
    """Every name of every State in the language, by its key.

    Whole names come first; a part of one ("Congo" of "Congo, République démocratique du", "Alemania" of
    "Alemania, República Democrática de") only where no whole name has that key. A key two States
    share at the same rank is dropped.
    """
    index: dict[str, str] = {}
    names = list(_names(language))
    for rank in (_WHOLE, _PART):
        codes: dict[str, set[str]] = {}
        for name, iso3, name_rank in names:
            if name_rank == rank and (key := normalise_country_text(name)) not in index:
                codes.setdefault(key, set()).add(iso3)
        index.update({key: found.pop() for key, found in codes.items() if len(found) == 1})
    index.update({normalise_country_text(name): iso3 for name, iso3 in _UN_NAMES[language].items()})
    return index


_WHOLE, _PART = 0, 1


@lru_cache(maxsize=4096)
def iso3_for_spaced_out_name(printed: str) -> str | None:
    """The State whose name a conversion broke with spaces, in English, French or Spanish ("Federaci ó n de
    Rusia", "Estados Unidos de Am é rica", "Ger many"): the name with every space taken out."""
    key = _unspaced(printed)
    return _unspaced_index().get(key) if len(key) >= 5 and key.isalpha() else None


@lru_cache(maxsize=1)
def _unspaced_index() -> dict[str, str]:
    """Every name of every State in the three languages, spaces and hyphens taken out; a key two States share
    is dropped."""
    english = ((name, country.iso3) for country in COUNTRIES for name in (country.name, *country.aliases))
    index: dict[str, str] = {}
    shared: set[str] = set()
    for name, iso3 in (*english, *_index("fr").items(), *_index("es").items()):
        if index.setdefault(key := _unspaced(name), iso3) != iso3:
            shared.add(key)
    return {key: iso3 for key, iso3 in index.items() if key not in shared}


@lru_cache(maxsize=4096)
def iso3_for_name_cut_short(printed: str) -> str | None:
    """The State a long name cut short stands for, in English, French or Spanish ("Union of Soviet Socialist",
    "Unión de Repúblicas Socialistas"): the one State with a name that begins with these words and goes on.

    Three words and eighteen letters at least, so that a word or two cannot stand for a State by chance.
    """
    key = normalise_country_text(printed)
    if len(key) < 18 or key.count(" ") < 2 or not set(key.split()) - _WORDS_MANY_STATES_SHARE:
        return None  # "Democratic Republic of" could begin several
    found = states_whose_name_goes_on(key)
    if _NOT_ENGLISH.search(key):  # the French and Spanish names only for words of theirs: an English record loads none
        translated = (*_index("fr").items(), *_index("es").items())
        found |= {iso3 for name, iso3 in translated if name.startswith(f"{key} ")}
    return found.pop() if len(found) == 1 else None


_NOT_ENGLISH = re.compile(r"\b(?:de|del|du|des|la|las|los|le|les|y|et)\b|[^\x00-\x7f]")
_WORDS_MANY_STATES_SHARE = frozenset(
    (
        "republic republique republica democratic democratique democratica united unis unies unidos unidas people's "
        "populaire popular socialist socialiste socialista federal federale federative federativa kingdom royaume "
        "reino islamic islamique islamica state states etat etats estado estados arab arabe of the and de du des la "
        "le les del y et d'"
    ).split()
)


def _unspaced(name: str) -> str:
    return re.sub(r"[\s\-'()]+", "", normalise_country_text(name))


def _names(language: Language) -> Iterator[tuple[str, str, int]]:
    # Its database loads on first use: only a French or Spanish record, or a State's name broken apart, pays for it.
    import pycountry

    ours = {country.iso3 for country in COUNTRIES}
    current = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    for entry in pycountry.countries:
        if entry.alpha_3 in ours:
            for printed in _printed_names(entry):
                yield from ((variant, entry.alpha_3, rank) for variant, rank in _orders(current.gettext(printed)))
    former = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=[language])
    for entry in pycountry.historic_countries:
        iso3 = _FORMER_CODES.get(entry.alpha_3) or iso3_for_country(entry.name)
        if iso3 in ours:
            yield from ((variant, iso3, rank) for variant, rank in _orders(former.gettext(entry.name)))


def _printed_names(entry: object) -> Iterator[str]:
    for attribute in ("name", "official_name", "common_name"):
        if (value := getattr(entry, attribute, None)) is not None:
            yield value


def _orders(name: str) -> Iterator[tuple[str, int]]:
    """A translation's name in the orders the UN prints it: "Corée, République de" is also "République de
    Corée" and "Corée (République de)"; each part alone ranks below every whole name."""
    yield name, _WHOLE
    if name.endswith(")") and " (" in name:  # "Saint-Siège (état de la cité du Vatican)"
        yield name[: name.index(" (")], _PART
    if ", " not in name:
        return
    first, rest = name.split(", ", 1)
    yield f"{first} ({rest})", _WHOLE
    yield (f"{rest}{first}" if rest.endswith("'") else f"{rest} {first}"), _WHOLE
    yield first, _PART
    yield rest, _PART
