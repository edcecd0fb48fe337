"""The attendance list of the first decades' records: who sat for which State.

Until the 1950s a summary record opened with the people present, a line each: "Members: Mr. HOOD
Australia", "Mr. HENKIN United States of America", "Mrs. Eleanor Roosevelt (United States of America)".
The paragraphs then print many of them bare ("Mr. HENKIN said"), the State said once, above. In a body
of States such a speaker speaks for the State the list gives; in a body of independent experts (the
treaty bodies, the Sub-Commission) the country beside a member's name is a nationality, not a mandate,
and the list is not read.
"""

from __future__ import annotations

import re

from transforms.countries import iso3_for_country
from transforms.country_translations import iso3_for_translated_country
from transforms.speaker_ids import name_key
from transforms.speaker_names import normalise_name

# Bodies whose members serve in their personal capacity: a member speaks for no State.
EXPERT_BODIES = frozenset(
    {"CCPR", "CERD", "CAT", "CEDAW", "CESCR", "CRC", "CMW", "CRPD", "CED", "SPT", "SUBCOM", "ILC"}
)

_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Prof", "Professor", "Begum", "M.", "Mme", "Mlle")
_LABELS = (
    "Vice-Chairman", "Chairman", "Chairperson", "Rapporteur", "Members", "Member", "Present",
    "Vice-Président", "Président", "Membres", "Présents", "Vicepresidente", "Presidente", "Miembros", "Presentes",
)  # fmt: skip
_LABEL = rf"(?:{'|'.join(_LABELS)})\s*[:;]\s*"
_TITLE = rf"(?:{'|'.join(re.escape(title) for title in _TITLES)})\.?"
# What such a line starts with, looked for before the pattern: most lines start otherwise.
_TITLE_INITIALS = (*_TITLES, *_LABELS)
# "Mr. HENKIN United States of America", "Sir Leslie BRASS United Kingdom of ...": the surname in capitals,
# then the State in title case; or "Mrs. Eleanor Roosevelt (United States of America)".
_PRESENT = re.compile(
    rf"^(?:{_LABEL})?{_TITLE}\s+(?:"
    r"(?P<caps>(?:[A-Z][a-z]*\.?\s+){0,3}[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+)*)\s+\(?(?P<state>[A-Z][a-zà-ÿ][^:()]*?)\)?"
    # "Mr. de Boisanger (France)": a name may open with its particle.
    r"|(?P<name>(?:(?:de|de la|van|von|del|da|di|du|le|la|el)\s+)?[A-Z][^():,]{1,60}?)"
    r"\s*\((?P<state_in_brackets>[A-Z][^():]{2,80})\))\s*$"
)


# The label the list of those present opens with: "Present:", "Members present:", "Présents :", "Presentes:".
_THOSE_PRESENT = re.compile(r"^\s*(?:Members\s+)?(?:Present|PRESENT|Pr[ée]sents|PR[ÉE]SENTS|Presentes|PRESENTES)\s*:")


def heads_the_list_of_those_present(line: str) -> bool:
    """Whether the line opens the list of those present, which only a meeting's record prints."""
    return _THOSE_PRESENT.match(line) is not None


def is_attendance_line(line: str) -> bool:
    """Whether the line names someone present and their State: a masthead line, not an agenda heading."""
    return _present_with_state(line) is not None


def _present_with_state(line: str) -> tuple[re.Match[str], str] | None:
    if len(line) > 120 or not line.startswith(_TITLE_INITIALS):
        return None
    present = _PRESENT.match(line.strip())
    if present is None:
        return None
    state = present.group("state") or present.group("state_in_brackets")
    iso3 = iso3_for_country(state) or iso3_for_translated_country(state)  # "M. LAMBERT Belgique"
    return (present, iso3) if iso3 is not None else None


def attending_states(lines: list[str]) -> dict[str, str]:
    """Each person the list names with a State: their name key and the State's ISO3."""
    seated: dict[str, str] = {}
    rows = _states_below_names(lines)
    for line in (person for row in rows for person in _people_apart(row)):
        if (found := _present_with_state(line)) is None:
            continue
        present, iso3 = found
        name = normalise_name(present.group("caps") or present.group("name"))
        seated[name_key(name)] = iso3
        # The paragraphs name most of them by the surname alone: "Sir Leslie BRASS" speaks as "Sir Leslie BRASS"
        # or "Mr. BRASS"; the surname is the capitals, or the last word.
        caps = present.group("caps")
        surname = " ".join(w for w in caps.split() if w.isupper() and len(w) > 1) if caps else name.split()[-1]
        seated.setdefault(name_key(surname), iso3)
    for line in lines:  # who speaks as "The PRIME MINISTER"
        minister = _MINISTER_OF.match(line) if "inister" in line else None
        if minister is not None and (government := iso3_for_country(minister["state"])) is not None:
            seated.setdefault(name_key(normalise_name(minister["office"])), government)
    if rows is not lines:  # a site's table, read as its cells
        for name, iso3 in _guests_of_a_delegation(rows):
            seated.setdefault(name_key(name), iso3)
            seated.setdefault(name_key(name.split()[-1]), iso3)
    return seated


def _people_apart(row: str) -> list[str]:
    """A row that lists several people, as a rendition ran the list onto one line ("Members: Mr. OKAFOR Ghana Mr.
    LINDQVIST Sweden ..."): a person and the State after them each."""
    if len(row) < _ONE_PERSON_AT_MOST or sum(row.count(title) for title in _RUN_TITLES) < 2:
        return [row]
    return _BEFORE_A_PERSON.split(row)


_ONE_PERSON_AT_MOST = 60
_RUN_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Sir", "Dr")
_BEFORE_A_PERSON = re.compile(r"(?<=\S)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir)\b\.?\s+[A-Z])")


def _guests_of_a_delegation(cells: list[str]) -> list[tuple[str, str]]:
    """The delegation a body met, in its table: "Mr. Ilan Barak" / "Representatives of Israel" / "Mr. Dov
    Amir": the office cell names the State of the person above it and of those below it up to the next office."""
    found: list[tuple[str, str]] = []
    above: str | None = None
    state: str | None = None
    for cell in cells:
        person = _PERSON_CELL.match(cell)
        if person is not None and "(" not in cell:
            name = normalise_name(person.group("name"))
            if state is not None:
                found.append((name, state))
            above = name
            continue
        delegation = _REPRESENTATIVES_OF.match(cell)
        state = iso3_for_country(delegation.group("state")) if delegation else None
        if state is not None and above is not None:
            found.append((above, state))
        above = None
    return found


def names_a_delegation(line: str) -> bool:
    """Whether the line is a table's cell that names the State of a delegation the body met ("Representatives of
    Israel |"): the list of those present, not a heading of the agenda."""
    return line[:1] in "RD|–-" and _REPRESENTATIVES_OF.match(_CELL_MARKS.sub("", line)) is not None


# A government's head or minister in the list, below the name: "- Prime Minister of Egypt", "Prime Minister and
# Minister for Foreign Affairs of Syria".
_MINISTER_OF = re.compile(
    r"^[\s\-–—|]*(?P<office>Prime Minister|Foreign Minister|Minister for Foreign Affairs)\b[\w ]*?\s+of\s+"
    r"(?:the\s+)?(?P<state>[A-Z][\w ]{2,60}?)[\s|]*$"
)
# A person's cell with no State beside it: "Mr. Ilan Barak", "H.E. Samir Haddad".
_PERSON_CELL = re.compile(rf"^(?:{_TITLE}|H\.\s?E\.)\s+(?P<name>[A-Z][\w'\- ]{{1,50}})$")
# The office of a State's guests: "Representatives of Israel", "Representative of Syria", "Delegation of Egypt".
_REPRESENTATIVES_OF = re.compile(
    r"^(?:Representatives?|Delegation|Delegates?)\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w ]{2,60})$"
)


# A site's table of those present, a cell a line: "Mr. de BOISANGER |" / "(France) |" / "Chairman |"; "Mr. ERALP *"
# with the mark of an alternate.
_CELL_MARKS = re.compile(r"[\s|*]+$|^[\s|*–—-]+")  # and the dash before an office: "– Chairman |"
_STATE_ALONE = re.compile(r"^\([A-Z][^():]{2,80}\)$")


def _states_below_names(lines: list[str]) -> list[str]:
    """The lines, each State printed alone below a name joined to it: "Mr. de BOISANGER (France)"."""
    if not any("|" in line or "*" in line or line.startswith("(") for line in lines):
        return lines
    return table_cells(lines)


def table_cells(lines: list[str]) -> list[str]:
    """A site's table of those present as its cells, each State printed alone below a name joined to it."""
    # A row of cells on one line ("M. LAMBERT | Belgique |") is the name and the State side by side.
    cells = [" ".join(_CELL_MARKS.sub("", line).replace("|", " ").split()) for line in lines]
    cells = [cell for cell in cells if cell]
    joined: list[str] = []
    for cell in cells:
        if _STATE_ALONE.match(cell) and joined and joined[-1].startswith(_TITLES) and "(" not in joined[-1]:
            joined[-1] = f"{joined[-1]} {cell}"
        else:
            joined.append(cell)
    return joined
