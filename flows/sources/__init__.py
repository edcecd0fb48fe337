"""Where records come from: discover what is new, then fetch its bytes.

A source knows nothing of Polars, Prefect or the warehouse. The flow depends only on the
`Source` protocol, so the folder source and the HTTP sources are interchangeable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class RecordRef:
    """A record a source has seen but not yet downloaded."""

    uri: str
    # When the publisher last changed it; drives the incremental watermark.
    last_modified: datetime | None = None
    # Catalogue metadata (symbol, meeting_date, body, title, ...) used where the document
    # itself lacks them.
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RawRecord:
    """The downloaded bytes of one record, with where they came from."""

    uri: str
    content: bytes
    filename: str
    media_type: str | None = None
    last_modified: datetime | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True, slots=True)
class FetchFailure:
    """A record that could not be fetched; it is quarantined and retried next run."""

    uri: str
    reason: str
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FetchResult:
    records: list[RawRecord]
    failures: list[FetchFailure]


class Source(Protocol):
    """What the nightly flow needs of a place that publishes records."""

    name: str

    def discover(self, since: datetime | None, limit: int | None) -> list[RecordRef]:
        """Records changed after `since` (all when None), oldest first, at most `limit`."""
        ...

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        """Download the given records; a failure of one never fails the others."""
        ...
