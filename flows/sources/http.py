"""A polite HTTP client for the UN's services, and the checks that keep error pages out of the data.

The UN Digital Library and ODS sit behind bot protection and rate limits: a careless client
gets HTML challenge pages, 429s and bans. So every request here goes through one session
(connection reuse), waits its turn under a global rate limit and a small concurrency limit,
has a timeout, retries transient failures with capped exponential backoff and jitter, and
streams its body under a size cap. Anything that is not the document asked for (a challenge
page, a truncated or empty body, the wrong content type, a redirect off the configured hosts)
becomes a `FetchError` with a reason, never data.
"""

from __future__ import annotations

import email.utils
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.client import IncompleteRead
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import requests
from urllib3.exceptions import ProtocolError

from flows.settings import Settings

# Transient answers worth another try; 202 is how the UN's bot protection answers some networks.
RETRY_STATUSES = frozenset({202, 429, 500, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_XML_TYPES = frozenset({"application/xml", "text/xml", "application/marcxml+xml", "application/marc+xml"})
# Servers label PDFs loosely; anything else (HTML above all) is not the file.
_PDF_TYPES = frozenset({"application/pdf", "application/x-pdf", "application/octet-stream", "binary/octet-stream"})
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_SAFE_FILENAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._()\- ]{0,199}$")


class FetchError(Exception):
    """Why a response is not the document asked for; becomes a quarantine reason."""

    def __init__(self, reason: str, *, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class EmptyBody(FetchError):
    """A 200 with nothing in it: ODS's way of saying "not published yet"."""


class NotFound(FetchError):
    """A 404/410: the document does not exist (yet)."""


class _Transient(Exception):
    """A failure worth retrying; carries the reason to report when the retries run out."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: Mapping[str, str]
    content: bytes
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def media_type(self) -> str | None:
        value = (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        return value or None


def safe_filename(name: str) -> str:
    """`name` if it is safe to use as a file name, else FetchError: remote names are never trusted."""
    if not name or "/" in name or "\\" in name or ".." in name or "\x00" in name or not _SAFE_FILENAME.match(name):
        raise FetchError(f"unsafe file name from the server: {name!r}")
    return name


def filename_from_url(url: str) -> str:
    """The validated last path segment of `url`."""
    return safe_filename(unquote(urlsplit(url).path.rsplit("/", 1)[-1]))


def host_of(url: str) -> str:
    """host[:port], lower-cased: what redirects are checked against (the scheme may change to https)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


class RateLimiter:
    """At most `per_second` request starts per second across all threads."""

    def __init__(
        self,
        per_second: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._interval = 1.0 / per_second
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self._interval
        if start > now:
            self._sleep(start - now)


class PoliteClient:
    """GETs against a fixed set of hosts, with the politeness and checks the module docstring lists."""

    def __init__(
        self,
        settings: Settings,
        allowed_hosts: Iterable[str],
        *,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.allowed_hosts = frozenset(host.lower() for host in allowed_hosts)
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        self._sleep = sleep
        self._limit(copies=1)
        self.requests_made = 0

    def _limit(self, copies: int) -> None:
        self._limiter = RateLimiter(self.settings.http_requests_per_second / copies, sleep=self._sleep)
        self._slots = threading.BoundedSemaphore(max(1, self.settings.http_concurrency // copies))

    def __getstate__(self) -> dict[str, Any]:
        # Locks belong to one process; a copy sent to a Dask worker builds its own (`__setstate__`).
        return {key: value for key, value in self.__dict__.items() if key not in ("_limiter", "_slots")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        # The politeness budget is the run's, not each process's: the copies fetching a batch's
        # chunks at the same time (one per chunk) share the request rate and the connections.
        self._limit(copies=self.settings.dask_workers if self.settings.task_runner == "dask" else 1)

    def close(self) -> None:
        self.session.close()

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, str | int] | None = None,
        expect: str | None = None,
        accept: str | None = None,
    ) -> Response:
        """The checked body at `url`; `expect` is "xml" or "pdf". Raises FetchError (EmptyBody, NotFound)."""
        if host_of(url) not in self.allowed_hosts:
            raise FetchError(f"refusing {url}: host {host_of(url) or '?'} is not a configured source host")
        attempts = self.settings.http_retries + 1
        for attempt in range(attempts):
            try:
                response = self._get_following_redirects(url, params, accept)
            except _Transient as transient:
                if attempt + 1 >= attempts:
                    raise FetchError(f"{transient.reason} (gave up after {attempts} attempts)") from None
                self._sleep(self._backoff(attempt, transient.retry_after))
                continue
            return _checked(response, expect)
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        """Full-jitter exponential backoff; a server's Retry-After wins but is capped."""
        cap = self.settings.http_backoff_max_seconds
        if retry_after is not None:
            return min(retry_after, cap)
        # Jitter only spreads retries apart; it needs no cryptographic randomness.
        return random.uniform(0, min(cap, self.settings.http_backoff_seconds * 2**attempt))  # noqa: S311

    def _get_following_redirects(
        self, url: str, params: Mapping[str, str | int] | None, accept: str | None
    ) -> Response:
        current, current_params = url, params
        for _ in range(_MAX_REDIRECTS + 1):
            status, headers, content = self._one_request(current, current_params, accept)
            if status in _REDIRECT_STATUSES:
                location = headers.get("Location")
                if not location:
                    raise FetchError(f"HTTP {status} redirect without a Location from {current}", status=status)
                target = urljoin(current if current_params is None else _with_query(current, current_params), location)
                if urlsplit(target).scheme not in ("http", "https") or host_of(target) not in self.allowed_hosts:
                    raise FetchError(f"redirect to a foreign host refused: {target}", status=status)
                current, current_params = target, None
                continue
            final = current if current_params is None else _with_query(current, current_params)
            return Response(_with_query(url, params) if params else url, final, status, headers, content)
        raise FetchError(f"more than {_MAX_REDIRECTS} redirects from {url}")

    def _one_request(
        self, url: str, params: Mapping[str, str | int] | None, accept: str | None
    ) -> tuple[int, dict[str, str], bytes]:
        """One request under the limits; raises _Transient for what a retry may cure."""
        timeout = self.settings.http_timeout_seconds
        with self._slots:
            self._limiter.wait()
            self.requests_made += 1
            try:
                with self.session.get(
                    url,
                    params=params,
                    headers={"Accept": accept} if accept else None,
                    timeout=(timeout, timeout),
                    stream=True,
                    allow_redirects=False,
                ) as response:
                    headers = dict(response.headers)
                    status = response.status_code
                    if status in RETRY_STATUSES:
                        _drain(response)
                        reason = "HTTP 202 (bot challenge)" if status == 202 else f"HTTP {status}"
                        raise _Transient(f"{reason} from {url}", _retry_after(headers.get("Retry-After")))
                    if status >= 300:
                        _drain(response)
                        content = b""
                    else:
                        content = self._read_capped(response, url)
            except (requests.ConnectionError, requests.Timeout) as error:
                kind = "timeout" if isinstance(error, requests.Timeout) else "connection error"
                raise _Transient(f"{kind} fetching {url}: {_cause(error)}") from None
            except (requests.exceptions.ChunkedEncodingError, ProtocolError, IncompleteRead) as error:
                raise _Transient(f"truncated body from {url}: {_cause(error)}") from None
            except requests.RequestException as error:
                # A malformed URL from a catalogue and the like: no retry will help.
                raise FetchError(f"cannot fetch {url}: {_cause(error)}") from None
        if status in (404, 410):
            raise NotFound(f"HTTP {status}: not found: {url}", status=status)
        if status >= 400:
            raise FetchError(f"HTTP {status} from {url}", status=status)
        return status, headers, content

    def _read_capped(self, response: requests.Response, url: str) -> bytes:
        cap = self.settings.http_max_response_bytes
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError(f"body of {declared} bytes exceeds the {cap}-byte limit: {url}")
        chunks, total = [], 0
        for chunk in response.iter_content(_CHUNK):
            total += len(chunk)
            if total > cap:
                raise FetchError(f"body exceeds the {cap}-byte limit: {url}")
            chunks.append(chunk)
        content = b"".join(chunks)
        # urllib3 checks lengths only for undecoded bodies; a short read must never pass as a document.
        encoded = "Content-Encoding" in response.headers
        if declared and declared.isdigit() and not encoded and len(content) != int(declared):
            raise _Transient(f"truncated body from {url}: {len(content)} of {declared} bytes")
        return content


def _drain(response: requests.Response) -> None:
    """Read a small error body so the connection goes back to the pool; a big one is not worth it."""
    read = 0
    try:
        for chunk in response.iter_content(_CHUNK):
            read += len(chunk)
            if read > 4 * _CHUNK:
                return
    except (requests.RequestException, ProtocolError, IncompleteRead):
        return


def _checked(response: Response, expect: str | None) -> Response:
    """The response if its body is what `expect` asks for, else FetchError naming what it is."""
    url, content, media_type = response.final_url, response.content, response.media_type
    if not content.strip():
        raise EmptyBody(f"empty body from {url}", status=response.status)
    if expect is None:
        return response
    if _is_html(response.headers, content):
        raise FetchError(f"HTML page where {expect.upper()} was expected (bot challenge or error page): {url}")
    if expect == "pdf":
        if media_type and media_type not in _PDF_TYPES:
            raise FetchError(f"wrong content type {media_type} where PDF was expected: {url}")
        if not content.lstrip()[:5] == b"%PDF-":
            raise FetchError(f"not a PDF (no %PDF- header): {url}")
    elif expect == "xml":
        if media_type and media_type not in _XML_TYPES and not media_type.endswith("+xml"):
            raise FetchError(f"wrong content type {media_type} where XML was expected: {url}")
        if not content.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            raise FetchError(f"not XML: {url}")
    return response


def _is_html(headers: Mapping[str, str], content: bytes) -> bool:
    media_type = (headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
    return media_type in ("text/html", "application/xhtml+xml") or bool(_HTML_START.match(content[:2048]))


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _with_query(url: str, params: Mapping[str, str | int]) -> str:
    return requests.Request("GET", url, params=params).prepare().url or url


def _cause(error: BaseException) -> str:
    """The innermost message: requests wraps urllib3 wraps the socket error."""
    while error.__context__ is not None and error.__cause__ is None and not str(error):
        error = error.__context__
    return str(error).split("\n", 1)[0][:200] or type(error).__name__
