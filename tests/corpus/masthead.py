"""The masthead above a record's body, old style or new, and the formulas that open and close the meeting."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.corpus.formats import clock, full_stop, long_date, ordinal_figures, ordinal_words, upper_name
from tests.corpus.meeting import Meeting
from tests.corpus.people import Person
from tests.corpus.states import printed_country
from transforms.countries import Country

# Of the old General Assembly committees' records: the printed volume's head instead of the mimeographed masthead.
PRINTED_HEAD = 0.15
_CORRECTION_FOOTNOTE = (
    "This record is subject to correction.",
    "Corrections should be submitted in one of the working languages. They should be "
    "set forth in a memorandum and also incorporated in a copy of the record. They "
    "should be sent within one week of the date of this document to the Editing Unit.",
)


@dataclass(frozen=True, slots=True)
class Presiding:
    """Who the masthead says presided."""

    chair: Person
    country: Country | None  # the Council's President and a committee's Chair are named with their country
    later: tuple[Person, str] | None  # who took the Chair, and as what ("Vice-Chairperson")


def meeting_place(rng: random.Random, meeting: Meeting) -> str:
    if meeting.style.kind == "assembly":
        return "New York" if meeting.old_style else "Headquarters, New York"
    if meeting.style.kind == "council":
        return "the Palais des Nations, Geneva"
    return rng.choice(("the Palais Wilson, Geneva", "the Palais des Nations, Geneva"))


class Masthead:
    """Writes the masthead of one record held at `place`; `lines` draws from the seeded generator."""

    def __init__(self, rng: random.Random, meeting: Meeting, place: str, presiding: Presiding) -> None:
        self.rng = rng
        self.meeting = meeting
        self.place = place
        self.presiding = presiding

    def lines(self, headings: list[str], part: str | None) -> list[str]:
        """Every line, down to the job number; the Contents list the body's `headings`."""
        meeting = self.meeting
        issued = meeting.day + timedelta(days=self.rng.randint(3, 12))
        scheduled = clock(10 * 60 if self.rng.random() < 0.5 else 15 * 60)
        contents = [without_citation(heading) for heading in headings]
        if meeting.style.kind == "assembly" and meeting.old_style:
            printed = random.Random(f"{meeting.symbol} printed volume's head")
            if part is None and printed.random() < PRINTED_HEAD:
                return self._printed_volume_head(contents, scheduled, broken=printed.random() < 0.5)
            return self._old_assembly_masthead(contents, issued, scheduled, part)
        session = (
            f"{ordinal_figures(meeting.session)} session"
            if meeting.session >= 100
            else f"{ordinal_words(meeting.session)} session"
        )
        held = f"Held at {self.place}, on {long_date(meeting.day)}, at {scheduled}"
        if meeting.old_style:
            lines = [
                "UNITED",
                "NATIONS",
                *self._old_issuer(),
                "Distr.",
                "GENERAL",
                meeting.symbol,
                long_date(issued, weekday=False),
                "ENGLISH",
                f"Original: {self.rng.choice(('ENGLISH', 'FRENCH', 'SPANISH'))}",
                meeting.style.name.upper(),
                session,
                self._title_line(part, upper=True),
                *held.replace(", on ", ",\non ", 1).split("\n"),
                *self._presiding_lines(),
                "CONTENTS",
                *contents,
            ]
        else:
            lines = [
                "United Nations",
                meeting.symbol,
                *self._new_issuer(session),
                "Distr.: General",
                long_date(issued, weekday=False),
                "Original: English",
                meeting.style.name,
                *([] if meeting.style.kind == "assembly" else [session]),
                self._title_line(part, upper=False),
                held,
                *self._presiding_lines(),
                "Contents",
                *contents,
            ]
        if part == "first part (public)":
            lines.append(
                f"*\tThe summary record of the second part (closed) of the meeting "
                f"appears as document {meeting.symbol}/Add.1."
            )
        return [*lines, *_CORRECTION_FOOTNOTE, self._job_number()]

    def _old_issuer(self) -> list[str]:
        style = self.meeting.style
        if style.code == "CESCR":
            return ["E", "Economic and Social Council"]
        if style.kind == "council":
            return ["A", "General Assembly"]
        return [style.code, style.treaty or ""]

    def _new_issuer(self, session: str) -> list[str]:
        style = self.meeting.style
        if style.kind == "assembly":
            return ["General Assembly", session, "Official Records"]
        if style.kind == "council":
            return ["General Assembly"]
        return [style.treaty or "Economic and Social Council"]

    def _old_assembly_masthead(self, contents: list[str], issued: date, scheduled: str, part: str | None) -> list[str]:
        meeting = self.meeting
        session = f"{ordinal_words(meeting.session).upper()} SESSION"
        return [
            "UNITED NATIONS",
            "General Assembly",
            session,
            "Official Records",
            meeting.style.name.upper(),
            f"{ordinal_figures(meeting.number)} meeting",
            "held on",
            long_date(meeting.day),
            f"at {scheduled}",
            "New York",
            self._title_line(part, upper=True),
            *self._presiding_lines(),
            "CONTENTS",
            *contents,
            *self._new_yorks_notice(issued),
            "Distr. GENERAL",
            meeting.symbol,
            long_date(issued, weekday=False),
            "ENGLISH",
            "ORIGINAL: ENGLISH",
            self._job_number(),
        ]

    def _printed_volume_head(self, contents: list[str], scheduled: str, *, broken: bool) -> list[str]:
        """The head of the printed Official Records as a scan's text layer reads its columns across, on one line
        ("United Nations THIRD COMMITTEE, 412th GENERAL MEETING ASSEMBLY Thursday, 31 January 1952, at 3 p.m.
        SIXTH SESSION Official Records NEW YORK"), or broken before its "Official Records" column when `broken`;
        the contents and the chair below it, and no symbol, notice or job number."""
        meeting = self.meeting
        head = (
            f"United Nations {meeting.style.name.upper()}, {ordinal_figures(meeting.number)} GENERAL MEETING "
            f"ASSEMBLY {long_date(meeting.day)}, at {scheduled} {ordinal_words(meeting.session).upper()} SESSION"
        )
        records = "Official Records NEW YORK"
        return [
            *([head, "", records] if broken else [f"{head} {records}"]),
            "CONTENTS",
            *contents,
            *self._presiding_lines(),
        ]

    def _new_yorks_notice(self, issued: date) -> tuple[str, ...]:
        """The notice on corrections; in a third of the old Assembly records, from a random stream of its own, as
        New York's provisional records print it, with the time-limit and a plea to keep it."""
        if random.Random(f"{self.meeting.symbol} New York's notice").random() >= 1 / 3:
            return _CORRECTION_FOOTNOTE
        limit = issued + timedelta(days=7)
        return (
            "Corrections to this record should be submitted in one of the working languages, preferably in the "
            "same language as the text to which they refer, and also incorporated in one copy of the record.",
            f"AS THIS RECORD WAS DISTRIBUTED ON {long_date(issued, weekday=False).upper()}, THE TIME-LIMIT FOR "
            f"CORRECTIONS WILL BE {long_date(limit, weekday=False).upper()}.",
            "The co-operation of participants in strictly observing this time-limit would be greatly appreciated.",
        )

    def _title_line(self, part: str | None, *, upper: bool) -> str:
        figures = ordinal_figures(self.meeting.number)
        meeting = f"the {figures} meeting"
        if part == "partial":
            title = f"Summary record (partial) of {meeting}"
        elif part == "first part (public)":
            title = f"Summary record of the first part (public)* of {meeting}"
        else:
            title = f"Summary record of {meeting}"
        if not upper:
            return title
        return title.upper().replace(figures.upper(), figures)

    def _presiding_lines(self) -> list[str]:
        meeting, presiding = self.meeting, self.presiding
        office = meeting.chair_ref(presiding.chair).split()[-1].capitalize()
        separator = ": " if meeting.old_style else ":\t"
        country = ""
        if presiding.country is not None:
            country = f" ({printed_country(presiding.country, meeting.year)})"
        lines = [f"{office}{separator}{self._masthead_name(presiding.chair)}{country}"]
        if presiding.later is not None:
            person, vice_office = presiding.later
            lines.append(f"later{separator}{self._masthead_name(person)} ({vice_office})")
        return lines

    def _masthead_name(self, person: Person) -> str:
        return f"{person.title} {upper_name(person.name) if self.meeting.old_style else person.name}"

    def _job_number(self) -> str:
        year = self.meeting.year
        if "Geneva" in self.place:
            return f"GE.{year % 100:02d}-{self.rng.randint(40000, 49999)}  (E)"
        return f"{year % 100:02d}-{self.rng.randint(10000, 99999)} (E)"


def opening_formula(part: str | None, called: int) -> str:
    if part == "partial":
        return full_stop(f"The discussion covered in the summary record began at {clock(called)}")
    if part == "first part (public)":
        return full_stop(f"The public part of the meeting was called to order at {clock(called)}")
    return full_stop(f"The meeting was called to order at {clock(called)}")


def closing_formula(part: str | None, rose: int) -> str:
    if part == "partial":
        return full_stop(f"The discussion covered in the summary record ended at {clock(rose)}")
    if part == "first part (public)":
        return full_stop(f"The public part of the meeting rose at {clock(rose)}")
    return full_stop(f"The meeting rose at {clock(rose)}")


def without_citation(heading: str) -> str:
    """A body heading as the Contents list prints it: without its document symbols."""
    head, _, tail = heading.rpartition(" (")
    return head if head and "/" in tail else heading
