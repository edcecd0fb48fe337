"""Exactly the records an operator names: the retry of quarantined records after a fix."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from flows.sources import FetchFailure, FetchResult, RecordRef, Source
from flows.sources.folder import DEFAULT_MAX_RECORD_BYTES, FolderSource, path_of

RemoteFetch = Callable[[Sequence[RecordRef]], FetchResult]


class ListedSource(Source):
    """The given URIs: local files are read directly, others through `remote` when one is given."""

    name = "quarantine"

    def __init__(
        self,
        records: Sequence[tuple[str, Mapping[str, str]]],
        remote: RemoteFetch | None = None,
        max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    ) -> None:
        self._refs = [RecordRef(uri=uri, metadata=dict(metadata)) for uri, metadata in records]
        self._remote = remote
        self._max_record_bytes = max_record_bytes

    def discover(self, since: datetime | None = None, limit: int | None = None) -> list[RecordRef]:
        return self._refs[:limit] if limit else list(self._refs)

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        local = [ref for ref in refs if ref.uri.startswith("file://")]
        remote = [ref for ref in refs if not ref.uri.startswith("file://")]
        records, failures = [], []
        for ref in local:
            # The record's own file is its folder: a link it became since, or its growth, is refused as in a folder.
            fetched = FolderSource(path_of(ref.uri).parent, self._max_record_bytes).fetch([ref])
            records += fetched.records
            failures += fetched.failures
        if remote and self._remote is not None:
            fetched = self._remote(remote)
            records += fetched.records
            failures += fetched.failures
        elif remote:
            failures += [
                FetchFailure(ref.uri, "no source configured to fetch this URI again", ref.metadata) for ref in remote
            ]
        return FetchResult(records, failures)
