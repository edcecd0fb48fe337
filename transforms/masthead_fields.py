"""What a summary record's masthead says, as `transforms.masthead` reads it; a field it does not say is None."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from transforms.presiding import Presiding


@dataclass(slots=True)
class Masthead:
    symbol: str | None = None
    body: str | None = None
    body_name: str | None = None
    session_number: int | None = None
    meeting_number: int | None = None
    meeting_part: str | None = None
    meeting_date: date | None = None
    place: str | None = None
    scheduled_at: time | None = None
    chair: Presiding | None = None
    # Every presiding officer the masthead names before any "later:" ("Temporary Chair: ...", "Chair: ..."),
    # the first of them `chair`.
    presiding: list[Presiding] = field(default_factory=list)
    later_chairs: list[Presiding] = field(default_factory=list)
    original_language: str | None = None
    contents: list[str] = field(default_factory=list)
    # "In the absence of Ms. X, Mr. Y, Vice-Chairperson, took the Chair.", printed above the opening line.
    stand_in: str | None = None
    # Whether the title ("Summary record of the 1697th meeting") was read.
    titled: bool = False
    # The symbol the body's numbering gives when the rendition prints none (CRC/C/SR.1697).
    derived_symbol: str | None = None
