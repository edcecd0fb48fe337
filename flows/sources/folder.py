"""Records in a local folder (or one file): every record file below it, with optional sidecars.

A sidecar `<file name>.json` next to a record carries catalogue metadata (symbol,
meeting_date, body, title) for records whose masthead was lost.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from flows.sources import FetchFailure, FetchResult, RawRecord, RecordRef

RECORD_SUFFIXES = frozenset({".txt", ".pdf", ".docx", ".doc", ".html", ".htm"})
_METADATA_KEYS = ("symbol", "meeting_date", "body", "title", "session_number", "language")


class FolderSource:
    """Every record file below `root`, or `root` itself when it is a file."""

    incremental = False

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.name = str(self.root)

    def discover(self, since: datetime | None = None, limit: int | None = None) -> list[RecordRef]:
        if not self.root.exists():
            raise FileNotFoundError(f"source folder {self.root} does not exist")
        files = (
            [self.root]
            if self.root.is_file()
            else sorted(
                path
                for path in self.root.rglob("*")
                if path.is_file() and path.suffix.lower() in RECORD_SUFFIXES and not path.name.startswith(".")
            )
        )
        refs = []
        for path in files:
            modified = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
            if since is not None and modified <= since:
                continue
            refs.append(RecordRef(uri=path.as_uri(), last_modified=modified, metadata=_sidecar(path)))
        refs.sort(key=lambda ref: (ref.last_modified or datetime.min.replace(tzinfo=UTC), ref.uri))
        return refs[:limit] if limit else refs

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        records, failures = [], []
        for ref in refs:
            path = self._path(ref.uri)
            try:
                content = path.read_bytes()
            except OSError as error:
                failures.append(FetchFailure(ref.uri, f"cannot read {path}: {error.strerror or error}", ref.metadata))
                continue
            records.append(
                RawRecord(ref.uri, content, path.name, None, ref.last_modified, ref.metadata or _sidecar(path))
            )
        return FetchResult(records, failures)

    def _path(self, uri: str) -> Path:
        path = Path(uri.removeprefix("file://")).resolve()
        if path != self.root and self.root not in path.parents:
            raise ValueError(f"{uri} is outside the source folder {self.root}")
        return path


def _sidecar(path: Path) -> dict[str, str]:
    sidecar = path.with_name(path.name + ".json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: str(data[key]) for key in _METADATA_KEYS if isinstance(data, dict) and data.get(key) is not None}
