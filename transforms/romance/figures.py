"""The words of figures in French and Spanish statements: "1 325 plaintes", "25 pour cent", "plus de 80 pays",
"entre 2006 et 2011", "1.325 denuncias", "el 25%", "25 por ciento", "más de 80 países", "desde 2009".

`transforms.indicator_grammar` adds these to its English fragments (no word here is an English one, so
English statements read as before), and `transforms.indicators` writes the numbers of a French or Spanish
paragraph as English ones before it reads them ("1 325,5" as "1,325.5"), keeping every character's place.
"""

from __future__ import annotations

import polars as pl

from transforms.romance.dates import MONTH

PERCENT_WORDS = r"pour\s?cent|por\s+ciento|por\s+cien"
DURATION_WORDS = r"ans|années?|mois|semaines?|jours?|años?|meses|semanas?|d[íi]as?"
CURRENCY_WORDS = (
    r"dollars\s+des\s+[ÉE]tats-Unis|d[óo]lares(?:\s+de\s+los\s+Estados\s+Unidos)?|francs\s+suisses"
    r"|francos\s+suizos|francos\s+CFA|francs\s+CFA"
)
QUALIFIER_WORDS = (
    r"plus\s+de|moins\s+de|au\s+moins|environ|pr[èe]s\s+de|presque|quelque|jusqu['’]à|au\s+total"
    r"|m[áa]s\s+de|menos\s+de|al\s+menos|por\s+lo\s+menos|aproximadamente|alrededor\s+de|cerca\s+de|casi"
    r"|unos|unas|hasta"
)
# "entre 2006 et 2011", "de 2006 à 2011", "entre 2006 y 2011", "del 2006 al 2011".
SPAN_OPENERS = r"entre|de|du|del|desde"
SPAN_JOINS = r"et|y|à|a|al|hasta|au"
SINCE_WORDS = r"depuis|desde"
RANGE_JOINS = r"et|y"
# "de 9 à 135 ans", "de 9 a 12 años": a range between two amounts, each a number.
RANGE_OPENERS = r"de|du|desde"
RANGE_ENDS = r"à|a|al|hasta"
MONTH_WORDS = MONTH  # "6 avril 2011", "4 de abril de 2011"
REFERENCE_WORDS = (
    r"paragraphes?|alinéas?|artículos?|párrafos?|apartados?|incisos?|résolutions?|resoluci[óo]n(?:es)?"
    r"|décisions?|decisi[óo]n(?:es)?|lois?|ley(?:es)?|décrets?|decretos?|chapitres?|cap[íi]tulos?"
)
# Clock times, which count nothing: "10 h 30", "à 15 heures", "a las 10.30 horas".
CLOCK_TIMES = r"\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}\s+heures\b|\b\d{1,2}(?:[.:]\d{2})?\s+horas\b"
ORDINAL_SUFFIXES = r"er|re|e|ème|eme|º|ª"
# Units, qualifiers and vague plurals by the English names the warehouse gives them.
UNIT_NAMES: dict[str, str] = {
    "pour cent": "per cent", "pourcent": "per cent", "por ciento": "per cent", "por cien": "per cent",
    **dict.fromkeys(("an", "ans", "année", "années", "año", "años"), "years"),
    **dict.fromkeys(("mois", "mes", "meses"), "months"),
    **dict.fromkeys(("semaine", "semaines", "semana", "semanas"), "weeks"),
    **dict.fromkeys(("jour", "jours", "día", "días", "dia", "dias"), "days"),
    **dict.fromkeys(("dollarsdesétats-unis", "dollarsdesetats-unis", "dólares", "dolares",
                     "dólaresdelosestadosunidos", "dolaresdelosestadosunidos"), "US$"),
    **dict.fromkeys(("francssuisses", "francossuizos"), "CHF"),
    **dict.fromkeys(("francoscfa", "francscfa"), "CFA francs"),
}  # fmt: skip
QUALIFIERS: dict[str, str] = {
    "plus de": "more than", "moins de": "less than", "au moins": "at least", "environ": "about",
    "près de": "nearly", "pres de": "nearly", "presque": "almost", "quelque": "some", "jusqu'à": "up to",
    "jusqu’à": "up to", "au total": "in total", "más de": "more than", "mas de": "more than",
    "menos de": "less than", "al menos": "at least", "por lo menos": "at least",
    "aproximadamente": "approximately", "alrededor de": "around", "cerca de": "nearly", "casi": "almost",
    "unos": "some", "unas": "some", "hasta": "up to",
}  # fmt: skip
SCALES: dict[str, int] = {"millions": 1_000_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000,
                          "millón": 1_000_000, "millones": 1_000_000}  # fmt: skip
VAGUE: dict[str, int] = {
    "des dizaines de milliers": 10_000, "des centaines de milliers": 100_000, "des milliers": 1_000,
    "des centaines": 100, "des millions": 1_000_000, "decenas de miles": 10_000, "cientos de miles": 100_000,
    "miles de": 1_000, "cientos de": 100, "centenares de": 100, "millones de": 1_000_000,
}  # fmt: skip


def english_numbers(text: pl.Expr) -> pl.Expr:
    """A French or Spanish paragraph with its numbers written the English way, every character in its place.

    "1 325,5" and "1.325,5" become "1,325.5": a decimal comma becomes a point, and a space, or a point
    before three digits, between digits becomes a thousands comma. The same length, so a figure found in
    the result is at the same offsets in the paragraph as printed.
    """
    decimal_marked = text.str.replace_all(r"([0-9]),([0-9])", "${1}\x01${2}")
    grouped = decimal_marked
    for _ in range(3):  # "1 000 000": each pass joins one group more
        grouped = grouped.str.replace_all(r"([0-9])[ .]([0-9]{3})([^0-9]|$)", "${1},${2}${3}")
    return grouped.str.replace_all("\x01", ".", literal=True)


# What a figure counts in French or Spanish: the noun after it, past "de", "des", "d'" ("1 325 plaintes",
# "12,5 % des plaintes", "des milliers de familles", "más de 80 casos"), and a noun of "de" after that.
_ARTICLE = r"(?:de\s+la\s+|de\s+los\s+|de\s+las\s+|des\s+|del\s+|de\s+|d['’]|les\s+|los\s+|las\s+)?"
_NOUN = r"\p{Ll}[\p{L}'’\-]*"
_SUBJECT = rf"^\)?\s*{_ARTICLE}(?P<np>{_NOUN}(?:\s+(?:de|d['’]|du|des|del)\s*{_NOUN})?)"
# Words after a figure that name nothing it counts: verbs, conjunctions, prepositions.
_NOT_A_SUBJECT = (
    r"^(?:et|y|ou|o|que|qui|ont|sont|a|ha|han|es|son|fue|fueron|était|étaient|en|au|aux|à|por|pour|par|depuis"
    r"|desde|dans|entre|sur|sobre|con|avec|sin|sans|se|ne|no|ce|cette|ces|le|la|el|lo|un|une|uno|una)\b"
)


def romance_subject() -> pl.Expr:
    """The subject of a figure in a French or Spanish paragraph, from its `after` column; null when none."""
    noun = pl.col("after").str.extract(_SUBJECT, 1)
    return pl.when(noun.str.contains(_NOT_A_SUBJECT)).then(None).otherwise(noun)
