"""Who presides: the chair a masthead names, however its line is printed, and who takes the Chair later.

The lines are written for these tests; each reproduces a way real records print the chair (a title glued to
the name or its stop set apart, the office after a comma, the contents heading run onto the line, the label
alone on its line) or hand it over between numbered paragraphs, in English, French and Spanish.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.sources import RawRecord
from transforms.chair_changes import chair_taken, is_chair_change_line
from transforms.parse import parse_documents
from transforms.presiding import presiding_officer

VERSIONS = Path(__file__).parent / "fixtures" / "versions"


@pytest.mark.parametrize(
    ("who", "name", "office"),
    [
        ("Sra.Gaer", "Gaer", None),
        ("Mr.GROSSMAN", "Grossman", None),
        ("Sr . Grossman", "Grossman", None),
        ("M . GROSSMAN", "Grossman", None),
        ("Sra. Belmir, Vicepresidenta", "Belmir", "Vicepresidenta"),
        ("Ms. Belmir, Vice-Chairperson", "Belmir", "Vice-Chairperson"),
        ("Mme Belmir, Vice-Présidente", "Belmir", "Vice-Présidente"),
        ("Sr. GROSSMANSUMARIO", "Grossman", None),
        ("M. Grossman SOMMAIRE", "Grossman", None),
        ("Mr. Grossman CONTENTS", "Grossman", None),
        # A scan's comma after an initial is no office.
        ("Mrs. Franklin D, Roosevelt", "Franklin D, Roosevelt", None),
        # An attendance list in columns: the State after the name, broken at the column's edge.
        ("Mrs. Franklin D, ROOSEVELT United States of", "Franklin D, Roosevelt", "United States of"),
        ("Mr. A. P. PAVLOV Union of Soviet", "A. P. Pavlov", "Union of Soviet"),
        ("Mr. Leslie CHANCE Canada", "Leslie Chance", "Canada"),
        # Not after a name in lower case, nor a word that only begins a State's name.
        ("Mr. Peter Mexi", "Peter Mexi", None),
        ("Mr. KIM Dong Hee", "Kim Dong Hee", None),
        # A State the table does not know by that name, linked by "of": Cameroon's name in 1974.
        ("Mr. MBALLA United Republic of Cameroon", "Mballa", "United Republic of Cameroon"),
        ("Sr. Mariño Menéndez (Vicepresidente)", "Mariño Menéndez", "Vicepresidente"),
        # The next column of a scan run onto the name: cut at a word in lower case that is no particle.
        ("Mr. Guillermo FLORES AVENDANO cation in the field of work", "Guillermo Flores Avendano", None),
        # A surname in capitals before the next column's "of" is the name's last word, not a heading's first.
        ("Mr. Piotr WALENSKI of the committee with a view to", "Piotr Walenski", None),
        ("Ms. Okafor Adoption of the report", "Okafor", None),
        ("Mr. van BOVEN", "van Boven", None),
        ("Sr. Pinto de Albuquerque", "Pinto de Albuquerque", None),
        # A masthead in capitals: "MME", "MR."; a name that only begins like a title keeps its letters.
        ("MME CHANET", "Chanet", None),
        ("MR. Francisco CUEVAS CANCINO", "Francisco Cuevas Cancino", None),
        ("MMEŠIMONOVIĆ", "Šimonović", None),
        ("Mmeka Smith", "Mmeka Smith", None),
    ],
)
def test_the_presiding_officer_however_the_line_prints_them(who: str, name: str, office: str | None) -> None:
    officer = presiding_officer("Chair", who)
    assert (officer.name, officer.office) == (name, office)


def _masthead_with(chair_lines: str, language: str) -> str:
    record = (VERSIONS / f"crc-c-sr-2501-{language}.txt").read_text(encoding="utf-8")
    chair_line = next(line for line in record.splitlines() if line.startswith(("Chair:", "Présidente", "Presidenta")))
    return record.replace(chair_line, chair_lines)


@pytest.mark.parametrize(
    ("chair_lines", "language"),
    [
        ("Presidenta :\nSra. GROSSMAN", "es"),
        ("Presidente en funciones: Sr. Grossman", "es"),
        ("Présidente:\nMme Grossman", "fr"),
        ("Chair:\nMs. Grossman", "en"),
        ("Presidenta: Sra. GROSSMANSUMARIO", "es"),
        ("PRÉSIDENT (E) : M. GROSSMAN", "fr"),
    ],
)
def test_a_chair_on_the_line_after_the_label_or_acting(chair_lines: str, language: str) -> None:
    text = _masthead_with(chair_lines, language)
    batch = parse_documents([RawRecord("file:///chair.txt", text.encode(), "chair.txt")])
    assert batch.rejects == []
    assert batch.frames["meetings"]["chair_name"].to_list() == ["Grossman"]
    chair_turns = batch.frames["statements"].filter(speaker_role="chair")
    assert set(chair_turns["speaker_name"]) == {"Grossman"}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Mr. Kotrane, Vice-Chair, took the Chair.", "Kotrane"),
        ("The Vice-Chair, Mr. Kotrane, took the Chair.", "Kotrane"),
        ("M. Kotrane, Vice-Président, prend la présidence.", "Kotrane"),
        ("M. Kotrane (Vice-Président) assure la présidence.", "Kotrane"),
        ("La présidence est assurée par M. Kotrane, Vice-Président.", "Kotrane"),
        ("El Sr. Kotrane, Vicepresidente, ocupa la Presidencia.", "Kotrane"),
        ("El Sr. KOTRANE (Vicepresidente) pasa a ocupar la Presidencia", "Kotrane"),
        ("Ocupa la Presidencia el Sr. Kotrane, Vicepresidente.", "Kotrane"),
        ("Asume la Presidencia el Sr. Kotrane (Vicepresidente).", "Kotrane"),
        ("El Sr. Kotrane, Vicepresidente, pasa a presidir la sesión.", "Kotrane"),
    ],
)
def test_who_takes_the_chair(line: str, name: str) -> None:
    taken = chair_taken(line)
    assert taken is not None
    assert taken.name == name
    assert is_chair_change_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "the Committee's report, which the Chair had presented, and Mr. Kotrane took the Chair.",
        "El Sr. Kotrane (Chile) dice que la Presidencia ha actuado bien.",
        "M. Kotrane dit que la présidence a bien travaillé.",
    ],
)
def test_a_line_that_hands_over_no_chair(line: str) -> None:
    assert not is_chair_change_line(line)


@pytest.mark.parametrize(
    ("language", "paragraphs", "takes", "gives_back"),
    [
        ("en", ("The Chair welcomed the delegation.", "The Chair thanked the delegation.", "The Chair closed."),
         "The Vice-Chair, Mr. Kotrane, took the Chair.", "Ms. Otani resumed the Chair."),
        ("fr", ("La Présidente souhaite la bienvenue.", "Le Président remercie la délégation.", "La Présidente lève."),
         "M. Kotrane, Vice-Président, prend la présidence.", "Mme Otani reprend la présidence."),
        ("es", ("La Presidenta da la bienvenida.", "El Presidente agradece a la delegación.", "La Presidenta levanta."),
         "Ocupa la Presidencia el Sr. Kotrane, Vicepresidente.", "La Sra. Otani vuelve a ocupar la Presidencia."),
        ("es", ("La Presidenta da la bienvenida.", "El Presidente agradece a la delegación.", "La Presidenta levanta."),
         "El Sr. Kotrane (Vicepresidente) ocupa la Presidencia.", "La Sra. Otani vuelve a ocupar la Presidencia."),
    ],
)  # fmt: skip
def test_the_chair_handed_over_between_numbered_paragraphs(
    language: str, paragraphs: tuple[str, str, str], takes: str, gives_back: str
) -> None:
    """The hand-over is a line without a number of its own; the paragraphs after it are the new chair's."""
    record = (VERSIONS / f"crc-c-sr-2501-{language}.txt").read_text(encoding="utf-8")
    first, middle, last = paragraphs
    body = f"1.\t{first}\n{takes}\n2.\t{middle}\n{gives_back}\n3.\t{last}\n"
    text = record[: record.index("1.\t")] + body
    batch = parse_documents([RawRecord("file:///handed-over.txt", text.encode(), "handed-over.txt")])
    rows = batch.frames["statements"].sort("paragraph").select("paragraph", "speaker_role", "speaker_name")
    assert rows.rows() == [(1, "chair", "Otani"), (2, "chair", "Kotrane"), (3, "chair", "Otani")]


@pytest.mark.parametrize(
    ("language", "before", "stand_in"),
    [
        (
            "es",
            "Se declara abierta",
            "En ausencia de la Sra. Otani, el Sr. Kotrane, Vicepresidente, ocupa la Presidencia.",
        ),
        ("es", "Sumario", "Ocupa la Presidencia el Sr. Kotrane (Vicepresidente)."),
        ("fr", "La séance est ouverte", "En l’absence de Mme Otani, M. Kotrane, Vice-Président, prend la présidence."),
        ("en", "The meeting was called", "The Vice-Chair, Mr. Kotrane, took the Chair."),
    ],
)
def test_a_stand_in_named_above_the_opening_line_presides_from_the_start(
    language: str, before: str, stand_in: str
) -> None:
    record = (VERSIONS / f"crc-c-sr-2501-{language}.txt").read_text(encoding="utf-8")
    at = record.index(before)
    text = f"{record[:at]}{stand_in}\n{record[at:]}"
    batch = parse_documents([RawRecord("file:///stand-in.txt", text.encode(), "stand-in.txt")])
    chair_turns = batch.frames["statements"].filter(speaker_role="chair")
    assert chair_turns.height > 0
    assert set(chair_turns["speaker_name"]) == {"Kotrane"}
