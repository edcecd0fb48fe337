"""Many raw records into one batch of typed frames, plus the records that could not be read."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

import polars as pl

from transforms import schemas
from transforms.bodies import body_for_symbol
from transforms.collector import collector_paused
from transforms.extract import extract_document
from transforms.indicators import indicators_from_statements
from transforms.language import detect_language, version_id
from transforms.record import MeetingRow, ParsedRecord, RecordRejected
from transforms.speaker_labels import TITLE_OR_RANK_GENDER
from transforms.summary import parse_summary_record
from transforms.symbols import is_meeting_symbol, symbol_from_filename
from transforms.verbatim import looks_verbatim, parse_verbatim_record

# The languages the parser reads ("und": too little text to tell, read as English).
READ_LANGUAGES = frozenset({"en", "fr", "es", "und"})


class Document(Protocol):
    """What parsing needs of a fetched record (`flows.sources.RawRecord` fits)."""

    @property
    def uri(self) -> str: ...
    @property
    def content(self) -> bytes: ...
    @property
    def filename(self) -> str: ...
    @property
    def media_type(self) -> str | None: ...
    @property
    def metadata(self) -> Mapping[str, str]: ...


@dataclass(frozen=True, slots=True)
class Reject:
    source_uri: str
    content_sha256: str
    stage: str
    reason: str
    record_key: str | None = None


@dataclass(slots=True)
class ParsedBatch:
    frames: dict[str, pl.DataFrame]
    rejects: list[Reject] = field(default_factory=list)
    # (meeting_id, what could not be read) for parts reported rather than guessed.
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def meeting_ids(self) -> list[str]:
        return self.frames["meetings"]["meeting_id"].to_list()


def parse_documents(documents: Sequence[Document]) -> ParsedBatch:
    """Parse every document; a failure rejects that document only."""
    with collector_paused():
        return _parse_documents(documents)


def _parse_documents(documents: Sequence[Document]) -> ParsedBatch:
    records: list[ParsedRecord] = []
    rejects: list[Reject] = []
    for document in documents:
        sha = hashlib.sha256(document.content).hexdigest()
        try:
            records.append(parse_document(document, sha))
        except RecordRejected as rejected:
            rejects.append(Reject(document.uri, sha, rejected.stage, rejected.reason, _symbol_hint(document)))
        except Exception as error:
            reason = f"parser error {type(error).__name__}: {error}"
            rejects.append(Reject(document.uri, sha, "parse", reason, _symbol_hint(document)))
    records = _latest_per_meeting(records)
    return ParsedBatch(
        frames=frames_from_records(records),
        rejects=rejects,
        problems=[(record.meeting["meeting_id"], problem) for record in records for problem in record.problems],
    )


def parse_document(document: Document, sha: str) -> ParsedRecord:
    """One document into its meeting's rows."""
    extracted = extract_document(document.content, document.filename, document.media_type)
    metadata = {**extracted.metadata, **document.metadata}  # what the file says of itself; the source's wins
    language = detect_language(extracted.text)
    if language not in READ_LANGUAGES:
        raise RecordRejected("parse", f"language not supported: {language}")
    if looks_verbatim(extracted.text):
        if language not in ("en", "und"):  # the first-person grammar is English only: quarantined, not misread
            raise RecordRejected("parse", f"verbatim records in this language are not read yet: {language}")
        record = parse_verbatim_record(extracted.text)
    else:
        record = parse_summary_record(extracted.text, metadata, language)
    record.footnotes.extend({"marker": None, "text": note} for note in extracted.footnotes)
    record.meeting["language"] = "en" if language == "und" else language
    _complete_meeting(record.meeting, document, sha, metadata)
    return record


def _complete_meeting(meeting: MeetingRow, document: Document, sha: str, metadata: Mapping[str, str]) -> None:
    """Fill what the text lacked from the catalogue or the file itself, the file name, or the content hash."""
    derived = meeting.pop("derived_symbol", None)
    symbol = meeting.get("symbol") or _valid_symbol(metadata.get("symbol")) or symbol_from_filename(document.filename)
    meeting["symbol_derived"] = symbol is None and derived is not None
    symbol = symbol or derived
    meeting["symbol"] = symbol
    # With nothing to name it, a record is known by where it comes from, so a revision replaces it.
    meeting["meeting_id"] = symbol or f"source:{hashlib.sha256(document.uri.encode()).hexdigest()[:16]}"
    if symbol:  # one meeting's versions stay apart in a batch (`warehouse.versions`)
        meeting["meeting_id"] = version_id(symbol, meeting["language"])
    body = body_for_symbol(symbol) if symbol else None
    if meeting.get("body") is None:
        meeting["body"] = metadata.get("body") or (body.code if body else None)
        meeting["body_name"] = meeting.get("body_name") or (body.name if body else None)
    if meeting.get("meeting_date") is None and metadata.get("meeting_date"):
        meeting["meeting_date"] = _iso_date(metadata["meeting_date"])
    if meeting.get("title") is None:
        meeting["title"] = metadata.get("title")
    if meeting.get("session_number") is None and metadata.get("session_number", "").isdigit():
        meeting["session_number"] = int(metadata["session_number"])
    if meeting.get("meeting_number") is None and symbol:
        number = symbol.rsplit(".", 1)[-1].split("/")[0]
        meeting["meeting_number"] = int(number) if number.isdigit() else None
    has_session = meeting.get("body") and meeting.get("session_number") is not None
    meeting["session_id"] = f"{meeting['body']}-{meeting['session_number']}" if has_session else None
    meeting["source_uri"] = document.uri
    meeting["content_sha256"] = sha


def frames_from_records(records: Sequence[ParsedRecord]) -> dict[str, pl.DataFrame]:
    """Stack per-record rows into one frame per table, typed by `transforms.schemas`."""
    frames = {"meetings": _frame([record.meeting for record in records], schemas.MEETINGS)}
    meeting_ids = [record.meeting["meeting_id"] for record in records]
    for name in ("agenda_items", "document_refs", "statements", "footnotes", "speaker_aliases"):
        rows: list[Sequence[Mapping[str, object]]] = [getattr(record, name) for record in records]
        frames[name] = _frame(
            [row for per_record in rows for row in per_record],
            schemas.ALL_TABLES[name],
            meeting_id=[
                meeting_id for meeting_id, per_record in zip(meeting_ids, rows, strict=True) for _ in per_record
            ],
        )
    frames["document_refs"] = frames["document_refs"].unique(maintain_order=True)
    frames["statements"] = frames["statements"].with_columns(word_count=_word_count(pl.col("text")))
    frames["indicators"] = indicators_from_statements(frames["statements"])
    frames["sessions"] = _sessions(frames["meetings"])
    frames["speakers"] = _speakers(frames["statements"])
    return frames


def _word_count(text: pl.Expr) -> pl.Expr:
    """Words in a text; where words are parted by single spaces only (most paragraphs), a count of spaces."""
    spaced_irregularly = text.str.contains(r"[^\S ]|  |^ | $|^$")
    return (
        pl.when(spaced_irregularly)
        .then(text.str.count_matches(r"\S+"))
        .otherwise(text.str.count_matches(" ", literal=True) + 1)
        .cast(pl.Int32)
    )


def without_meetings(frames: Mapping[str, pl.DataFrame], meeting_ids: Sequence[str]) -> dict[str, pl.DataFrame]:
    """The batch less the given meetings, shared tables rebuilt from what remains."""
    dropped = pl.Series(list(meeting_ids), dtype=pl.String)
    kept = {
        name: frame.filter(~pl.col("meeting_id").is_in(dropped.implode()))
        for name, frame in frames.items()
        if name in schemas.MEETING_TABLES
    }
    kept["sessions"] = _sessions(kept["meetings"])
    kept["speakers"] = _speakers(kept["statements"])
    return kept


def _frame(rows: Sequence[Mapping[str, object]], schema: pl.Schema, **given: list[object]) -> pl.DataFrame:
    """Rows as a typed frame; `given` columns are passed whole."""
    if not rows:
        return schemas.empty(schema)
    from_rows = pl.Schema({column: dtype for column, dtype in schema.items() if column not in given})
    frame = pl.from_dicts(rows, schema=from_rows) if from_rows else pl.DataFrame()
    return frame.with_columns(pl.Series(column, values, schema[column]) for column, values in given.items()).select(
        schema.names()
    )


def _sessions(meetings: pl.DataFrame) -> pl.DataFrame:
    return (
        meetings.filter(pl.col("session_id").is_not_null())
        .select(schemas.SESSIONS.names())
        .unique("session_id", keep="first", maintain_order=True)
    )


def _speakers(statements: pl.DataFrame) -> pl.DataFrame:
    gender = pl.col("speaker_title").replace_strict(TITLE_OR_RANK_GENDER, default=None, return_dtype=pl.String)
    return (
        statements.filter(pl.col("speaker_id").is_not_null() & ~pl.col("is_continuation"))
        .select(
            "speaker_id",
            "speaker_name",
            pl.col("speaker_title").alias("title"),
            gender.alias("gender"),
            "speaker_role",
            "affiliation",
            "country_iso3",
        )
        .unique("speaker_id", keep="first", maintain_order=True)
        .cast(schemas.SPEAKERS)
    )


def _latest_per_meeting(records: list[ParsedRecord]) -> list[ParsedRecord]:
    """Two versions of one meeting in a batch: the later one wins, as it would across batches."""
    latest: dict[str, ParsedRecord] = {}
    for record in records:
        latest[record.meeting["meeting_id"]] = record
    return list(latest.values())


def _valid_symbol(candidate: str | None) -> str | None:
    return candidate if candidate and is_meeting_symbol(candidate) else None


def _symbol_hint(document: Document) -> str | None:
    return _valid_symbol(document.metadata.get("symbol")) or symbol_from_filename(document.filename)


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
