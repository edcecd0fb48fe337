"""What a summary record's masthead says, as `transforms.masthead` reads it; a field it does not say is None."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date, time

from transforms.presiding import Presiding

_EARLIEST = date(1945, 1, 1)  # the San Francisco Conference and the Preparatory Commission met in 1945


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
    # Whether the title ("Summary record of the 1697th meeting") was read, and whether it gave the meeting in
    # words ("FORTY-SIXTH MEETING"), which a scan misreads less often than the figures of a symbol.
    titled: bool = False
    number_in_words: bool = False
    # The symbol the body's numbering gives when the rendition prints none (CRC/C/SR.1697).
    derived_symbol: str | None = None
    # The date the record was issued ("12 septembre 2001" below "Distr."), and a meeting's day printed without
    # its year ("le vendredi 18 mai"), as (month, day): the issue date gives the year.
    issued: date | None = None
    day_without_year: tuple[int, int] | None = None

    def with_the_year_settled(self) -> Masthead:
        """The masthead, its meeting dated from a day printed without its year, or with one it cannot have: the
        latest such day on or before the issue date."""
        if self.meeting_date is not None and self.meeting_date < _EARLIEST:
            # A year a scan or a site misprinted ("17 January 1930" on a record issued on 26 January 1950): the UN
            # met from 1945. (A meeting dated after its issue date proves less: the issue date is misprinted as
            # often, "17 January 2010" on the record of a meeting of 9 November 2010.)
            self.day_without_year = (self.meeting_date.month, self.meeting_date.day)
            self.meeting_date = None
        if self.meeting_date is not None or self.day_without_year is None or self.issued is None:
            return self
        if self.issued < _EARLIEST:
            return self  # misprinted too
        month, day = self.day_without_year
        year = self.issued.year if (month, day) <= (self.issued.month, self.issued.day) else self.issued.year - 1
        with contextlib.suppress(ValueError):  # 29 February of a year that has none
            self.meeting_date = date(year, month, day)
        return self
