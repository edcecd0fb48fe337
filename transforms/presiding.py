"""The presiding officers a masthead names: "Chairperson: Mr. El Jamri", "(later: Ms. Dicko (Vice-Chairperson))"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.attendance import table_cells
from transforms.countries import is_country, iso3_for_cut_country
from transforms.country_translations import iso3_for_translated_country
from transforms.name_particles import PARTICLES
from transforms.speaker_labels import TITLE_OR_RANK_GENDER
from transforms.speaker_names import normalise_name


@dataclass(slots=True)
class Presiding:
    label: str
    name: str | None
    office: str | None = None


# "Chairperson", "Temporary Chair", "Co-Chairperson", and "Chair person" as conversions print it.
# "Chairmen:", a scan's misreading of the one Chairman.
_PRESIDING_LABEL = (  # "Chairperson-Rapporteur": a working group's
    r"(?:Acting\s+|Temporary\s+)?(?:Co-)?(?:Chair\s?person|Chairman|Chairmen|Chairwoman|Chair|President)(?:-Rapporteur)?"
)
PRESIDING = re.compile(
    # ";" where a scan misread the colon.
    # A colon a conversion lost: "Chairman Mr. CHARRY SAMPER (Colombia)".
    # "PRESENT: Chairman: Mr. X": the list of those present opening on the chair's own line.
    rf"^(?:present\s*[:;]\s*)?(?P<label>{_PRESIDING_LABEL}|(?:Acting\s+|Temporary\s+)?(?:Co-)?Chairpersons)"
    r"(?:\s*[:;]\s*|\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.\s))(?P<who>.+)$",
    re.IGNORECASE,
)
# The list of those present, the officer's office after the name: "Mr. Tavfik Rustu Aras (Turkey)Chairman", as the
# Palestine Conciliation Commission's records print it; "Mr. X, Chairman".
OFFICE_AFTER_NAME = re.compile(
    r"^(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+[^()]{2,60}?(?:\s*\([^()]{2,60}\))?)\s*,?\s*"
    r"(?<![-\w])(?P<label>Chairman|Chairperson|Chairwoman|President)$"
)
LATER = re.compile(r"^\(?\s*later\s*:?\s*(?P<who>.+?)\)?$", re.IGNORECASE)
_TITLE_PREFIX = re.compile(
    r"^(?:H\.\s?E\.\s+)?(?:"
    + "|".join(re.escape(t) for t in sorted(TITLE_OR_RANK_GENDER, key=len, reverse=True))
    + r")"
    # "Sr . Grossman" with the stop set apart, and "MmeŠimonović", "Sra.Gaer": a title glued to the name.
    r"(?:\s?\.\s*(?=(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ]))|\.?\s+|(?:(?<=Mme)|(?<=Mlle))(?=(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ])))",
    re.IGNORECASE,  # a masthead in capitals prints "MME", "MR."
)
# Where one officer ends and the next begins on a line run together: "(Vice-Chairperson)later:Mr. X".
# Also the officer after the title in capitals, in a scan's lower case: "SUMMARY RECORD OF THE 43rd MEETING
# chairman: Mr. HAMER (Netherlands)".
FUSED_PRESIDING = re.compile(
    r"(?<=[)a-z.])(?=(?:Temporary\s+|Acting\s+)?(?:Chair(?:person|man|woman)?|President)\s?:|later\s?:)"
    # "Temporary Chair:Mr. X (Vice-Chair) Chair:Mr. Y": the next officer after a space, the office in brackets.
    r"|(?<=\))\s+(?=(?:Temporary\s+|Acting\s+)?(?:Chair(?:person|man|woman)?|President)\s?:)"
    r"|(?<=MEETING)\s+(?=(?i:chair(?:person|man|woman)?|president)\s*:)"
)
_LATER_WORDS = r"(?i:later|puis|ensuite|plus\s+tard|m[áa]s\s+tarde|posteriormente)"
# On a line that opens with the office, the later officer after a space: "Chairperson: Ms. X later: Mr. Y",
# "Presidente: Sr. X más tarde: Sra. Y", "Président: M. X puis: M. Y".
OFFICE_THEN_LATER = re.compile(
    rf"^(?:(?:Temporary|Acting)\s+)?(?:Chair\w*|President\w*|Pr[ée]sident\w*|PR[ÉE]SIDENT\w*|Presiden\w*|PRESIDEN\w*"
    rf"|{_LATER_WORDS})\s*[:;].*?(?<=[)\w.])(?P<cut>\s+)(?={_LATER_WORDS}\s*:)"
)
# A label that ends a line of other fields, its officer on the next: "... at 10.30 a.m. Present: Chairman:"; not
# the last of a column of labels ("Rapporteur: Chairman:"), which does not say whose the next name is.
LABEL_ENDING_A_LINE = re.compile(rf"(?<=\s)(?<![:;]\s)(?:Present\s*:\s*)?(?P<label>{_PRESIDING_LABEL})\s*:$")
# A label alone on its line, its officer on the next: "Chairperson:", "Presidenta :", "Président:".
BARE_LABEL = re.compile(rf"^(?:{_PRESIDING_LABEL}|Pr[ée]sidente?|Presidencia|President[ae])\s*[:;]$", re.IGNORECASE)


# A field run onto the line, with or without a space: "Mr. X CONTENTS", "Sr. GROSSMANSUMARIO".
_NEXT_FIELD = re.compile(
    r"(?:\s+|(?<=[^\W\d_]))(?:Contents|CONTENTS|SUMARIO|Sumario|SOMMAIRE|Sommaire)$|\s+Agenda item \d.*$"
    # The next officer run on, as the printed volumes set them: "Mr. James L. BRIERLYRapporteur: Mr. X"; a scan's
    # semicolon for the colon.
    # "Rapporteur- General:", "Executive Secretary:": an office of two words, a scan's space inside the hyphen.
    r"|(?<=[A-Za-z)])\s*(?:Rapporteur(?:-\s?General)?|Reporter|Vice-Chairm[ae]n|(?:Executive\s+|Principal\s+)?Secretary"
    r"|Members(?:\s+present)?)\s*[:;].*$"
    # Any other label a scan misread ("Rapp&rteur: Mr, X"): a capitalized word and a colon is no part of a name.
    r"|\s+[A-Z][A-Za-z&]{3,15}\s*:\s.*$"
)
# A label misread past knowing ("Rappnrteur=Genoral: Mr...X"): a word or two, a colon, the next officer's title;
# looked for only once the labels known by their words are cut.
_MISREAD_NEXT_LABEL = re.compile(r"\s+\S+(?:\s\S+)?\s*:\s*(?:Mr|Mrs|Ms|Miss|Dr|Sir)\b.*$")


def presiding_officer(label: str, who: str) -> Presiding:
    """ "Mr. El Jamri" or "Ms. Dicko (Vice-Chairperson)" as the officer's name and office."""
    if "|" in who:  # a site's table, a cell each: "Président : | M. DUBOIS | Canada |"
        who = " ".join(cell.strip() for cell in who.split("|") if cell.strip())
    who = _NEXT_FIELD.sub("", _SPANISH_ARTICLE.sub("", who.strip()))
    if ":" in who:  # a label misread past knowing, before the next officer ("Rappnrteur=Genoral: Mr. X")
        who = _MISREAD_NEXT_LABEL.sub("", who)
    if side_by_side := _LATER_LABEL_FIRST.match(who):
        # "Chairman: later: Mr. BOSSUYT Mr HELLER": a scan set the two labels side by side, then the two names;
        # the first name is the chair's (cut from the second below), the second the later one's.
        who = who[side_by_side.end() :]
    if who.startswith("(") and (close := who.find(")")) > 0:  # "Chairman : (Peru) Question of ...": the scan
        return Presiding(label=label.strip(), name=None, office=who[1:close].strip())  # lost the name, not the State
    # "Mr. Leslie HALE Canada Mr. ROUX Belgium ...": the members listed on after the officer, unlabelled.
    who = _NEXT_TITLE.split(who, maxsplit=1)[0]
    if ")" in who:  # "Mr. Keith JOHNSON (Jamaica). refute the petitioner's ...": the next column run on
        who = _RUN_ON_AFTER_BRACKET.sub("", who)
    who = who.rstrip(".")
    office = None
    if who.count("(") > who.count(")"):  # an office whose line broke: "Mr. BUFFUM (Under-Secretary-General"
        who, _, office = who.partition("(")
        who, office = who.strip(), office.strip()
    # "Mr. Hoscheit (Vice-President) (Luxembourg)", "Mrs. Muñoz (Bolivia (Plurinational State of))": every
    # parenthesis after the name, the first its office.
    while who.endswith(")") and (opening := _opening_parenthesis(who)) is not None:
        office = who[opening + 1 : -1].strip() or office  # "()": a scan lost what the brackets held
        who = who[:opening].strip()
    who = _OCR_TITLE_COMMA.sub(r"\1. ", who)  # "Mrs, Franklin D. Roosevelt": a scan's comma for the stop
    name = _TITLE_PREFIX.sub("", who).strip().rstrip(".,;")
    # "Ms. Belmir, Vice-Chairperson", "Sra. X, Vicepresidenta"; not a scan's comma after an initial
    # ("Franklin D, Roosevelt").
    if ", " in name and not _INITIAL_BEFORE_COMMA.search(name):
        name, _, after_comma = (part.strip() for part in name.partition(", "))
        office = office or after_comma
    if office is None and name:
        name, office = _without_trailing_country(name)
    name = _without_run_on_text(name)
    if name.endswith(":") or name in _BARE_TITLES:  # "Chairman: Members:": a scan set the labels side by side,
        name = ""  # the names below them; "Mrs", a name a scan lost in a column run across
    label = label.strip()
    if label.islower() or label == "Chairmen":  # "chairman:", "Chairmen:", as a scan read the one Chairman
        label = "Chairman" if label.casefold().startswith("chairm") else label.capitalize()
    return Presiding(label=label, name=normalise_name(name) if name else None, office=office)


_BARE_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "M", "Mme", "Mlle", "Sr", "Sra"})


def chair_taken_by(who: str, office: str | None) -> Presiding:
    """Who presides from "Mr. X, Vice-Chairperson, took the Chair." on, and from "The Vice-Chairperson, Mr. X,
    took the Chair.", "La Vicepresidenta, Sra. X, ocupa la Presidencia.", where the office comes first."""
    if office and _TITLE_PREFIX.match(_SPANISH_ARTICLE.sub("", office)) and not _TITLE_PREFIX.match(who):
        who, office = office, who
    if " " in who and _ACCENT_APART.search(who):  # "M. Jim é nez (Vice-Président) prend la présidence"
        who = _ACCENT_APART.sub(r"\1", who)
    return presiding_officer(office or "Chair", who)


# An accented letter a conversion set apart inside a name, a space on each side ("Jim é nez"); not "à", a word.
_ACCENT_APART = re.compile(r"(?<=[A-Za-zß-ÿ]) (?!à )([à-ÿ]) (?=[a-z])")


_LATER_LABEL_FIRST = re.compile(rf"^{_LATER_WORDS}\s*:\s*(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir)\b)")
_NEXT_TITLE = re.compile(r"(?<=\S)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir)\b\.?\s*[A-Z])")
# "el Sr. X", "La Sra. X": the article Spanish puts before the title.
_SPANISH_ARTICLE = re.compile(r"^(?:El|La|el|la)\s+(?=S(?:r|ra|rta)\.)")
_INITIAL_BEFORE_COMMA = re.compile(r"(?:^|\s)\w,\s")
_OCR_TITLE_COMMA = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Sir),\s")


def _without_trailing_country(name: str) -> tuple[str, str | None]:
    """ "Franklin D. Roosevelt United States of America": a State printed after the name without brackets.

    An attendance list set in columns also breaks the State's name at the column's edge ("Mrs. Franklin D.
    ROOSEVELT United States of", "America" on the next line): after a surname in capitals, the start of
    one State's name is a State too.
    """
    if (glued := _GLUED_STATE.search(name)) is not None and is_country(name[glued.start(1) :]):
        name = f"{name[: glued.start(1)]} {name[glued.start(1) :]}"  # "Mr. Carlos E. STOLKVenezuela": a lost space
    words = name.split()
    for cut in range(max(1, len(words) - 6), len(words)):
        rest = " ".join(words[cut:])
        if is_country(rest) or (words[cut - 1].isupper() and cut < len(words) - 1 and iso3_for_cut_country(rest)):
            return " ".join(words[:cut]), rest
        if words[cut - 1].isupper() and iso3_for_translated_country(rest):  # "M. Olaf BRENNER Norvège": French
            return " ".join(words[:cut]), rest
    # A State the table does not know by that name ("Mr. ENGO United Republic of Cameroon", as Cameroon was
    # called in 1974): words in title case linked by "of" after a surname in capitals are no name's (given
    # names after the surname, "Mr. KIM Dong Hee", are never linked so).
    surname = next((at for at, word in enumerate(words) if len(word) > 2 and word.isupper()), None)
    if surname is not None and surname + 3 < len(words) and words[surname + 1][:1].isupper():
        state = words[surname + 1 :]
        if (
            not any(word.isupper() for word in state)
            and all(word[:1].isupper() or word in _STATE_LINKS for word in state)
            and not _STATE_LINKS.isdisjoint(state)
        ):
            return " ".join(words[: surname + 1]), " ".join(state)
    return name, None


_STATE_LINKS = frozenset(("of", "the", "and"))
# A State in title case glued to a surname in capitals, to the name's end.
_GLUED_STATE = re.compile(r"(?<=[A-Z]{2})([A-Z][a-z][A-Za-z ]+)$")


_RUN_ON_AFTER_BRACKET = re.compile(r"(?<=\))\.?\s+[a-z].*$")


def _without_run_on_text(name: str) -> str:
    """ "Guillermo Flores Avendano cation in the field": the next column of a scan run onto the name, cut at
    the first word in lower case that no name holds (not a particle such as "van" or "de"); a word that links a
    heading's words ("Adoption of the report") takes the heading's first word with it."""
    words = name.split(" ")
    for at, word in enumerate(words[1:], start=1):
        if word[:1].islower() and word not in PARTICLES:
            # "Ms. Ameline Adoption of the report": a heading's first word before "of", "the", "by" is no name; a
            # surname in capitals is ("Mr. Paul KOWALSKI of the population", the next column run on after it).
            heading_word = at > 1 and word in HEADING_LINKS and not words[at - 1].isupper()
            return " ".join(words[: at - 1 if heading_word else at])
    return name


# The small words that link a heading's words ("Adoption of the report"), never a name's.
HEADING_LINKS = frozenset(("of", "the", "by", "and", "to", "for", "on", "in", "with", "under"))


def _opening_parenthesis(text: str) -> int | None:
    """Where the parenthesis that closes `text` opens, nested ones included; None when unbalanced."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            return index
    return None


# A column of labels a scan set apart from the column of names: "PRESENT: Chairman: Rapporteur: Members:",
# "Chairman: Members:", or "President:" over "Rapporteur:", each on a line of its own.
# The labels after the chair's may be misread ("Rappcl·teur :").
_LIST_LABEL = (
    r"(?:Present|Members(?:\s+present)?|Rapporteur|Vice-Chairm[ae]n|Vice-Presidents?|Secretary|[A-Z][\w·'.-]{2,20})"
)
_LABELS_ONLY = re.compile(rf"^(?:(?:{_LIST_LABEL}|{_PRESIDING_LABEL})\s*[:;]\s*)+$", re.IGNORECASE)
_OFFICER_LABEL = re.compile(rf"({_LIST_LABEL}|{_PRESIDING_LABEL})\s*[:;]", re.IGNORECASE)
# Two labels or more, the presiding officer's first, and the names run on after them: the first name is the chair's.
_LABELS_THEN_NAMES = re.compile(
    rf"^(?P<labels>(?i:{_PRESIDING_LABEL})\s*[:;]\s*(?:(?i:{_LIST_LABEL})\s*[:;]\s*)+)"
    r"(?P<names>(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+[A-Z][^:;]*?)(?=\s+(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+[A-Z]|$)"
)
_NAME_LINE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Prince)\.?\s+[A-Z]")
_STOP_BEFORE_STATE = re.compile(r"(?<=[A-Z]{2})\.\s+(?=[A-Z][a-z])")  # "Mr. AGUILAR. Venezuela"


def chair_below_a_column_of_labels(lines: list[str]) -> Presiding | None:
    """The chair of a masthead whose officers' labels a scan printed apart from their names: the first name below
    the labels, when the chair's label is the first officer's (the list of those present comes after)."""
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line.endswith((":", ";")):
            # A scan run onto one line, the names after the labels: "Chairman: Rapporteur: Members: Mr. X France".
            if line.count(":") + line.count(";") > 1 and (run_on := _LABELS_THEN_NAMES.match(line)) is not None:
                return chair_below_a_column_of_labels([run_on.group("labels"), run_on.group("names")])
            continue
        if _LABELS_ONLY.match(line) is None:
            continue
        offices = [label for label in _OFFICER_LABEL.findall(line) if not label.lower().startswith(_NO_OFFICE)]
        presiding = [re.fullmatch(_PRESIDING_LABEL, office, re.IGNORECASE) is not None for office in offices]
        if not any(presiding):  # "CONTENTS:", "Present:", "Agenda:"
            continue
        if not presiding[0]:  # another officer's name comes first
            return None
        named = (other.strip() for other in lines[index + 1 :])
        who = next((name for name in named if _NAME_LINE.match(name) and len(name) < _NAME_LINE_AT_MOST), None)
        return presiding_officer(offices[0], _STOP_BEFORE_STATE.sub(" ", who)) if who else None
    return None


def chair_among_the_columns(lines: list[str], masthead: list[str]) -> Presiding | None:
    """The chair's line of a printed page whose columns, read across, put it below the first paragraph: "Chairman:
    Mr. Guillermo FLORES AVENDANO cation in the field ... (Guatemala).", the other column's words run in."""
    read = set(masthead)
    for line in lines:
        if line not in read and line.startswith(_COLUMN_LABELS) and (found := PRESIDING.match(line)) is not None:
            return presiding_officer(found.group("label"), found.group("who"))
        if _ANOTHER_OFFICER.search(line):  # "... Acting President: Mr. X (Legal Counsel)": the first who presides
            return None
        if (amid := _CHAIR_AMID_A_LINE.search(line, 0, _AMID_WITHIN)) is not None:
            # "... thanks expressed to her Chairman: Mr. Paul K. ODUYA (Kenya). very kind ...": a volume's page run
            # onto one line across its columns, the chair's line among a paragraph's words.
            return presiding_officer(amid.group("label"), amid.group("who"))
    return None


_COLUMN_LABELS = ("Chairman:", "President:", "Chairman :", "President :")
# The chair's line inside a line of other words, as a volume's page run across its columns prints it: the label
# after a word in lower case, a surname in capitals, the State in brackets and a full stop.
_CHAIR_AMID_A_LINE = re.compile(
    r"(?<=[a-z,;] )(?P<label>Chairman|President)\s?:\s+"
    r"(?P<who>(?:Mr|Mrs|Miss|Ms|Sir|Prince|Dr)\.?\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)?"
    r"\s+\((?:[A-Z][^()]{2,60})?\))\."  # "()": a scan lost the State
)
_AMID_WITHIN = 4_000
_ANOTHER_OFFICER = re.compile(r"\b(?:Acting|Temporary)\s+(?:Chairman|President)\s*:")


def chair_listed_first(lines: list[str]) -> Presiding | None:
    """The chair of a rendition that dropped the officers' labels ("Chairman:", "Members:") and kept their names in
    the masthead's order: the first name below the meeting's hour, its surname in capitals ("Mr. Leslie CHANCE",
    "Mrs. GONZALEZ de CUADROS (Colombia)"). Where any officer's label is printed, the labels say who presides."""
    timed = False
    for raw in lines:
        line = raw.strip()
        if not timed:
            hour = _HOUR.search(line)
            timed = hour is not None
            # "... at 11 a.m. Mr. Kofi MENSAH Sir Oliver HALE Canada ...": a copy ran the names on.
            after = line[hour.end() :].lstrip(" .,") if hour else ""
            first = _NEXT_TITLE.split(after, maxsplit=1)[0] if _NAME_LINE.match(after) else ""
            if _SURNAME_IN_CAPITALS.search(first):
                return presiding_officer("Chairman", _STOP_BEFORE_STATE.sub(" ", first))
        elif (
            _OFFICER_LABEL.search(line) is not None
            or len(line) >= _NAME_LINE_AT_MOST
            or _STATE_ALONE_IN_BRACKETS.match(line)
        ):
            return None
        elif _NAME_LINE.match(line):
            # The first name decides: a row in mixed case first ("Mr. de Vries", above "Mr. OKAFOR (Turkey)") is
            # a table of those present, not the officers' names in their labels' order.
            if not _SURNAME_IN_CAPITALS.search(line.partition("(")[0]):
                return None
            return presiding_officer("Chairman", _STOP_BEFORE_STATE.sub(" ", line))
    return None


def chair_by_the_office_after_the_name(lines: list[str]) -> Presiding | None:
    """The chair of a table of those present that prints each office after the name and its State, with no label
    before them: "Mr. Okafor" / "(France)" / "Chairman", a cell a line, or "Mr. LINDQVIST (Turkey)Chairman"."""
    if not any(_OFFICE_AFTER.search(line) for line in lines):  # most mastheads: no such cell
        return None
    previous = ""
    for cell in table_cells(lines):
        row = f"{previous} {cell}" if cell.lstrip("-– ") in _CHAIR_CELLS else cell
        if (found := _NAME_THEN_OFFICE.match(row)) is not None:
            return presiding_officer("Chairman", found.group("who"))
        previous = cell
    return None


# "Chairman" or "CHAIRMAN" ending a line: a cell of its own, or glued after the State's bracket.
_OFFICE_AFTER = re.compile(r"(?:^|\))[\s|*\-–]*(?:Chairman|CHAIRMAN)[\s|*]*$")
_CHAIR_CELLS = ("Chairman", "CHAIRMAN")
# "Mr. X (Turkey) - Chairman"; the State may be left out, as for an alternate ("Mr. X" / "- Chairman").
_NAME_THEN_OFFICE = re.compile(
    r"^(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+[^()|:]{2,60}?)\s*(?:\([A-Z][^()]{1,60}\))?\s*[-–]?\s*(?:Chairman|CHAIRMAN)$"
)

_STATE_ALONE_IN_BRACKETS = re.compile(r"^\([A-Z][^()]{2,60}\)$")
_HOUR = re.compile(r"[\dO]\s*(?:a\.\s?m\.|p\.\s?m\.)|\bnoon\b", re.IGNORECASE)  # "at 2.3O p.m.": a scan's O for 0
_SURNAME_IN_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")
_NO_OFFICE = ("present", "members", "contents")  # labels of the list or the contents, not of an officer
_NAME_LINE_AT_MOST = 90  # a name and its State: a longer line is a paragraph ("Mr. X said that ...")
