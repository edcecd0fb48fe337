"""A folder seen by its meetings' dates, for `records backfill`: a window of history means when the
meetings were held, not when the files were copied.

A folder's files carry no publication date a catalogue vouches for, and their modification times
say when they were copied. Each record is parsed once (per file version, in this process) to learn
its meeting date, from the masthead, a sidecar or the catalogue metadata; a record that gives none
is dated to the first day of the backfill, so it loads with the first window, and is counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time
from functools import lru_cache
from pathlib import Path

from flows.sources import FetchResult, RecordRef, Source
from flows.sources.folder import FolderSource, folder_of, path_of

PREFIX = "meeting-dates:"


def spec_for(folder: str, first_day: date) -> str:
    """The source spec of `folder` dated by meeting, undated records on `first_day`."""
    return f"{PREFIX}{first_day.isoformat()}:{folder}"


class MeetingDatedFolder(Source):
    """The records of a folder, each with its meeting's date as the date a window is chosen by."""

    def __init__(self, folder: FolderSource, first_day: date) -> None:
        self.folder = folder
        self.name = folder.name
        self.first_day = _midnight(first_day)
        self.undated = 0

    @classmethod
    def from_spec(cls, spec: str, max_record_bytes: int) -> MeetingDatedFolder:
        first_day, _, folder = spec.removeprefix(PREFIX).partition(":")
        return cls(FolderSource(folder_of(folder), max_record_bytes), date.fromisoformat(first_day))

    def discover(self, since: datetime | None = None, limit: int | None = None) -> list[RecordRef]:
        refs, self.undated = [], 0
        for ref in self.folder.discover(None, None):
            held = meeting_date_of(path_of(ref.uri), self.folder.max_record_bytes)
            self.undated += held is None
            dated = replace(ref, last_modified=_midnight(held) if held else self.first_day)
            if since is None or dated.last_modified > since:  # type: ignore[operator]
                refs.append(dated)
        refs.sort(key=lambda ref: (ref.last_modified, ref.uri))
        return refs[:limit] if limit else refs

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        return self.folder.fetch(refs)


def meeting_date_of(path: Path, max_record_bytes: int) -> date | None:
    """The date the record's meeting was held, or None; parsed once per file version."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return _meeting_date(str(path), stat.st_size, stat.st_mtime_ns, max_record_bytes)


@lru_cache(maxsize=100_000)
def _meeting_date(path: str, size: int, modified_ns: int, max_record_bytes: int) -> date | None:
    from transforms.parse import parse_documents

    fetched = FolderSource(Path(path).parent, max_record_bytes).fetch([RecordRef(Path(path).as_uri())])
    if not fetched.records:
        return None  # refused or unreadable: the window's run says why
    meetings = parse_documents(fetched.records).frames["meetings"]
    held = meetings["meeting_date"][0] if meetings.height else None
    return held if isinstance(held, date) else None


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)
