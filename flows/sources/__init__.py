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
    """What the nightly flow needs of a place that publishes records.

    Sources subclass it to inherit the defaults: a source that overrides nothing is read whole
    every night, skips bytes loaded before, and fetches a batch's records in one piece.
    """

    name: str
    # Discovers by modification stamp, so the flow keeps a watermark for it and retries its
    # quarantined records itself; a source read whole every night retries them by reading them again.
    incremental: bool = False
    # Parses bytes the warehouse has loaded before (`records reparse`): that is its point.
    reparse: bool = False
    # Where its records' URIs start, for telling its quarantined records from other sources'.
    base_url: str | None = None

    def discover(self, since: datetime | None, limit: int | None) -> list[RecordRef]:
        """Records changed after `since` (all when None), oldest first, at most `limit`."""
        ...

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        """Download the given records; a failure of one never fails the others."""
        ...

    def for_fetching(self, refs: Sequence[RecordRef]) -> Source:
        """What a worker needs to fetch `refs` of a batch cut into chunks: the source itself by default.

        A source that carries state from discovery (ODS keeps the bytes its probes found) narrows
        it to the chunk's records, so a chunk sent to another process does not carry the batch's.
        """
        return self

    def holds(self, uri: str) -> bool:
        """Whether a quarantined record's URI is one of this source's."""
        return bool(self.base_url) and uri.startswith(str(self.base_url))
