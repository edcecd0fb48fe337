"""The facts of one meeting, drawn before a word of its record is written: body, date, numbers, State party."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.corpus.people import Person
from tests.corpus.states import country_pool
from tests.corpus.vocabulary import BODY_STYLES, BodyStyle
from transforms.countries import Country


@dataclass(frozen=True, slots=True)
class Meeting:
    style: BodyStyle
    year: int
    old_style: bool  # capitals and the old masthead's layout
    day: date
    session: int
    number: int
    symbol: str  # "CRC/C/SR.2345"
    state: Country | None  # the State party whose report a treaty body considers
    general_comment: int  # the draft general comment a thematic meeting reads
    general_topic: str

    @property
    def forum(self) -> str:
        if self.style.kind == "council":
            return "Council"
        return "Subcommittee" if self.style.code == "SPT" else "Committee"

    def chair_ref(self, chair: Person) -> str:
        """How the body calls its presiding officer: "The Chairperson", "The CHAIRMAN", "The President"."""
        if self.style.kind == "council":
            office = "President"
        elif self.year >= 2016 or (self.style.kind == "assembly" and self.year >= 2010):
            office = "Chair"
        elif self.year < 2000 and chair.title == "Mr.":
            office = "Chairman"
        else:
            office = "Chairperson"
        return f"The {office.upper() if self.old_style else office}"

    def vice_office(self) -> str:
        if self.style.kind == "council":
            return "Vice-President"
        return "Vice-Chair" if self.year >= 2016 else "Vice-Chairperson"


def draw_meeting(rng: random.Random, used_symbols: set[str]) -> Meeting:
    """A meeting whose symbol is not in `used_symbols` (to which it is added)."""
    style = _pick_body(rng)
    year = rng.randint(max(1995, style.first_year), 2025)
    old_style = _is_old_style(rng, style, year)
    day = _meeting_day(rng, style, year)
    session = _session_number(style, year, day)
    number = _meeting_number(rng, style, year, session, used_symbols)
    state = None
    if style.kind == "treaty" and style.code != "SPT" and rng.random() < 0.9:
        state = rng.choice(country_pool(year))
    general_comment = rng.randint(1, 40)
    general_topic = rng.choice(style.topics)
    symbol = meeting_symbol(style, year, session, number)
    return Meeting(style, year, old_style, day, session, number, symbol, state, general_comment, general_topic)


def meeting_symbol(style: BodyStyle, year: int, session: int, number: int) -> str:
    code = style.code
    if code == "CESCR":
        return f"E/C.12/{year}/SR.{number}"
    if code == "SPT":
        return f"CAT/OP/{session}/SR.{number}"
    if code == "HRC":
        return f"A/HRC/{session}/SR.{number}"
    if style.kind == "assembly":
        return f"{code}/{session}/SR.{number}"
    return f"{code}/C/SR.{number}"


def _pick_body(rng: random.Random) -> BodyStyle:
    weights = [1 if style.code == "SPT" else 6 if style.kind == "treaty" else 3 for style in BODY_STYLES]
    return rng.choices(BODY_STYLES, weights=weights)[0]


def _is_old_style(rng: random.Random, style: BodyStyle, year: int) -> bool:
    switch = 2004 if style.kind == "assembly" else 2010
    return year < switch or (year == switch and rng.random() < 0.5)


def _meeting_day(rng: random.Random, style: BodyStyle, year: int) -> date:
    months = (10, 11) if style.kind == "assembly" else tuple(range(1, 13))
    day = date(year, rng.choice(months), rng.randint(1, 28))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _session_number(style: BodyStyle, year: int, day: date) -> int:
    if style.kind == "assembly":
        return year - 1945
    per_year = style.sessions_per_year
    elapsed = (year - style.first_session_year) * per_year
    return elapsed + min(per_year - 1, (day.month - 1) * per_year // 12) + 1


def _meeting_number(rng: random.Random, style: BodyStyle, year: int, session: int, used_symbols: set[str]) -> int:
    spread = 25
    while True:
        # The spread widens on every clash: early years clamp to meeting 1 and a busy seed uses
        # every number of a small committee's year.
        spread += 5
        if style.anchor is not None:
            base, anchor_year = style.anchor
            expected = base + (year - anchor_year) * style.meetings_per_year
            number = max(1, expected + rng.randint(-spread, spread))
        else:
            number = rng.randint(1, style.meetings_per_year + spread - 30)
        symbol = meeting_symbol(style, year, session, number)
        if symbol not in used_symbols:
            used_symbols.add(symbol)
            return number
