"""A seeded generator of realistic summary records, with the truth about who speaks.

Records vary the way the UN's have since 1995: treaty bodies, the Human Rights Council and
General Assembly committees; new-style mastheads and old-style capitals; chairs who hand over
to a Vice-Chairperson; delegations under their UN names (historical ones in older years);
members, rapporteurs, observers and the secretariat; interposed clauses, continuation
paragraphs, names mentioned without speaking, figures, suspensions and partial records. And the
renditions the UN's web pages and old conversions make of them (`Rendition`): symbol lines
dropped, symbols run into dates, words broken apart, colons without spaces, notices before the
masthead, "Held at" lines broken by blank lines, numbers lost, typographic characters, ends lost.
People are invented; country names come from `transforms.countries`.

The same seed gives the same corpus. Labels follow `tests/fixtures/summary/README.md`.

    python -m benchmarks.corpus OUT_DIR 500 --seed 7 --labels
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from transforms.aliases import MERGE_THRESHOLD, name_similarity
from transforms.countries import COUNTRIES, Country

Statement = dict[str, Any]

# --------------------------------------------------------------------------- bodies


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


_TREATY_TOPICS = {
    "CMW": (
        "the detention of migrants in an irregular situation",
        "consular assistance",
        "the recruitment of migrant domestic workers",
        "remittance costs",
        "the registration of births of migrants' children",
        "trafficking in persons",
    ),
    "CRC": (
        "birth registration",
        "corporal punishment",
        "juvenile justice",
        "child marriage",
        "children in street situations",
        "inclusive education",
        "child labour in agriculture",
    ),
    "CEDAW": (
        "violence against women",
        "women's participation in political life",
        "the gender pay gap",
        "access to sexual and reproductive health services",
        "trafficking in women",
        "rural women's access to land",
    ),
    "CCPR": (
        "pretrial detention",
        "the death penalty",
        "freedom of expression",
        "conscientious objection",
        "the independence of the judiciary",
        "counter-terrorism legislation",
    ),
    "CESCR": (
        "the minimum wage",
        "social security coverage",
        "the right to housing",
        "access to water and sanitation",
        "the informal economy",
        "the right to health in rural areas",
    ),
    "CERD": (
        "hate speech",
        "the situation of Roma",
        "indigenous peoples' land rights",
        "racial profiling by the police",
        "the rights of non-citizens",
        "the collection of ethnically disaggregated data",
    ),
    "CAT": (
        "conditions of detention",
        "the definition of torture",
        "the investigation of deaths in custody",
        "the non-refoulement principle",
        "solitary confinement",
        "the national preventive mechanism",
    ),
    "CRPD": (
        "legal capacity",
        "accessibility of public transport",
        "inclusive education",
        "deinstitutionalization",
        "sign language",
        "employment quotas",
    ),
    "CED": (
        "the registration of deprivation of liberty",
        "the search for disappeared persons",
        "the definition of enforced disappearance",
        "reparation for victims",
        "the statute of limitations",
        "the identification of human remains",
    ),
    "SPT": ("national preventive mechanisms", "the Special Fund", "country visits"),
}

BODY_STYLES: tuple[BodyStyle, ...] = (
    BodyStyle(
        "CMW",
        "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families",
        "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
        2004,
        2,
        2004,
        (160, 2011),
        24,
        "73",
        _TREATY_TOPICS["CMW"],
    ),
    BodyStyle(
        "CRC",
        "Committee on the Rights of the Child",
        "Convention on the Rights of the Child",
        1995,
        3,
        1991,
        (2210, 2017),
        80,
        "44",
        _TREATY_TOPICS["CRC"],
    ),
    BodyStyle(
        "CEDAW",
        "Committee on the Elimination of Discrimination against Women",
        "Convention on the Elimination of All Forms of Discrimination against Women",
        1995,
        2,
        1982,
        (1003, 2011),
        60,
        "18",
        _TREATY_TOPICS["CEDAW"],
    ),
    BodyStyle(
        "CCPR",
        "Human Rights Committee",
        "International Covenant on Civil and Political Rights",
        1995,
        3,
        1977,
        (2540, 2008),
        95,
        "40",
        _TREATY_TOPICS["CCPR"],
    ),
    BodyStyle(
        "CESCR",
        "Committee on Economic, Social and Cultural Rights",
        None,
        1995,
        2,
        1987,
        None,
        60,
        "16 and 17",
        _TREATY_TOPICS["CESCR"],
    ),
    BodyStyle(
        "CERD",
        "Committee on the Elimination of Racial Discrimination",
        "International Convention on the Elimination of All Forms of Racial Discrimination",
        1995,
        2,
        1970,
        (2250, 2013),
        64,
        "9",
        _TREATY_TOPICS["CERD"],
    ),
    BodyStyle(
        "CAT",
        "Committee against Torture",
        "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        1995,
        2,
        1988,
        (1000, 2011),
        90,
        "19",
        _TREATY_TOPICS["CAT"],
    ),
    BodyStyle(
        "CRPD",
        "Committee on the Rights of Persons with Disabilities",
        "Convention on the Rights of Persons with Disabilities",
        2009,
        2,
        2009,
        (480, 2019),
        45,
        "35",
        _TREATY_TOPICS["CRPD"],
    ),
    BodyStyle(
        "CED",
        "Committee on Enforced Disappearances",
        "International Convention for the Protection of All Persons from Enforced Disappearance",
        2011,
        2,
        2011,
        (1, 2011),
        30,
        "29",
        _TREATY_TOPICS["CED"],
    ),
    BodyStyle(
        "SPT",
        "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        "Optional Protocol to the Convention "
        "against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
        2008,
        3,
        2007,
        None,
        10,
        None,
        _TREATY_TOPICS["SPT"],
    ),
    BodyStyle(
        "HRC",
        "Human Rights Council",
        None,
        2006,
        3,
        2006,
        None,
        50,
        None,
        (
            "the right to food",
            "freedom of peaceful assembly",
            "extreme poverty",
            "the rights of indigenous peoples",
            "human rights defenders",
            "the right to development",
        ),
        kind="council",
    ),
    BodyStyle(
        "A/C.3",
        "Third Committee",
        None,
        1995,
        1,
        1946,
        None,
        55,
        None,
        (
            "the advancement of women",
            "the rights of children",
            "crime prevention",
            "the elimination of racism",
            "the right of peoples to self-determination",
        ),
        kind="assembly",
    ),
    BodyStyle(
        "A/C.6",
        "Sixth Committee",
        None,
        1995,
        1,
        1946,
        None,
        35,
        None,
        (
            "measures to eliminate international terrorism",
            "the rule of law",
            "the scope of universal jurisdiction",
            "the report of the International Law Commission",
            "diplomatic protection",
        ),
        kind="assembly",
    ),
    BodyStyle(
        "A/C.1",
        "First Committee",
        None,
        1995,
        1,
        1946,
        None,
        30,
        None,
        ("nuclear disarmament", "conventional weapons", "outer space"),
        kind="assembly",
    ),
    BodyStyle(
        "A/C.2",
        "Second Committee",
        None,
        1995,
        1,
        1946,
        None,
        35,
        None,
        ("financing for development", "sustainable development", "external debt"),
        kind="assembly",
    ),
)


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EU = _codes(
    "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE"
)
_ARAB = _codes("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM")
_AFRICA = _codes(
    "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ "
    "ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER "
    "NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TGO TUN UGA TZA ZMB ZWE"
)
_NOT_G77 = _EU | _codes(
    "AND AUS CAN ISL ISR JPN LIE MCO NZL NOR SMR CHE GBR USA KOR ALB ARM "
    "AZE BLR BIH GEO MDA MNE MKD RUS SRB UKR SCG TUR"
)
# The groups a State may speak for, and the States that belong to each.
_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Group of African States", _AFRICA),
    ("Group of Arab States", _ARAB),
    ("Association of Southeast Asian Nations", _codes("BRN KHM IDN LAO MYS MMR PHL SGP THA VNM")),
    ("Caribbean Community", _codes("ATG BHS BRB BLZ DMA GRD GUY HTI JAM KNA LCA VCT SUR TTO")),
    ("Nordic countries", _codes("DNK FIN ISL NOR SWE")),
    ("Community of Portuguese-speaking Countries", _codes("AGO BRA CPV GNB MOZ PRT STP TLS")),
    ("European Union", _EU),
    ("Group of 77 and China", frozenset(c.iso3 for c in COUNTRIES) - _NOT_G77),
    ("Non-Aligned Movement", frozenset(c.iso3 for c in COUNTRIES) - _NOT_G77),
)
_OBSERVER_ORGANISATIONS = {
    "assembly": (
        "European Union",
        "International Committee of the Red Cross",
        "International Organization for Migration",
        "Inter-Parliamentary Union",
    ),
    "council": (
        "United Nations Children's Fund (UNICEF)",
        "International Labour Organization",
        "Office of the United Nations High Commissioner for Refugees (UNHCR)",
        "World Health Organization",
        "Amnesty International",
        "International Commission of Jurists",
        "Human Rights Watch",
        "International Service for Human Rights",
        "Franciscans International",
    ),
}

# --------------------------------------------------------------------------- names

_POOLS: dict[str, tuple[str, ...]] = {
    "hispanic": (
        "García",
        "Rodríguez Reyes",
        "Martínez Soto",
        "Herrera Rivero",
        "Quispe",
        "Mamani Quispe",
        "Fernández",
        "Vargas Llanos",
        "Beltrán del Río",
        "Ortega",
        "Salinas",
        "Morales Ibáñez",
        "Cabrera",
        "Peña Durán",
        "Gutiérrez Soliz",
        "Aguilar",
        "Navarrete",
        "Muñoz",
        "Negrín Muñoz",
        "Castillo",
    ),
    "lusophone": (
        "Silva",
        "Ribeiro da Costa",
        "Soares",
        "Ferreira Lima",
        "Mendes",
        "Tavares",
        "Carvalho",
        "Almeida",
        "Pereira",
        "Santos",
    ),
    "francophone": (
        "Diallo",
        "Traoré",
        "Ndiaye",
        "Koné",
        "Ouédraogo",
        "Mbaye",
        "Diop",
        "Camara",
        "Lefebvre",
        "Dubois",
        "Mutombo",
        "Kabila",
        "Issoufou",
        "Poussi Konsimbo",
        "Tshibanda",
        "de Gouttes",
        "Moreau",
        "Sawadogo",
    ),
    "arabic": (
        "Al-Attar",
        "Khoury",
        "Haddad",
        "El-Sayed",
        "Benali",
        "Mansour",
        "Al-Sharif",
        "Nasser",
        "Ben Achour",
        "Abdelaziz",
        "Al-Haddad",
        "Sabbagh",
        "Tahir",
        "Hamdan",
        "Saleh",
    ),
    "korean": ("Kim", "Lee", "Park", "Choi", "Jung", "Ri", "Pak", "Kang"),
    "chinese": ("Zhang", "Liang", "Wang", "Chen", "Liu", "Huang", "Zhou"),
    "japanese": ("Tanaka", "Tamura", "Ishikawa", "Yamamoto", "Sato", "Nakamura"),
    "southeast_asian": (
        "Nguyen",
        "Sisouk",
        "Phommachanh",
        "Vongsay",
        "Santos",
        "Rahman",
        "Wijaya",
        "Aung",
        "Suriya",
        "Chanthavong",
    ),
    "slavic": (
        "Petrović",
        "Jovanović",
        "Kovalenko",
        "Novak",
        "Dvořák",
        "Horáková",
        "Nováková",
        "Kowalski",
        "Todorovski",
        "Ivanova",
        "Radovanović",
        "Sokolov",
        "Kovač",
        "Zafirovski",
        "Popescu",
    ),
    "nordic": (
        "Halvorsen",
        "Lindqvist",
        "Christensen",
        "Strand",
        "Eriksen",
        "Bergström",
        "Sveinsdóttir",
        "Ahlström",
        "Lindahl",
        "Nyberg",
    ),
    "germanic": (
        "Kälin",
        "Schwartz",
        "Müller",
        "Grossmann",
        "van Boven",
        "de Vries",
        "Verhoeven",
        "van der Berg",
        "Hollender",
        "Riedelhof",
        "Lechner",
    ),
    "anglophone": (
        "O'Flaherty",
        "Pritchard",
        "O'Connell",
        "Miller-Stennett",
        "Whitmore",
        "Hughes",
        "Marsh",
        "Campbell",
        "Robinson",
        "O'Donnell",
        "Fletcher",
        "Thompson",
        "Kessler",
        "Joseph",
    ),
    "african_anglophone": (
        "Okafor",
        "Adeyemi",
        "Mensah",
        "Asante-Darko",
        "Ampofo",
        "Dlamini",
        "Shongwe",
        "Mwangi",
        "Otieno",
        "Ndlovu",
        "Banda",
        "Okonkwo",
        "Nkosi",
        "Mukamana",
        "Kayiranga",
        "Gebremedhin",
    ),
    "south_asian": ("Sharma", "Hussain", "Khan", "Rahman", "Perera", "Bashir", "Malik", "Iyer", "Chowdhury", "Qureshi"),
    "turkic_iranian": (
        "Yılmaz",
        "Demir",
        "Çelik",
        "Karaca",
        "Aliyev",
        "Tehrani",
        "Rahimi",
        "Nazarov",
        "Erdem",
        "Taghizadeh",
    ),
}
_REGION_OF: dict[str, str] = {}
for _region, _codes in {
    "hispanic": "ARG BOL CHL COL CRI CUB DOM ECU SLV GTM HND MEX NIC PAN PRY PER ESP URY VEN GNQ",
    "lusophone": "BRA PRT AGO MOZ CPV GNB STP TLS",
    "francophone": "FRA BEL LUX MCO CHE SEN MLI NER BFA CIV TGO BEN GIN CMR GAB COG COD CAF "
    "TCD MDG HTI DJI COM MRT BDI RWA",
    "arabic": "DZA BHR EGY IRQ JOR KWT LBN LBY MAR OMN QAT SAU SOM SDN SYR TUN ARE YEM PSE",
    "korean": "KOR PRK",
    "chinese": "CHN SGP",
    "japanese": "JPN",
    "southeast_asian": "VNM THA LAO KHM MMR IDN MYS PHL BRN",
    "slavic": "RUS UKR BLR POL CZE SVK SVN HRV SRB MNE BIH MKD BGR SCG ROU MDA",
    "nordic": "DNK NOR SWE FIN ISL EST LVA LTU",
    "germanic": "DEU AUT NLD LIE",
    "african_anglophone": "NGA GHA KEN UGA TZA ZMB ZWE MWI BWA NAM ZAF LSO SWZ SLE LBR GMB ETH ERI SSD",
    "south_asian": "IND PAK BGD LKA NPL BTN MDV AFG",
    "turkic_iranian": "TUR AZE KAZ KGZ UZB TKM IRN TJK",
}.items():
    for _code in _codes.split():
        _REGION_OF[_code] = _region

# Pools whose people often bear two surnames.
_COMPOUNDING = (_POOLS["hispanic"], _POOLS["lusophone"])
_PARTICLES = frozenset({"de", "del", "da", "van", "der", "von", "la", "du", "dos", "di"})
_FEMALE_TITLES = ("Ms.", "Ms.", "Ms.", "Mrs.")

# Names the UN used before the current one: (iso3, printed name, last year it was used).
_HISTORICAL_NAMES: tuple[tuple[str, str, int], ...] = (
    ("COD", "Zaire", 1997),
    ("MKD", "the former Yugoslav Republic of Macedonia", 2018),
    ("SWZ", "Swaziland", 2018),
    ("TUR", "Turkey", 2021),
    ("CZE", "Czech Republic", 2016),
    ("CPV", "Cape Verde", 2013),
    ("LBY", "Libyan Arab Jamahiriya", 2011),
    ("NLD", "Netherlands", 2022),
    ("SCG", "Yugoslavia", 2002),
)
# Codes a record of a given year may use at all.
_IN_EXISTENCE = {
    "SCG": (1995, 2006),
    "SRB": (2006, 2100),
    "MNE": (2006, 2100),
    "SSD": (2011, 2100),
    "TLS": (2002, 2100),
    "PSE": (2012, 2100),
    "SUN": (1945, 1991),
    "CSK": (1945, 1992),
    "DDR": (1973, 1990),
    "YMD": (1967, 1990),
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_UNITS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")
_CARDINAL_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def ordinal_words(number: int) -> str:
    """ "Seventy-fifth" for 75 (1-99), as session lines print them."""
    if number < 20:
        return _UNITS[number].capitalize()
    tens, units = divmod(number, 10)
    if units == 0:
        return f"{_TENS[tens]}ieth".capitalize()
    return f"{_TENS[tens]}y-{_UNITS[units]}".capitalize()


def ordinal_figures(number: int) -> str:
    """ "2210th", "102nd", "3391st"."""
    teens = 10 <= number % 100 <= 20
    return f"{number}{'th' if teens else {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"


def clock(minutes: int) -> str:
    """ "10.05 a.m.", "3 p.m.", "12.40 p.m." from minutes after midnight."""
    hour, minute = divmod(minutes, 60)
    meridian = "a.m." if hour < 12 else "p.m."
    hour12 = hour - 12 if hour > 12 else hour
    return f"{hour12}.{minute:02d} {meridian}" if minute else f"{hour12} {meridian}"


def full_stop(text: str) -> str:
    """End a sentence once: "at 10 a.m." stays, "at 10.05" gains its full stop."""
    return text if text.endswith(".") else text + "."


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def long_date(day: date, weekday: bool = True) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day.strftime('%A')}, {text}" if weekday else text


def upper_name(name: str) -> str:
    """The capitals of old records: "de Gouttes" -> "de GOUTTES"."""
    return " ".join(w if w in _PARTICLES else w.upper() for w in name.split())


def title_name(printed: str) -> str:
    """Undo `upper_name` the way a reader would: "O'FLAHERTY" -> "O'Flaherty"."""
    words = []
    for word in printed.split():
        if word in _PARTICLES:
            words.append(word)
            continue
        parts = []
        for part in word.replace("'", "'\0").replace("-", "-\0").split("\0"):
            parts.append(part[:1] + part[1:].lower())
        words.append("".join(parts))
    return " ".join(words)


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# --------------------------------------------------------------------------- people


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
        return "he" if self.title == "Mr." else "she"

    @property
    def possessive(self) -> str:
        return "his" if self.title == "Mr." else "her"


@dataclass(slots=True)
class Draft:
    """A record being written: its body lines and the truth about each numbered paragraph."""

    old_style: bool
    chair: Person
    chair_ref: str  # "The Chairperson", "The CHAIRMAN", "The President"
    number_format: str = "{n}.\t"
    lines: list[str] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def printed(self, person: Person, spelling: str | None = None) -> str:
        """ "Ms. Ahlström", or "Mr. KÄLIN" in an old-style record."""
        name = spelling or person.name
        return f"{person.title} {upper_name(name) if self.old_style else name}"

    def paragraph(self, text: str, statement: Statement) -> None:
        number = len(self.statements) + 1
        self.lines.append(self.number_format.format(n=number) + text)
        self.statements.append({"paragraph": number, **statement})

    def turn(self, person: Person, opening: str, more: list[str], **extra: str) -> None:
        """A speaker's paragraph, then the paragraphs that continue the turn."""
        label: Statement = {
            "speaker_name": person.name,
            "speaker_role": person.role,
            "country_iso3": person.iso3,
            "is_continuation": False,
            **extra,
        }
        self.paragraph(opening, label)
        for text in more:
            self.paragraph(text, {**_speaker_keys(label), "is_continuation": True})

    def chair_turn(self, text: str, more: list[str] | None = None) -> None:
        label: Statement = {
            "speaker_name": self.chair.name,
            "speaker_role": "chair",
            "country_iso3": None,
            "is_continuation": False,
        }
        self.paragraph(text, label)
        for extra in more or []:
            self.paragraph(extra, {**label, "is_continuation": True})

    def procedural(self, text: str) -> None:
        self.paragraph(
            text, {"speaker_name": None, "speaker_role": "procedural", "country_iso3": None, "is_continuation": False}
        )

    def formula(self, text: str) -> None:
        """An unnumbered line in the body: a suspension, a heading."""
        self.lines.append(text)


def _speaker_keys(label: Statement) -> Statement:
    return {key: label[key] for key in ("speaker_name", "speaker_role", "country_iso3")}


# --------------------------------------------------------------------------- sentences

_OFFICIALS = (
    "police officers",
    "judges",
    "prosecutors",
    "labour inspectors",
    "social workers",
    "teachers",
    "border guards",
    "prison staff",
    "health workers",
)
_INSTITUTIONS = (
    "the National Human Rights Commission",
    "the Ombudsman's Office",
    "the Ministry of Justice",
    "the Ministry of Social Affairs",
    "the Office of the Public Prosecutor",
    "the National Statistics Office",
)
_GROUPS_OF_PEOPLE = (
    "women in rural areas",
    "children with disabilities",
    "migrant workers",
    "persons belonging to minorities",
    "asylum-seekers",
    "older persons",
    "indigenous peoples",
    "persons deprived of their liberty",
)


class Writer:
    """Sentences for one record, drawn from a seeded generator."""

    def __init__(self, rng: random.Random, style: BodyStyle, year: int) -> None:
        self.rng = rng
        self.style = style
        self.year = year

    def topic(self) -> str:
        return self.rng.choice(self.style.topics)

    def figure(self) -> str:
        value = self.rng.choice((self.rng.randint(12, 999), self.rng.randint(1000, 99_999)))
        return f"{value:,}"

    def per_cent(self) -> str:
        return f"{self.rng.choice((self.rng.randint(3, 95), self.rng.randint(10, 99) / 10))} per cent"

    def past_year(self, back: int = 8) -> int:
        return self.rng.randint(max(1990, self.year - back), self.year - 1)

    def money(self) -> str:
        return self.rng.choice(
            (
                f"US$ {self.rng.randint(11, 95) / 10} million",
                f"US$ {self.rng.randint(100, 950):,},000",
                f"{self.rng.randint(2, 40)} million euros",
            )
        )

    def fact(self) -> str:
        """A declarative clause, lower case, without a full stop."""
        rng = self.rng
        later = self.past_year(3)
        earlier = rng.randint(max(1985, later - 12), later - 1)
        if self.style.kind != "treaty" and rng.random() < 0.5:
            return self.position()
        options = (
            f"in {later}, {self.figure()} complaints concerning {self.topic()} had been "
            f"registered, compared with {self.figure()} in {earlier}",
            f"{rng.choice(_INSTITUTIONS)} had received {self.figure()} complaints in {later}, "
            f"of which {rng.randint(2, 90)} had been upheld",
            f"the budget allocated to {self.topic()} had increased by {self.per_cent()} between "
            f"{earlier} and {later}, to {self.money()}",
            f"a national plan of action on {self.topic()} had been adopted in {later} and would "
            f"be evaluated in {later + 3}",
            f"training on {self.topic()} had been provided to {self.figure()} {rng.choice(_OFFICIALS)} since {earlier}",
            f"some {self.per_cent()} of {rng.choice(_GROUPS_OF_PEOPLE)} were now covered by the measures taken",
            f"the relevant legislation had been amended in {later} to bring it into line with "
            f"the country's international obligations",
            f"the Government was working with civil society organizations and development partners on {self.topic()}",
        )
        return rng.choice(options)

    def position(self) -> str:
        """A delegation's stance in a debate, lower case, without a full stop."""
        rng = self.rng
        topic, other = rng.sample(self.style.topics, 2)
        options = (
            f"the international community must redouble its efforts on {topic}",
            f"the Government had contributed {self.money()} to United Nations activities on "
            f"{topic} since {self.past_year()}",
            f"{topic} could not be addressed in isolation from {other}",
            f"the report of the Secretary-General on {topic} deserved careful consideration",
            f"any decision on {topic} must be taken by consensus",
            f"the delegation supported the proposal to convene a high-level meeting on {topic} in {self.year + 1}",
        )
        return rng.choice(options)

    def question(self) -> str:
        """A "whether" clause, lower case, without a full stop."""
        rng = self.rng
        options = (
            f"the State party had adopted a comprehensive strategy on {self.topic()}",
            f"an independent mechanism monitored {self.topic()} and, if so, what resources it had",
            f"data disaggregated by sex, age and region were available on {self.topic()}",
            "the measures taken had been evaluated and with what results",
            f"{rng.choice(_GROUPS_OF_PEOPLE)} had effective access to remedies",
            "the Government intended to withdraw its reservations",
            f"the {self.past_year()} reform had led to any prosecutions",
        )
        return rng.choice(options)

    def sentence(self) -> str:
        fact = self.fact()
        return fact[0].upper() + fact[1:] + "."

    def sentences(self, low: int, high: int) -> str:
        """Between `low` and `high` different sentences."""
        wanted = self.rng.randint(low, high)
        chosen: list[str] = []
        for _ in range(wanted * 4):
            if len(chosen) == wanted:
                break
            sentence = self.sentence()
            if sentence.split(" ", 4)[:4] not in [c.split(" ", 4)[:4] for c in chosen]:
                chosen.append(sentence)
        return " ".join(chosen)

    def follow_up(self, person: Person, count: int = 1) -> str:
        """`count` different sentences that carry on a member's questions."""
        he = person.pronoun.capitalize()
        options = (
            f"{he} would also welcome information on {self.topic()}.",
            f"According to information before the Committee, {self.figure()} cases had been "
            f"reported in {self.past_year()}.",
            f"It would be useful to know how many {self.rng.choice(_GROUPS_OF_PEOPLE)} had "
            f"benefited from those measures.",
            f"{he} also asked whether {self.question()}.",
        )
        return " ".join(self.rng.sample(options, count))


_DECLARATIVE_VERBS = (
    "said",
    "said",
    "said",
    "explained",
    "pointed out",
    "emphasized",
    "recalled",
    "noted",
    "stressed",
    "added",
    "observed",
    "indicated",
)
_QUESTION_VERBS = ("asked", "asked", "wondered", "inquired", "asked")


# --------------------------------------------------------------------------- a record

MIN_PARAGRAPHS, MAX_PARAGRAPHS = 20, 80


@dataclass(frozen=True, slots=True)
class LabelledRecord:
    name: str  # the UN's file name, e.g. "CRC_C_SR.2345-EN.txt"
    text: str
    expected: dict[str, Any]  # the shape of tests/fixtures/summary/*.expected.json


def _country_pool(year: int) -> list[Country]:
    """States that existed under some name in `year` (observers excluded)."""
    pool = []
    for country in COUNTRIES:
        start, end = _IN_EXISTENCE.get(country.iso3, (1945, 2100))
        if start <= year <= end and country.status != "observer":
            pool.append(country)
    return pool


def printed_country(country: Country, year: int) -> str:
    """The name a record of `year` prints for a State (historical names in older years)."""
    for iso3, name, last_year in _HISTORICAL_NAMES:
        if iso3 == country.iso3 and year <= last_year:
            return name
    return country.name


_THE_NAMES = frozenset(
    {"Niger", "Sudan", "Congo", "Gambia", "Bahamas", "Philippines", "Comoros", "Maldives", "Netherlands", "Holy See"}
)
_THE_PREFIXES = (
    "Republic",
    "United",
    "Democratic",
    "Federated",
    "Islamic",
    "Kingdom",
    "State of",
    "Lao",
    "Syrian",
    "Central African",
    "Dominican",
    "Czech",
    "Russian",
    "Libyan",
    "Marshall",
    "Solomon",
    "Netherlands",
)


def with_article(name: str) -> str:
    """ "the Niger", "the Republic of Korea", "Mexico": a State's name in running text."""
    if name.startswith("the ") or not (name in _THE_NAMES or name.startswith(_THE_PREFIXES)):
        return name
    return f"the {name}"


def _misspelt(name: str) -> str:
    """The name with one vowel changed, as a misprint would leave it."""
    for index, letter in enumerate(name[1:], start=1):
        if letter in "aeiou":
            return name[:index] + ("e" if letter != "e" else "a") + name[index + 1 :]
    return name + "e"


class RecordBuilder:
    """Writes one record from a seeded generator; `build` returns the text and its truth."""

    def __init__(self, rng: random.Random, used_symbols: set[str]) -> None:
        self.rng = rng
        self.style = self._pick_body()
        self.year = rng.randint(max(1995, self.style.first_year), 2025)
        self.old_style = self._is_old_style()
        self.day = self._meeting_day()
        self.session = self._session_number()
        self.meeting_number = self._meeting_number(used_symbols)
        self.symbol = self._symbol_text(self.meeting_number)
        self.writer = Writer(rng, self.style, self.year)
        self.used_names: set[str] = set()
        self.people: list[Person] = []
        self.later_chair: tuple[Person, str] | None = None
        self.chair_country: Country | None = None
        self.place: str | None = None
        self.part: str | None = None
        self.state: Country | None = None
        if self.style.kind == "treaty" and self.style.code != "SPT" and rng.random() < 0.9:
            self.state = rng.choice(_country_pool(self.year))
        self.general_comment = rng.randint(1, 40)
        self.general_topic = rng.choice(self.style.topics)

    # ---- the record as a whole

    def _pick_body(self) -> BodyStyle:
        weights = [1 if style.code == "SPT" else 6 if style.kind == "treaty" else 3 for style in BODY_STYLES]
        return self.rng.choices(BODY_STYLES, weights=weights)[0]

    def _is_old_style(self) -> bool:
        switch = 2004 if self.style.kind == "assembly" else 2010
        return self.year < switch or (self.year == switch and self.rng.random() < 0.5)

    def _meeting_day(self) -> date:
        months = (10, 11) if self.style.kind == "assembly" else tuple(range(1, 13))
        day = date(self.year, self.rng.choice(months), self.rng.randint(1, 28))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def _session_number(self) -> int:
        if self.style.kind == "assembly":
            return self.year - 1945
        per_year = self.style.sessions_per_year
        elapsed = (self.year - self.style.first_session_year) * per_year
        return elapsed + min(per_year - 1, (self.day.month - 1) * per_year // 12) + 1

    def _meeting_number(self, used_symbols: set[str]) -> int:
        style = self.style
        spread = 25
        while True:
            # The spread widens on every clash: early years clamp to meeting 1 and a busy seed uses
            # every number of a small committee's year.
            spread += 5
            if style.anchor is not None:
                base, anchor_year = style.anchor
                expected = base + (self.year - anchor_year) * style.meetings_per_year
                number = max(1, expected + self.rng.randint(-spread, spread))
            else:
                number = self.rng.randint(1, style.meetings_per_year + spread - 30)
            symbol = self._symbol_text(number)
            if symbol not in used_symbols:
                used_symbols.add(symbol)
                return number

    def _symbol_text(self, number: int) -> str:
        code = self.style.code
        if code == "CESCR":
            return f"E/C.12/{self.year}/SR.{number}"
        if code == "SPT":
            return f"CAT/OP/{self.session}/SR.{number}"
        if code == "HRC":
            return f"A/HRC/{self.session}/SR.{number}"
        if self.style.kind == "assembly":
            return f"{code}/{self.session}/SR.{number}"
        return f"{code}/C/SR.{number}"

    @property
    def forum(self) -> str:
        if self.style.kind == "council":
            return "Council"
        return "Subcommittee" if self.style.code == "SPT" else "Committee"

    # ---- people

    def person(self, role: str, region: str | None = None, **fields: Any) -> Person:
        """Someone new to this record, named plausibly for the region."""
        rng = self.rng
        for _ in range(60):
            pool = _POOLS[region] if region else _POOLS[rng.choice(sorted(_POOLS))]
            name = rng.choice(pool)
            if pool in _COMPOUNDING and rng.random() < 0.3 and " " not in name:
                name = f"{name} {rng.choice(pool)}"  # "Morales Ibáñez"
            if self._is_taken(name):
                continue
            if self.old_style and title_name(upper_name(name)) != name:
                continue  # capitals would not give the name back ("Yılmaz" -> "YILMAZ")
            return self._register(Person(name, rng.choice(("Mr.", "Mr.", "Ms.", "Ms.", "Mrs.")), role, **fields))
        fallback = f"{rng.choice(_POOLS['anglophone'])}-{rng.choice(_POOLS['nordic'])}"
        while self._is_taken(fallback):
            fallback += "e"
        return self._register(Person(fallback.replace("'", ""), "Mr.", role, **fields))

    def _is_taken(self, name: str) -> bool:
        # Overlapping names ("Muñoz", "Negrín Muñoz") may meet, as in real records; names
        # equal but for accents may not, since nothing could tell them apart, nor names a
        # letter apart ("Perera", "Pereira"), which a reader too would take for a misprint.
        return any(
            folded(name) == folded(taken) or name_similarity(name, taken) >= MERGE_THRESHOLD
            for taken in self.used_names
        )

    def _register(self, person: Person) -> Person:
        self.used_names.add(person.name)
        self.people.append(person)
        return person

    def delegate(self, country: Country, printed: str) -> Person:
        return self.person("delegation", _REGION_OF.get(country.iso3), affiliation=printed, iso3=country.iso3)

    def mention(self, draft: Draft, speaker: Person) -> str:
        """Someone else's name, as a paragraph mentions a person who is not speaking."""
        others = [p for p in self.people if p is not speaker and p.role != "delegation"]
        other = self.rng.choice(others) if others else draft.chair
        return draft.printed(other)

    # ---- assembling

    def build(self) -> LabelledRecord:
        rng = self.rng
        if self.style.kind == "treaty":
            chair = self.person("chair")
        else:
            # The Council's President and a committee's Chair are named with their country.
            self.chair_country = rng.choice(_country_pool(self.year))
            chair = self.person("chair", _REGION_OF.get(self.chair_country.iso3))
        members = [self.person("member") for _ in range(rng.randint(6, 11))]
        number_format = rng.choices(("{n}.\t", "{n}. ", "{n}."), (90, 7, 3))[0]
        draft = Draft(self.old_style, chair, self._chair_ref(chair), number_format)
        vice = members.pop() if rng.random() < 0.2 else None
        part = self.part = rng.choices((None, "partial", "first part (public)"), (85, 8, 7))[0]
        masthead_lost = rng.random() < 0.03
        called = rng.choice((10 * 60, 15 * 60)) + rng.choice((0, 0, 5, 10, 15))
        rose = called + rng.randint(110, 175)
        if self.state is not None:
            headings, documents = self._review_headings()
            self._write_review(draft, members, vice)
        else:
            headings, documents = self._debate_headings()
            self._write_debate(draft, members, vice)
        if masthead_lost:
            # Only the masthead names the chair; without it "The Chairperson" is nameless.
            for statement in draft.statements:
                if statement["speaker_role"] == "chair" and statement["speaker_name"] == chair.name:
                    statement["speaker_name"] = None
        masthead = [] if masthead_lost else self._masthead(chair, headings, part)
        body = [self._opening_formula(part, called), *headings, *draft.lines]
        expected = {
            "meeting": self._meeting_truth(chair, part, called, rose, known=not masthead_lost),
            "agenda_documents": documents,
            "statements": draft.statements,
        }
        rendition = Rendition(random.Random(rng.random()), self, old_style=self.old_style)
        lines = [*rendition.masthead(masthead), *rendition.body(body, expected)]
        if not rendition.end_lost:
            lines.append(self._closing_formula(part, rose))
        lines = rendition.flattened(lines)
        name = self.symbol.replace("/", "_") + "-EN.txt"
        return LabelledRecord(name, "\n".join(lines) + "\n", expected)

    def _chair_ref(self, chair: Person) -> str:
        if self.style.kind == "council":
            office = "President"
        elif self.year >= 2016 or (self.style.kind == "assembly" and self.year >= 2010):
            office = "Chair"
        elif self.year < 2000 and chair.title == "Mr.":
            office = "Chairman"
        else:
            office = "Chairperson"
        return f"The {office.upper() if self.old_style else office}"

    def _vice_office(self) -> str:
        if self.style.kind == "council":
            return "Vice-President"
        return "Vice-Chair" if self.year >= 2016 else "Vice-Chairperson"

    def _hand_over(self, draft: Draft, vice: Person) -> None:
        """ "Ms. X, Vice-Chairperson, took the Chair.": from here "The Chair" is Ms. X."""
        office = self._vice_office()
        who = draft.printed(vice)
        draft.procedural(self.rng.choice((f"{who}, {office}, took the Chair.", f"{who} ({office}) took the Chair.")))
        draft.chair = Person(vice.name, vice.title, "chair")
        draft.chair_ref = self._chair_ref(draft.chair)
        self.later_chair = (vice, office)

    def _room_left(self, draft: Draft, reserve: int = 6) -> bool:
        return len(draft.statements) < MAX_PARAGRAPHS - reserve

    # ---- a treaty body's dialogue with a State party

    def _review_headings(self) -> tuple[list[str], list[str]]:
        assert self.state is not None
        code, iso3 = self.style.code, self.state.iso3
        prefix = "E/C.12" if code == "CESCR" else f"{code}/C"
        number = self.rng.randint(1, 7)
        report, issues = f"{prefix}/{iso3}/{number}", f"{prefix}/{iso3}/Q/{number}"
        which = "Initial report" if number == 1 else f"{ordinal_words(number)} periodic report"
        state = with_article(printed_country(self.state, self.year))
        continued = " (continued)" if self.rng.random() < 0.5 else ""
        instrument = "the Covenant" if code in ("CESCR", "CCPR") else "the Convention"
        item = (
            f"Consideration of reports submitted by States parties under article "
            f"{self.style.report_article} of {instrument} (continued)"
        )
        if self.old_style:
            item = item.upper().replace("(CONTINUED)", "(continued)")
        heading = f"{which} of {state}{continued} ({report}; {issues} and Add.1)"
        return [item, heading], [report, issues, f"{issues}/Add.1"]

    def _write_review(self, draft: Draft, members: list[Person], vice: Person | None) -> None:
        rng = self.rng
        assert self.state is not None
        printed = printed_country(self.state, self.year)
        delegates = [self.delegate(self.state, printed) for _ in range(rng.randint(2, 6))]
        rapporteurs = members[:2] if rng.random() < 0.4 else members[:1]
        offices = ["Country Rapporteur", "Rapporteur"]
        if self.style.code == "CRC":
            offices.append("Country Task Force")
        for rapporteur in rapporteurs:
            rapporteur.role, rapporteur.office = "rapporteur", rng.choice(offices)
        office = draft.chair_ref.split()[-1].capitalize()
        draft.procedural(
            f"At the invitation of the {office}, the delegation of "
            f"{with_article(printed)} took places at the Committee table."
        )
        task = rng.choice(("introduce its report", "continue replying to the questions raised at the previous meeting"))
        draft.chair_turn(f"{draft.chair_ref} invited the delegation to {task}.")
        self._delegation_turn(draft, delegates[0], intro=True)
        for rapporteur in rapporteurs:
            self._member_turn(draft, rapporteur)
        askers = [m for m in members if m.role == "member"]
        if vice is not None:
            vice.office = self._vice_office()
            askers.append(vice)
        rng.shuffle(askers)
        for member in askers[: rng.randint(3, len(askers))]:
            self._member_turn(draft, member)
        if rng.random() < 0.35:
            start = rng.choice((11 * 60, 16 * 60)) + rng.randint(0, 50)
            draft.formula(
                full_stop(
                    f"The meeting was suspended at {clock(start)} and resumed at {clock(start + rng.randint(5, 25))}"
                )
            )
        if vice is not None:
            self._hand_over(draft, vice)
        self._replies(draft, delegates, [m for m in askers if m is not vice])
        if self.rng.random() < 0.5:
            chair_question = f"asked whether {self.writer.question()}"
            draft.chair_turn(f"{draft.chair_ref}, speaking as a member of the {self.forum}, {chair_question}.")
            self._delegation_turn(draft, rng.choice(delegates), intro=False)
        closing = rapporteurs[0]
        draft.turn(
            closing,
            f"{draft.printed(closing)} ({closing.office}) thanked the "
            f"delegation for the constructive dialogue. "
            f"{self.writer.follow_up(closing)}",
            [],
        )
        draft.chair_turn(f"{draft.chair_ref} thanked the delegation.")
        self._organizational_item(draft)

    def _replies(self, draft: Draft, delegates: list[Person], askers: list[Person]) -> None:
        """The delegation's replies, with a misprinted name now and then."""
        rng = self.rng
        misprint_at = rng.randint(1, 4) if rng.random() < 0.25 else None
        turns = rng.randint(5, 14)
        index = 0
        while (index < turns or len(draft.statements) < MIN_PARAGRAPHS - 3) and self._room_left(draft):
            if index == misprint_at:
                # The head of delegation once more, correctly, then once misprinted.
                self._delegation_turn(draft, delegates[0], intro=False)
                self._delegation_turn(draft, delegates[0], intro=False, spelling=_misspelt(delegates[0].name))
            else:
                self._delegation_turn(draft, rng.choice(delegates), intro=False)
            if askers and rng.random() < 0.25:
                self._member_turn(draft, rng.choice(askers))
            index += 1

    def _delegation_turn(self, draft: Draft, delegate: Person, *, intro: bool, spelling: str | None = None) -> None:
        rng, writer = self.rng, self.writer
        who = f"{draft.printed(delegate, spelling)} ({delegate.affiliation})"
        if intro:
            opening = (
                f"{who}, introducing {delegate.possessive} country's report, said that "
                f"{writer.fact()}. {writer.sentences(1, 3)}"
            )
        else:
            form = rng.randint(0, 5)
            if form == 0:
                opening = f"{who}, replying to the questions on {writer.topic()}, said that {writer.fact()}."
            elif form == 1:
                opening = f"{who}, on the subject of {writer.topic()}, explained that {writer.fact()}."
            else:
                opening = f"{who} {rng.choice(_DECLARATIVE_VERBS)} that {writer.fact()}."
            if rng.random() < 0.6:
                opening += " " + writer.sentences(1, 3)
        count = rng.choices((0, 1, 2, 3), (45, 30, 15, 10))[0]
        more = [self._continuation(draft, delegate) for _ in range(count)]
        extra = {}
        if spelling is not None:
            extra["printed_name"] = title_name(upper_name(spelling)) if self.old_style else spelling
        draft.turn(delegate, opening, more, **extra)

    def _continuation(self, draft: Draft, speaker: Person) -> str:
        writer = self.writer
        form = self.rng.randint(0, 4)
        if form == 0:
            # Opens with a name, yet the speaker does not change.
            return (
                f"As to {self.mention(draft, speaker)}'s question on {writer.topic()}, "
                f"{writer.fact()}. {writer.sentences(0, 2)}"
            ).strip()
        if form == 1:
            return f"With regard to {writer.topic()}, {writer.fact()}. {writer.sentences(0, 2)}".strip()
        return writer.sentences(1, 4)

    def _member_turn(self, draft: Draft, member: Person) -> None:
        rng, writer = self.rng, self.writer
        who = draft.printed(member) + (f" ({member.office})" if member.office else "")
        question = writer.question()
        topic, other_topic = rng.sample(self.style.topics, 2)
        openings = (
            f"{who}, referring to {writer.topic()}, asked whether {question}.",
            f"{who}, recalling that {writer.fact()}, asked whether {question}.",
            f"{who}, noting that {writer.fact()}, wondered whether {question}.",
            f"{who} supported {self.mention(draft, member)}'s question on {topic} and "
            f"requested information on {other_topic}.",
            f"{who} thanked the {'delegation for its replies' if self.state else 'speaker'} "
            f"and asked whether {question}.",
            f"{who} expressed concern at {writer.topic()} and asked whether {question}.",
            f"{who} welcomed the progress made on {writer.topic()} but asked whether {question}.",
            f"{who} drew attention to {writer.topic()} and suggested that the State party "
            f"should adopt a time-bound plan.",
            f"{who} {rng.choice(_QUESTION_VERBS)} whether {question}.",
        )
        opening = rng.choice(openings)
        if rng.random() < 0.5:
            opening += " " + writer.follow_up(member)
        more = [writer.follow_up(member, 2)] if rng.random() < 0.3 else []
        draft.turn(member, opening, more)

    def _organizational_item(self, draft: Draft) -> None:
        if self.rng.random() > 0.15 or not self._room_left(draft, reserve=3):
            return
        secretary = self.person("secretariat", office="Secretary of the Committee")
        draft.formula("ORGANIZATIONAL AND OTHER MATTERS" if self.old_style else "Organizational and other matters")
        draft.turn(
            secretary,
            f"{draft.printed(secretary)} (Secretary of the Committee) said "
            f"that the programme of work for the next session would be "
            f"circulated shortly.",
            [],
        )
        draft.chair_turn(
            f"{draft.chair_ref} said that, if there was no objection, "
            f"{draft.chair.pronoun} would take it that the Committee wished to take "
            f"note of the information."
        )
        draft.procedural("It was so decided.")

    # ---- the Council's and the Assembly's debates, the Subcommittee's opening

    def _debate_headings(self) -> tuple[list[str], list[str]]:
        rng = self.rng
        if self.style.code == "SPT":
            agenda = f"CAT/OP/{self.session}/1"
            return [f"Adoption of the agenda ({agenda})"], [agenda]
        if self.style.kind == "treaty":
            prefix = "E/C.12" if self.style.code == "CESCR" else f"{self.style.code}/C"
            draft_symbol = f"{prefix}/GC/R.{self.general_comment}"
            item = "General comments of the Committee (continued)"
            heading = (
                f"Draft general comment No. {self.general_comment} on {self.general_topic} (continued) ({draft_symbol})"
            )
            return [item.upper().replace("(CONTINUED)", "(continued)") if self.old_style else item, heading], [
                draft_symbol
            ]
        if self.style.kind == "assembly":
            numbers = sorted({rng.randint(50, 450) for _ in range(rng.randint(1, 4))})
            documents = [f"A/{self.session}/{number}" for number in numbers]
        else:
            documents = [f"A/HRC/{self.session}/{rng.randint(3, 70)}"]
        cited = (", ".join(documents[:-1]) + " and " if len(documents) > 1 else "") + documents[-1]
        topic = self.writer.topic()
        title = topic[0].upper() + topic[1:]
        item = rng.randint(60, 140) if self.style.kind == "assembly" else rng.randint(2, 10)
        if self.old_style:
            return [f"AGENDA ITEM {item}: {title.upper()} (continued) ({cited})"], documents
        return [f"Agenda item {item}: {title} (continued) ({cited})"], documents

    def _write_debate(self, draft: Draft, members: list[Person], vice: Person | None) -> None:
        rng, writer = self.rng, self.writer
        if self.style.code == "SPT":
            self._write_spt_opening(draft, members)
            return
        if self.style.kind == "treaty":
            self._write_general_comment(draft, members)
            return
        activity = "interactive dialogue" if self.style.kind == "council" else "general discussion"
        draft.chair_turn(f"{draft.chair_ref} invited the {self.forum} to continue its {activity} of the agenda item.")
        pool = _country_pool(self.year)
        speakers = rng.sample(pool, rng.randint(14, 40))
        for index, country in enumerate(speakers):
            if not self._room_left(draft, reserve=5):
                break
            printed = printed_country(country, self.year)
            delegate = self.delegate(country, printed)
            who = f"{draft.printed(delegate)} ({printed})"
            extra: dict[str, str] = {}
            groups = [name for name, states in _GROUPS if country.iso3 in states]
            if groups and rng.random() < 0.15:
                group = rng.choice(groups)
                who += f", speaking on behalf of the {group},"
                extra["on_behalf_of"] = group
            opening = f"{who} {rng.choice(_DECLARATIVE_VERBS)} that {writer.fact()}."
            more = [writer.sentences(1, 3) for _ in range(rng.choices((0, 1, 2), (55, 35, 10))[0])]
            draft.turn(delegate, opening, more, **extra)
            if vice is not None and self.later_chair is None and index >= len(speakers) // 2:
                self._hand_over(draft, vice)
            if rng.random() < 0.1:
                self._observer_turn(draft)
        draft.chair_turn(f"{draft.chair_ref} said that the {self.forum} had concluded its {activity} of the item.")
        if rng.random() < 0.4:
            for country in rng.sample(pool, 2):
                printed = printed_country(country, self.year)
                delegate = self.delegate(country, printed)
                draft.turn(
                    delegate,
                    f"{draft.printed(delegate)} ({printed}), speaking in "
                    f"exercise of the right of reply, said that "
                    f"{writer.fact()}.",
                    [],
                )

    def _write_general_comment(self, draft: Draft, members: list[Person]) -> None:
        """A thematic meeting: the Committee reads a draft general comment, paragraph by paragraph."""
        rng, writer = self.rng, self.writer
        rapporteur = members[0]
        rapporteur.role, rapporteur.office = "rapporteur", "Rapporteur for the general comment"
        paragraph = rng.randint(1, 30)
        draft.chair_turn(
            f"{draft.chair_ref} invited the {self.forum} to resume its reading of "
            f"the draft general comment, beginning with paragraph {paragraph}."
        )
        while len(draft.statements) < rng.randint(MIN_PARAGRAPHS, 50):
            who = f"{draft.printed(rapporteur)} ({rapporteur.office})"
            draft.turn(
                rapporteur,
                f"{who} {rng.choice(('recalled', 'explained', 'said'))} that "
                f"paragraph {paragraph} addressed {writer.topic()}. "
                f"{writer.sentences(0, 2)}".strip(),
                [],
            )
            for member in rng.sample(members[1:], min(len(members) - 1, rng.randint(1, 4))):
                self._member_turn(draft, member)
            if rng.random() < 0.7:
                draft.procedural(
                    f"Paragraph {paragraph}{rng.choice(('', ', as amended,'))} was adopted.".replace(" ,", ",")
                )
            else:
                draft.chair_turn(
                    f"{draft.chair_ref} suggested that the Rapporteur should "
                    f"prepare a revised version of paragraph {paragraph}."
                )
                draft.procedural("It was so decided.")
            paragraph += 1

    def _observer_turn(self, draft: Draft) -> None:
        organisation = self.rng.choice(_OBSERVER_ORGANISATIONS[self.style.kind])
        observer = self.person("observer", affiliation=organisation)
        draft.turn(observer, f"{draft.printed(observer)} ({organisation}) said that {self.writer.fact()}.", [])

    def _write_spt_opening(self, draft: Draft, members: list[Person]) -> None:
        writer = self.writer
        draft.chair_turn(
            f"{draft.chair_ref} declared open the session. {writer.sentences(1, 2)}",
            [writer.sentences(1, 3) for _ in range(self.rng.randint(1, 3))],
        )
        official = self.person("secretariat")
        office = (
            "Chief, Groups in Focus Section, Office of the United Nations High Commissioner for Human Rights (OHCHR)"
        )
        for _ in range(2):
            draft.turn(
                official, f"{draft.printed(official)} ({office}) said that {writer.fact()}.", [writer.sentences(1, 2)]
            )
            for member in self.rng.sample(members, min(len(members), self.rng.randint(3, 6))):
                self._member_turn(draft, member)
        while len(draft.statements) < MIN_PARAGRAPHS - 1:
            self._member_turn(draft, self.rng.choice(members))
        draft.procedural("The agenda was adopted.")

    # ---- masthead and formulas

    def _place(self) -> str:
        if self.style.kind == "assembly":
            return "New York" if self.old_style else "Headquarters, New York"
        if self.style.kind == "council":
            return "the Palais des Nations, Geneva"
        return self.rng.choice(("the Palais Wilson, Geneva", "the Palais des Nations, Geneva"))

    def _masthead(self, chair: Person, headings: list[str], part: str | None) -> list[str]:
        self.place = self._place()
        issued = self.day + timedelta(days=self.rng.randint(3, 12))
        scheduled = clock(10 * 60 if self.rng.random() < 0.5 else 15 * 60)
        contents = [_without_citation(heading) for heading in headings]
        if self.style.kind == "assembly" and self.old_style:
            return self._old_assembly_masthead(chair, contents, issued, scheduled)
        session = (
            f"{ordinal_figures(self.session)} session"
            if self.session >= 100
            else f"{ordinal_words(self.session)} session"
        )
        held = f"Held at {self.place}, on {long_date(self.day)}, at {scheduled}"
        if self.old_style:
            lines = [
                "UNITED",
                "NATIONS",
                *self._old_issuer(),
                "Distr.",
                "GENERAL",
                self.symbol,
                long_date(issued, weekday=False),
                "ENGLISH",
                f"Original: {self.rng.choice(('ENGLISH', 'FRENCH', 'SPANISH'))}",
                self.style.name.upper(),
                session,
                self._title_line(part, upper=True),
                *held.replace(", on ", ",\non ", 1).split("\n"),
                *self._presiding_lines(chair),
                "CONTENTS",
                *contents,
            ]
        else:
            lines = [
                "United Nations",
                self.symbol,
                *self._new_issuer(session),
                "Distr.: General",
                long_date(issued, weekday=False),
                "Original: English",
                self.style.name,
                *([] if self.style.kind == "assembly" else [session]),
                self._title_line(part, upper=False),
                held,
                *self._presiding_lines(chair),
                "Contents",
                *contents,
            ]
        if part == "first part (public)":
            lines.append(
                f"*\tThe summary record of the second part (closed) of the meeting "
                f"appears as document {self.symbol}/Add.1."
            )
        return [*lines, *self._correction_footnote(), self._job_number()]

    def _old_issuer(self) -> list[str]:
        if self.style.code == "CESCR":
            return ["E", "Economic and Social Council"]
        if self.style.kind == "council":
            return ["A", "General Assembly"]
        return [self.style.code, self.style.treaty or ""]

    def _new_issuer(self, session: str) -> list[str]:
        if self.style.kind == "assembly":
            return ["General Assembly", session, "Official Records"]
        if self.style.kind == "council":
            return ["General Assembly"]
        return [self.style.treaty or "Economic and Social Council"]

    def _old_assembly_masthead(self, chair: Person, contents: list[str], issued: date, scheduled: str) -> list[str]:
        session = f"{ordinal_words(self.session).upper()} SESSION"
        return [
            "UNITED NATIONS",
            "General Assembly",
            session,
            "Official Records",
            self.style.name.upper(),
            f"{ordinal_figures(self.meeting_number)} meeting",
            "held on",
            long_date(self.day),
            f"at {scheduled}",
            "New York",
            self._title_line(self.part, upper=True),
            *self._presiding_lines(chair),
            "CONTENTS",
            *contents,
            *self._correction_footnote(),
            "Distr. GENERAL",
            self.symbol,
            long_date(issued, weekday=False),
            "ENGLISH",
            "ORIGINAL: ENGLISH",
            self._job_number(),
        ]

    def _title_line(self, part: str | None, *, upper: bool) -> str:
        meeting = f"the {ordinal_figures(self.meeting_number)} meeting"
        if part == "partial":
            title = f"Summary record (partial) of {meeting}"
        elif part == "first part (public)":
            title = f"Summary record of the first part (public)* of {meeting}"
        else:
            title = f"Summary record of {meeting}"
        if not upper:
            return title
        figures = ordinal_figures(self.meeting_number)
        return title.upper().replace(figures.upper(), figures)

    def _presiding_lines(self, chair: Person) -> list[str]:
        office = self._chair_ref(chair).split()[-1].capitalize()
        separator = ": " if self.old_style else ":\t"
        country = ""
        if self.chair_country is not None:
            country = f" ({printed_country(self.chair_country, self.year)})"
        lines = [f"{office}{separator}{self._masthead_name(chair)}{country}"]
        if self.later_chair is not None:
            person, vice_office = self.later_chair
            lines.append(f"later{separator}{self._masthead_name(person)} ({vice_office})")
        return lines

    def _masthead_name(self, person: Person) -> str:
        return f"{person.title} {upper_name(person.name) if self.old_style else person.name}"

    def _correction_footnote(self) -> list[str]:
        return [
            "This record is subject to correction.",
            "Corrections should be submitted in one of the working languages. They should be "
            "set forth in a memorandum and also incorporated in a copy of the record. They "
            "should be sent within one week of the date of this document to the Editing Unit.",
        ]

    def _job_number(self) -> str:
        if "Geneva" in self.place:
            return f"GE.{self.year % 100:02d}-{self.rng.randint(40000, 49999)}  (E)"
        return f"{self.year % 100:02d}-{self.rng.randint(10000, 99999)} (E)"

    def _opening_formula(self, part: str | None, called: int) -> str:
        if part == "partial":
            return full_stop(f"The discussion covered in the summary record began at {clock(called)}")
        if part == "first part (public)":
            return full_stop(f"The public part of the meeting was called to order at {clock(called)}")
        return full_stop(f"The meeting was called to order at {clock(called)}")

    def _closing_formula(self, part: str | None, rose: int) -> str:
        if part == "partial":
            return full_stop(f"The discussion covered in the summary record ended at {clock(rose)}")
        if part == "first part (public)":
            return full_stop(f"The public part of the meeting rose at {clock(rose)}")
        return full_stop(f"The meeting rose at {clock(rose)}")

    def _meeting_truth(self, chair: Person, part: str | None, called: int, rose: int, *, known: bool) -> dict[str, Any]:
        """The meeting fields; those only the masthead says are null when it is lost."""
        masthead = {
            "symbol": self.symbol,
            "body": self.style.code,
            "session_number": self.session,
            "meeting_number": self.meeting_number,
            "meeting_part": part,
            "meeting_date": self.day.isoformat(),
            "place": self.place if known else None,
            "chair_name": chair.name,
        }
        return {
            **{key: value if known else None for key, value in masthead.items()},
            "called_to_order": hhmm(called),
            "rose_at": hhmm(rose),
            "state_party": self.state.iso3 if self.state is not None else None,
            "language": "en",
        }


class Rendition:
    """How a published rendition departs from the clean record: the traits real renditions show.

    Each trait is drawn on its own, at about the rate the labelled real records show it
    (`tests/fixtures/real/README.md`); none changes what a careful reader would label, except a
    lost end, which loses the closing line and cuts the last paragraph after its speaker's verb.
    """

    def __init__(self, rng: random.Random, builder: RecordBuilder, *, old_style: bool) -> None:
        self.rng = rng
        self.builder = builder
        self.old_style = old_style
        self.end_lost = False

    def masthead(self, lines: list[str]) -> list[str]:
        if not lines:
            return lines
        rng = self.rng
        lines = list(lines)
        symbol = self.builder.symbol
        if not self.old_style and rng.random() < 0.06 and self._derivable():
            lines = [line for line in lines if line != symbol]  # the web rendition dropped the symbol line
        if self.old_style and rng.random() < 0.05 and symbol in lines:
            at = lines.index(symbol)  # "CCPR/C/SR.2136/Add.117 November 2003"
            lines[at : at + 2] = [lines[at] + lines[at + 1]]
        if rng.random() < 0.05:
            lines = [_broken_words(line, rng) for line in lines]
        if not self.old_style and rng.random() < 0.4:
            lines = [line.replace(":\t", ":", 1) for line in lines]  # "Chairperson:Mr. X"
        if self.old_style and rng.random() < 0.15:
            lines = [f"{line}\n" if line.startswith("Held at") else line for line in lines]  # a blank line inside
        elif not self.old_style and rng.random() < 0.05:
            lines = [line.replace(", on ", ",on ", 1) if line.startswith("Held at") else line for line in lines]
        if self.old_style and rng.random() < 0.12:
            # The correction notice and the job number printed first, run into the masthead's first line.
            notice = [
                line for line in lines[-3:] if line.startswith(("This record", "Corrections", "GE.")) or "(E)" in line
            ]
            kept = [line for line in lines if line not in notice]
            lines = ["".join(notice) + " " + kept[0], *kept[1:]]
        if self.old_style and rng.random() < 0.1:
            lines = [part for line in lines for part in _title_in_two(line)]
        if self.old_style and rng.random() < 0.05:
            lines = [part for line in lines for part in _officer_in_a_column(line)]
        if rng.random() < 0.04:
            lines = [*self._site_header(), *lines]
        return lines

    def _site_header(self) -> list[str]:
        """What a site that republishes records prints above them: a title, the symbol, an abbreviation."""
        builder = self.builder
        day = builder.day
        about = f" : {builder.state.name}" if builder.state is not None else ""
        return [
            f"Summary record of the {ordinal_figures(builder.meeting_number)} meeting{about}. "
            f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}.",
            f"{builder.symbol}. (Summary Record)",
            f"Convention Abbreviation: {builder.style.code}",
        ]

    def body(self, lines: list[str], expected: dict[str, Any]) -> list[str]:
        rng = self.rng
        lines = list(lines)
        if not self.old_style and rng.random() < 0.1:
            lines = [_NUMBER_PREFIX.sub("", line, count=1) for line in lines]  # numbers lost in conversion
            expected["numbering"] = "missing"
        if rng.random() < 0.05:
            lines = [_typographic(line, rng) for line in lines]
        if lines and lines[0].startswith("The public part of the meeting was called") and rng.random() < 0.5:
            lines[0] = lines[0].replace("The public part of the meeting", "The first part (public) of the meeting")
        if rng.random() < 0.03 and self._cut_last(lines):
            self.end_lost = True
            expected["meeting"]["rose_at"] = None
        return lines

    def flattened(self, lines: list[str]) -> list[str]:
        """The whole record run onto one line, as some web renditions and catalogue extracts print it.

        Only records whose paragraphs are all numbered, with no heading or event between them: on
        one line, where such a line ends is lost to a reader too.
        """
        first = next((i for i, line in enumerate(lines) if _NUMBER_PREFIX.match(line)), None)
        if first is None or self.rng.random() >= 0.04:
            return lines
        if not all(_NUMBER_PREFIX.match(line) or line.startswith("The meeting") for line in lines[first:]):
            return lines
        return [" ".join(line.strip() for line in lines if line.strip())]

    def _derivable(self) -> bool:
        """Whether the body's numbering gives the symbol back (CRPD numbered per session until 2012)."""
        style = self.builder.style
        return style.code != "SPT" and not (style.code == "CRPD" and self.builder.year < 2012)

    def _cut_last(self, lines: list[str]) -> bool:
        """The file's end lost: the last paragraph cut after its verb ("... said that the") and no closing line."""
        last = lines[-1]
        verb = last.find(" said that ")
        if verb < 0 or len(last) < verb + 40:
            return False
        lines[-1] = last[: self.rng.randint(verb + 12, len(last) - 10)].rstrip(" .,;")
        return True


_NUMBER_PREFIX = re.compile(r"^\d{1,4}\.\s*")


def _title_in_two(line: str) -> list[str]:
    """ "SUMMARY RECORD OF THE FIRST PART (PUBLIC)*" / "OF THE 790th MEETING": a title over two lines."""
    if not line.startswith("SUMMARY RECORD OF THE "):
        return [line]
    cut = line.rfind(" OF THE ")
    return [line[:cut], line[cut + 1 :]] if cut > len("SUMMARY RECORD") else [line[:22].rstrip(), line[22:]]


def _officer_in_a_column(line: str) -> list[str]:
    """ "Chairman:" / "Mr. X" / "(Belgium)": a presiding officer printed in a column."""
    label, colon, who = line.partition(": ")
    if not colon or label not in ("Chairman", "Chairperson", "Chair", "President"):
        return [line]
    name, _, country = who.partition(" (")
    return [f"{label}:", name, *([f"({country}"] if country else [])]


def _broken_words(line: str, rng: random.Random) -> str:
    """What old conversions do to a title line: "Forty- seventh session", "1504 th meeting", "( p artial )"."""
    if line.endswith(" session") and "-" in line:
        return line.replace("-", "- ", 1)
    if "meeting" in line.lower() and (ordinal := re.search(r"\b(\d+)(st|nd|rd|th)\b", line)):
        line = f"{line[: ordinal.end(1)]} {line[ordinal.end(1) :]}"
    return line.replace("(partial)", "( p artial )") if rng.random() < 0.5 else line


def _typographic(line: str, rng: random.Random) -> str:
    """A word processor's characters: no-break spaces after titles, no-break hyphens, soft hyphens."""
    line = re.sub(r"\b(Mr|Ms|Mrs)\. ", "\\1.\u00a0", line)
    line = re.sub(r"(?<=[A-Za-z])-(?=[A-Z])", "\u2011", line)
    if rng.random() < 0.5:
        line = line.replace("Government", "Gov\u00adern\u00adment")
    return line.replace(", ", ",\u200b ", 1) if rng.random() < 0.3 else line


def _without_citation(heading: str) -> str:
    """A body heading as the Contents list prints it: without its document symbols."""
    head, _, tail = heading.rpartition(" (")
    return head if head and "/" in tail else heading


# --------------------------------------------------------------------------- public API


def generate_expected_records(n: int, seed: int = 0) -> Iterator[LabelledRecord]:
    """`n` records as (file name, text, expected JSON in the fixtures' shape)."""
    used_symbols: set[str] = set()
    for index in range(n):
        rng = random.Random(seed * 1_000_003 + index)
        yield RecordBuilder(rng, used_symbols).build()


def generate_labelled_records(n: int, seed: int = 0) -> Iterator[tuple[str, str, list[Statement]]]:
    """`n` records as (file name, text, the expected statement per paragraph)."""
    for record in generate_expected_records(n, seed):
        yield record.name, record.text, record.expected["statements"]


def generate_records(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """`n` records as (file name in the UN's form, e.g. "CRC_C_SR.2345-EN.txt", clean text)."""
    for record in generate_expected_records(n, seed):
        yield record.name, record.text


def write_corpus(directory: Path, n: int, seed: int = 0, *, labels: bool = False) -> list[Path]:
    """Write `n` records (and, with `labels`, their `.expected.json`) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for record in generate_expected_records(n, seed):
        path = directory / record.name
        path.write_text(record.text, encoding="utf-8")
        if labels:
            truth = directory / (path.name.removesuffix(".txt") + ".expected.json")
            truth.write_text(json.dumps(record.expected, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--labels", action="store_true", help="also write X.expected.json")
    args = parser.parse_args(argv)
    paths = write_corpus(args.directory, args.count, args.seed, labels=args.labels)
    print(f"wrote {len(paths)} records to {args.directory}")


if __name__ == "__main__":
    main()
