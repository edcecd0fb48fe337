"""Hand-built batches of parsed frames, shaped exactly like `transforms.schemas`, for the quality gate.

A meeting is a treaty-body summary record in miniature: a procedural opening, the chair, a
delegation's statement continued over paragraphs, the country rapporteur, and the closing
formula, with the agenda, cited documents, figures and a merged misspelling that such a
record yields. `batch` stacks meetings and derives the shared tables the way the parser does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date, time
from typing import Any

import polars as pl

from transforms import schemas
from transforms.speaker_ids import speaker_id
from transforms.speaker_labels import TITLE_GENDER

Frames = dict[str, pl.DataFrame]

_OPENING = "At the invitation of the Chairperson, the delegation of {country} took places at the Committee table."
_CLOSING = "The meeting rose at 1.05 p.m."
# (role, text) turns that repeat until a record has the length asked for; None = continuation.
_TURNS: tuple[tuple[str, str], ...] = (
    ("chair", "The Chairperson welcomed the delegation and invited it to introduce the report ({report})."),
    (
        "delegation",
        "{delegate_label} said that 25 per cent of the 1,325 complaints filed between 2006 and 2011 had been resolved.",
    ),
    ("continued", "Prison sentences of between 9 and 135 years had been handed down to traffickers."),
    ("rapporteur", "Mr. Tall (Country Rapporteur) asked how many migrants remained undocumented."),
    ("member", "Ms. Poussi said that the Committee would welcome data disaggregated by sex and age."),
    ("continued", "She asked whether migrant children had access to schools."),
)


def meeting(
    number: int,
    *,
    body: str = "CMW",
    session_number: int = 14,
    length: int = 6,
    country: tuple[str, str] = ("MEX", "Mexico"),
    delegate: tuple[str, str] = ("Ms", "Herrera Rivero"),
    meeting_date: date = date(2011, 4, 5),
    called_to_order: time = time(10, 0),
    rose_at: time = time(13, 5),
    record_type: str = "summary",
) -> Frames:
    """One valid meeting's rows in every per-meeting table; `length` paragraphs (at least 3)."""
    meeting_id = f"{body}/C/SR.{number}"
    iso3, country_name = country
    report = f"{body}/C/{iso3}/2"
    statements = _statements(meeting_id, length, country, delegate, report)
    rows: dict[str, list[dict[str, Any]]] = {
        "meetings": [
            {
                "meeting_id": meeting_id,
                "session_id": f"{body}-{session_number}",
                "symbol": meeting_id,
                "body": body,
                "body_name": "Committee on Migrant Workers",
                "session_number": session_number,
                "meeting_number": number,
                "meeting_part": None,
                "record_type": record_type,
                "title": f"Summary record of the {number}th meeting",
                "meeting_date": meeting_date,
                "place": "Palais Wilson, Geneva",
                "chair_label": "Chairperson",
                "chair_name": "El Jamri",
                "called_to_order": called_to_order,
                "rose_at": rose_at,
                "suspensions": 0,
                "state_party": iso3,
                "state_party_name": country_name,
                "original_language": "Spanish",
                "language": "en",
                "paragraph_count": length,
                "numbering_inferred": False,
                "source_uri": f"file:///records/{meeting_id.replace('/', '_')}-EN.txt",
                "content_sha256": hashlib.sha256(meeting_id.encode()).hexdigest(),
            }
        ],
        "agenda_items": [
            {
                "meeting_id": meeting_id,
                "position": 1,
                "level": 1,
                "title": "Consideration of reports submitted by States parties under article 73 of the Convention",
                "is_continued": True,
                "first_paragraph": 1,
            },
            {
                "meeting_id": meeting_id,
                "position": 2,
                "level": 2,
                "title": f"Second periodic report of {country_name}",
                "is_continued": False,
                "first_paragraph": 1,
            },
        ],
        "document_refs": [
            {"meeting_id": meeting_id, "paragraph": None, "agenda_position": 2, "symbol": report},
            {"meeting_id": meeting_id, "paragraph": 2, "agenda_position": 2, "symbol": f"{body}/C/{iso3}/Q/2"},
        ],
        "statements": statements,
        "speaker_aliases": [
            {
                "meeting_id": meeting_id,
                "alias_name": f"{delegate[1]}e",
                "canonical_name": delegate[1],
                "speaker_id": speaker_id(delegate[1], iso3),
                "score": 0.9545,
                "paragraphs": [3],
            }
        ],
        "indicators": _indicators(meeting_id, statements),
        "footnotes": [{"meeting_id": meeting_id, "marker": "*", "text": "This record is subject to correction."}],
    }
    return {table: pl.DataFrame(rows[table], schema=schemas.ALL_TABLES[table], orient="row") for table in rows}


def batch(*meetings: Mapping[str, pl.DataFrame]) -> Frames:
    """Meetings stacked into one batch, with sessions and speakers derived as the parser does."""
    frames = {
        table: pl.concat([m[table] for m in meetings]) if meetings else schemas.empty(schema)
        for table, schema in schemas.MEETING_TABLES.items()
    }
    return rebuild_shared(frames)


def empty_batch() -> Frames:
    return {table: schemas.empty(schema) for table, schema in schemas.ALL_TABLES.items()}


def rebuild_shared(frames: Mapping[str, pl.DataFrame]) -> Frames:
    """Sessions and speakers derived again from meetings and statements."""
    sessions = (
        frames["meetings"]
        .filter(pl.col("session_id").is_not_null())
        .select(schemas.SESSIONS.names())
        .unique("session_id", keep="first", maintain_order=True)
    )
    gender = pl.col("speaker_title").replace_strict(dict(TITLE_GENDER), default=None, return_dtype=pl.String)
    speakers = (
        frames["statements"]
        .filter(pl.col("speaker_id").is_not_null() & ~pl.col("is_continuation"))
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
    return {**frames, "sessions": sessions, "speakers": speakers}


def with_values(frames: Mapping[str, pl.DataFrame], table: str, where: pl.Expr, **values: Any) -> Frames:
    """A copy of the batch with `values` written into the rows of `table` that match `where`."""
    frame = frames[table]
    schema = frame.schema
    changed = frame.with_columns(
        pl.when(where).then(pl.lit(value, dtype=schema[column])).otherwise(pl.col(column)).alias(column)
        for column, value in values.items()
    )
    return {**frames, table: changed}


def without_rows(frames: Mapping[str, pl.DataFrame], table: str, where: pl.Expr) -> Frames:
    return {**frames, table: frames[table].filter(~where.fill_null(False))}


def with_duplicate(frames: Mapping[str, pl.DataFrame], table: str, where: pl.Expr) -> Frames:
    frame = frames[table]
    return {**frames, table: pl.concat([frame, frame.filter(where)])}


def _statements(
    meeting_id: str, length: int, country: tuple[str, str], delegate: tuple[str, str], report: str
) -> list[dict[str, Any]]:
    iso3, country_name = country
    title, name = delegate
    delegate_label = f"{title}. {name} ({country_name})"
    speakers = {
        "chair": {"speaker_label": "The Chairperson", "speaker_name": "El Jamri", "speaker_role": "chair"},
        "delegation": {
            "speaker_label": delegate_label,
            "speaker_name": name,
            "speaker_title": title,
            "speaker_role": "delegation",
            "affiliation": country_name,
            "country_iso3": iso3,
        },
        "rapporteur": {
            "speaker_label": "Mr. Tall (Country Rapporteur)",
            "speaker_name": "Tall",
            "speaker_title": "Mr",
            "speaker_role": "rapporteur",
        },
        "member": {
            "speaker_label": "Ms. Poussi",
            "speaker_name": "Poussi",
            "speaker_title": "Ms",
            "speaker_role": "member",
        },
        "procedural": {"speaker_role": "procedural"},
    }
    script = [("procedural", _OPENING.format(country=country_name))]
    while len(script) < length - 1:
        script.extend(_TURNS)
    script = [*script[: length - 1], ("procedural", _CLOSING)]
    rows: list[dict[str, Any]] = []
    turn, current = 0, "procedural"
    for paragraph, (role, template) in enumerate(script, start=1):
        continued = role == "continued"
        if not continued:
            turn, current = turn + 1, role
        speaker = speakers[current]
        text = template.format(report=report, delegate_label=delegate_label)
        rows.append(
            {
                "meeting_id": meeting_id,
                "paragraph": paragraph,
                "turn": turn,
                **speaker,
                "speaker_id": speaker_id(speaker.get("speaker_name"), speaker.get("country_iso3")),
                "is_continuation": continued,
                "agenda_position": 2,
                "text": text,
                "word_count": len(text.split()),
            }
        )
    return rows


def _indicators(meeting_id: str, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures of the delegation's statement and its continuation, where the record has them."""
    figures: list[dict[str, Any]] = []
    for row in statements:
        text = row["text"]
        if "25 per cent" in text:
            figures += [
                _figure(row, 1, text, "25 per cent", "percent", 25.0, unit="per cent", subject="complaints resolved"),
                _figure(row, 2, text, "1,325", "count", 1325.0, subject="complaints", period=(2006, 2011)),
            ]
        elif "between 9 and 135 years" in text:
            figures.append(
                _figure(row, 1, text, "between 9 and 135 years", "range", 9.0, unit="years", low_high=(9.0, 135.0))
            )
    return [{**figure, "meeting_id": meeting_id} for figure in figures]


def _figure(
    row: Mapping[str, Any],
    position: int,
    text: str,
    surface: str,
    kind: str,
    value: float,
    *,
    unit: str | None = None,
    subject: str | None = None,
    period: tuple[int, int] | None = None,
    low_high: tuple[float, float] | None = None,
) -> dict[str, Any]:
    start = text.index(surface)
    return {
        "paragraph": row["paragraph"],
        "position": position,
        "surface": surface,
        "char_start": start,
        "char_end": start + len(surface),
        "kind": kind,
        "value": value,
        "value_low": low_high[0] if low_high else None,
        "value_high": low_high[1] if low_high else None,
        "unit": unit,
        "qualifier": None,
        "subject": subject,
        "period_start": period[0] if period else None,
        "period_end": period[1] if period else None,
        "sentence": text,
    }
