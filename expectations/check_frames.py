"""The frames Great Expectations validates: each table plus derived columns, in vectorised Polars.

GX has no group-wise expectations ("paragraphs run 1..n within a meeting") and compares dates
and times unreliably once they are pandas objects, so what a suite checks is computed here as
plain columns (an expected paragraph number, seconds since midnight, a known-meeting flag) and
the suites compare those with ordinary expectations. Pure functions, no I/O and no GX.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from expectations.suites import CROSS_TABLE
from transforms.schemas import ALL_TABLES

# The columns that name a failing row in a result: the meeting first, then the row within it.
# Shared tables (sessions, speakers) are named by their own key and traced to meetings later.
INDEX_COLUMNS: dict[str, tuple[str, ...]] = {
    "sessions": ("session_id",),
    "meetings": ("meeting_id",),
    "agenda_items": ("meeting_id", "position"),
    "document_refs": ("meeting_id", "paragraph"),
    "statements": ("meeting_id", "paragraph"),
    "speakers": ("speaker_id",),
    "speaker_aliases": ("meeting_id", "alias_name"),
    "indicators": ("meeting_id", "paragraph", "position"),
    "footnotes": ("meeting_id", "marker"),
}

_DAY_SECONDS = 24 * 3600
# A sitting called to order in the evening that rose in the small hours ran past midnight.
_EVENING_SECONDS = 18 * 3600
_SMALL_HOURS_SECONDS = 6 * 3600


def check_frames(frames: Mapping[str, pl.DataFrame]) -> dict[str, dict[str, pl.DataFrame]]:
    """suite -> check frame name -> frame: each table suite checks its table with derived columns,
    and cross_table checks every table's rows against the rest of the batch."""
    statements = _statements_checked(frames["statements"], frames["meetings"], frames["speakers"])
    meetings = _meetings_checked(frames["meetings"], frames["statements"], frames["sessions"])
    indicators = _indicators_checked(frames["indicators"], frames["statements"])
    tables = {
        **frames,
        "meetings": meetings,
        "statements": statements,
        "indicators": indicators,
        "agenda_items": _flag_paragraph_known(frames["agenda_items"], frames["statements"], "first_paragraph"),
        "document_refs": _flag_paragraph_known(frames["document_refs"], frames["statements"], "paragraph"),
    }
    meeting_ids = frames["meetings"]["meeting_id"]
    children = ("agenda_items", "document_refs", "speaker_aliases", "footnotes")
    cross = {
        "meetings": meetings,
        "statements": statements,
        "indicators": indicators,
        **{table: _flag_meeting_known(tables[table], meeting_ids) for table in children},
    }
    return {**{table: {table: tables[table]} for table in ALL_TABLES}, CROSS_TABLE: cross}


def _meetings_checked(meetings: pl.DataFrame, statements: pl.DataFrame, sessions: pl.DataFrame) -> pl.DataFrame:
    date = pl.col("meeting_date")
    called = _seconds_since_midnight("called_to_order")
    rose = _seconds_since_midnight("rose_at")
    ran_past_midnight = (rose < called) & (called >= _EVENING_SECONDS) & (rose <= _SMALL_HOURS_SECONDS)
    counts = statements.group_by("meeting_id").agg(statement_count=pl.len().cast(pl.Int32))
    return (
        meetings.join(counts, on="meeting_id", how="left", maintain_order="left")
        .with_columns(
            # YYYYMMDD as a number: compared with `today` reliably, and still readable in a sample.
            meeting_date_yyyymmdd=_int32(date.dt.year()) * 10_000
            + _int32(date.dt.month()) * 100
            + _int32(date.dt.day()),
            called_to_order_seconds=called,
            rose_at_seconds=pl.when(ran_past_midnight).then(rose + _DAY_SECONDS).otherwise(rose),
            statement_count=pl.col("statement_count").fill_null(0),
            session_known=_unset_or_in("session_id", sessions["session_id"]),
        )
        .with_columns(has_statements=pl.col("statement_count") > 0)
    )


def _statements_checked(statements: pl.DataFrame, meetings: pl.DataFrame, speakers: pl.DataFrame) -> pl.DataFrame:
    """Statements in paragraph order within each meeting, with what numbering and turns should be.

    A new turn starts exactly where a paragraph is not a continuation, so the expected turn is
    the running count of non-continuations; a continuation repeats the speaker before it.
    """
    previous = pl.col("speaker_label").shift(1), pl.col("speaker_role").shift(1)
    same_speaker = pl.col("speaker_label").eq_missing(previous[0]) & pl.col("speaker_role").eq_missing(previous[1])
    position = pl.int_range(pl.len())
    return statements.sort("meeting_id", "paragraph", nulls_last=True).with_columns(
        expected_paragraph=(position.over("meeting_id") + 1).cast(pl.Int32),
        expected_turn=(~pl.col("is_continuation")).cast(pl.Int32).cum_sum().over("meeting_id"),
        continuation_keeps_speaker=pl.when(pl.col("is_continuation"))
        .then((same_speaker & (position > 0)).over("meeting_id"))
        .otherwise(True),
        has_speaker_or_is_procedural=(
            pl.col("speaker_name").is_not_null()
            | pl.col("speaker_label").is_not_null()
            | (pl.col("speaker_role") == "procedural").fill_null(False)
        ),
        meeting_known=_is_in("meeting_id", meetings["meeting_id"]),
        speaker_known=_unset_or_in("speaker_id", speakers["speaker_id"]),
    )


def _indicators_checked(indicators: pl.DataFrame, statements: pl.DataFrame) -> pl.DataFrame:
    return indicators.with_columns(
        percent_value=pl.when(pl.col("kind") == "percent").then(pl.col("value")),
        statement_known=_pair_in(statements, "paragraph"),
    )


def _flag_meeting_known(frame: pl.DataFrame, meeting_ids: pl.Series) -> pl.DataFrame:
    return frame.with_columns(meeting_known=_is_in("meeting_id", meeting_ids))


def _flag_paragraph_known(frame: pl.DataFrame, statements: pl.DataFrame, column: str) -> pl.DataFrame:
    """Add `paragraph_known`: `column` is unset or a paragraph of the same meeting's statements."""
    return frame.with_columns(paragraph_known=pl.col(column).is_null() | _pair_in(statements, column))


def _pair_in(statements: pl.DataFrame, column: str) -> pl.Expr:
    """(meeting_id, `column`) names a paragraph of the statements; false when either is unset."""
    paragraphs = statements.select("meeting_id", "paragraph").drop_nulls()
    known = paragraphs.select(pl.struct("meeting_id", pl.col("paragraph").alias(column))).to_series()
    key = pl.struct("meeting_id", column)
    return (key.is_in(known.implode()) & pl.col("meeting_id").is_not_null() & pl.col(column).is_not_null()).fill_null(
        False
    )


def _is_in(column: str, values: pl.Series) -> pl.Expr:
    return pl.col(column).is_in(values.drop_nulls().implode()).fill_null(False)


def _unset_or_in(column: str, values: pl.Series) -> pl.Expr:
    """A foreign key: unset, or naming a row of the referenced table."""
    return pl.col(column).is_null() | _is_in(column, values)


def _seconds_since_midnight(column: str) -> pl.Expr:
    time = pl.col(column)
    return _int32(time.dt.hour()) * 3600 + _int32(time.dt.minute()) * 60 + _int32(time.dt.second())


def _int32(part: pl.Expr) -> pl.Expr:
    """Date and time parts come as Int8; widen them before arithmetic, which would overflow in Int8."""
    return part.cast(pl.Int32)
