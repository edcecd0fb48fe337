"""The UN Digital Library (`undl:BASE_URL`): discover meeting records by classic search, fetch their files.

Discovery pages through `/search?p=QUERY&of=xm&rg=N&jrec=K` (MARCXML), one query per
configured body, keeps the meeting records (summary records such as CMW/C/SR.160, verbatim
records such as S/PV.4507) that have a file in a wanted language (the `languages` setting:
English by default, French and Spanish too when asked), and returns those modified (MARC 005)
after the watermark, oldest first. Each language's file is a record of its own, whose URI is the
file's URL, so a quarantined record is retried by downloading that URL again.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from flows.settings import Settings
from flows.sources import FetchFailure, FetchResult, RawRecord, RecordRef, Source
from flows.sources.archive import RawArchive, archive_for
from flows.sources.http import FetchError, PoliteClient, filename_from_url, host_of, safe_filename
from transforms.bodies import body_for_symbol
from transforms.symbols import is_meeting_symbol

log = logging.getLogger(__name__)

MARC = "{http://www.loc.gov/MARC21/slim}"
_TOTAL = re.compile(rb"Search-Engine-Total-Number-Of-Results:\s*(\d+)")
# The language labels in 856 $y are written in their own language; the URL suffix is the reliable mark.
_LANGUAGE_SUFFIX = re.compile(r"-(?P<language>EN|FR|ES)\.[A-Za-z0-9]{2,5}$")
_LANGUAGE_LABELS = {
    **dict.fromkeys(("english", "anglais", "inglés", "ingles"), "en"),
    **dict.fromkeys(("français", "francais", "french", "francés", "frances"), "fr"),
    **dict.fromkeys(("español", "espanol", "spanish", "espagnol"), "es"),
}


def default_query(body: str) -> str:
    """The classic-search query for one configured body's meeting records."""
    if body == "S":
        return '191__a:"S/PV.*"'
    # Not "{body}/C/SR.*": E/C.12 puts the year before SR (E/C.12/2011/SR.5), and the Subcommittee on
    # Prevention of Torture, which the CAT entry covers, its session (CAT/OP/41/SR.10).
    return f'191__a:"{body}/*SR.*"'


@dataclass(frozen=True, slots=True)
class MarcRecord:
    record_id: str
    symbols: tuple[str, ...]
    last_modified: datetime | None
    metadata: Mapping[str, str]
    files: Mapping[str, str]  # language (en, fr, es) -> the URL of its file

    @property
    def english_file(self) -> str | None:
        return self.files.get("en")


def parse_marcxml(content: bytes) -> tuple[list[MarcRecord], int | None]:
    """The records of one search page and the total the search engine reports (None when absent)."""
    try:
        root = fromstring(content)
    except (ParseError, DefusedXmlException) as error:
        raise FetchError(f"search page is not well-formed MARCXML: {error}") from None
    total_match = _TOTAL.search(content[:4096])
    records = [_record(element) for element in root.iter(f"{MARC}record")]
    return records, int(total_match.group(1)) if total_match else None


def _record(element: Element) -> MarcRecord:
    controls = {field.get("tag"): (field.text or "").strip() for field in element.findall(f"{MARC}controlfield")}
    data: dict[str, list[dict[str, list[str]]]] = {}
    for field in element.findall(f"{MARC}datafield"):
        subfields: dict[str, list[str]] = {}
        for subfield in field.findall(f"{MARC}subfield"):
            text = unicodedata.normalize("NFC", (subfield.text or "").strip())
            subfields.setdefault(subfield.get("code") or "", []).append(text)
        data.setdefault(field.get("tag") or "", []).append(subfields)

    def first(tag: str, code: str) -> str | None:
        return next((values[0] for sub in data.get(tag, []) if (values := sub.get(code)) and values[0]), None)

    symbols = tuple(s for sub in data.get("191", []) for s in sub.get("a", []) if s)
    title_parts = [first("245", code) for code in ("a", "b")]
    title = " ".join(part.rstrip(" /:;") for part in title_parts if part) or None
    agenda = [
        " ".join(value for code in ("a", "b", "c") for value in sub.get(code, []))
        for sub in data.get("991", [])
        if sub.get("a") or sub.get("c")
    ]
    files: dict[str, str] = {}
    for sub in data.get("856", []):
        url = (sub.get("u") or [""])[0]
        suffix = _LANGUAGE_SUFFIX.search(url) if url else None
        language = (
            suffix.group("language").lower() if suffix else _LANGUAGE_LABELS.get((sub.get("y") or [""])[0].casefold())
        )
        if url and language and (language not in files or suffix is not None):  # the suffix outranks a label
            files[language] = url
    english = files.get("en")
    metadata = {
        "record_id": controls.get("001", ""),
        "symbol": symbols[0] if symbols else "",
        "title": title or "",
        "meeting_date": first("992", "a") or "",
        "agenda": " | ".join(agenda),
        "resource_type": " / ".join(v for sub in data.get("989", []) for code in "abc" for v in sub.get(code, [])),
        "file_url": english or "",
    }
    return MarcRecord(
        controls.get("001", ""),
        symbols,
        _marc_timestamp(controls.get("005")),
        {key: value for key, value in metadata.items() if value},
        files,
    )


def _marc_timestamp(value: str | None) -> datetime | None:
    """MARC 005 (yyyymmddhhmmss.f, the library's local time taken as UTC) as an aware datetime."""
    if not value:
        return None
    try:
        return datetime.strptime(value.split(".", 1)[0], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def body_of(symbol: str, bodies: Sequence[str]) -> str | None:
    """The configured body (as written in the settings) whose meeting record this is, or None."""
    if not is_meeting_symbol(symbol):
        return None
    known = body_for_symbol(symbol)
    for body in bodies:
        if symbol.startswith(body + "/") or (known is not None and known.code == body):
            return body
    return None


class UndlSource(Source):
    """Meeting records of the configured bodies in the UN Digital Library at `base_url`."""

    incremental = True
    base_url: str

    def __init__(
        self,
        base_url: str,
        settings: Settings,
        *,
        client: PoliteClient | None = None,
        query: str | None = None,
        archive: RawArchive | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.name = f"undl:{self.base_url}"
        self.settings = settings
        self.bodies = list(settings.undl_bodies)
        self.languages = list(dict.fromkeys(settings.languages))
        configured = {body: settings.undl_queries.get(body) or default_query(body) for body in self.bodies}
        self.queries = {"*": query} if query else configured
        self.client = client or PoliteClient(settings, [host_of(self.base_url), *settings.http_extra_hosts])
        self.archive = archive if archive is not None else archive_for(settings)

    def discover(self, since: datetime | None = None, limit: int | None = None) -> list[RecordRef]:
        found: dict[str, RecordRef] = {}
        for query in dict.fromkeys(self.queries.values()):
            for record in self._search(query, since):
                for ref in self._refs(record):
                    if since is not None and (ref.last_modified is None or ref.last_modified <= since):
                        continue
                    found.setdefault(ref.uri, ref)
        refs = sorted(found.values(), key=lambda ref: (ref.last_modified or datetime.min.replace(tzinfo=UTC), ref.uri))
        return refs[:limit] if limit else refs

    def _search(self, query: str, since: datetime | None) -> Iterator[MarcRecord]:
        """Every record the query matches, page by page; a page shorter than asked for is the last.

        With `since`, the library is asked only for records modified on or after its day (Invenio's
        `d1` with `dt=m`), so a night pages through what changed, not the whole catalogue; the exact
        cut is still made here, on each record's 005 stamp, should the library ignore the restriction.
        """
        size, start = self.settings.undl_page_size, 1
        restriction = {"d1": since.strftime("%Y-%m-%d"), "dt": "m"} if since else {}
        while True:
            params: dict[str, str | int] = {
                "p": query,
                "of": "xm",
                "rg": size,
                "jrec": start,
                "ln": "en",
                **restriction,
            }
            response = self.client.get(f"{self.base_url}/search", params=params, expect="xml")
            records, total = parse_marcxml(response.content)
            yield from records
            start += len(records)
            if len(records) < size or (total is not None and start > total):
                return

    def _refs(self, record: MarcRecord) -> list[RecordRef]:
        """A ref for the file of each wanted language the record has."""
        symbol = next((s for s in record.symbols if body_of(s, self.bodies)), None)
        if symbol is None:
            return []
        # The parser's body codes (CESCR), not the settings' spelling (E/C.12), go into the data.
        known = body_for_symbol(symbol)
        body = known.code if known else body_of(symbol, self.bodies) or ""
        refs = []
        for language in self.languages:
            url = record.files.get(language)
            if url is None:
                log.info("UNDL record %s (%s) has no %s file; skipped", record.record_id, symbol, language)
                continue
            metadata = dict(record.metadata, symbol=symbol, body=body, language=language, file_url=url)
            if record.last_modified is not None:
                metadata["last_modified"] = record.last_modified.isoformat()
            refs.append(RecordRef(uri=self._on_base(url), last_modified=record.last_modified, metadata=metadata))
        return refs

    def _on_base(self, url: str) -> str:
        """Old records link http:// files; the configured scheme keeps URIs (and quarantine retries) on one base."""
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        if host_of(url) == host_of(self.base_url) and parts.scheme != base.scheme:
            return urlunsplit(parts._replace(scheme=base.scheme))
        return url

    def fetch(self, refs: Sequence[RecordRef]) -> FetchResult:
        return fetch_files(self.client, refs, self.archive, self.settings.http_concurrency)


def fetch_files(
    client: PoliteClient, refs: Sequence[RecordRef], archive: RawArchive | None, concurrency: int
) -> FetchResult:
    """Download each ref's URI as a PDF; one ref's failure never touches the others."""

    def one(ref: RecordRef) -> RawRecord | FetchFailure:
        try:
            response = client.get(ref.uri, expect="pdf", accept="application/pdf")
            named = ref.metadata.get("filename")
            filename = safe_filename(named) if named else filename_from_url(response.final_url)
            record = RawRecord(
                ref.uri, response.content, filename, "application/pdf", ref.last_modified, dict(ref.metadata)
            )
            if archive is not None:
                archive.save(response, record.sha256, filename, ref.metadata)
            return record
        except FetchError as error:
            return FetchFailure(ref.uri, error.reason, ref.metadata)

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        outcomes = list(pool.map(one, refs))
    return FetchResult(
        [o for o in outcomes if isinstance(o, RawRecord)], [o for o in outcomes if isinstance(o, FetchFailure)]
    )
