"""What the parser makes of one record, before records are stacked into batch frames.

Each kind of row is a `TypedDict` with the columns of its frame in `transforms.schemas`, less
`meeting_id` on the child rows (`transforms.parse` fills it in when it stacks a batch) and less
the columns worked out on the stacked frames (a statement's `word_count`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import TypedDict


class MeetingRow(TypedDict, total=False):
    """A row of `schemas.MEETINGS`, filled in stages: what the text says (`transforms.summary`,
    `transforms.verbatim`), then what the catalogue, the file name and the content add
    (`transforms.parse`). Hence no key is required while the parser works on it."""

    meeting_id: str
    session_id: str | None
    symbol: str | None
    symbol_derived: bool
    body: str | None
    body_name: str | None
    session_number: int | None
    meeting_number: int | None
    meeting_part: str | None
    record_type: str
    title: str | None
    meeting_date: date | None
    place: str | None
    chair_label: str | None
    chair_name: str | None
    called_to_order: time | None
    rose_at: time | None
    suspensions: int
    state_party: str | None
    state_party_name: str | None
    original_language: str | None
    language: str
    paragraph_count: int
    numbering_inferred: bool
    source_uri: str
    content_sha256: str
    # Read along the way and taken out before the row becomes a frame (no such column):
    # the symbol the body's numbering gives (`symbol` when none is printed) ...
    derived_symbol: str | None
    # ... and the hour a verbatim record was scheduled for, not when it began.
    scheduled_at: time | None


class AgendaItemRow(TypedDict):
    """A row of `schemas.AGENDA_ITEMS` without `meeting_id`."""

    position: int
    level: int
    title: str
    is_continued: bool
    first_paragraph: int | None


class DocumentRefRow(TypedDict):
    """A row of `schemas.DOCUMENT_REFS` without `meeting_id`."""

    paragraph: int | None
    agenda_position: int | None
    symbol: str


class SpeakerColumns(TypedDict):
    """Who speaks: the speaker's columns of `schemas.STATEMENTS`, the same for every paragraph of a turn."""

    speaker_label: str | None
    speaker_name: str | None
    speaker_title: str | None
    speaker_role: str
    affiliation: str | None
    country_iso3: str | None
    on_behalf_of: str | None
    spoke_in: str | None
    speaker_id: str | None


# The speaker's columns of a paragraph that reports what happened ("The agenda was adopted.").
PROCEDURAL_SPEAKER: SpeakerColumns = {
    "speaker_label": None,
    "speaker_name": None,
    "speaker_title": None,
    "speaker_role": "procedural",
    "affiliation": None,
    "country_iso3": None,
    "on_behalf_of": None,
    "spoke_in": None,
    "speaker_id": None,
}


class StatementRow(SpeakerColumns):
    """A row of `schemas.STATEMENTS` without `meeting_id` and `word_count`: a paragraph and its speaker."""

    paragraph: int
    turn: int
    is_continuation: bool
    agenda_position: int | None
    text: str


class FootnoteRow(TypedDict):
    """A row of `schemas.FOOTNOTES` without `meeting_id`."""

    marker: str | None
    text: str


class SpeakerAliasRow(TypedDict):
    """A row of `schemas.SPEAKER_ALIASES` without `meeting_id`: a misprinted name and the one it stands for."""

    alias_name: str
    canonical_name: str
    speaker_id: str | None
    score: float
    paragraphs: list[int]


@dataclass(slots=True)
class ParsedRecord:
    """One meeting's rows, keyed by the column names of `transforms.schemas`.

    `meeting` holds the MEETINGS columns; the lists hold rows of the child tables without
    `meeting_id`, which `transforms.parse` fills in when it stacks a batch.
    """

    meeting: MeetingRow
    agenda_items: list[AgendaItemRow] = field(default_factory=list)
    document_refs: list[DocumentRefRow] = field(default_factory=list)
    statements: list[StatementRow] = field(default_factory=list)
    footnotes: list[FootnoteRow] = field(default_factory=list)
    speaker_aliases: list[SpeakerAliasRow] = field(default_factory=list)
    # Parts of the record the parser could not read, reported rather than guessed.
    problems: list[str] = field(default_factory=list)


class RecordRejected(ValueError):
    """The record cannot be parsed at all; it is quarantined with this reason."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason
