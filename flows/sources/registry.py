"""A source from its spec: a folder or file path, a file:// URL, undl:URL, ods:URL, archive: (the raw archive),
or meeting-dates:DAY:FOLDER (a folder dated by its meetings, for a backfill)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlparse

import requests

from flows.settings import Settings
from flows.sources import FetchResult, RecordRef, Source
from flows.sources.dated import PREFIX as DATED_PREFIX
from flows.sources.folder import FolderSource, folder_of
from flows.sources.listed import RemoteFetch


def source_from_spec(
    spec: str,
    settings: Settings,
    *,
    session: requests.Session | None = None,
    highest_meetings: Mapping[str, int] | None = None,
    symbols: Sequence[str] | None = None,
    query: str | None = None,
) -> Source:
    if spec.startswith(DATED_PREFIX):
        from flows.sources.dated import MeetingDatedFolder

        return MeetingDatedFolder.from_spec(spec, settings.max_record_bytes)
    if spec == "archive:":
        from flows.sources.archive import ArchiveSource

        return ArchiveSource(settings.raw_archive)
    if spec.startswith(("undl:", "ods:")):
        kind, _, base_url = spec.partition(":")
        if urlparse(base_url).scheme not in ("http", "https") or not urlparse(base_url).hostname:
            raise ValueError(f"{kind}: needs an http(s) base URL, got {spec!r}")
        from flows.sources.http import PoliteClient, host_of

        client = PoliteClient(settings, [host_of(base_url), *settings.http_extra_hosts], session=session)
        if kind == "undl":
            from flows.sources.undl import UndlSource

            return UndlSource(base_url, settings, client=client, query=query)
        from flows.sources.ods import OdsSource

        return OdsSource(base_url, settings, client=client, highest=highest_meetings, symbols=symbols)
    return FolderSource(folder_of(spec), settings.max_record_bytes)


def remote_fetcher(settings: Settings, uris: Iterable[str]) -> RemoteFetch | None:
    """Downloads of quarantined http(s) records, through the polite client, limited to those records' hosts.

    The URIs come from the warehouse, which only ever holds URIs a configured source produced.
    """
    from flows.sources.archive import archive_for
    from flows.sources.http import PoliteClient, host_of
    from flows.sources.undl import fetch_files

    hosts = {host_of(uri) for uri in uris if urlparse(uri).scheme in ("http", "https")}
    if not hosts:
        return None
    client = PoliteClient(settings, [*hosts, *settings.http_extra_hosts])

    def fetch(refs: Sequence[RecordRef]) -> FetchResult:
        return fetch_files(client, refs, archive_for(settings), settings.http_concurrency)

    return fetch
