"""Country names as UN records print them, and their ISO 3166-1 alpha-3 codes.

Matching is exact after normalisation (case, accents, apostrophes, spacing, a leading "the"),
never fuzzy: a fuzzy matcher maps "Niger" to Nigeria and "Dominica" to the Dominican Republic.
The table is written by hand from the UN's list of Member States (official short names as
the UN Terminology Database gives them), plus the two observer States and the names older
records use.

Historical names resolve to the State that bears them today ("Zaire" -> COD, "Burma" -> MMR, "Siam" ->
THA, "Malagasy Republic" -> MDG, "Congo (Leopoldville)" -> COD,
"Swaziland" -> SWZ). "Yugoslavia" (the Federal Republic, 1992-2003) and "Serbia and
Montenegro" (2003-2006) resolve to SCG, the code ISO gave that State, because it was one
State under two names and neither Serbia (SRB) nor Montenegro (MNE) alone is its successor
in every record's sense. For the same reason the Soviet Union, Czechoslovakia, the German
Democratic Republic and Democratic Yemen keep their own former codes (SUN, CSK, DDR, YMD), while
the Byelorussian and Ukrainian SSRs, which held their own seats, resolve to BLR and UKR.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Literal, NamedTuple

from transforms.ascii_folding import ascii_folded
from transforms.scan_lookalikes import LOOKALIKE_CLASS

Status = Literal["member", "observer", "former"]


class Country(NamedTuple):
    iso3: str
    name: str  # the UN's official short name (or the last official name of a former State)
    status: Status
    aliases: tuple[str, ...] = ()


def _members(*rows: tuple[str, str, tuple[str, ...]]) -> tuple[Country, ...]:
    return tuple(Country(iso3, name, "member", aliases) for iso3, name, aliases in rows)


COUNTRIES: tuple[Country, ...] = (
    *_members(
        ("AFG", "Afghanistan", ()),
        ("ALB", "Albania", ()),
        ("DZA", "Algeria", ()),
        ("AND", "Andorra", ()),
        ("AGO", "Angola", ()),
        ("ATG", "Antigua and Barbuda", ()),
        ("ARG", "Argentina", ()),
        ("ARM", "Armenia", ()),
        ("AUS", "Australia", ()),
        ("AUT", "Austria", ()),
        ("AZE", "Azerbaijan", ()),
        ("BHS", "Bahamas", ()),
        ("BHR", "Bahrain", ()),
        ("BGD", "Bangladesh", ()),
        ("BRB", "Barbados", ()),
        ("BLR", "Belarus", ("Byelorussian Soviet Socialist Republic", "Byelorussian SSR", "Byelorussian S.S.R.")),
        ("BEL", "Belgium", ()),
        ("BLZ", "Belize", ()),
        ("BEN", "Benin", ("Dahomey",)),
        ("BTN", "Bhutan", ()),
        ("BOL", "Bolivia (Plurinational State of)", ("Bolivia", "Plurinational State of Bolivia")),
        ("BIH", "Bosnia and Herzegovina", ()),
        ("BWA", "Botswana", ()),
        ("BRA", "Brazil", ()),
        ("BRN", "Brunei Darussalam", ("Brunei",)),
        ("BGR", "Bulgaria", ("People's Republic of Bulgaria",)),
        ("BFA", "Burkina Faso", ("Upper Volta",)),
        ("BDI", "Burundi", ()),
        ("CPV", "Cabo Verde", ("Cape Verde",)),
        ("KHM", "Cambodia", ("Democratic Kampuchea", "Kampuchea", "Khmer Republic")),
        ("CMR", "Cameroon", ("United Republic of Cameroon", "Cameroun")),
        ("CAN", "Canada", ()),
        ("CAF", "Central African Republic", ("Central African Empire",)),
        ("TCD", "Chad", ()),
        ("CHL", "Chile", ()),
        ("CHN", "China", ("People's Republic of China", "Republic of China")),
        ("COL", "Colombia", ()),
        ("COM", "Comoros", ()),
        ("COG", "Congo", ("Republic of the Congo", "Congo (Brazzaville)", "Congo, Brazzaville")),
        ("CRI", "Costa Rica", ()),
        ("CIV", "Côte d'Ivoire", ("Ivory Coast",)),
        ("HRV", "Croatia", ()),
        ("CUB", "Cuba", ()),
        ("CYP", "Cyprus", ()),
        ("CZE", "Czechia", ("Czech Republic",)),
        ("PRK", "Democratic People's Republic of Korea", ("North Korea",)),
        (
            "COD",
            "Democratic Republic of the Congo",
            (
                "Zaire",
                "Congo (Democratic Republic of the)",
                "Congo (Leopoldville)",
                "Congo, Leopoldville",  # as the 1960s records print it in a delegate's brackets
                "Republic of the Congo (Leopoldville)",
            ),
        ),
        ("DNK", "Denmark", ()),
        ("DJI", "Djibouti", ()),
        ("DMA", "Dominica", ()),
        ("DOM", "Dominican Republic", ()),
        ("ECU", "Ecuador", ()),
        ("EGY", "Egypt", ("United Arab Republic",)),
        ("SLV", "El Salvador", ()),
        ("GNQ", "Equatorial Guinea", ()),
        ("ERI", "Eritrea", ()),
        ("EST", "Estonia", ()),
        ("SWZ", "Eswatini", ("Swaziland", "Kingdom of Eswatini")),
        ("ETH", "Ethiopia", ()),
        ("FJI", "Fiji", ()),
        ("FIN", "Finland", ()),
        ("FRA", "France", ()),
        ("GAB", "Gabon", ()),
        ("GMB", "Gambia", ("Gambia (Republic of The)",)),
        ("GEO", "Georgia", ()),
        ("DEU", "Germany", ("Federal Republic of Germany", "Germany, Federal Republic of")),
        ("GHA", "Ghana", ()),
        ("GRC", "Greece", ()),
        ("GRD", "Grenada", ()),
        ("GTM", "Guatemala", ()),
        ("GIN", "Guinea", ()),
        ("GNB", "Guinea-Bissau", ("Guinea Bissau",)),
        ("GUY", "Guyana", ()),
        ("HTI", "Haiti", ()),
        ("HND", "Honduras", ()),
        ("HUN", "Hungary", ("Hungarian People's Republic",)),
        ("ISL", "Iceland", ()),
        ("IND", "India", ()),
        ("IDN", "Indonesia", ()),
        ("IRN", "Iran (Islamic Republic of)", ("Iran", "Islamic Republic of Iran", "Persia")),
        ("IRQ", "Iraq", ()),
        ("IRL", "Ireland", ()),
        ("ISR", "Israel", ()),
        ("ITA", "Italy", ()),
        ("JAM", "Jamaica", ()),
        ("JPN", "Japan", ()),
        ("JOR", "Jordan", ("Hashemite Kingdom of Jordan", "Transjordan", "Trans-Jordan")),
        ("KAZ", "Kazakhstan", ()),
        ("KEN", "Kenya", ()),
        ("KIR", "Kiribati", ()),
        ("KWT", "Kuwait", ()),
        ("KGZ", "Kyrgyzstan", ("Kyrgyz Republic",)),
        ("LAO", "Lao People's Democratic Republic", ("Laos",)),
        ("LVA", "Latvia", ()),
        ("LBN", "Lebanon", ()),
        ("LSO", "Lesotho", ()),
        ("LBR", "Liberia", ()),
        ("LBY", "Libya", ("Libyan Arab Jamahiriya",)),
        ("LIE", "Liechtenstein", ()),
        ("LTU", "Lithuania", ()),
        ("LUX", "Luxembourg", ()),
        ("MDG", "Madagascar", ("Malagasy Republic",)),
        ("MWI", "Malawi", ()),
        ("MYS", "Malaysia", ("Federation of Malaya", "Malaya")),
        ("MDV", "Maldives", ()),
        ("MLI", "Mali", ()),
        ("MLT", "Malta", ()),
        ("MHL", "Marshall Islands", ()),
        ("MRT", "Mauritania", ()),
        ("MUS", "Mauritius", ()),
        ("MEX", "Mexico", ()),
        (
            "FSM",
            "Micronesia (Federated States of)",
            ("Micronesia", "Federated States of Micronesia"),
        ),
        ("MCO", "Monaco", ()),
        ("MNG", "Mongolia", ("Mongolian People's Republic",)),
        ("MNE", "Montenegro", ()),
        ("MAR", "Morocco", ()),
        ("MOZ", "Mozambique", ()),
        ("MMR", "Myanmar", ("Burma", "Union of Burma")),
        ("NAM", "Namibia", ()),
        ("NRU", "Nauru", ()),
        ("NPL", "Nepal", ()),
        ("NLD", "Netherlands (Kingdom of the)", ("Netherlands", "Kingdom of the Netherlands")),
        ("NZL", "New Zealand", ()),
        ("NIC", "Nicaragua", ()),
        ("NER", "Niger", ()),
        ("NGA", "Nigeria", ()),
        ("MKD", "North Macedonia", ("The former Yugoslav Republic of Macedonia",)),
        ("NOR", "Norway", ()),
        ("OMN", "Oman", ()),
        ("PAK", "Pakistan", ()),
        ("PLW", "Palau", ()),
        ("PAN", "Panama", ()),
        ("PNG", "Papua New Guinea", ()),
        ("PRY", "Paraguay", ()),
        ("PER", "Peru", ()),
        ("PHL", "Philippines", ()),
        ("POL", "Poland", ("Polish People's Republic",)),
        ("PRT", "Portugal", ()),
        ("QAT", "Qatar", ()),
        ("KOR", "Republic of Korea", ("South Korea",)),
        ("MDA", "Republic of Moldova", ("Moldova",)),
        ("ROU", "Romania", ("Romanian People's Republic", "Socialist Republic of Romania", "Rumania")),
        ("RUS", "Russian Federation", ("Russia",)),
        ("RWA", "Rwanda", ()),
        ("KNA", "Saint Kitts and Nevis", ("St. Kitts and Nevis", "Saint Christopher and Nevis")),
        ("LCA", "Saint Lucia", ("St. Lucia",)),
        ("VCT", "Saint Vincent and the Grenadines", ("St. Vincent and the Grenadines",)),
        ("WSM", "Samoa", ("Western Samoa",)),
        ("SMR", "San Marino", ()),
        ("STP", "Sao Tome and Principe", ()),
        ("SAU", "Saudi Arabia", ()),
        ("SEN", "Senegal", ()),
        ("SRB", "Serbia", ()),
        ("SYC", "Seychelles", ()),
        ("SLE", "Sierra Leone", ()),
        ("SGP", "Singapore", ()),
        ("SVK", "Slovakia", ("Slovak Republic",)),
        ("SVN", "Slovenia", ()),
        ("SLB", "Solomon Islands", ()),
        ("SOM", "Somalia", ("Somali Republic",)),
        ("ZAF", "South Africa", ("Union of South Africa",)),
        ("SSD", "South Sudan", ()),
        ("ESP", "Spain", ()),
        ("LKA", "Sri Lanka", ("Ceylon",)),
        ("SDN", "Sudan", ()),
        ("SUR", "Suriname", ()),
        ("SWE", "Sweden", ()),
        ("CHE", "Switzerland", ()),
        ("SYR", "Syrian Arab Republic", ("Syria",)),
        ("TJK", "Tajikistan", ()),
        ("THA", "Thailand", ("Siam",)),
        ("TLS", "Timor-Leste", ("East Timor", "Timor Leste")),
        ("TGO", "Togo", ()),
        ("TON", "Tonga", ()),
        ("TTO", "Trinidad and Tobago", ()),
        ("TUN", "Tunisia", ()),
        ("TUR", "Türkiye", ("Turkey", "Republic of Türkiye")),
        ("TKM", "Turkmenistan", ()),
        ("TUV", "Tuvalu", ()),
        ("UGA", "Uganda", ()),
        ("UKR", "Ukraine", ("Ukrainian Soviet Socialist Republic", "Ukrainian SSR", "Ukrainian S.S.R.")),
        ("ARE", "United Arab Emirates", ()),
        (
            "GBR",
            "United Kingdom of Great Britain and Northern Ireland",
            ("United Kingdom", "Great Britain", "U.K.", "UK"),
        ),
        (
            "TZA",
            "United Republic of Tanzania",
            ("Tanzania", "Tanganyika", "United Republic of Tanganyika and Zanzibar"),
        ),
        ("USA", "United States of America", ("United States", "U.S.A.", "USA")),
        ("URY", "Uruguay", ()),
        ("UZB", "Uzbekistan", ()),
        ("VUT", "Vanuatu", ()),
        (
            "VEN",
            "Venezuela (Bolivarian Republic of)",
            ("Venezuela", "Bolivarian Republic of Venezuela"),
        ),
        ("VNM", "Viet Nam", ("Vietnam", "Socialist Republic of Viet Nam", "Viet-Nam", "Republic of Viet-Nam")),
        ("YEM", "Yemen", ("Yemen Arab Republic",)),
        ("ZMB", "Zambia", ()),
        ("ZWE", "Zimbabwe", ()),
    ),
    Country("VAT", "Holy See", "observer"),
    Country("PSE", "State of Palestine", "observer", ("Palestine",)),
    Country(
        "SCG",
        "Serbia and Montenegro",
        "former",
        ("Yugoslavia", "Federal Republic of Yugoslavia"),
    ),
    # Member States of the records of 1945-1991 that no State continues alone (ISO 3166-3 codes).
    Country("SUN", "Union of Soviet Socialist Republics", "former", ("USSR", "U.S.S.R.", "Soviet Union")),
    Country(
        "CSK",
        "Czechoslovakia",
        "former",
        ("Czech and Slovak Federal Republic", "Czechoslovak Socialist Republic", "Czechoslovak Republic"),
    ),
    Country("DDR", "German Democratic Republic", "former"),
    Country("YMD", "Democratic Yemen", "former", ("People's Democratic Republic of Yemen",)),
)

# Curly, modifier-letter and accent apostrophes; hyphens and dashes of every width.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u0060\u00b4", "'"))
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014", "-"))


def normalise_country_text(text: str) -> str:
    """The key names are compared by: accents folded, case folded, spacing and "the" dropped."""
    letters = ascii_folded(text.translate(_APOSTROPHES).translate(_DASHES)).casefold()
    letters = re.sub(r"\s+", " ", letters).strip().rstrip(".,;:").strip()
    letters = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", letters))
    return re.sub(r"^the ", "", letters)


def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in COUNTRIES:
        for name in (country.name, *country.aliases):
            key = normalise_country_text(name)
            if index.setdefault(key, country.iso3) != country.iso3:
                raise ValueError(f"{name!r} names both {index[key]} and {country.iso3}")
    return index


_BY_NAME: dict[str, str] = _index()
_BY_CODE: dict[str, Country] = {country.iso3: country for country in COUNTRIES}


@lru_cache(maxsize=16384)  # mastheads and agendas name the same States record after record
def iso3_for_country(name: str) -> str | None:
    """The ISO3 code of the State this exact name denotes ("Iran (Islamic Republic of)" -> IRN)."""
    return _BY_NAME.get(normalise_country_text(name))


def states_whose_name_goes_on(words: str) -> set[str]:
    """The States one of whose English names begins with these words, normalised, and goes on past them."""
    return {iso3 for name, iso3 in _BY_NAME.items() if name.startswith(f"{words} ")}


def iso3_for_cut_country(start: str) -> str | None:
    """The State whose name alone begins with these letters, cut off where a record's text ends ("Tuni")."""
    key = normalise_country_text(start)
    if len(key) < 4:
        return None
    found = {iso3 for name, iso3 in _BY_NAME.items() if name.startswith(key)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def iso3_for_misread_country(printed: str) -> str | None:
    """The State a scan's misread name stands for, one letter off a single name ("Franco" for France), or for
    a longer name, 80% alike ("Unlted States of Amerlca").

    Only names of six letters or more, and only when exactly one State is that close: a short word
    one letter off a State's name is as likely another word.
    """
    key = normalise_country_text(printed)
    if len(key) < 6 or not key.replace(" ", "").isalpha():
        return _lookalike(key) if 4 <= len(key) <= 12 else None
    found = {iso3 for name, iso3 in _BY_NAME.items() if abs(len(name) - len(key)) <= 1 and _one_edit(name, key)}
    if not found and len(key) >= 10:  # a longer name a scan misread in several letters: "United ICingdoru"
        return _closest_by_far(key)
    return found.pop() if len(found) == 1 else None


def _lookalike(key: str) -> str | None:
    """A short name or one with digits, read one lookalike letter off ("Chlle", "Eqypt", "Braz11"): the one
    State so close; short names are told apart by a letter, so only a scan's lookalikes count."""
    found = {
        iso3
        for name, iso3 in _BY_NAME.items()
        if len(name) == len(key)
        and 0 < sum(a != b for a, b in zip(name, key, strict=True)) <= 2
        and all(
            a == b or LOOKALIKE_CLASS.get(a, -1) == LOOKALIKE_CLASS.get(b, -2) for a, b in zip(name, key, strict=True)
        )
    }
    return found.pop() if len(found) == 1 else None


def _closest_by_far(key: str) -> str | None:
    """The State whose name is at least 80% like `key`, when no other State's name comes close."""
    ratios: dict[str, float] = {}
    for name in difflib.get_close_matches(key, _BY_NAME, n=4, cutoff=0.8):
        iso3 = _BY_NAME[name]
        ratios[iso3] = max(ratios.get(iso3, 0.0), difflib.SequenceMatcher(None, key, name).ratio())
    ranked = sorted(ratios.values(), reverse=True)
    return (
        max(ratios, key=ratios.__getitem__) if ranked and (len(ranked) == 1 or ranked[0] - ranked[1] >= 0.05) else None
    )


def _one_edit(first: str, second: str) -> bool:
    """One letter changed, dropped or added."""
    if first == second:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    short, long = sorted((first, second), key=len)
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[at:] == long[at + 1 :]


def country_words() -> set[str]:
    """Every word of four letters or more in the States' names and aliases, folded: what a scan's misreading of one
    is spelt by (`transforms.scan_lookalikes.corrected`)."""
    return {word for name in _BY_NAME for word in re.findall(r"[a-z]{4,}", name)}


def country_name(iso3: str) -> str | None:
    """The UN's official short name for an ISO3 code ("CIV" -> "Côte d'Ivoire")."""
    country = _BY_CODE.get(iso3.strip().upper())
    return country.name if country else None


def is_country(text: str) -> bool:
    """True when the text, as a whole, is the name of a State."""
    return iso3_for_country(text) is not None


def member_states() -> tuple[Country, ...]:
    """The 193 Member States of the United Nations."""
    return tuple(country for country in COUNTRIES if country.status == "member")
