"""Downloaded originals, kept content-addressed so a parser fix can re-run without asking the UN again."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from flows.settings import Settings
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

    def save(self, response: Response, sha256: str, filename: str) -> Path:
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


def archive_for(settings: Settings) -> RawArchive | None:
    return RawArchive(settings.raw_archive) if settings.raw_archive else None
