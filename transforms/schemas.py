"""The schema of every frame the parser produces, declared once.

The warehouse DDL (`warehouse/schema/*.sql`) and the quality suites (`expectations/suites`)
agree with these; `tests/test_schema_agreement.py` holds them to it.
"""

from __future__ import annotations

import polars as pl

SESSIONS = pl.Schema(
    {
        "session_id": pl.String,
        "body": pl.String,
        "body_name": pl.String,
        "session_number": pl.Int32,
    }
)

MEETINGS = pl.Schema(
    {
        "meeting_id": pl.String,
        "session_id": pl.String,
        "symbol": pl.String,
        "symbol_derived": pl.Boolean,
        "body": pl.String,
        "body_name": pl.String,
        "session_number": pl.Int32,
        "meeting_number": pl.Int32,
        "meeting_part": pl.String,
        "record_type": pl.String,
        "title": pl.String,
        "meeting_date": pl.Date,
        "place": pl.String,
        "chair_label": pl.String,
        "chair_name": pl.String,
        "called_to_order": pl.Time,
        "rose_at": pl.Time,
        "suspensions": pl.Int32,
        "state_party": pl.String,
        "state_party_name": pl.String,
        "original_language": pl.String,
        "language": pl.String,
        "paragraph_count": pl.Int32,
        "numbering_inferred": pl.Boolean,
        "source_uri": pl.String,
        "content_sha256": pl.String,
    }
)

AGENDA_ITEMS = pl.Schema(
    {
        "meeting_id": pl.String,
        "position": pl.Int32,
        "level": pl.Int32,
        "title": pl.String,
        "is_continued": pl.Boolean,
        "first_paragraph": pl.Int32,
    }
)

DOCUMENT_REFS = pl.Schema(
    {
        "meeting_id": pl.String,
        "paragraph": pl.Int32,
        "agenda_position": pl.Int32,
        "symbol": pl.String,
    }
)

STATEMENTS = pl.Schema(
    {
        "meeting_id": pl.String,
        "paragraph": pl.Int32,
        "turn": pl.Int32,
        "speaker_label": pl.String,
        "speaker_name": pl.String,
        "speaker_title": pl.String,
        "speaker_role": pl.String,
        "affiliation": pl.String,
        "country_iso3": pl.String,
        "on_behalf_of": pl.String,
        "spoke_in": pl.String,
        "speaker_id": pl.String,
        "is_continuation": pl.Boolean,
        "agenda_position": pl.Int32,
        "text": pl.String,
        "word_count": pl.Int32,
    }
)

SPEAKERS = pl.Schema(
    {
        "speaker_id": pl.String,
        "speaker_name": pl.String,
        "title": pl.String,
        "gender": pl.String,
        "speaker_role": pl.String,
        "affiliation": pl.String,
        "country_iso3": pl.String,
    }
)

# Data types as instances where one of them must be (a List): a mix of classes and instances
# is a dict that mypy types as `dict[str, object]`.
SPEAKER_ALIASES = pl.Schema(
    {
        "meeting_id": pl.String(),
        "alias_name": pl.String(),
        "canonical_name": pl.String(),
        "speaker_id": pl.String(),
        "score": pl.Float64(),
        "paragraphs": pl.List(pl.Int32),
    }
)

INDICATORS = pl.Schema(
    {
        "meeting_id": pl.String,
        "paragraph": pl.Int32,
        "position": pl.Int32,
        "surface": pl.String,
        "char_start": pl.Int32,
        "char_end": pl.Int32,
        "kind": pl.String,
        "value": pl.Float64,
        "value_low": pl.Float64,
        "value_high": pl.Float64,
        "unit": pl.String,
        "qualifier": pl.String,
        "subject": pl.String,
        "period_start": pl.Int32,
        "period_end": pl.Int32,
        "sentence": pl.String,
    }
)

FOOTNOTES = pl.Schema(
    {
        "meeting_id": pl.String,
        "marker": pl.String,
        "text": pl.String,
    }
)

# A record held back from the warehouse: the stage that refused it and why. The `quarantine` table
# adds when and by which run; a record keeps one entry, updated on each retry.
QUARANTINE = pl.Schema(
    {
        "source_uri": pl.String,
        "record_key": pl.String,
        "content_sha256": pl.String,
        "stage": pl.String,
        "reason": pl.String,
    }
)

# Tables whose rows belong to one meeting and are replaced together when it is revised.
# The order is the load order (parents first).
MEETING_TABLES: dict[str, pl.Schema] = {
    "meetings": MEETINGS,
    "agenda_items": AGENDA_ITEMS,
    "document_refs": DOCUMENT_REFS,
    "statements": STATEMENTS,
    "speaker_aliases": SPEAKER_ALIASES,
    "indicators": INDICATORS,
    "footnotes": FOOTNOTES,
}

# Tables shared across meetings, upserted by their key.
SHARED_TABLES: dict[str, tuple[pl.Schema, str]] = {
    "sessions": (SESSIONS, "session_id"),
    "speakers": (SPEAKERS, "speaker_id"),
}

ALL_TABLES: dict[str, pl.Schema] = {
    "sessions": SESSIONS,
    **MEETING_TABLES,
    "speakers": SPEAKERS,
}


def empty(schema: pl.Schema) -> pl.DataFrame:
    """An empty frame of the given schema."""
    return pl.DataFrame(schema=schema)
