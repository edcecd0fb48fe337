"""Whole records: a meeting drawn, its proceedings written, a masthead above them, a rendition of it all.

The same seed gives the same corpus: record `index` of seed `seed` draws everything from
`random.Random(seed * 1_000_003 + index)`, in a fixed order, so a change anywhere in the order of
draws changes every record after it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.draft import Draft, Statement
from tests.corpus.formats import hhmm
from tests.corpus.masthead import Masthead, Presiding, closing_formula, meeting_place, opening_formula
from tests.corpus.meeting import Meeting, draw_meeting
from tests.corpus.people import Cast, Person
from tests.corpus.proceedings import Proceedings
from tests.corpus.rendition import Rendition
from tests.corpus.states import country_pool
from tests.corpus.vocabulary import REGION_OF


@dataclass(frozen=True, slots=True)
class LabelledRecord:
    name: str  # the UN's file name, e.g. "CRC_C_SR.2345-EN.txt"
    text: str
    expected: dict[str, Any]  # the shape of tests/fixtures/summary/*.expected.json


class RecordBuilder:
    """Writes one record from a seeded generator; `build` returns the text and its truth."""

    def __init__(self, rng: random.Random, used_symbols: set[str]) -> None:
        self.rng = rng
        self.meeting = draw_meeting(rng, used_symbols)
        self.cast = Cast(rng, old_style=self.meeting.old_style)
        self.proceedings = Proceedings(rng, self.meeting, self.cast)

    def build(self) -> LabelledRecord:
        rng, meeting, cast = self.rng, self.meeting, self.cast
        chair_country = None
        if meeting.style.kind == "treaty":
            chair = cast.person("chair")
        else:
            # The Council's President and a committee's Chair are named with their country.
            chair_country = rng.choice(country_pool(meeting.year))
            chair = cast.person("chair", REGION_OF.get(chair_country.iso3))
        members = [cast.person("member") for _ in range(rng.randint(6, 11))]
        number_format = rng.choices(("{n}.\t", "{n}. ", "{n}."), (90, 7, 3))[0]
        draft = Draft(meeting.old_style, chair, meeting.chair_ref(chair), number_format)
        vice = members.pop() if rng.random() < 0.2 else None
        part = rng.choices((None, "partial", "first part (public)"), (85, 8, 7))[0]
        masthead_lost = rng.random() < 0.03
        called = rng.choice((10 * 60, 15 * 60)) + rng.choice((0, 0, 5, 10, 15))
        rose = called + rng.randint(110, 175)
        headings, documents = self.proceedings.headings()
        self.proceedings.write(draft, members, vice)
        if masthead_lost:
            # Only the masthead names the chair; without it "The Chairperson" is nameless.
            for statement in draft.statements:
                if statement["speaker_role"] == "chair" and statement["speaker_name"] == chair.name:
                    statement["speaker_name"] = None
        place = None
        masthead: list[str] = []
        if not masthead_lost:
            place = meeting_place(rng, meeting)
            presiding = Presiding(chair, chair_country, self.proceedings.later_chair)
            masthead = Masthead(rng, meeting, place, presiding).lines(headings, part)
        body = [opening_formula(part, called), *headings, *draft.lines]
        expected = {
            "meeting": meeting_truth(meeting, chair, part, place, called, rose),
            "agenda_documents": documents,
            "statements": draft.statements,
        }
        rendition = Rendition(random.Random(rng.random()), meeting)
        head, body = rendition.masthead(masthead), rendition.body(body, expected)
        lines = [*head, *rendition.present(body), *body]
        if not rendition.end_lost:
            lines.append(closing_formula(part, rose))
        lines = rendition.flattened(lines)
        if masthead:
            lines = rendition.in_a_volume(lines, numbered=expected.get("numbering") != "missing")
        name = meeting.symbol.replace("/", "_") + "-EN.txt"
        return LabelledRecord(name, "\n".join(lines) + "\n", expected)


def meeting_truth(
    meeting: Meeting, chair: Person, part: str | None, place: str | None, called: int, rose: int
) -> dict[str, Any]:
    """The meeting fields; those only the masthead says are null when it is lost (`place` None)."""
    known = place is not None
    masthead = {
        "symbol": meeting.symbol,
        "body": meeting.style.code,
        "session_number": meeting.session,
        "meeting_number": meeting.number,
        "meeting_part": part,
        "meeting_date": meeting.day.isoformat(),
        "place": place,
        "chair_name": chair.name,
    }
    return {
        **{key: value if known else None for key, value in masthead.items()},
        "called_to_order": hhmm(called),
        "rose_at": hhmm(rose),
        "state_party": meeting.state.iso3 if meeting.state is not None else None,
        "language": "en",
    }


def generate_expected_records(n: int, seed: int = 0) -> Iterator[LabelledRecord]:
    """`n` records as (file name, text, expected JSON in the fixtures' shape)."""
    used_symbols: set[str] = set()
    for index in range(n):
        rng = random.Random(seed * 1_000_003 + index)
        yield RecordBuilder(rng, used_symbols).build()


def generate_labelled_records(n: int, seed: int = 0) -> Iterator[tuple[str, str, list[Statement]]]:
    """`n` records as (file name, text, the expected statement per paragraph)."""
    for record in generate_expected_records(n, seed):
        yield record.name, record.text, record.expected["statements"]


def generate_records(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """`n` records as (file name in the UN's form, e.g. "CRC_C_SR.2345-EN.txt", clean text)."""
    for record in generate_expected_records(n, seed):
        yield record.name, record.text


def write_corpus(directory: Path, n: int, seed: int = 0, *, labels: bool = False) -> list[Path]:
    """Write `n` records (and, with `labels`, their `.expected.json`) into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for record in generate_expected_records(n, seed):
        path = directory / record.name
        path.write_text(record.text, encoding="utf-8")
        if labels:
            truth = directory / (path.name.removesuffix(".txt") + ".expected.json")
            truth.write_text(json.dumps(record.expected, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written
