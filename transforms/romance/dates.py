"""Dates and clock times as French and Spanish records print them: "le vendredi 6 mai 2005, à 10 h 5",
"el lunes 2 de noviembre de 2009, a las 10.30 horas"."""

from __future__ import annotations

import re
from datetime import date, time

from transforms.ascii_folding import ascii_folded

_MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)"
)
WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
)
# "6 mai 2005", "1er mai 2005", "2 de noviembre de 2009", "1º de mayo de 2009", "de2008" run together; its
# groups are read by `parse_romance_date` (a pattern that holds it holds it once).
DATE = rf"(?P<day>\d{{1,2}})\s*\.?(?:er|re|º|°|o)?\s+(?:de\s+)?(?P<month>{MONTH})\s+(?:de\s*|del\s+)?(?P<year>\d{{4}})"
# "10 heures", "15 h 30", "10 h 5", "15h 30", "midi"; "10.30 horas", "10 horas", "las 12.00 horas".
# A conversion may set every digit apart: "a las 1 1 . 2 0 horas".
CLOCK = (  # "15 h eures": a word a conversion broke; "15 h. 20": the printed volumes' stop after the hour
    r"(?:\d(?:\s?\d)?\s*(?:h(?:eures?|\.)?\s*\d(?:\s?\d)?|h\s?eures?)\b"
    # "10.00 h.", as newer Spanish records abbreviate the hours.
    r"|\d(?:\s?\d)?(?:\s?[.:,]\s?\d\s?\d)?\s*(?:h\s?oras\b|[ap]\s?\.\s?m\b\.?)|\d{1,2}[.:]\d\d\s?h\b\.?"
    r"|midi\b|mediod[íi]a\b)"
)

_DATE = re.compile(DATE, re.IGNORECASE)
_CLOCK = re.compile(r"(?P<hour>\d{1,2})\s*(?:h\.?\s?(?:eures?)?|[.:,])?\s*(?P<minute>\d{1,2})?", re.IGNORECASE)


_AFTERNOON = re.compile(r"\s*p\s?\.\s?m\b")
_SET_APART = re.compile(r"(?<=\d)\s(?=[\d.:,])|(?<=[.:,])\s(?=\d)")


def parse_romance_date(text: str) -> date | None:
    """date(2005, 5, 6) from "6 mai 2005"; date(2009, 11, 2) from "2 de noviembre de 2009"."""
    match = _DATE.search(text)
    if match is None:
        return None
    month = _MONTHS.get(ascii_folded(match.group("month").casefold()))
    try:
        return date(int(match.group("year")), month, int(match.group("day"))) if month else None
    except ValueError:
        return None


def romance_clock_time(text: str) -> time | None:
    """time(10, 5) from "10 h 5" or "10.05 horas"; time(12) from "midi"."""
    folded = _SET_APART.sub("", ascii_folded(text.strip().casefold()))
    if folded.startswith(("midi", "mediodia")):
        return time(12, 0)
    match = _CLOCK.match(folded)
    if match is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    if _AFTERNOON.match(folded, match.end()) and hour < 12:  # "a las 3.15 p.m."
        hour += 12
    return time(hour, minute) if hour < 24 and minute < 60 else None
