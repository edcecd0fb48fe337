"""A loopback stand-in for the UN Digital Library and ODS, with faults injected on demand.

It speaks the classic search (`/search?p=...&of=xm&rg=N&jrec=K`, MARCXML with the total in
an XML comment, paging), serves each record's files under `/record/<id>/files/<name>` and
ODS's `/api/symbol/access?s=...` (a 302 to the file, or an empty 200 when unpublished).
Any path can be told to misbehave for its next requests: 500, 503, 429 with Retry-After,
connection reset, a stall longer than the client's timeout, a truncated body, an HTML bot
challenge, an empty body, a redirect to a foreign host, an oversize body, a wrong content
type. Every request is counted by path so tests can check what was (not) fetched again.
"""

from __future__ import annotations

import fnmatch
import re
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit
from xml.sax.saxutils import escape

CHALLENGE_PAGE = (
    b"<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
    b"<body><noscript>Please enable JavaScript and cookies to continue</noscript></body></html>"
)
FAULTS = (
    "500",
    "503",
    "429",
    "reset",
    "stall",
    "truncated",
    "challenge",
    "challenge202",
    "empty",
    "foreign",
    "oversize",
    "wrongtype",
)


@dataclass
class ServedRecord:
    """One catalogue record with its English file (and an Arabic one, so the English must be picked)."""

    record_id: int
    symbol: str
    modified: str  # MARC 005: yyyymmddhhmmss.f
    pdf: bytes
    title: str = "Summary record of a meeting"
    meeting_date: str = "2011-04-06"
    body_name: str = "Human Rights Bodies"
    english_label: str = "English"
    # Other language versions: language (fr, es) -> the file's bytes, labelled in their own language.
    translations: dict[str, bytes] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return self.symbol.replace("/", "_") + "-EN.pdf"

    @property
    def file_path(self) -> str:
        return f"/record/{self.record_id}/files/{quote(self.file_name)}"

    def translation_path(self, language: str) -> str:
        return f"/record/{self.record_id}/files/{quote(self.symbol.replace('/', '_'))}-{language.upper()}.pdf"


@dataclass
class UnServer:
    records: dict[int, ServedRecord] = field(default_factory=dict)
    # Raw <record> elements served with every search, like a real search's unrelated hits.
    noise: list[str] = field(default_factory=list)
    # ODS symbol -> PDF bytes; symbols absent answer an empty 200 ("not published yet").
    ods: dict[str, bytes] = field(default_factory=dict)
    # ODS (symbol, language) -> the French or Spanish version's bytes.
    ods_translations: dict[tuple[str, str], bytes] = field(default_factory=dict)
    requests: Counter[str] = field(default_factory=Counter)
    peers: set[int] = field(default_factory=set)  # client ports: few means connections were reused
    user_agents: set[str] = field(default_factory=set)
    delay_seconds: float = 0.0  # before every answer, to see how many requests overlap
    file_delay_seconds: float = 0.0  # before every answer with a record's file: a fetch that outlives its time
    in_flight: int = 0
    max_in_flight: int = 0
    oversize_bytes: int = 300_000
    stall_seconds: float = 1.0
    retry_after: str = "1"
    _faults: dict[str, list[str]] = field(default_factory=dict)
    _always: dict[str, str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _files: dict[str, ServedRecord] = field(default_factory=dict)  # file path -> record
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        assert isinstance(host, str), host  # an AF_INET server's address: text, never bytes
        return f"http://{host}:{port}"

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def add(self, record: ServedRecord) -> ServedRecord:
        replaced = self.records.get(record.record_id)
        if replaced is not None:
            self._files.pop(replaced.file_path, None)
            for language in replaced.translations:
                self._files.pop(replaced.translation_path(language), None)
        self.records[record.record_id] = record
        self._files[record.file_path] = record
        for language in record.translations:
            self._files[record.translation_path(language)] = record
        return record

    def fail(self, path: str, *faults: str) -> None:
        """The next requests of `path` get these faults, one each, then it behaves."""
        assert all(fault in FAULTS for fault in faults), faults
        with self._lock:
            self._faults.setdefault(path, []).extend(faults)

    def always(self, path: str, fault: str) -> None:
        assert fault in FAULTS, fault
        self._always[path] = fault

    def heal(self, path: str) -> None:
        self._always.pop(path, None)
        self._faults.pop(path, None)

    def fault_for(self, path: str) -> str | None:
        with self._lock:
            self.requests[path] += 1
            queued = self._faults.get(path)
            if queued:
                return queued.pop(0)
            return self._always.get(path)

    # --- the catalogue -------------------------------------------------------------------

    def search(self, query: str, size: int, start: int, modified_from: str | None = None) -> bytes:
        """One page of MARCXML; `modified_from` (YYYY-MM-DD, the library's d1 with dt=m) keeps records
        modified on or after that day. Only the page's records are rendered, so paging through tens
        of thousands costs what the pages cost."""
        day = modified_from.replace("-", "") if modified_from else ""
        matching = sorted(
            (
                record
                for record in self.records.values()
                if _matches(query, record.symbol) and record.modified[:8] >= day
            ),
            key=lambda record: record.record_id,
        )
        hits: list[ServedRecord | str] = [*matching, *self.noise]
        page = [hit if isinstance(hit, str) else self.marc(hit) for hit in hits[start - 1 : start - 1 + size]]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<!-- Search-Engine-Total-Number-Of-Results: {len(hits)} -->\n"
            '<collection xmlns="http://www.loc.gov/MARC21/slim">\n' + "".join(page) + "</collection>\n"
        ).encode()

    def marc(self, record: ServedRecord) -> str:
        base = self.base_url
        arabic = f"{base}/record/{record.record_id}/files/{quote(record.symbol.replace('/', '_'))}-AR.pdf"

        def datafield(tag: str, **subfields: str) -> str:
            inner = "".join(f'<subfield code="{code}">{escape(value)}</subfield>' for code, value in subfields.items())
            return f'<datafield tag="{tag}" ind1=" " ind2=" ">{inner}</datafield>\n'

        return (
            "<record>\n"
            f'<controlfield tag="001">{record.record_id}</controlfield>\n'
            f'<controlfield tag="005">{record.modified}</controlfield>\n'
            + datafield("191", a=record.symbol, b=record.symbol.split("/")[0] + "/")
            + datafield("245", a=record.title + " :", b=record.symbol)
            + datafield("269", a=record.meeting_date[:4])
            + datafield("981", a=record.body_name)
            + datafield("989", a="Documents and Publications", b="Meeting Records")
            + datafield("991", a="CMW/C/14/1", b="[6]", c="Consideration of reports submitted by States parties")
            + datafield("992", a=record.meeting_date)
            + datafield("856", y="العربية", s="1000", u=arabic)
            + datafield("856", y=record.english_label, s=str(len(record.pdf)), u=base + record.file_path)
            + "".join(
                datafield("856", y=_LABELS[language], s=str(len(pdf)), u=base + record.translation_path(language))
                for language, pdf in record.translations.items()
            )
            + "</record>\n"
        )

    def file(self, path: str) -> bytes | None:
        record = self._files.get(path) or self._files.get(quote(path))
        if record is None:
            return None
        language = path.rsplit("-", 1)[-1].removesuffix(".pdf").lower()
        return record.translations.get(language, record.pdf)


_LABELS = {"fr": "Français", "es": "Español"}


def _matches(query: str, symbol: str) -> bool:
    """The one query form the sources send: 191__a:"GLOB"."""
    match = re.fullmatch(r'191__a:"(.+)"', query)
    return match is not None and fnmatch.fnmatchcase(symbol, match.group(1))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002  (the base class's name)
        pass

    def do_GET(self) -> None:
        un = self.server.un
        parts = urlsplit(self.path)
        with un._lock:
            un.peers.add(self.client_address[1])
            un.user_agents.add(self.headers.get("User-Agent", ""))
        fault = un.fault_for(parts.path)
        if fault:
            self._fault(fault)
            return
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        with un._lock:
            un.in_flight += 1
            un.max_in_flight = max(un.max_in_flight, un.in_flight)
        try:
            time.sleep(un.delay_seconds + (un.file_delay_seconds if parts.path in un._files else 0.0))
            status, body, content_type, headers = self._answer(parts.path, query)
        finally:
            with un._lock:
                un.in_flight -= 1
        self._send(status, body, content_type, headers)

    def _answer(self, path: str, query: dict[str, str]) -> tuple[int, bytes, str, dict[str, str]]:
        un = self.server.un
        if path == "/search":
            if query.get("of") != "xm":
                return 400, b"only of=xm here", "text/plain", {}
            size, start = int(query.get("rg", "10")), int(query.get("jrec", "1"))
            since = query.get("d1") if query.get("dt") == "m" else None
            return 200, un.search(query.get("p", ""), size, start, since), "application/xml; charset=utf-8", {}
        if path == "/api/symbol/access":
            symbol, language = query.get("s", ""), query.get("l", "en")
            if symbol not in un.ods if language == "en" else (symbol, language) not in un.ods_translations:
                return 200, b"", "application/pdf", {}
            name = quote(symbol.replace("/", "_")) + ("" if language == "en" else f"-{language.upper()}")
            return 302, b"", "text/plain", {"Location": f"/files/ods/{name}.pdf"}
        if path.startswith("/files/ods/"):
            name = path.removeprefix("/files/ods/").removesuffix(".pdf").replace("_", "/")
            symbol, _, language = name.partition("-")
            if not language and symbol in un.ods:
                return 200, un.ods[symbol], "application/pdf", {}
            if (symbol, language.lower()) in un.ods_translations:
                return 200, un.ods_translations[(symbol, language.lower())], "application/pdf", {}
        content = un.file(path)
        if content is not None:
            return 200, content, "application/pdf", {}
        return 404, b"not found", "text/plain", {}

    def _fault(self, fault: str) -> None:
        """Misbehave instead of answering."""
        un = self.server.un
        if fault in ("500", "503"):
            self._send(int(fault), b"<html><body>Service Unavailable</body></html>", "text/html")
        elif fault == "429":
            self._send(429, b"slow down", "text/plain", {"Retry-After": un.retry_after})
        elif fault == "reset":
            # SO_LINGER 0 makes close() send RST: the client sees "connection reset by peer".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
        elif fault == "stall":
            time.sleep(un.stall_seconds)
            self.close_connection = True
        elif fault == "truncated":
            body = b"%PDF-1.4\n" + b"0" * 5000
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(body) * 2))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif fault == "challenge":
            self._send(200, CHALLENGE_PAGE, "text/html; charset=utf-8")
        elif fault == "challenge202":
            self._send(202, CHALLENGE_PAGE, "text/html; charset=utf-8")
        elif fault == "empty":
            self._send(200, b"", "application/pdf")
        elif fault == "foreign":
            self._redirect(f"http://localhost:{un.port}{self.path}")
        elif fault == "oversize":
            # No Content-Length: only counting while streaming can catch it.
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            chunk = b"%PDF-1.4\n" + b"x" * 65_527
            try:
                for _ in range(un.oversize_bytes // len(chunk) + 1):
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client hung up once over its cap, as it should
        elif fault == "wrongtype":
            self._send(200, b"plain words, not a PDF", "text/plain")

    def _redirect(self, location: str) -> None:
        self._send(302, b"", "text/plain", {"Location": location})

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    un: UnServer

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up mid-answer is what the faults provoke; no tracebacks for it."""


@contextmanager
def serve(un: UnServer) -> Iterator[UnServer]:
    """Run `un` on 127.0.0.1 on a free port for the duration of the block."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.un = un
    un._server = server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield un
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def sample_noise(marcxml: Path) -> list[str]:
    """The <record> elements of a saved search response, verbatim, as unrelated hits."""
    text = marcxml.read_text(encoding="utf-8")
    return re.findall(r"<record>.*?</record>\n?", text, flags=re.DOTALL)
