"""A record's body being written, paragraph by paragraph, with the truth about who speaks in each."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.corpus.formats import upper_name
from tests.corpus.people import Person

Statement = dict[str, Any]


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

    def turn(self, person: Person, opening: str, more: list[str], **extra: str | None) -> None:
        """A speaker's paragraph, then the paragraphs that continue the turn; `extra` may say more of the speaker
        than the person does (`speaker_name=None`: printed by office alone)."""
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
