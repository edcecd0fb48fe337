"""The Official Document System (`ods:BASE_URL`): meeting records by symbol.

`/api/symbol/access?s=SYMBOL&l=en&t=pdf` answers a redirect to the PDF, or a 200 with an
empty body while the document is not published yet; `l=fr` and `l=es` give the French and Spanish
versions, fetched for the languages the `languages` setting lists. ODS has no catalogue to search, so
discovery probes the meeting numbers after the highest one already loaded for each body and
stops after a run of misses; an explicit list of symbols skips the probing. A probe that
finds a document keeps its bytes, so `fetch` does not download it a second time.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from flows.settings import Settings
from flows.sources import FetchFailure, FetchResult, RawRecord, RecordRef, Source
from flows.sources.archive import RawArchive, archive_for
from flows.sources.http import EmptyBody, FetchError, NotFound, PoliteClient, Response, host_of, safe_filename

log = logging.getLogger(__name__)


def meeting_symbol(body: str, number: int) -> str:
    """The symbol of meeting `number` of a configured body: CMW/C/SR.161, S/PV.4507."""
    if body == "S":
        return f"S/PV.{number}"
    if "/" in body:
        return f"{body}/SR.{number}"
    return f"{body}/C/SR.{number}"


def file_name(symbol: str, language: str = "en") -> str:
    """The UN's own file naming (CMW_C_SR.161-EN.pdf), which the parser reads symbols from."""
    return safe_filename(symbol.replace("/", "_").replace(" ", "") + f"-{language.upper()}.pdf")


class OdsSource(Source):
    """Meeting records of the configured bodies from ODS at `base_url`."""

    incremental = True  # no watermark of its own, but quarantined records are retried like UNDL's
    base_url: str

    def __init__(
        self,
        base_url: str,
        settings: Settings,
        *,
        client: PoliteClient | None = None,
        highest: Mapping[str, int] | None = None,
        symbols: Sequence[str] | None = None,
        archive: RawArchive | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.name = f"ods:{self.base_url}"
        self.settings = settings
        self.highest = dict(highest or {})
        self.symbols = list(symbols or settings.ods_symbols)
        self.languages = list(dict.fromkeys(settings.languages))
        self.client = client or PoliteClient(settings, [host_of(self.base_url), *settings.http_extra_hosts])
        self.archive = archive if archive is not None else archive_for(settings)
        self._found: dict[str, Response] = {}
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        # A lock belongs to one process; a copy sent to a Dask worker builds its own (`__setstate__`).
        return {key: value for key, value in self.__dict__.items() if key != "_lock"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def for_fetching(self, refs: Sequence[RecordRef]) -> OdsSource:
        """A copy that fetches `refs` in another process, taking along (and out of here) what probing found of them.

        Probing downloaded those documents already: the copy must not ask ODS for them again, and a
        copy per chunk must not carry every chunk's documents.
        """
        chunk = copy.copy(self)
        with self._lock:
            chunk._found = {ref.uri: self._found.pop(ref.uri) for ref in refs if ref.uri in self._found}
        return chunk

    def access_url(self, symbol: str, language: str = "en") -> str:
        return f"{self.base_url}/api/symbol/access?" + urlencode({"s": symbol, "l": language, "t": "pdf"})

    def discover(self, since: datetime | None = None, limit: int | None = None) -> list[RecordRef]:
        refs: list[RecordRef] = []
        if self.symbols:
            refs = [self._ref(symbol, language) for symbol in self.symbols for language in self.languages]
            return refs[:limit] if limit else refs
        for body in self.settings.undl_bodies:
            refs += self._probe(body, None if limit is None else limit - len(refs))
            if limit is not None and len(refs) >= limit:
                break
        return refs

    def _probe(self, body: str, room: int | None) -> list[RecordRef]:
        """Meetings after the highest loaded one, until `ods_miss_limit` misses in a row.

        A probe that comes back broken counts as a miss, so an ODS outage ends the probing
        instead of walking on forever; it is kept (to be fetched again and quarantined) only
        when a later meeting of the body exists, since it then most likely exists too.
        """
        prefix = meeting_symbol(body, 0)[:-1]
        number, misses = self.highest.get(prefix, self.highest.get(body, 0)), 0
        refs: list[RecordRef] = []
        broken: list[RecordRef] = []
        while misses < self.settings.ods_miss_limit and (room is None or len(refs) < room):
            number += 1
            ref = self._ref(meeting_symbol(body, number))
            try:
                response = self.client.get(ref.uri, expect="pdf", accept="application/pdf")
            except (EmptyBody, NotFound):
                misses += 1
                continue
            except FetchError as error:
                log.warning("ODS probe of %s failed: %s", ref.metadata["symbol"], error.reason)
                broken.append(ref)
                misses += 1
                continue
            with self._lock:
                self._found[ref.uri] = response
            refs += [*broken, ref]
            broken, misses = [], 0
        kept = refs[:room] if room is not None else refs
        # The meetings are found in the first language wanted; their other versions are asked for at fetch.
        return [
            *kept,
            *(self._ref(ref.metadata["symbol"], language) for ref in kept for language in self.languages[1:]),
        ]

    def _ref(self, symbol: str, language: str | None = None) -> RecordRef:
        language = language or self.languages[0]
        return RecordRef(uri=self.access_url(symbol, language), metadata={"symbol": symbol, "language": language})

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        records: list[RawRecord] = []
        failures: list[FetchFailure] = []
        for ref in refs:
            with self._lock:
                response = self._found.pop(ref.uri, None)
            try:
                if response is None:
                    response = self.client.get(ref.uri, expect="pdf", accept="application/pdf")
                symbol = ref.metadata.get("symbol")
                record = RawRecord(
                    ref.uri,
                    response.content,
                    file_name(symbol, ref.metadata.get("language", "en")) if symbol else "document.pdf",
                    "application/pdf",
                    None,
                    dict(ref.metadata),
                )
                if self.archive is not None:
                    self.archive.save(response, record.sha256, record.filename, ref.metadata)
                records.append(record)
            except (EmptyBody, NotFound):
                # Not published (any more): nothing to load and nothing broken to quarantine.
                continue
            except FetchError as error:
                failures.append(FetchFailure(ref.uri, error.reason, ref.metadata))
        return FetchResult(records, failures)
