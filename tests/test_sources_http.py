"""The HTTP sources against a loopback UN: politeness, fault handling, UNDL and ODS, and the nightly flow.

Nothing here touches the internet: every URL is 127.0.0.1 (or `localhost`, as the foreign
host a redirect must not reach). Retry waits are kept to hundredths of a second by settings.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.settings import Settings
from flows.sources import RecordRef
from flows.sources.archive import RawArchive
from flows.sources.http import EmptyBody, FetchError, PoliteClient, host_of, safe_filename
from flows.sources.listed import ListedSource
from flows.sources.ods import OdsSource
from flows.sources.registry import remote_fetcher, source_from_spec
from flows.sources.undl import UndlSource, body_of, parse_marcxml
from tests import documents
from tests.conftest import ROOT, scalar
from tests.un_server import ServedRecord, UnServer, sample_noise, serve
from warehouse.store import highest_meetings

FIXTURES = Path(__file__).parent / "fixtures" / "undl"
SEARCH_SAMPLE = FIXTURES / "search-response-25-records.marcxml"
RECORD_SAMPLE = FIXTURES / "record-704833-S_PV.6547.marcxml"

FAST: dict[str, Any] = {  # Settings keyword arguments: the values' types are the fields'
    "http_timeout_seconds": 0.5,
    "http_retries": 2,
    "http_backoff_seconds": 0.01,
    "http_backoff_max_seconds": 0.05,
    "http_max_response_bytes": 200_000,
    "http_requests_per_second": 500.0,
    "http_concurrency": 2,
    "undl_page_size": 2,
    "undl_bodies": ["CMW", "CRC", "CEDAW", "CAT"],
    "ods_miss_limit": 2,
}


@cache
def pdf_of(symbol: str) -> bytes:
    record = next(r for r in documents.SUMMARY_RECORDS if r.symbol == symbol)
    return documents.summary_record_pdf(record)


def served(record_id: int, symbol: str, modified: str) -> ServedRecord:
    return ServedRecord(record_id, symbol, modified, pdf_of(symbol), title=f"Summary record {symbol}")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(warehouse=str(tmp_path / "records.duckdb"), **FAST)


@pytest.fixture
def un() -> Iterator[UnServer]:
    with serve(UnServer(oversize_bytes=400_000, stall_seconds=1.0)) as server:
        yield server


@pytest.fixture
def client(un: UnServer, settings: Settings) -> Iterator[PoliteClient]:
    polite = PoliteClient(settings, [host_of(un.base_url)])
    yield polite
    polite.close()


# --- the polite client -------------------------------------------------------------------


def test_transient_errors_are_retried_until_the_document_comes(un: UnServer, client: PoliteClient) -> None:
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    un.fail(record.file_path, "500", "503")

    response = client.get(un.base_url + record.file_path, expect="pdf")

    assert response.content == record.pdf
    assert un.requests[record.file_path] == 3
    assert un.user_agents == {client.settings.user_agent}
    assert len(un.peers) <= 2, "connections should be reused"


def test_a_connection_reset_and_a_stall_are_retried(un: UnServer, client: PoliteClient) -> None:
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    un.fail(record.file_path, "reset", "stall")

    assert client.get(un.base_url + record.file_path, expect="pdf").content == record.pdf
    assert un.requests[record.file_path] == 3


def test_retry_after_is_honoured_but_capped(un: UnServer, settings: Settings) -> None:
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    waits: list[float] = []
    capped = PoliteClient(settings, [host_of(un.base_url)], sleep=waits.append)
    un.retry_after = "30"
    un.fail(record.file_path, "429")
    assert capped.get(un.base_url + record.file_path, expect="pdf").content == record.pdf
    assert settings.http_backoff_max_seconds in waits

    waits.clear()
    generous = PoliteClient(
        settings.model_copy(update={"http_backoff_max_seconds": 60.0}), [host_of(un.base_url)], sleep=waits.append
    )
    un.retry_after = "7"
    un.fail(record.file_path, "429")
    generous.get(un.base_url + record.file_path, expect="pdf")
    assert 7.0 in waits


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("500", "HTTP 500"),
        ("503", "HTTP 503"),
        ("429", "HTTP 429"),
        ("reset", "connection error"),
        ("stall", "timeout"),
        ("truncated", "truncated body"),
        ("challenge", "HTML page where PDF was expected"),
        ("challenge202", "HTTP 202 (bot challenge)"),
        ("foreign", "redirect to a foreign host refused"),
        ("oversize", "exceeds the 200000-byte limit"),
        ("wrongtype", "wrong content type text/plain"),
        ("empty", "empty body"),
    ],
)
def test_every_fault_becomes_a_reason_never_data(un: UnServer, client: PoliteClient, fault: str, reason: str) -> None:
    un.retry_after = "0"
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    un.always(record.file_path, fault)

    with pytest.raises(FetchError) as caught:
        client.get(un.base_url + record.file_path, expect="pdf")

    assert reason in caught.value.reason
    assert isinstance(caught.value, EmptyBody) == (fault == "empty")
    transient = fault in ("500", "503", "429", "reset", "stall", "truncated", "challenge202")
    assert un.requests[record.file_path] == (client.settings.http_retries + 1 if transient else 1)


def test_a_declared_oversize_body_is_refused_before_reading(un: UnServer, client: PoliteClient) -> None:
    big = un.add(ServedRecord(9, "CMW/C/SR.170", "20240101000000.0", b"%PDF-1.4\n" + b"0" * 300_000))
    with pytest.raises(FetchError, match="exceeds the 200000-byte limit"):
        client.get(un.base_url + big.file_path, expect="pdf")


def test_hosts_other_than_the_configured_ones_are_refused(un: UnServer, client: PoliteClient) -> None:
    with pytest.raises(FetchError, match="not a configured source host"):
        client.get(f"http://localhost:{un.port}/record/1/files/x.pdf")
    assert not un.requests


def test_the_rate_limit_spaces_requests(un: UnServer, settings: Settings) -> None:
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    slow = PoliteClient(settings.model_copy(update={"http_requests_per_second": 20.0}), [host_of(un.base_url)])
    started = time.monotonic()
    for _ in range(6):
        slow.get(un.base_url + record.file_path, expect="pdf")
    assert time.monotonic() - started >= 5 / 20 - 0.01


def test_no_more_requests_at_a_time_than_the_concurrency_limit(un: UnServer, client: PoliteClient) -> None:
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    un.delay_seconds = 0.05
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda _: client.get(un.base_url + record.file_path, expect="pdf"), range(8)))
    assert un.max_in_flight == client.settings.http_concurrency == 2


@pytest.mark.parametrize("name", ["", "..", "../etc/passwd", "a/b.pdf", "a\\b.pdf", ".hidden", "x\x00.pdf", "é.pdf"])
def test_unsafe_remote_file_names_are_refused(name: str) -> None:
    with pytest.raises(FetchError, match="unsafe file name"):
        safe_filename(name)


def test_the_archive_is_content_addressed_with_provenance(un: UnServer, client: PoliteClient, tmp_path: Path) -> None:
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    response = client.get(un.base_url + record.file_path, expect="pdf")
    archive = RawArchive(tmp_path / "raw")
    sha = hashlib.sha256(response.content).hexdigest()
    path = archive.save(response, sha, "CMW_C_SR.161-EN.pdf")
    archive.save(response, sha, "CMW_C_SR.161-EN.pdf")

    assert path == tmp_path / "raw" / sha[:2] / sha
    assert path.read_bytes() == record.pdf
    sidecar = json.loads(path.with_name(sha + ".json").read_text())
    assert len(sidecar["fetches"]) == 2
    assert sidecar["fetches"][0]["url"].endswith(record.file_path)
    assert sidecar["fetches"][0]["headers"]["Content-Type"] == "application/pdf"
    assert sidecar["fetches"][0]["fetched_at"]


# --- UN Digital Library ------------------------------------------------------------------


def test_the_real_search_page_parses_and_has_no_meeting_records(settings: Settings) -> None:
    records, total = parse_marcxml(SEARCH_SAMPLE.read_bytes())
    assert (len(records), total) == (25, 25)
    source = UndlSource("http://127.0.0.1:9", settings.model_copy(update={"undl_bodies": ["CMW", "S", "E/C.12"]}))
    assert [source._refs(record) for record in records] == [[]] * 25

    (resolution,), _ = parse_marcxml(RECORD_SAMPLE.read_bytes())
    assert resolution.symbols == ("S/RES/1983(2011)",)
    assert (resolution.english_file or "").endswith("S_RES_1983%282011%29-EN.pdf")
    assert {language: url.rsplit("-", 1)[1] for language, url in resolution.files.items()} == {
        "en": "EN.pdf", "fr": "FR.pdf", "es": "ES.pdf",
    }  # fmt: skip
    assert resolution.metadata["meeting_date"] == "2011-06-07"
    assert resolution.last_modified is not None
    assert resolution.last_modified.year == 2021


def test_discovery_pages_through_the_search_and_keeps_new_meeting_records(un: UnServer, settings: Settings) -> None:
    un.noise = sample_noise(SEARCH_SAMPLE)[:3]
    un.add(served(3, "CRC/C/SR.1792", "20240301000000.0"))
    un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    un.add(served(2, "CEDAW/C/SR.741", "20240201000000.0"))
    un.add(ServedRecord(4, "CMW/C/MEX/2", "20240401000000.0", b"%PDF-1.4 not a meeting record"))
    source = source_from_spec(f"undl:{un.base_url}", settings)
    assert isinstance(source, UndlSource)

    refs = source.discover(None, None)
    assert [ref.metadata["symbol"] for ref in refs] == ["CMW/C/SR.161", "CEDAW/C/SR.741", "CRC/C/SR.1792"]
    first = refs[0].metadata
    assert refs[0].uri == un.base_url + "/record/1/files/CMW_C_SR.161-EN.pdf"
    assert first["title"] == "Summary record CMW/C/SR.161 CMW/C/SR.161"
    assert first["meeting_date"] == "2011-04-06"
    assert first["body"] == "CMW"
    assert "Consideration of reports" in first["agenda"]
    # Paging: two records a page, the CMW query's one record plus three unrelated hits.
    assert un.requests["/search"] >= 2 * len(settings.undl_bodies)

    since = refs[0].last_modified
    assert [ref.metadata["symbol"] for ref in source.discover(since, None)] == ["CEDAW/C/SR.741", "CRC/C/SR.1792"]
    assert len(source.discover(None, 1)) == 1


def test_a_night_asks_the_library_only_for_what_changed_since_the_watermark(un: UnServer, settings: Settings) -> None:
    for n in range(1, 21):  # twenty CMW records, one a day in January, two a page
        un.add(ServedRecord(n, f"CMW/C/SR.{100 + n}", f"202401{n:02d}120000.0", b"%PDF-1.4 never fetched"))
    source = source_from_spec(f"undl:{un.base_url}", settings)
    assert isinstance(source, UndlSource)
    source.queries = {"CMW": '191__a:"CMW/C/SR.*"'}  # one body's query, for countable pages
    assert len(source.discover(None, None)) == 20
    whole = un.requests["/search"]
    un.requests.clear()
    # The watermark is noon on the 18th: the library is asked for the 18th on, and the exact cut is ours.
    refs = source.discover(datetime(2024, 1, 18, 12, tzinfo=UTC), None)

    assert [ref.metadata["symbol"] for ref in refs] == ["CMW/C/SR.119", "CMW/C/SR.120"]
    assert (whole, un.requests["/search"]) == (10, 2)  # two pages for three records, not ten for twenty


def test_the_cat_query_finds_the_subcommittee_on_prevention_of_torture_too(un: UnServer, settings: Settings) -> None:
    un.add(ServedRecord(1, "CAT/C/SR.612", "20240101000000.0", b"%PDF-1.4 never fetched"))
    un.add(ServedRecord(2, "CAT/OP/41/SR.10", "20240102000000.0", b"%PDF-1.4 never fetched"))
    un.add(ServedRecord(3, "CAT/C/MEX/5", "20240103000000.0", b"%PDF-1.4 never fetched"))  # a report, not a meeting
    source = source_from_spec(f"undl:{un.base_url}", settings)

    refs = source.discover(None, None)

    assert [(ref.metadata["symbol"], ref.metadata["body"]) for ref in refs] == [
        ("CAT/C/SR.612", "CAT"),
        ("CAT/OP/41/SR.10", "SPT"),
    ]


def test_a_broken_search_page_fails_discovery(un: UnServer, settings: Settings) -> None:
    un.always("/search", "challenge")
    source = source_from_spec(f"undl:{un.base_url}", settings)
    with pytest.raises(FetchError, match="HTML page where XML was expected"):
        source.discover(None, None)


def test_fetch_keeps_good_files_and_reports_broken_ones(un: UnServer, settings: Settings) -> None:
    good = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    challenged = un.add(served(2, "CEDAW/C/SR.741", "20240201000000.0"))
    truncated = un.add(served(3, "CRC/C/SR.1792", "20240301000000.0"))
    un.always(challenged.file_path, "challenge")
    un.always(truncated.file_path, "truncated")
    source = source_from_spec(f"undl:{un.base_url}", settings)

    fetched = source.fetch(source.discover(None, None))

    assert [(r.filename, r.content == good.pdf, r.metadata["symbol"]) for r in fetched.records] == [
        ("CMW_C_SR.161-EN.pdf", True, "CMW/C/SR.161")
    ]
    reasons = {f.metadata["symbol"]: f.reason for f in fetched.failures}
    assert "HTML page" in reasons["CEDAW/C/SR.741"]
    assert "truncated body" in reasons["CRC/C/SR.1792"]
    assert settings.raw_archive is not None
    assert (settings.raw_archive / fetched.records[0].sha256[:2] / fetched.records[0].sha256).is_file()


# --- ODS ---------------------------------------------------------------------------------


def test_ods_probes_after_the_highest_loaded_meeting_until_a_run_of_misses(un: UnServer, settings: Settings) -> None:
    for symbol in ("CMW/C/SR.161", "CRC/C/SR.1792"):
        un.ods[symbol] = pdf_of(symbol)
    un.ods["CMW/C/SR.163"] = pdf_of("CAT/C/SR.612")  # after a one-meeting gap
    source = source_from_spec(f"ods:{un.base_url}", settings, highest_meetings={"CMW/C/SR.": 160, "CRC/C/SR.": 1791})
    assert isinstance(source, OdsSource)

    refs = source.discover(None, None)
    symbols = [ref.metadata["symbol"] for ref in refs]
    assert symbols == ["CMW/C/SR.161", "CMW/C/SR.163", "CRC/C/SR.1792"]
    fetched = source.fetch(refs)
    assert [r.filename for r in fetched.records] == [
        "CMW_C_SR.161-EN.pdf",
        "CMW_C_SR.163-EN.pdf",
        "CRC_C_SR.1792-EN.pdf",
    ]
    assert fetched.failures == []
    # The probe's download is the one fetch uses: each file was asked for once.
    assert un.requests["/files/ods/CMW_C_SR.161.pdf"] == 1
    # CMW: 161 hit, 162 miss, 163 hit, 164-165 miss; CRC: 1792 hit, two misses; CEDAW, CAT: two misses from 1.
    assert un.requests["/api/symbol/access"] == 5 + 3 + 2 + 2


def test_ods_explicit_symbols_unpublished_and_foreign_redirects(un: UnServer, settings: Settings) -> None:
    un.ods["CMW/C/SR.161"] = pdf_of("CMW/C/SR.161")
    un.ods["CRC/C/SR.1792"] = pdf_of("CRC/C/SR.1792")
    un.always("/files/ods/CRC_C_SR.1792.pdf", "foreign")
    source = source_from_spec(f"ods:{un.base_url}", settings, symbols=["CMW/C/SR.161", "CMW/C/SR.999", "CRC/C/SR.1792"])

    fetched = source.fetch(source.discover(None, None))

    assert [r.metadata["symbol"] for r in fetched.records] == ["CMW/C/SR.161"]
    # Not published yet is not a failure; a redirect off the host is.
    assert [(f.metadata["symbol"], "foreign host" in f.reason) for f in fetched.failures] == [("CRC/C/SR.1792", True)]


def test_an_ods_outage_ends_the_probing(un: UnServer, settings: Settings) -> None:
    un.always("/api/symbol/access", "503")
    source = source_from_spec(f"ods:{un.base_url}", settings.model_copy(update={"undl_bodies": ["CMW"]}))
    assert source.discover(None, None) == []
    attempts = settings.http_retries + 1
    assert un.requests["/api/symbol/access"] == settings.ods_miss_limit * attempts


def test_a_broken_meeting_between_published_ones_is_kept_for_quarantine(un: UnServer, settings: Settings) -> None:
    un.ods["CMW/C/SR.1"] = pdf_of("CMW/C/SR.161")
    un.ods["CMW/C/SR.2"] = pdf_of("CRC/C/SR.1792")
    un.ods["CMW/C/SR.3"] = pdf_of("CAT/C/SR.612")
    un.always("/files/ods/CMW_C_SR.2.pdf", "truncated")
    source = source_from_spec(f"ods:{un.base_url}", settings.model_copy(update={"undl_bodies": ["CMW"]}))

    refs = source.discover(None, None)
    assert [ref.metadata["symbol"] for ref in refs] == ["CMW/C/SR.1", "CMW/C/SR.2", "CMW/C/SR.3"]
    fetched = source.fetch(refs)
    assert [r.metadata["symbol"] for r in fetched.records] == ["CMW/C/SR.1", "CMW/C/SR.3"]
    assert [f.metadata["symbol"] for f in fetched.failures] == ["CMW/C/SR.2"]
    assert "truncated body" in fetched.failures[0].reason


def test_undl_file_links_on_another_scheme_are_moved_to_the_base(settings: Settings) -> None:
    source = UndlSource("https://digitallibrary.un.org", settings)
    assert source._on_base("http://digitallibrary.un.org/record/1/files/A-EN.pdf").startswith("https://")
    assert source._on_base("http://elsewhere.example/x-EN.pdf") == "http://elsewhere.example/x-EN.pdf"


def test_registry_rejects_a_spec_without_a_url(settings: Settings) -> None:
    with pytest.raises(ValueError, match="needs an http"):
        source_from_spec("undl:nowhere", settings)


# --- the nightly flow end to end ---------------------------------------------------------


@pytest.fixture
def fast_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key, value in FAST.items():
        monkeypatch.setenv(f"RECORDS_{key.upper()}", json.dumps(value) if isinstance(value, list) else str(value))
    monkeypatch.setenv("RECORDS_RAW_ARCHIVE", str(tmp_path / "raw"))


def loaded(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return dict(con.execute("select symbol, count(*) from meetings group by all").fetchall())


def open_quarantine(warehouse: Path) -> dict[str, tuple[str, str]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select source_uri, stage, reason from quarantine where resolved_at is null").fetchall()
    return {uri.rsplit("/", 1)[-1]: (stage, reason) for uri, stage, reason in rows}


def test_nightly_flow_fetches_incrementally_and_quarantines_what_is_broken(
    prefect_api: str, fast_env: None, un: UnServer, tmp_path: Path
) -> None:
    from flows.nightly import nightly_ingest

    warehouse = tmp_path / "records.duckdb"
    cmw = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    crc = un.add(served(2, "CRC/C/SR.1792", "20240102000000.0"))
    challenged = un.add(served(3, "CEDAW/C/SR.741", "20240103000000.0"))
    un.always(challenged.file_path, "challenge")
    truncated = un.add(ServedRecord(4, "CMW/C/SR.162", "20240104000000.0", pdf_of("CMW/C/SR.161")))
    un.always(truncated.file_path, "truncated")
    un.noise = sample_noise(SEARCH_SAMPLE)[:2]
    source = f"undl:{un.base_url}"

    first = nightly_ingest(source=source, warehouse=str(warehouse), batch_size=10)

    assert first.status == "completed"
    assert (first.discovered, first.loaded, first.quarantined) == (4, 2, 2)
    assert loaded(warehouse) == {"CMW/C/SR.161": 1, "CRC/C/SR.1792": 1}
    reasons = open_quarantine(warehouse)
    assert reasons["CEDAW_C_SR.741-EN.pdf"][0] == "fetch"
    assert "HTML page" in reasons["CEDAW_C_SR.741-EN.pdf"][1]
    assert "truncated body" in reasons["CMW_C_SR.162-EN.pdf"][1]
    assert list((tmp_path / "raw").rglob("*.json"))

    # Between runs the library publishes a record, and the broken one is mended.
    cat = un.add(served(5, "CAT/C/SR.612", "20240105000000.0"))
    un.heal(challenged.file_path)
    second = nightly_ingest(source=source, warehouse=str(warehouse), batch_size=10)

    assert second.status == "completed"
    assert loaded(warehouse) == {"CMW/C/SR.161": 1, "CRC/C/SR.1792": 1, "CAT/C/SR.612": 1, "CEDAW/C/SR.741": 1}
    assert set(open_quarantine(warehouse)) == {"CMW_C_SR.162-EN.pdf"}
    assert un.requests[cmw.file_path] == un.requests[crc.file_path] == 1

    third = nightly_ingest(source=source, warehouse=str(warehouse), batch_size=10)

    assert (third.status, third.loaded) == ("completed", 0)
    # Nothing new: no document downloaded again, only the still-broken one retried.
    assert un.requests[cmw.file_path] == un.requests[crc.file_path] == un.requests[cat.file_path] == 1
    assert un.requests[challenged.file_path] == 2
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert highest_meetings(con)["CMW/C/SR."] == 161


def test_a_listed_retry_goes_through_the_polite_client(un: UnServer, settings: Settings) -> None:
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    source = source_from_spec(f"undl:{un.base_url}", settings)
    fetched = source.fetch([RecordRef(un.base_url + record.file_path, metadata={"symbol": "CMW/C/SR.161"})])
    assert [r.filename for r in fetched.records] == ["CMW_C_SR.161-EN.pdf"]


@pytest.mark.parametrize(
    ("symbol", "bodies", "body"),
    [
        ("CMW/C/SR.160", ["CMW"], "CMW"),
        ("S/PV.4507", ["CMW", "S"], "S"),
        ("S/PV.4507", ["CMW"], None),
        ("E/C.12/2011/SR.5", ["E/C.12"], "E/C.12"),
        ("E/C.12/2011/SR.5", ["CESCR"], "CESCR"),
        ("CMW/C/MEX/2", ["CMW"], None),
        ("S/RES/1983(2011)", ["S"], None),
    ],
)
def test_meeting_records_of_the_configured_bodies(symbol: str, bodies: list[str], body: str | None) -> None:
    assert body_of(symbol, bodies) == body


def test_quarantined_http_records_are_fetched_again_politely(un: UnServer, settings: Settings) -> None:
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    uri = un.base_url + record.file_path
    listed = ListedSource([(uri, {"symbol": "CMW/C/SR.161"}), ("https://elsewhere.example/x.pdf", {})])
    assert listed.fetch(listed.discover()).failures[0].reason == "no source configured to fetch this URI again"

    retry = ListedSource([(uri, {"symbol": "CMW/C/SR.161"})], remote_fetcher(settings, [uri]))
    fetched = retry.fetch(retry.discover())
    assert [r.metadata["symbol"] for r in fetched.records] == ["CMW/C/SR.161"]
    assert un.user_agents == {settings.user_agent}
    assert remote_fetcher(settings, ["file:///tmp/x.txt"]) is None


def test_reparse_reads_the_raw_archive_and_asks_the_server_nothing(
    prefect_api: str, fast_env: None, un: UnServer, tmp_path: Path
) -> None:
    from flows.nightly import nightly_ingest

    warehouse = tmp_path / "records.duckdb"
    records = [
        un.add(served(1, "CMW/C/SR.161", "20240101000000.0")),
        un.add(served(2, "CRC/C/SR.1792", "20240102000000.0")),
    ]
    first = nightly_ingest(source=f"undl:{un.base_url}", warehouse=str(warehouse), batch_size=10)
    assert first.loaded == 2
    requests_before = dict(un.requests)
    archived = sorted(path for path in (tmp_path / "raw").rglob("*") if path.is_file() and path.suffix != ".json")
    assert len(archived) == 2

    again = nightly_ingest(source="archive:", warehouse=str(warehouse))

    assert (again.status, again.discovered, again.loaded, again.quarantined) == ("completed", 2, 2, 0)
    assert dict(un.requests) == requests_before  # nothing fetched from the UN
    assert loaded(warehouse) == {"CMW/C/SR.161": 1, "CRC/C/SR.1792": 1}  # replaced, not doubled
    with duckdb.connect(str(warehouse), read_only=True) as con:
        runs = {row[0] for row in con.execute("select distinct run_id from meetings").fetchall()}
        uris = sorted(row[0] for row in con.execute("select source_uri from meetings").fetchall())
    assert runs == {again.run_id}
    assert uris == sorted(un.base_url + record.file_path for record in records)

    # A damaged original is refused (its bytes no longer match its name), never parsed.
    archived[0].write_bytes(b"%PDF-1.7 tampered")
    damaged = nightly_ingest(source="archive:", warehouse=str(warehouse))
    assert (damaged.loaded, damaged.quarantined) == (1, 1)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        reasons = [row[0] for row in con.execute("select reason from quarantine where resolved_at is null").fetchall()]
    assert any("corrupt" in reason for reason in reasons)


def test_a_stuck_fetch_is_stopped_retried_and_fails_the_night_loading_nothing(
    prefect_api: str, fast_env: None, un: UnServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.nightly import nightly_ingest

    monkeypatch.setenv("RECORDS_FETCH_TIMEOUT_SECONDS", "1")
    monkeypatch.setenv("RECORDS_FETCH_RETRY_DELAY_SECONDS", "[0]")
    monkeypatch.setenv("RECORDS_HTTP_TIMEOUT_SECONDS", "10")  # no single request times out
    warehouse = tmp_path / "records.duckdb"
    record = un.add(served(1, "CMW/C/SR.161", "20240101000000.0"))
    un.file_delay_seconds = 2.0  # the search answers at once; the file comes too late for the batch's fetch

    with pytest.raises(TimeoutError):
        nightly_ingest(source=f"undl:{un.base_url}", warehouse=str(warehouse), batch_size=10)

    assert un.requests[record.file_path] == 2  # the first attempt and one retry
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert scalar(con, "select count(*) from meetings") == 0
        assert scalar(con, "select status from ingest_runs") == "failed"


# --- language versions ---------------------------------------------------------------------


@cache
def translated_pdf(language: str) -> bytes:
    """A French or Spanish version's file: the trio's text (tests/fixtures/versions) as a PDF."""
    text = (ROOT / "tests" / "fixtures" / "versions" / f"crc-c-sr-2501-{language}.txt").read_text(encoding="utf-8")
    return documents.pdf_from_lines([[line] for line in text.splitlines()])


def test_undl_fetches_the_file_of_each_language_the_settings_list(un: UnServer, settings: Settings) -> None:
    record = served(3, "CRC/C/SR.1792", "20240301000000.0")
    un.add(
        ServedRecord(**{**record.__dict__, "translations": {"fr": translated_pdf("fr"), "es": translated_pdf("es")}})
    )
    un.add(served(4, "CAT/C/SR.612", "20240302000000.0"))  # English only
    source = UndlSource(un.base_url, settings.model_copy(update={"languages": ["en", "fr"]}))

    refs = source.discover(None, None)
    fetched = source.fetch(refs)

    assert [(ref.metadata["symbol"], ref.metadata["language"]) for ref in refs] == [
        ("CRC/C/SR.1792", "en"), ("CRC/C/SR.1792", "fr"), ("CAT/C/SR.612", "en"),
    ]  # fmt: skip
    by_name = {r.filename: r.content for r in fetched.records}
    assert sorted(by_name) == ["CAT_C_SR.612-EN.pdf", "CRC_C_SR.1792-EN.pdf", "CRC_C_SR.1792-FR.pdf"]
    assert by_name["CRC_C_SR.1792-FR.pdf"] == translated_pdf("fr")
    assert un.requests[record.translation_path("es")] == 0  # Spanish was not asked for

    french_only = UndlSource(un.base_url, settings.model_copy(update={"languages": ["fr"]}))
    assert [ref.uri.rsplit("/", 1)[1] for ref in french_only.discover(None, None)] == ["CRC_C_SR.1792-FR.pdf"]


def test_ods_asks_for_each_language_and_skips_an_unpublished_version(un: UnServer, settings: Settings) -> None:
    un.ods["CMW/C/SR.161"] = pdf_of("CMW/C/SR.161")
    un.ods_translations[("CMW/C/SR.161", "es")] = translated_pdf("es")
    languages = settings.model_copy(update={"languages": ["en", "es", "fr"]})
    listed = source_from_spec(f"ods:{un.base_url}", languages, symbols=["CMW/C/SR.161"])

    fetched = listed.fetch(listed.discover(None, None))

    # The French version is not published: nothing to load, nothing broken.
    assert [(r.filename, r.metadata["language"]) for r in fetched.records] == [
        ("CMW_C_SR.161-EN.pdf", "en"), ("CMW_C_SR.161-ES.pdf", "es"),
    ]  # fmt: skip
    assert fetched.failures == []
    assert fetched.records[1].content == translated_pdf("es")

    probing = source_from_spec(
        f"ods:{un.base_url}", languages.model_copy(update={"undl_bodies": ["CMW"]}), highest_meetings={"CMW/C/SR.": 160}
    )
    refs = probing.discover(None, None)
    assert [(ref.metadata["symbol"], ref.metadata["language"]) for ref in refs] == [
        ("CMW/C/SR.161", "en"), ("CMW/C/SR.161", "es"), ("CMW/C/SR.161", "fr"),
    ]  # fmt: skip
