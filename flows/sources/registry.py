"""A source from its spec: a folder or file path, a file:// URL, undl:URL or ods:URL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import unquote, urlparse

import requests

from flows.settings import Settings
from flows.sources import Source
from flows.sources.folder import FolderSource


def source_from_spec(
    spec: str,
    settings: Settings,
    *,
    session: requests.Session | None = None,
    highest_meetings: Mapping[str, int] | None = None,
    symbols: Sequence[str] | None = None,
    query: str | None = None,
) -> Source:
    if spec.startswith("file://"):
        return FolderSource(Path(unquote(urlparse(spec).path)))
    if spec.startswith(("undl:", "ods:")):
        raise ValueError(f"HTTP sources are not available yet: {spec}")
    return FolderSource(Path(spec))
