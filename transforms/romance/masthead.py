"""The fields of a French or Spanish masthead, line by line.

"COMPTE RENDU ANALYTIQUE DE LA 645e SÉANCE", "tenue au Palais Wilson, à Genève, le vendredi 6 mai 2005,
à 10 heures", "Trente-quatrième session", "Président: M. MARIÑO MENENDEZ"; "Acta resumida de la primera
parte (pública)* de la 896ª sesión", "Celebrada en el Palais Wilson, Ginebra, el lunes 2 de noviembre de
2009, a las 10.30 horas", "43º período de sesiones", "Presidente:Sr. Grossman". `transforms.masthead`
asks here about a line where no English field was found, and fills the masthead from what is returned.
A meeting's part is given in the warehouse's English words ("first part (public)", "partial"), so the
versions of one meeting say the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache

from transforms.ascii_folding import ascii_folded
from transforms.bodies import body_by_code
from transforms.masthead_fields import Masthead
from transforms.presiding import presiding_officer
from transforms.record_symbol import GENERIC_BODIES
from transforms.romance.dates import CLOCK, DATE, MONTH, WEEKDAY, parse_romance_date, romance_clock_time
from transforms.romance.numbers import (
    FRENCH_ORDINAL_WORDS,
    SPANISH_ORDINAL_WORDS,
    french_ordinal_value,
    spanish_ordinal_value,
)
from transforms.romance.speakers import ROMANCE_TEMPORARY


@dataclass(frozen=True, slots=True)
class RomanceFields:
    """What one line says; a field it does not say is None."""

    meeting_number: int | None = None
    meeting_part: str | None = None
    place: str | None = None
    meeting_date: date | None = None
    scheduled_at: time | None = None
    session_number: int | None = None
    presiding: tuple[str, str] | None = None  # the label and who, for `transforms.presiding`
    later: str | None = None
    body: str | None = None
    issued: date | None = None
    day_without_year: tuple[int, int] | None = None


_PART_FR = (
    r"(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me)\s*partie(?:\s*\(\s*(?:publique|priv[ée]e)\s*\))?"
    r"|partie\s*\(?\s*(?:publique|priv[ée]e)\s*\)?"  # "partie (publique)": the qualifier in brackets, no ordinal
)
_PART_ES = (
    r"(?:primera|segunda|tercera)\s*parte(?:\s*\(\s*(?:p[úu]blica|privada)\s*\))?"
    r"|parte\s*\(?\s*(?:p[úu]blica|privada)\s*\)?"  # "parte (pública)"
)
_TITLE = re.compile(
    # "ACTA RESUMIDA PROVISIONAL DE LA CUARTA SESION": the provisional records of the 1950s.
    # "Compte rendu de la première partie (publique)": "analytique" left out; "Co mpte": a broken word.
    # "COMPTE RENDU ANALYTIQUE PARTIEL* DE LA 724e SÉANCE": partial without its brackets.
    r"co\s?mpte[\s-]*rendu\s*(?:analytique\s*)?(?:provisoire\s*)?(?P<partial_fr>\(\s*partiel\s*\)|partiel\b)?\s*\**\s*de\s*la\s*"
    rf"(?:(?P<part_fr>{_PART_FR})\s*\**\s*de\s*la\s*)?"
    # "1 234e", "1.234.ª": a thousands' separator, and the stop before a Spanish ordinal's letter.
    # "15 41 e": a number a conversion broke.
    rf"(?P<n_fr>(?:\d\s\d{{3}}|\d{{1,4}}|\d{{2}}\s\d{{2}})\s*(?:e|[èe]me|re|[èe]re)?|{FRENCH_ORDINAL_WORDS}),?\s*s[ée]ance"
    # "(P ARCIAL)", "86 8 ª": a word and a number a conversion broke.
    r"|a\s?cta\s*resumida\s*(?:provisional\s*)?(?P<partial_es>\(\s*p\s?arcial\s*\)|parcial\b)?\s*\**\s*de\s*la\s*"
    rf"(?:(?P<part_es>{_PART_ES})\s*\**\s*de\s*la\s*)?"
    rf"(?P<n_es>(?:\d\.\d{{3}}|\d{{1,3}}\s\d{{1,3}}(?=\s?[ªº])|\d{{1,4}})\s*\.?(?:ª|a\.?|º)?|{SPANISH_ORDINAL_WORDS}),?\s*sesi[óo]n",
    re.IGNORECASE,
)
# A printed volume's heading of one meeting among others, its number and word: "705e SÉANCE", "657.ª SESIÓN."
# (to be compiled case-blind; `transforms.romance.reflow` looks for it in a page run onto one line).
VOLUME_MEETING = r"(?P<n>\d{1,4})\s?(?:e|[èe]me|\.?\s?[ªa]\.?)\s+(?:s[ée]ance|sesi[óo]n)\.?"
# The heading on a line: "705e SÉANCE Mardi 28 mai 1963, à 10 heures", "657.ª SESIÓN. Martes 5 de junio de 1962,
# a las 10 horas", the day on the next line or on its own.
_VOLUME_HEADING = re.compile(rf"^{VOLUME_MEETING}(?:\s+(?P<when>{WEEKDAY}\b.*))?$", re.IGNORECASE)
_HELD = re.compile(
    # "Celebrada.en México": a scan's full stop for the space.
    # "... sesión (Sala A)Celebrada en": the title's chamber glued to the line below it.
    r"(?:^|\s|(?<=sesi[óo]n)|(?<=\)))(?:tenue|reprise|celebrada|reanudada)(?:\s+|\.)(?:au|aux|à|a|en|dans)\s+(?:(?:el|la|le|les|l')\s*)?"
    rf"(?P<place>.+?)(?:(?:,\s*|\s+)(?:(?:le|el)\s+)?(?:{WEEKDAY},?\s+)?(?P<date>{DATE})"
    rf"(?:,?\s*(?:à|a\s+las|a)\s+(?P<time>{CLOCK}))?|,?\s*$)",
    re.IGNORECASE,
)
# The issue date alone on its line ("12 septembre 2001"), and a meeting's day printed without its year after its
# weekday ("le vendredi 18 mai, à 10 heures"), which the issue date dates.
_ISSUED = re.compile(rf"^{DATE}$", re.IGNORECASE)
_DATE_LINE_WITHOUT_YEAR = re.compile(
    rf"^(?:(?:le|el)\s+)?{WEEKDAY},?\s+(?P<day>\d{{1,2}})\s*(?:er|º|°)?\s+(?:de\s+)?(?P<month>{MONTH})"
    rf"(?:,?\s*(?:à|a\s+las|a)\s+(?P<time>{CLOCK}))?\.?$",
    re.IGNORECASE,
)
# The second half of a held line broken in two: "le vendredi 6 mai 2005, à 10 heures".
_DATE_LINE = re.compile(
    rf"^(?:(?:le|el)\s+(?:{WEEKDAY},?\s+)?|{WEEKDAY},?\s+)(?P<date>{DATE})(?:,?\s*(?:à|a\s+las|a)\s+(?P<time>{CLOCK}))?\.?$",
    re.IGNORECASE,
)
_SESSION = re.compile(
    rf"^(?P<fr>{FRENCH_ORDINAL_WORDS}|\d(?:\s?\d){{0,2}}\s*e)\s*session\b"
    # A body's name may come first on the line; a conversion may set the digits apart ("4 6 º período").
    rf"|(?:^|\s)(?P<es>\d(?:\s?\d){{0,2}}\s*\.?[ºo°]?|{SPANISH_ORDINAL_WORDS})\s+per[íi]odo\s+(?:extraordinario\s+)?de\s+sesiones\b",
    re.IGNORECASE,
)
# A French ordinal a conversion broke into bits, closed up again when nothing else reads it.
_BROKEN_FRENCH_SESSION = re.compile(
    r"^(?P<words>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\s\-\u2010\u2011]{4,60}?i\s?[èe]me)\s*session\b",
    re.IGNORECASE,  # in capitals too
)
_PRESIDING = re.compile(
    r"^(?P<label>(?:Co-?|CO-?)?(?:Pr[ée]sident(?:e)?s?|PR[ÉE]SIDENT(?:E)?S?|President[ae]s?(?:/a)?|PRESIDENT[AE]S?"
    r"|(?<=Co)pr[ée]sident(?:e)?s?|(?<=Co)president[ae]s?"  # "Coprésidente:", "Copresidente:" in one word
    r"|Pr[ée]sidence|Presidencia|PRESIDENCIA)"
    # "Président (e):", "Président(e) provisoire:", "Président e provisoire:": the office for either sex.
    rf"(?:\s*\(\s*[eaEA]\s*\)|(?<=t)\s+e(?=\s+{ROMANCE_TEMPORARY}))?(?:\s+{ROMANCE_TEMPORARY})?)(?:\s*[:;]\s*|\s+(?=(?:Sra?|Srta|M|Mme|Mlle)\.?\s))(?P<who>.+)$"
)
_LATER = re.compile(r"^\(?\s*(?:puis|ensuite|plus\s+tard|m[áa]s\s+tarde|posteriormente)\s*:?\s*(?P<who>.+?)\)?$", re.I)
# Where no English field is found, only a line with one of these words can be a French or Spanish one.
_CUE = re.compile(
    rf"s[ée]ance|sesi[óo]n|session|tenue|reprise|celebrada|reanudada|pr[ée]siden|puis|tarde|comit[ée]|comisi[óo]n"
    rf"|commission|{MONTH}",
    re.IGNORECASE,
)
_PARTS = {
    "premiere partie": "first part", "deuxieme partie": "second part", "seconde partie": "second part",
    "troisieme partie": "third part", "primera parte": "first part", "segunda parte": "second part",
    "tercera parte": "third part", "partie publique": "public part", "partie privee": "closed part",
    "parte publica": "public part", "parte privada": "closed part",
}  # fmt: skip
_PUBLIC = {"publique": "public", "publica": "public", "privee": "closed", "privada": "closed"}


def fill_from_romance(masthead: Masthead, found: RomanceFields) -> bool:
    """The fields a French or Spanish line says, taken as `transforms.masthead` takes their English counterparts."""
    if found.meeting_number is not None:
        masthead.titled = True
        masthead.meeting_number = found.meeting_number
        masthead.meeting_part = found.meeting_part
    if found.place is not None:
        masthead.place = found.place
    if found.meeting_date is not None:
        masthead.meeting_date = masthead.meeting_date or found.meeting_date
    if found.scheduled_at is not None and masthead.scheduled_at is None:
        masthead.scheduled_at = found.scheduled_at
    if found.session_number is not None and masthead.session_number is None:
        masthead.session_number = found.session_number
    if found.presiding is not None:
        officer = presiding_officer(*found.presiding)
        masthead.presiding.append(officer)
        masthead.chair = masthead.chair or officer
    if found.later is not None and masthead.chair is not None:
        masthead.later_chairs.append(presiding_officer("later", found.later))
    masthead.issued = masthead.issued or found.issued
    masthead.day_without_year = masthead.day_without_year or found.day_without_year
    body = body_by_code(found.body) if found.body is not None else None
    if body is not None and (masthead.body is None or masthead.body in GENERIC_BODIES):
        masthead.body, masthead.body_name = body.code, body.name
    return True


@lru_cache(maxsize=4096)
def romance_fields(line: str) -> RomanceFields | None:
    """What a French or Spanish masthead line says; None when it says nothing this module reads."""
    if len(line) > 300 or not (_CUE.search(line) or (":" in line and len(line) < 80)):
        return None
    found: dict[str, object] = {}
    if (title := _TITLE.search(line)) is not None:
        found.update(_title_fields(title))
    elif (heading := _VOLUME_HEADING.match(line)) is not None:
        found["meeting_number"] = int(heading.group("n"))
        if heading.group("when") and (dated := _DATE_LINE.match(heading.group("when"))) is not None:
            found.update(_when(dated))
    if (held := _HELD.search(line)) is not None and (held.start() == 0 or title is not None):
        found["place"] = held.group("place").strip().rstrip(",")
        found.update(_when(held))
    elif (dated := _DATE_LINE.match(line)) is not None:
        found.update(_when(dated))
    elif (issued := _ISSUED.match(line)) is not None:
        found["issued"] = parse_romance_date(issued.group(0))
    elif (undated := _DATE_LINE_WITHOUT_YEAR.match(line)) is not None:  # "le vendredi 18 mai, à 10 heures"
        day = parse_romance_date(f"{undated.group('day')} {undated.group('month')} 2000")
        found["day_without_year"] = (day.month, day.day) if day else None
        found["scheduled_at"] = romance_clock_time(undated.group("time")) if undated.group("time") else None
    if (session := _SESSION.search(line) or _SESSION.search(_LETTERS_JOINED.sub("", line))) is not None:
        found["session_number"] = _session_number(session)  # "Quatr i ème session": a letter set apart
    elif (broken := _BROKEN_FRENCH_SESSION.match(line)) is not None:  # "Quarante ‑ cin qu ième session"
        closed_up = re.sub(r"\s+", "", broken.group("words").replace("\u2011", "-").replace("\u2010", "-"))
        found["session_number"] = french_ordinal_value(closed_up)
    if (presiding := _PRESIDING.match(line) or _broken_presiding(line)) is not None:
        found["presiding"] = (presiding.group("label"), presiding.group("who"))
    elif (later := _LATER.match(line)) is not None and len(line) < 120:
        found["later"] = later.group("who")
    folded = _folded(line)
    if (body := ROMANCE_BODY_NAMES.get(folded)) is not None:
        found["body"] = body
    elif (named := _BODY_FIRST.match(folded)) is not None:  # "COMITÉ CONTRA LA TORTURA46º período de sesiones"
        found["body"] = ROMANCE_BODY_NAMES[named.group(1)]
        rest = next((line[end:] for end in range(len(line)) if _folded(line[:end]) == named.group(1)), "")
        if (session := _SESSION.search(rest.strip())) is not None:
            found["session_number"] = _session_number(session)
    found = {key: value for key, value in found.items() if value is not None}
    return RomanceFields(**found) if found else None  # type: ignore[arg-type]


def _folded(text: str) -> str:
    return " ".join(ascii_folded(text.casefold()).split())


def _broken_presiding(line: str) -> re.Match[str] | None:
    """ "President a : Sr a. BONOAN-DANDAN": a conversion that set letters apart, in the label and the title."""
    label, colon, who = line.partition(":")
    if not colon or len(label) > 24 or " " not in label.strip():
        return None
    who = _SPLIT_TITLE.sub(r"\1\2", who)
    return _PRESIDING.match(f"{label.replace(' ', '')}:{who}")


_SPLIT_TITLE = re.compile(r"(?<![^\s])(Sr|M)\s(a|ta|me|lle)\b")


_LETTERS_JOINED = re.compile(r"\s(?=\w\b)|(?<=\b\w)\s")


def _title_fields(title: re.Match[str]) -> dict[str, object]:
    number = title.group("n_fr") or title.group("n_es")
    digits = re.match(r"\d+", re.sub(r"(?<=\d)[.\s](?=\d)", "", number))  # "1 234e", "1.234.ª", "15 41 e"
    if digits:
        value: int | None = int(digits.group(0))
    else:
        value = french_ordinal_value(number) if title.group("n_fr") else spanish_ordinal_value(number)
    part = title.group("part_fr") or title.group("part_es")
    partial = title.group("partial_fr") or title.group("partial_es")
    return {"meeting_number": value, "meeting_part": _english_part(part) if part else ("partial" if partial else None)}


def _english_part(printed: str) -> str:
    """ "première partie (publique)" -> "first part (public)", "parte pública" -> "public part"."""
    folded = " ".join(ascii_folded(printed.casefold()).replace("(", " (").replace(")", ") ").split())
    if folded.startswith(("parte (", "partie (")):  # "parte (pública)": the part is its qualifier, "public part"
        folded = folded.replace("(", "").replace(")", "")
    words, _, rest = folded.partition(" (")
    english = _PARTS.get(words, words)
    qualifier = _PUBLIC.get(rest.rstrip(") ").strip())
    return f"{english} ({qualifier})" if qualifier else english


def _when(match: re.Match[str]) -> dict[str, object]:
    found: dict[str, object] = {}
    if match.group("date"):
        found["meeting_date"] = parse_romance_date(match.group("date"))
    if match.group("time"):
        found["scheduled_at"] = romance_clock_time(match.group("time"))
    return found


def _session_number(session: re.Match[str]) -> int | None:
    printed = session.group("fr") or session.group("es")
    digits = re.match(r"\d[\d\s]*", printed)
    if digits:
        return int(digits.group(0).replace(" ", ""))
    return french_ordinal_value(printed) if session.group("fr") else spanish_ordinal_value(printed)


# The languages a masthead's "Original:" line names, in French and Spanish, by their English names.
_LANGUAGE_NAMES = {
    "anglais": "English", "francais": "French", "espagnol": "Spanish", "russe": "Russian", "arabe": "Arabic",
    "chinois": "Chinese", "ingles": "English", "frances": "French", "espanol": "Spanish", "ruso": "Russian",
    "chino": "Chinese",
}  # fmt: skip


def language_name(printed: str) -> str:
    """ "ENGLISH" -> "English", "anglais" -> "English", "INGLÉS" -> "English"."""
    return _LANGUAGE_NAMES.get(ascii_folded(printed.casefold()), printed.capitalize())


# The bodies' names as their French and Spanish mastheads print them, accents dropped and case folded.
ROMANCE_BODY_NAMES: dict[str, str] = {
    "comite contre la torture": "CAT",
    "comite des droits de l'homme": "CCPR",
    "comite des droits de l’homme": "CCPR",
    "comite pour l'elimination de la discrimination raciale": "CERD",
    "comite pour l’elimination de la discrimination raciale": "CERD",
    "comite des droits de l'enfant": "CRC",
    "comite des droits de l’enfant": "CRC",
    "comite des droits economiques, sociaux et culturels": "CESCR",
    "comite pour l'elimination de la discrimination a l'egard des femmes": "CEDAW",
    "comite pour l’elimination de la discrimination a l’egard des femmes": "CEDAW",
    "comite pour la protection des droits de tous les travailleurs migrants et des membres de leur famille": "CMW",
    "comite des travailleurs migrants": "CMW",
    "comite des droits des personnes handicapees": "CRPD",
    "comite des disparitions forcees": "CED",
    "sous-comite pour la prevention de la torture": "SPT",
    "conseil des droits de l'homme": "HRC",
    "conseil des droits de l’homme": "HRC",
    "commission des droits de l'homme": "CHR",
    "commission des droits de l’homme": "CHR",
    "comite contra la tortura": "CAT",
    "comite de derechos humanos": "CCPR",
    "comite para la eliminacion de la discriminacion racial": "CERD",
    "comite de los derechos del nino": "CRC",
    "comite de derechos economicos, sociales y culturales": "CESCR",
    "comite para la eliminacion de la discriminacion contra la mujer": "CEDAW",
    "comite de proteccion de los derechos de todos los trabajadores migratorios y de sus familiares": "CMW",
    "comite sobre los derechos de las personas con discapacidad": "CRPD",
    "comite contra la desaparicion forzada": "CED",
    "subcomite para la prevencion de la tortura": "SPT",
    "consejo de derechos humanos": "HRC",
    "comision de derechos humanos": "CHR",
    # The Assembly's legal commission, and the Commission's Sub-Commission and sister commission, in both languages.
    "commission du droit international": "ILC",
    "comision de derecho internacional": "ILC",
    "commission des nations unies pour le droit commercial international": "UNCITRAL",
    "comision de las naciones unidas para el derecho mercantil internacional": "UNCITRAL",
    "sous-commission de la promotion et de la protection des droits de l'homme": "SUBCOM",
    "sous-commission de la promotion et de la protection des droits de l’homme": "SUBCOM",
    "subcomision de promocion y proteccion de los derechos humanos": "SUBCOM",
    "commission de la condition de la femme": "CSW",
    "comision de la condicion juridica y social de la mujer": "CSW",
    "troisieme commission": "A/C.3",
    "sixieme commission": "A/C.6",
    "tercera comision": "A/C.3",
    "sexta comision": "A/C.6",
    "comision economica para america latina": "ECLAC",
    "comision economica para america latina y el caribe": "ECLAC",
    "commission economique pour l'amerique latine": "ECLAC",
    "commission economique pour l'amerique latine et les caraibes": "ECLAC",
}
# A body's name that starts a line the session goes on: "Comité contra la Tortura 46 º período de sesiones".
_BODY_NAMES_LONGEST_FIRST = "|".join(re.escape(name) for name in sorted(ROMANCE_BODY_NAMES, key=len, reverse=True))
_BODY_FIRST = re.compile(rf"^({_BODY_NAMES_LONGEST_FIRST})(?=\s*\d|\s*[a-z])")
