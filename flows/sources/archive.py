"""Downloaded originals, kept content-addressed so a parser fix can re-run without asking the UN again."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from flows.settings import Settings
from flows.sources import FetchFailure, FetchResult, RawRecord, RecordRef, Source
from flows.sources.http import Response, safe_filename

# Headers worth keeping as provenance; cookies and the like are not.
_KEPT_HEADERS = ("Content-Type", "Content-Length", "Last-Modified", "ETag", "Content-Disposition", "Date", "Server")


class RawArchive:
    """`<root>/<sha[:2]>/<sha256>` with a sidecar `<sha256>.json` listing every fetch of those bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def save(self, response: Response, sha256: str, filename: str, metadata: Mapping[str, str] | None = None) -> Path:
        path = self.path_for(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            _write_atomically(path, response.content)
        sidecar = path.with_name(path.name + ".json")
        try:
            entry = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entry = {"sha256": sha256, "size": len(response.content), "fetches": []}
        entry["fetches"].append(
            {
                "url": response.url,
                "final_url": response.final_url,
                "filename": safe_filename(filename),
                "status": response.status,
                "headers": {key: response.headers[key] for key in _KEPT_HEADERS if key in response.headers},
                "fetched_at": response.fetched_at.isoformat(),
                # The catalogue's metadata (symbol, date ...) the record was parsed with: a re-parse needs it too.
                "metadata": dict(metadata or {}),
            }
        )
        _write_atomically(sidecar, json.dumps(entry, indent=2, ensure_ascii=False).encode())
        return path


def _write_atomically(path: Path, content: bytes) -> None:
    """A crash mid-write must not leave a partial file under a content hash it does not have."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ArchiveSource(Source):
    """Every original in the raw archive, as its latest fetch described it: `records reparse` reads it.

    `reparse` tells the flow to parse these bytes even though the warehouse has loaded them before.
    """

    reparse = True

    def __init__(self, root: Path) -> None:
        self.archive = RawArchive(root)
        self.name = f"archive:{root}"

    def discover(self, since: datetime | None = None, limit: int | None = None) -> list[RecordRef]:
        refs = []
        for sidecar in sorted(self.archive.root.glob("??/*.json")):
            try:
                entry = json.loads(sidecar.read_text(encoding="utf-8"))
                latest = entry["fetches"][-1]
                fetched_at = datetime.fromisoformat(latest["fetched_at"])
                path = self.archive.path_for(sidecar.name.removesuffix(".json"))
            except (OSError, ValueError, KeyError, IndexError, TypeError):
                continue  # not a sidecar this archive wrote
            if since is not None and fetched_at <= since:
                continue
            metadata = {str(k): str(v) for k, v in (latest.get("metadata") or {}).items()}
            metadata["archive_path"] = str(path)
            metadata["archive_filename"] = safe_filename(latest.get("filename") or path.name)
            refs.append(RecordRef(uri=latest["url"], last_modified=fetched_at, metadata=metadata))
        refs.sort(key=lambda ref: (ref.last_modified, ref.uri))
        return refs[:limit] if limit else refs

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        records, failures = [], []
        for ref in refs:
            path = Path(ref.metadata["archive_path"])
            metadata = {k: v for k, v in ref.metadata.items() if not k.startswith("archive_")}
            try:
                content = path.read_bytes()
            except OSError as error:
                failures.append(FetchFailure(ref.uri, f"archived original unreadable: {error}", metadata))
                continue
            if hashlib.sha256(content).hexdigest() != path.name:
                failures.append(FetchFailure(ref.uri, f"archived original {path.name} is corrupt", metadata))
                continue
            filename = ref.metadata["archive_filename"]
            records.append(RawRecord(ref.uri, content, filename, None, ref.last_modified, metadata))
        return FetchResult(records, failures)


def archive_for(settings: Settings) -> RawArchive | None:
    return RawArchive(settings.raw_archive) if settings.raw_archive else None
