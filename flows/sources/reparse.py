"""Every original the warehouse loaded, read again for `records reparse`: downloads from the raw
archive, and files read from a folder where they still are (a folder's files are not archived).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from flows.sources import FetchResult, RecordRef, Source
from flows.sources.archive import ArchiveSource
from flows.sources.folder import path_of
from flows.sources.listed import ListedSource


class ReparseSource(Source):
    """The archive's originals and the loaded local files; `reparse` parses bytes loaded before."""

    reparse = True

    def __init__(self, archive: ArchiveSource, local_uris: Sequence[str], max_record_bytes: int) -> None:
        self.archive = archive
        self.name = archive.name
        self._local = ListedSource([(uri, {}) for uri in local_uris], max_record_bytes=max_record_bytes)

    def discover(self, since: datetime | None = None, limit: int | None = None) -> list[RecordRef]:
        # A file deleted since it was loaded is not asked for: its rows stay as they are.
        local = [ref for ref in self._local.discover() if path_of(ref.uri).is_file()]
        refs = [*self.archive.discover(since), *local]
        return refs[:limit] if limit else refs

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        archived = [ref for ref in refs if "archive_path" in ref.metadata]
        local = [ref for ref in refs if "archive_path" not in ref.metadata]
        from_archive, from_folders = self.archive.fetch(archived), self._local.fetch(local)
        return FetchResult(
            [*from_archive.records, *from_folders.records], [*from_archive.failures, *from_folders.failures]
        )
