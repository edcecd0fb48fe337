"""What the parser makes of one record, before records are stacked into batch frames."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(slots=True)
class ParsedRecord:
    """One meeting's rows, keyed by the column names of `transforms.schemas`.

    `meeting` holds the MEETINGS columns; the lists hold rows of the child tables without
    `meeting_id`, which `transforms.parse` fills in when it stacks a batch.
    """

    meeting: Row
    agenda_items: list[Row] = field(default_factory=list)
    document_refs: list[Row] = field(default_factory=list)
    statements: list[Row] = field(default_factory=list)
    footnotes: list[Row] = field(default_factory=list)
    speaker_aliases: list[Row] = field(default_factory=list)
    # Parts of the record the parser could not read, reported rather than guessed.
    problems: list[str] = field(default_factory=list)


class RecordRejected(ValueError):
    """The record cannot be parsed at all; it is quarantined with this reason."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason
