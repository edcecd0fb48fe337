"""Records in a local folder (or one file): every record file below it, with optional sidecars.

A sidecar `<file name>.json` next to a record carries catalogue metadata (symbol,
meeting_date, body, title) for records whose masthead was lost (the README shows one).

Any name a file system allows is a record's name: spaces, accents, brackets. A record is refused on
its own, with its reason, when it is a link that leads outside the folder or larger than the limit.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

from flows.sources import FetchFailure, FetchResult, RawRecord, RecordRef, Source

RECORD_SUFFIXES = frozenset({".txt", ".pdf", ".docx", ".doc", ".html", ".htm"})
_METADATA_KEYS = ("symbol", "meeting_date", "body", "title", "session_number", "language")
DEFAULT_MAX_RECORD_BYTES = 25 * 1024 * 1024


class FolderSource(Source):
    """Every record file below `root`, or `root` itself when it is a file."""

    def __init__(self, root: Path, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> None:
        self.root = root.resolve()
        self.name = str(self.root)
        self.max_record_bytes = max_record_bytes

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
            path = path_of(ref.uri)
            refused = self._refusal(path)
            if refused is not None:
                failures.append(FetchFailure(ref.uri, refused, ref.metadata))
                continue
            try:
                content = path.read_bytes()
            except OSError as error:
                failures.append(FetchFailure(ref.uri, f"cannot read {path}: {error.strerror or error}", ref.metadata))
                continue
            records.append(
                RawRecord(ref.uri, content, path.name, None, ref.last_modified, ref.metadata or _sidecar(path))
            )
        return FetchResult(records, failures)

    def _refusal(self, path: Path) -> str | None:
        """Why this file is not read, or None: it must lie in the folder, links resolved, and not be too large."""
        resolved = path.resolve()
        if resolved != self.root and self.root not in resolved.parents:
            if path.is_symlink() or any(parent.is_symlink() for parent in path.parents):
                return f"{path} is a link to {resolved}, outside the source folder {self.root}: not read"
            return f"{path} is outside the source folder {self.root}: not read"
        try:
            size = resolved.stat().st_size
        except OSError:
            return None  # reading it says why
        if size > self.max_record_bytes:
            mib, limit = size / 1024 / 1024, self.max_record_bytes / 1024 / 1024
            return f"{path} has {mib:,.1f} MiB, over the limit of {limit:,.0f} MiB (RECORDS_MAX_RECORD_BYTES): not read"
        return None


def folder_of(spec: str) -> Path:
    """The folder or file a source spec names: a path, or a file:// URL."""
    return path_of(spec) if spec.startswith("file://") else Path(spec)


def path_of(uri: str) -> Path:
    """The file a file:// URI names, its escapes decoded ("my%20record.txt" is "my record.txt")."""
    return Path(unquote(urlparse(uri).path))


def _sidecar(path: Path) -> dict[str, str]:
    sidecar = path.with_name(path.name + ".json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: str(data[key]) for key in _METADATA_KEYS if isinstance(data, dict) and data.get(key) is not None}
