"""French and Spanish versions of generated meetings, with the truth about who speaks.

A smaller generator than the English one: one meeting of a treaty body in the new-style or the old
capitals masthead, a Chair, delegates of the State under review named with their country in the
language, members, the country rapporteur, the secretariat, procedural lines and paragraphs that
continue a turn, with figures written the language's way ("1 325", "12,5 %", "1.325", "el 25%").
The sentences are this generator's own; the same seed gives the same records. The parse benchmark
reads them beside the English corpus, and `tests/test_romance_parsing.py` holds the parser to them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Language = Literal["fr", "es"]

_BODIES = (  # code, symbol prefix, French name, Spanish name
    ("CAT", "CAT/C", "Comité contre la torture", "Comité contra la Tortura"),
    ("CRC", "CRC/C", "Comité des droits de l’enfant", "Comité de los Derechos del Niño"),
    ("CCPR", "CCPR/C", "Comité des droits de l’homme", "Comité de Derechos Humanos"),
    ("CERD", "CERD/C", "Comité pour l’élimination de la discrimination raciale",
     "Comité para la Eliminación de la Discriminación Racial"),
    ("CEDAW", "CEDAW/C", "Comité pour l’élimination de la discrimination à l’égard des femmes",
     "Comité para la Eliminación de la Discriminación contra la Mujer"),
)  # fmt: skip
_STATES = (  # ISO3, French, Spanish
    ("MEX", "Mexique", "México"), ("CHE", "Suisse", "Suiza"), ("MAR", "Maroc", "Marruecos"),
    ("URY", "Uruguay", "Uruguay"), ("SEN", "Sénégal", "Senegal"), ("BOL", "Bolivie (État plurinational de)",
    "Bolivia (Estado Plurinacional de)"), ("GBR", "Royaume-Uni", "Reino Unido"), ("JOR", "Jordanie", "Jordania"),
    ("ESP", "Espagne", "España"), ("MDG", "Madagascar", "Madagascar"), ("PER", "Pérou", "Perú"),
    ("DEU", "Allemagne", "Alemania"), ("VEN", "Venezuela (République bolivarienne du)",
    "Venezuela (República Bolivariana de)"), ("CIV", "Côte d’Ivoire", "Côte d’Ivoire"),
)  # fmt: skip
_SURNAMES = (
    "Aldoseri Benítez Chanet Diaconu Ehrlich Fathalla Gaer Haddad Ibáñez Jiménez Kälin Lallah Mariño Nataf "
    "Otani Pereira Quiroga Rodríguez Salama Texier Urbina Vardzelashvili Wolfrum Yigezu Zermatten"
).split()
_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
_WEEKDAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
}
_FR_TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante-dix", "quatre-vingt",
            "quatre-vingt-dix"]  # fmt: skip
_FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


@dataclass(frozen=True, slots=True)
class RomanceRecord:
    name: str
    text: str
    # Per paragraph: (speaker name, role, country ISO3), None for a procedural line; a continuation repeats it.
    speakers: tuple[tuple[str | None, str, str | None], ...]
    language: Language
    chair: str


# Records run onto one line, as library pages extract a scan's or a PDF's text: drawn from a stream of their
# own, so the rest of the corpus stays as it was.
ONE_LINE = 0.04
LATER_EXCERPT = 0.3  # of those: the page starts at the third paragraph, without the opening line
# Records as a page of the printed volumes, run onto one line under the cover (`_as_a_volumes_page`): a stream of
# their own too.
VOLUME_PAGE = 0.03
UNANALYTIC_TITLE = 0.1  # of the French records: the title without "analytique", a stream of its own
OFFICER_INTO_HEADING = 0.3  # of those pages: the Chair in capitals, the heading run on after him
# Of a delegate's turns after the first under the same title: printed without the State (a stream of its own).
BARE_WHEN_HEARD = 0.1
PRESENTING = 0.05  # of the delegates' turns heard with the State: a clause citing the report, its comma lost
ANSWERING = 0.05  # of the others: a clause that opens with a preposition, no comma before it
_ANSWERING = {
    "fr": ("en réponse à la question sur la détention provisoire", "s’agissant des plaintes reçues par le médiateur",
           "en ce qui concerne la formation des juges"),
    "es": ("en respuesta a la pregunta sobre la prisión preventiva", "con referencia a las denuncias recibidas",
           "en relación con la formación de los jueces"),
}  # fmt: skip
IN_CAPACITY = 0.2  # of the rapporteur's turns: "hablando en calidad de Relatora para el país" for "(Relatora ...)"
# Of the Secretariat's turns: an office other than the Committee's secretary ("Oficina de Asuntos Jurídicos").
OTHER_SECRETARIAT_OFFICE = 0.3
_SECRETARIAT_OFFICES = {
    "fr": ("Bureau des affaires juridiques", "Office des Nations Unies à Genève", "Service des traités",
           "Groupe des organes conventionnels"),
    "es": ("Oficina de Asuntos Jurídicos", "Oficina de las Naciones Unidas en Ginebra", "Asesora Jurídica",
           "Dependencia de Tratados"),
}  # fmt: skip
_CAPACITIES = {
    "fr": ("en sa qualité de", "parlant en sa qualité de", "en qualité de"),
    "es": ("en su calidad de", "hablando en calidad de", "hablando en su calidad de", "en calidad de"),
}


def run_onto_one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def generate_romance_records(n: int, language: Language, seed: int = 0) -> Iterator[RomanceRecord]:
    for index in range(n):
        yield _record(random.Random(seed * 1_000_003 + index * 7 + (language == "es")), index, language)


def _record(rng: random.Random, index: int, language: Language) -> RomanceRecord:
    _code, prefix, french_body, spanish_body = rng.choice(_BODIES)
    iso3, french_state, spanish_state = rng.choice(_STATES)
    state = french_state if language == "fr" else spanish_state
    number, session = 500 + index, rng.randint(20, 99)
    day = date(1995, 1, 2) + timedelta(days=rng.randint(0, 9000))
    chair, rapporteur, secretary = rng.sample(_SURNAMES, 3)
    members = [name for name in _SURNAMES if name not in (chair, rapporteur, secretary)]
    delegates = [f"{rng.choice(members)} {rng.choice(['Ruiz', 'Dupont', 'Sow', 'Haddad', 'Lima'])}" for _ in range(2)]
    symbol = f"{prefix}/SR.{number}"
    capitals = rng.random() < 0.4
    lines = _masthead(rng, language, symbol, french_body if language == "fr" else spanish_body, session, number, day,
                      chair, capitals)  # fmt: skip
    paragraphs: list[str] = []
    speakers: list[tuple[str | None, str, str | None]] = []
    body: list[str] = []

    def say(text: str, speaker: tuple[str | None, str, str | None]) -> None:
        paragraphs.append(text)
        speakers.append(speaker)
        body.append(f"{len(paragraphs)}.\t{text}")

    presiding = chair
    continuations: set[int] = set()  # the paragraphs, counted from 0, that continue the turn before them
    heard: dict[str, str] = {}  # each delegate heard with the State, and the title they were printed with
    bare_again = random.Random(f"{symbol} {language} heard again, printed bare")  # a stream of its own
    in_capacity = random.Random(f"{symbol} {language} rapporteur in capacity")  # and another
    other_office = random.Random(f"{symbol} {language} secretariat office")  # and another
    presenting = random.Random(f"{symbol} {language} presenting the report")  # and another
    answering = random.Random(f"{symbol} {language} answering a question")  # and another
    say(_seating(rng, language, state, delegates[0]), (None, "procedural", None))
    office = _chairs_office_printed(symbol, language)
    say(f"{_chair(language, capitals, office)} {_verb(rng, language)} {_words(rng, language)}", (chair, "chair", None))
    for _ in range(rng.randint(4, 14)):
        kind = rng.random()
        if kind < 0.35:
            who, title = rng.choice(delegates), _title(rng, language)
            opener = _opener(rng, language, title)
            country = f" ({_converted(rng, state)})"
            space = rng.choice([" ", " ", " ", ""])  # "(Chile)dice": glued at times
            # Heard with the State before, under the same title: now and then printed bare ("El Sr. X añade que").
            if heard.get(who) == title and bare_again.random() < BARE_WHEN_HEARD:
                country, space = "", " "
            heard.setdefault(who, title)
            verb = _verb(rng, language)
            if country and presenting.random() < PRESENTING:
                # "Mme X (Mali), présentant le rapport (CAT/C/MLI/2) dit": the report's symbol, no comma after it.
                report = "présentant le rapport périodique" if language == "fr" else "presentando el informe periódico"
                country, verb = f"{country}, {report} ({prefix}/{iso3}/2)", "dit" if language == "fr" else "dice"
                space = " "
            elif country and answering.random() < ANSWERING:
                # "El Sr. X (Chile) en respuesta a la pregunta sobre ..., dice": no comma between the State and a
                # clause that opens with a preposition.
                clause = answering.choice(_ANSWERING[language])
                country = f"{country} {clause},"
                space = " "
            say(f"{opener} {_printed(who, capitals)}{country}{space}{verb} {_words(rng, language)}",
                (who, "delegation", iso3))  # fmt: skip
        elif kind < 0.55:
            who = rng.choice([member for member in members[:8] if member != presiding])  # the Chair is "Le Président"
            say(f"{_opener(rng, language, _title(rng, language))} {_printed(who, capitals)} {_verb(rng, language)} "
                f"{_words(rng, language)}", (who, "member", None))  # fmt: skip
        elif kind < 0.65:
            office = "Rapporteuse pour le pays" if language == "fr" else "Relatora para el país"
            said = f"({office})"
            # Now and then in what capacity she speaks: "La Sra. X, hablando en calidad de Relatora para el país,".
            if in_capacity.random() < IN_CAPACITY:
                said = f", {in_capacity.choice(_CAPACITIES[language])} {office[0].lower() + office[1:]},"
            space = "" if said.startswith(",") else " "
            say(f"{_title(rng, language)} {_printed(rapporteur, capitals)}{space}{said} {_verb(rng, language)} "
                f"{_words(rng, language)}", (rapporteur, "rapporteur", None))  # fmt: skip
        elif kind < 0.72:
            office = "Secrétaire du Comité" if language == "fr" else "Secretario del Comité"
            if other_office.random() < OTHER_SECRETARIAT_OFFICE:
                office = other_office.choice(_SECRETARIAT_OFFICES[language])
            say(f"{_title(rng, language)} {_printed(secretary, capitals)} ({office}) {_verb(rng, language)} "
                f"{_words(rng, language)}", (secretary, "secretariat", None))  # fmt: skip
        elif kind < 0.88 and speakers[-1][1] != "procedural":
            continuations.add(len(paragraphs))
            say(_continuation(rng, language), speakers[-1])
        elif kind < 0.91 and presiding == chair:  # a Vice-Chair presides for a while
            presiding = rng.choice(members[:8])
            if rng.random() < 0.5:  # a line of its own between two numbered paragraphs, no turn of anyone's
                body.append(_takes_chair(rng, language, presiding))
            else:
                say(_takes_chair(rng, language, presiding), (None, "procedural", None))
        else:
            say(f"{_chair(language, capitals, office)} {_verb(rng, language)} {_words(rng, language)}",
                (presiding, "chair", None))  # fmt: skip
    decided = "Il en est ainsi décidé." if language == "fr" else "Así queda acordado."
    closing = "La séance est levée à 13 heures." if language == "fr" else "Se levanta la sesión a las 13.00 horas."
    _article_glued_to_the_title(body, symbol, language)
    _first_letters_set_apart(body, symbol, language)
    _accents_set_apart(body, symbol)
    text = "\n".join([*lines, *body, decided, closing]) + "\n"
    if random.Random(f"{symbol} {language} one line").random() < ONE_LINE:
        cut = random.Random(f"{symbol} {language} excerpt from a later paragraph").random() < LATER_EXCERPT
        if cut and len(paragraphs) > 4 and body[2].startswith("3.") and 2 not in continuations:
            # A page that gives the meeting from its third paragraph on, without its opening line: the parser
            # finds where its paragraphs begin by their running numbers alone.
            text = "\n".join([*lines[:-2], *body[2:], decided, closing]) + "\n"
            speakers = speakers[2:]
        text = run_onto_one_line(text)
    elif random.Random(f"{symbol} {language} volume page").random() < VOLUME_PAGE:
        text = _as_a_volumes_page(language, symbol, number, day, chair, [*body, decided, closing])
    name = f"{symbol.replace('/', '_')}-{language.upper()}.txt"
    return RomanceRecord(name, text, tuple(speakers), language, chair)


def _as_a_volumes_page(language: Language, symbol: str, number: int, day: date, chair: str, body: list[str]) -> str:
    """The record as a page of the French or Spanish printed volumes that a document site ran onto one line, under
    the Office of Legal Affairs' cover: the cover, the end of the meeting before, then the meeting's heading, its
    Chair and its paragraphs in one run. The volumes print no session."""
    month, weekday = _MONTHS[language][day.month - 1], _WEEKDAYS[language][day.weekday()]
    # Now and then the Chair in capitals with no stop, the agenda's heading in title case run on after him
    # ("Président : M. KOVALENKO Examen du projet ..."): a stream of its own, so other pages stay as they were.
    headed = random.Random(f"{symbol} {language} officer run into the heading").random() < OFFICER_INTO_HEADING
    if language == "fr":
        cover = (f"Document:- {symbol} Compte rendu analytique de la {number}e séance Extrait de l'Annuaire:- "
                 f"{day.year}, vol. I Copyright © Nations Unies")  # fmt: skip
        before = "41. M. Dupont dit qu'il reviendra sur ce point. La séance est levée à 18 heures."
        officer = f"Président : M. {chair.upper()} Examen du projet d'articles" if headed else f"Président: M. {chair}."
        heading = f"{number}e séance {weekday.capitalize()} {day.day} {month} {day.year}, à 10 heures {officer}"
    else:
        cover = (f"Documento:- {symbol} Acta resumida de la {number}.ª sesión Extracto del Anuario:- {day.year}, "
                 "vol. I Copyright © Naciones Unidas")  # fmt: skip
        before = "41. El Sr. Ruiz dice que volverá sobre ese punto. Se levanta la sesión a las 18.00 horas."
        held = f"{weekday.capitalize()} {day.day} de {month} de {day.year}, a las 10.00 horas"
        officer = f"Presidente: Sr. {chair}."
        if headed:
            officer = f"Presidente: Sr. {chair.upper()} Examen del proyecto de artículos"
        heading = f"{number}.ª sesión {held} {officer}"
    return f"{cover}\n{day.year - 1994}\n{run_onto_one_line(' '.join([before, heading, *body]))}"


def _masthead(rng: random.Random, language: Language, symbol: str, body: str, session: int, number: int, day: date,
              chair: str, capitals: bool) -> list[str]:  # fmt: skip
    month, weekday = _MONTHS[language][day.month - 1], _WEEKDAYS[language][day.weekday()]
    if language == "fr":
        title = f"Compte rendu analytique de la {number}e séance"
        # Now and then without "analytique", the ordinal in full: "Compte rendu de la 601ème séance" (New York).
        if random.Random(f"{symbol} {language} title without analytique").random() < UNANALYTIC_TITLE:
            title = f"Compte rendu de la {number}ème séance"
        held = [f"Tenue au Palais Wilson, à Genève, le {weekday} {day.day} {month} {day.year}, à 10 heures"]
        if rng.random() < 0.4:  # the held line broken in two, as older conversions print it
            held = ["tenue au Palais Wilson, à Genève,", f"le {weekday} {day.day} {month} {day.year}, à 10 heures"]
        honorific = "M." if rng.random() < 0.7 else "Mme"
        officer = f"Président{'e' if rng.random() < 0.3 else ''}:{_officer_gap(rng)}{_titled(rng, honorific, chair)}"
        session_line = f"{_french_ordinal(session).capitalize()} session"
        opening = f"La séance est ouverte à 10 h {rng.randint(1, 30)}."
        header = ["Nations Unies", symbol, f"Distr. générale\n{day.day} {month} {day.year}\nOriginal: anglais"]
        contents = "Sommaire"
    else:
        title = f"Acta resumida de la {number}ª sesión"
        held = [f"Celebrada en el Palais Wilson, Ginebra, el {weekday} {day.day} de {month} de {day.year}, "
                "a las 10.00 horas"]  # fmt: skip
        officer = f"Presidente:{_officer_gap(rng)}{_titled(rng, 'Sr.', chair)}"
        session_line = f"{session}º período de sesiones"
        opening = f"Se declara abierta la sesión a las 10.{rng.randint(5, 30):02d} horas."
        header = ["Naciones Unidas", symbol, f"Distr. general\n{day.day} de {month} de {day.year}\nOriginal: inglés"]
        contents = "Sumario"
    if capitals:
        title, body, session_line, contents = title.upper(), body.upper(), session_line.upper(), contents.upper()
    review = (
        "Examen des rapports des États parties" if language == "fr" else "Examen de los informes de los Estados partes"
    )
    return [*header, body, session_line, title, *held, officer, contents, review, opening, review]


def _titled(rng: random.Random, title: str, name: str) -> str:
    """A title and name: at times glued to the title's stop, or the stop set apart, as conversions print them."""
    if not title.endswith("."):  # "Mme" has no stop
        return f"{title} {name}" if rng.random() < 0.8 else f"{title}{name}"
    return rng.choice(
        [f"{title} {name}", f"{title} {name}", f"{title} {name}", f"{title}{name}", f"{title[:-1]} . {name}"]
    )


def _officer_gap(rng: random.Random) -> str:
    """What comes between the label and the title: a space, nothing, or a new line (the label alone)."""
    return rng.choice([" ", " ", "", "\n"])


def _french_ordinal(n: int) -> str:
    tens, units = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix-..., quatre-vingt-dix-...
        tens, units = tens - 1, units + 10
    teens = {10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize",
             17: "dix-sept", 18: "dix-huit", 19: "dix-neuf"}  # fmt: skip
    unit_word = teens.get(units) or _FR_UNITS[units]
    if units in (1, 11) and 2 <= tens <= 6:  # "vingt et un", "soixante et onze"
        word = f"{_FR_TENS[tens]} et {unit_word}"
    else:
        word = "-".join(part for part in (_FR_TENS[tens], unit_word) if part)
    if word.endswith("un"):
        return word[:-2] + "unième"
    if word.endswith("cinq"):
        return word + "uième"
    if word.endswith("neuf"):
        return word[:-1] + "vième"
    return (word[:-1] if word.endswith("e") else word) + "ième"


def _seating(rng: random.Random, language: Language, state: str, delegate: str) -> str:
    """The delegation seated; at times the delegate named, which is no speaker's turn either."""
    named = rng.random() < 0.3
    if language == "fr":
        who = f"M. {delegate} ({state})" if named else f"la délégation de l’État partie ({state})"
        return f"Sur l’invitation du Président, {who} prend place à la table."
    who = f"el Sr. {delegate} ({state})" if named else f"la delegación del Estado parte ({state})"
    return f"Por invitación del Presidente, {who} toma asiento a la mesa."


def _converted(rng: random.Random, name: str) -> str:
    """A State's name at times broken by a conversion: spaces set into its longest word ("Federaci ó n")."""
    longest = max(name.split(), key=len)
    if rng.random() >= 0.1 or len(longest) < 7:
        return name
    cuts = sorted(rng.sample(range(2, len(longest) - 1), 2))
    broken = f"{longest[: cuts[0]]} {longest[cuts[0] : cuts[1]]} {longest[cuts[1] :]}"
    return name.replace(longest, broken, 1)


def _takes_chair(rng: random.Random, language: Language, vice_chair: str) -> str:
    """The Vice-Chair takes the Chair: office after a comma or in brackets, or (Spanish) the verb first."""
    if language == "fr":
        return rng.choice([f"M. {vice_chair}, Vice-Président, prend la présidence.",
                           f"M. {vice_chair} (Vice-Président) prend la présidence.",
                           f"La présidence est assurée par M. {vice_chair}, Vice-Président."])  # fmt: skip
    return rng.choice([f"El Sr. {vice_chair}, Vicepresidente, ocupa la Presidencia.",
                       f"El Sr. {vice_chair} (Vicepresidente) ocupa la Presidencia.",
                       f"Ocupa la Presidencia el Sr. {vice_chair}, Vicepresidente."])  # fmt: skip


def _article_glued_to_the_title(body: list[str], symbol: str, language: Language) -> None:
    """A Spanish article glued to the title after it ("ElSr. Ruiz"), in one Spanish record in thirty, from a random
    stream of its own. Who speaks is unchanged."""
    if language == "es" and random.Random(f"{symbol} article glued").random() < 1 / 30:
        body[:] = [line.replace("El Sr. ", "ElSr. ").replace("La Sra. ", "LaSra. ") for line in body]


_MME_IN_MIXED_CASE = re.compile(r"^(\d{1,3}\.\s*)Mme ([A-ZÀ-Þ])(?=[a-zß-ÿ]{2})")


def _first_letters_set_apart(body: list[str], symbol: str, language: Language) -> None:
    """A conversion that set each word's first letter apart ("M me N kosi"), as some French renditions of the 2000s
    print names in mixed case, in one French record in thirty, from a random stream of its own. Who speaks is
    unchanged."""
    if language == "fr" and random.Random(f"{symbol} first letters apart").random() < 1 / 30:
        body[:] = [_MME_IN_MIXED_CASE.sub(r"\1M me \2 ", line) for line in body]


# A speaker named with the State, an accented letter in the name: "El Sr. Benítez Ruiz (Chile)".
_ACCENT_IN_A_NAME = re.compile(
    r"^(\d{1,3}\.\s*(?:(?:El|La)\s+)?(?:M|Mme|Sra?)\.?\s+[^()\d]*?[a-z])([íáéñäó])([a-z][^()]{0,40}\()"
)


def _accents_set_apart(body: list[str], symbol: str) -> None:
    """A conversion that set an accented letter apart inside a speaker's name, a space on each side ("M. del R í o
    Madrid (Mexique)"), in one record in thirty, from a random stream of its own. Who speaks is unchanged."""
    if random.Random(f"{symbol} accents apart").random() < 1 / 30:
        body[:] = [_ACCENT_IN_A_NAME.sub(r"\1 \2 \3", line, count=1) for line in body]


def _chair(language: Language, capitals: bool, printed: str = "title case") -> str:
    """The Chair's office as the record prints it; a conversion may print it in lower case ("Le président") or
    glue it to its article ("LePrésident")."""
    article, office = ("Le", "Président") if language == "fr" else ("El", "Presidente")
    if capitals:
        return f"{article} {office.upper()}"
    if printed == "lower case":
        return f"{article} {office.lower()}"
    return f"{article}{office}" if printed == "glued" else f"{article} {office}"


def _chairs_office_printed(symbol: str, language: Language) -> str:
    """How one record in twenty prints the Chair's office in lower case, and one in thirty glued to its article,
    from a random stream of its own."""
    draw = random.Random(f"{symbol} {language} chair's office").random()
    return "lower case" if draw < 1 / 20 else "glued" if draw < 1 / 20 + 1 / 30 else "title case"


def _title(rng: random.Random, language: Language) -> str:
    if language == "fr":
        return rng.choice(["M.", "Mme", "M."])
    return rng.choice(["El Sr.", "La Sra.", "El Sr."])


def _printed(name: str, capitals: bool) -> str:
    return name.upper() if capitals else name


def _verb(rng: random.Random, language: Language) -> str:
    # Verbs of the parser's list, and others it reads as a present tense after a French or Spanish title.
    if language == "fr":
        return rng.choice(["dit", "déclare", "souligne", "demande", "indique", "se félicite de ce", "rappelle",
                           "maintient", "est d’avis", "ne pense pas", "concède", "fait valoir"])  # fmt: skip
    return rng.choice(["dice", "declara", "subraya", "pregunta", "señala", "recuerda", "expresa", "recalca",
                       "está convencido de", "no cree", "hace notar", "resalta"])  # fmt: skip


def _opener(rng: random.Random, language: Language, title: str) -> str:
    """A few words before the speaker, at times: "Par ailleurs, M. X", "Por otra parte, el Sr. X"."""
    if rng.random() > 0.15:
        return title
    if language == "fr":
        return f"{rng.choice(['Par ailleurs', 'Enfin', 'Après avoir remercié la délégation'])}, {title}"
    return f"{rng.choice(['Por otra parte', 'Por último', 'A continuación'])}, {title[0].lower()}{title[1:]}"


def _words(rng: random.Random, language: Language) -> str:
    count, share, year = rng.randint(2, 9_999), rng.randint(1, 99), rng.randint(1995, 2020)
    if language == "fr":
        count_text = f"{count:,}".replace(",", " ")
        return rng.choice([
            f"que, depuis {year}, {count_text} plaintes ont été examinées et que {share},5 % ont abouti.",
            f"qu’entre {year} et {year + 3}, plus de {share} centres ont été ouverts pour les enfants.",
            f"que le Gouvernement a consacré {count_text} dollars des États-Unis au programme, soit {share} pour cent.",
        ])  # fmt: skip
    count_text = f"{count:,}".replace(",", ".")
    return rng.choice([
        f"que desde {year} se han examinado {count_text} denuncias y que el {share}% han prosperado.",
        f"que entre {year} y {year + 3} se abrieron más de {share} centros para los niños.",
        f"que el Gobierno destinó {count_text} dólares al programa, es decir, el {share} por ciento.",
    ])  # fmt: skip


def _continuation(rng: random.Random, language: Language) -> str:
    if language == "fr":
        return rng.choice(["Il ajoute que la loi de 2015 sera révisée.", "Elle note que 12 écoles ont fermé."])
    return rng.choice(["Añade que la ley de 2015 será revisada.", "Observa que 12 escuelas han cerrado."])
