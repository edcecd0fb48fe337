"""The quality gate on hand-built batches: valid meetings pass, and every error-level expectation
quarantines exactly the meeting that breaks it, with a reason naming the check and the place.

One batch carries one broken meeting per case next to untouched ones and is validated once
(Great Expectations costs about a second per batch), then each case is asserted on its own.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from expectations.check_frames import check_frames
from expectations.data_docs import build_data_docs, save_validation_results
from expectations.engine import CheckJob, run_checks
from expectations.results import QUALITY_RESULTS
from expectations.suites import CROSS_TABLE, ExpectationSpec, SuiteError, load_suites
from expectations.validate import BatchValidation, validate_batch
from tests.frames import Frames, batch, empty_batch, meeting, with_duplicate, with_values, without_rows
from transforms.schemas import ALL_TABLES

TODAY = date(2026, 11, 28)
GOOD = ("CMW/C/SR.160", "CCPR/C/SR.161")
Check = tuple[str, str, str, tuple[str, ...]]  # suite, check frame, expectation type, columns
Mutation = Callable[[Frames, str], Frames]


def good_meetings() -> list[Frames]:
    overnight = meeting(
        161,
        body="CCPR",
        session_number=113,
        country=("GBR", "United Kingdom of Great Britain and Northern Ireland"),
        delegate=("Mr", "Smith"),
        called_to_order=time(22, 0),
        rose_at=time(1, 30),  # a night sitting that ran past midnight is not an error
        record_type="verbatim",
    )
    return [meeting(160), overnight]


# --- what a case breaks -------------------------------------------------------------------------


def at(mid: str, **where: object) -> pl.Expr:
    condition = pl.col("meeting_id") == mid
    for column, value in where.items():
        condition &= pl.col(column) == value
    return condition


def delegate_of(frames: Frames, mid: str) -> str:
    speaker_id: str = frames["statements"].filter(at(mid, speaker_role="delegation"))["speaker_id"][0]
    return speaker_id


def session_of(frames: Frames, mid: str) -> str:
    session_id: str = frames["meetings"].filter(at(mid))["session_id"][0]
    return session_id


def set_rows(table: str, values: dict[str, object], **where: object) -> Mutation:
    return lambda frames, mid: with_values(frames, table, at(mid, **where), **values)


def duplicate(table: str, **where: object) -> Mutation:
    return lambda frames, mid: with_duplicate(frames, table, at(mid, **where))


def set_speaker(values: dict[str, object]) -> Mutation:
    return lambda frames, mid: with_values(
        frames, "speakers", pl.col("speaker_id") == delegate_of(frames, mid), **values
    )


def set_session(values: dict[str, object]) -> Mutation:
    return lambda frames, mid: with_values(
        frames, "sessions", pl.col("session_id") == session_of(frames, mid), **values
    )


def drop_meeting_row(frames: Frames, mid: str) -> Frames:
    return without_rows(frames, "meetings", at(mid))


def drop_statements(frames: Frames, mid: str) -> Frames:
    return without_rows(frames, "statements", at(mid))


def shorten_to_four_paragraphs(frames: Frames, mid: str) -> Frames:
    shorter = without_rows(frames, "statements", at(mid) & (pl.col("paragraph") > 4))
    return with_values(shorter, "meetings", at(mid), paragraph_count=4)


def malformed_speaker_id(frames: Frames, mid: str) -> Frames:
    old = delegate_of(frames, mid)
    changed = with_values(frames, "statements", pl.col("speaker_id") == old, speaker_id="HR-1")
    return with_values(changed, "speakers", pl.col("speaker_id") == old, speaker_id="HR-1")


@dataclass(frozen=True)
class Case:
    name: str
    checks: tuple[Check, ...]
    mutate: Mutation
    where: str = ""  # the place the reason must name, e.g. "paragraph 7"
    attributable: bool = True  # False: the failing row has no meeting_id, so no meeting can be named
    side_effects: tuple[Check, ...] = ()  # other checks the same breakage trips, legitimately


def c(suite: str, expectation: str, *columns: str, frame: str | None = None) -> Check:
    return (suite, frame or suite, expectation, columns)


NOT_NULL = "expect_column_values_to_not_be_null"
UNIQUE = "expect_column_values_to_be_unique"
COMPOUND = "expect_compound_columns_to_be_unique"
IN_SET = "expect_column_values_to_be_in_set"
BETWEEN = "expect_column_values_to_be_between"
REGEX = "expect_column_values_to_match_regex"
EQUAL = "expect_column_pair_values_to_be_equal"
GREATER = "expect_column_pair_values_a_to_be_greater_than_b"


def x(expectation: str, frame: str, *columns: str) -> Check:
    return c(CROSS_TABLE, expectation, *columns, frame=frame)


PARAGRAPH_GAP = c("statements", EQUAL, "paragraph", "expected_paragraph")
TURNS = x(EQUAL, "statements", "turn", "expected_turn")
COUNT = x(EQUAL, "meetings", "paragraph_count", "statement_count")
ORPHANS = tuple(x(IN_SET, frame, "meeting_known") for frame in ("statements", "agenda_items", "document_refs"))
ORPHANS += (x(IN_SET, "speaker_aliases", "meeting_known"), x(IN_SET, "footnotes", "meeting_known"))
STATEMENT_KNOWN = x(IN_SET, "indicators", "statement_known")
SPEAKER_KNOWN = x(IN_SET, "statements", "speaker_known")
SESSION_KNOWN = x(IN_SET, "meetings", "session_known")
AGENDA_PARAGRAPH = x(IN_SET, "agenda_items", "paragraph_known")
REF_PARAGRAPH = x(IN_SET, "document_refs", "paragraph_known")

ERROR_CASES = (
    # meetings
    Case(
        "meeting id missing",
        (c("meetings", NOT_NULL, "meeting_id"),),
        set_rows("meetings", {"meeting_id": None}),
        attributable=False,
        side_effects=ORPHANS,
    ),
    Case("meeting twice", (c("meetings", UNIQUE, "meeting_id"),), duplicate("meetings")),
    Case("record type missing", (c("meetings", NOT_NULL, "record_type"),), set_rows("meetings", {"record_type": None})),
    Case(
        "record type unknown",
        (c("meetings", IN_SET, "record_type"),),
        set_rows("meetings", {"record_type": "transcript"}),
    ),
    Case("language not kept", (c("meetings", IN_SET, "language"),), set_rows("meetings", {"language": "ru"})),
    Case("hash missing", (c("meetings", NOT_NULL, "content_sha256"),), set_rows("meetings", {"content_sha256": None})),
    Case(
        "hash malformed",
        (c("meetings", REGEX, "content_sha256"),),
        set_rows("meetings", {"content_sha256": "D41D8CD98F00B204"}),
    ),
    Case("source missing", (c("meetings", NOT_NULL, "source_uri"),), set_rows("meetings", {"source_uri": None})),
    Case(
        "meeting in the future",
        (c("meetings", BETWEEN, "meeting_date_yyyymmdd"),),
        set_rows("meetings", {"meeting_date": date(2031, 3, 2)}),
    ),
    Case(
        "meeting before the UN",
        (c("meetings", BETWEEN, "meeting_date_yyyymmdd"),),
        set_rows("meetings", {"meeting_date": date(1938, 5, 1)}),
    ),
    Case(
        "rose before it was called to order",
        (c("meetings", GREATER, "rose_at_seconds", "called_to_order_seconds"),),
        set_rows("meetings", {"rose_at": time(9, 30)}),
    ),
    Case("meeting number 0", (c("meetings", BETWEEN, "meeting_number"),), set_rows("meetings", {"meeting_number": 0})),
    Case("session number 0", (c("meetings", BETWEEN, "session_number"),), set_rows("meetings", {"session_number": 0})),
    Case("negative suspensions", (c("meetings", BETWEEN, "suspensions"),), set_rows("meetings", {"suspensions": -1})),
    # statements
    Case(
        "statement without meeting",
        (c("statements", NOT_NULL, "meeting_id"),),
        set_rows("statements", {"meeting_id": None}, paragraph=5),
        attributable=False,
        side_effects=(PARAGRAPH_GAP, COUNT, TURNS, STATEMENT_KNOWN, x(IN_SET, "statements", "meeting_known")),
    ),
    Case(
        "paragraph number missing",
        (c("statements", NOT_NULL, "paragraph"),),
        set_rows("statements", {"paragraph": None}, paragraph=6),
        where="paragraph null",
        side_effects=(PARAGRAPH_GAP,),
    ),
    Case(
        "paragraph twice",
        (c("statements", COMPOUND, "meeting_id", "paragraph"),),
        duplicate("statements", paragraph=3),
        where="paragraph 3",
        side_effects=(PARAGRAPH_GAP, COUNT, TURNS),
    ),
    Case(
        "paragraph numbers skip",
        (PARAGRAPH_GAP,),
        set_rows("statements", {"paragraph": 7}, paragraph=6),
        where="paragraph 7",
    ),
    Case(
        "role missing",
        (c("statements", NOT_NULL, "speaker_role"),),
        set_rows("statements", {"speaker_role": None}, paragraph=5),
        where="paragraph 5",
    ),
    Case(
        "role unknown",
        (c("statements", IN_SET, "speaker_role"),),
        set_rows("statements", {"speaker_role": "orator"}, paragraph=5),
        where="paragraph 5",
    ),
    Case(
        "speaker missing",
        (c("statements", IN_SET, "has_speaker_or_is_procedural"),),
        set_rows("statements", {"speaker_name": None, "speaker_label": None}, paragraph=5),
        where="paragraph 5",
    ),
    Case(
        "turn missing",
        (c("statements", NOT_NULL, "turn"),),
        set_rows("statements", {"turn": None}, paragraph=2),
        where="paragraph 2",
        side_effects=(TURNS,),
    ),
    Case(
        "turn 0",
        (c("statements", BETWEEN, "turn"),),
        set_rows("statements", {"turn": 0}, paragraph=1),
        where="paragraph 1",
        side_effects=(TURNS,),
    ),
    Case(
        "continuation unknown",
        (c("statements", NOT_NULL, "is_continuation"),),
        set_rows("statements", {"is_continuation": None}, paragraph=4),
        where="paragraph 4",
        side_effects=(TURNS,),
    ),
    Case(
        "text missing",
        (c("statements", NOT_NULL, "text"),),
        set_rows("statements", {"text": None}, paragraph=5),
        where="paragraph 5",
    ),
    Case(
        "no words",
        (c("statements", BETWEEN, "word_count"),),
        set_rows("statements", {"word_count": 0}, paragraph=5),
        where="paragraph 5",
    ),
    # agenda_items
    Case(
        "agenda item without meeting",
        (c("agenda_items", NOT_NULL, "meeting_id"),),
        set_rows("agenda_items", {"meeting_id": None}, position=2),
        attributable=False,
        side_effects=(x(IN_SET, "agenda_items", "meeting_known"),),
    ),
    Case(
        "agenda position missing",
        (c("agenda_items", NOT_NULL, "position"),),
        set_rows("agenda_items", {"position": None}, position=2),
        where="position null",
    ),
    Case(
        "agenda position twice",
        (c("agenda_items", COMPOUND, "meeting_id", "position"),),
        duplicate("agenda_items", position=2),
        where="position 2",
    ),
    Case(
        "agenda position 0",
        (c("agenda_items", BETWEEN, "position"),),
        set_rows("agenda_items", {"position": 0}, position=1),
        where="position 0",
    ),
    Case(
        "agenda title missing",
        (c("agenda_items", NOT_NULL, "title"),),
        set_rows("agenda_items", {"title": None}, position=1),
        where="position 1",
    ),
    # document_refs
    Case(
        "reference without meeting",
        (c("document_refs", NOT_NULL, "meeting_id"),),
        set_rows("document_refs", {"meeting_id": None}, paragraph=2),
        attributable=False,
        side_effects=(x(IN_SET, "document_refs", "meeting_known"),),
    ),
    Case(
        "reference without symbol",
        (c("document_refs", NOT_NULL, "symbol"),),
        set_rows("document_refs", {"symbol": None}, paragraph=2),
        where="paragraph 2",
    ),
    Case(
        "reference twice",
        (c("document_refs", COMPOUND, "meeting_id", "agenda_position", "paragraph", "symbol"),),
        duplicate("document_refs", paragraph=2),
        where="paragraph 2",
    ),
    Case(
        "reference paragraph 0",
        (c("document_refs", BETWEEN, "paragraph"),),
        set_rows("document_refs", {"paragraph": 0}, paragraph=2),
        where="paragraph 0",
        side_effects=(REF_PARAGRAPH,),
    ),
    # sessions (shared: traced to the meetings of the session)
    Case(
        "session without id",
        (c("sessions", NOT_NULL, "session_id"),),
        set_session({"session_id": None}),
        attributable=False,
        side_effects=(SESSION_KNOWN,),
    ),
    Case(
        "session twice",
        (c("sessions", UNIQUE, "session_id"),),
        lambda f, mid: with_duplicate(f, "sessions", pl.col("session_id") == session_of(f, mid)),
        where="session_id",
    ),
    Case("session without body", (c("sessions", NOT_NULL, "body"),), set_session({"body": None}), where="session_id"),
    Case(
        "session 0", (c("sessions", BETWEEN, "session_number"),), set_session({"session_number": 0}), where="session_id"
    ),
    # speakers (shared: traced to the meetings where they spoke)
    Case(
        "speaker without id",
        (c("speakers", NOT_NULL, "speaker_id"),),
        set_speaker({"speaker_id": None}),
        attributable=False,
        side_effects=(SPEAKER_KNOWN,),
    ),
    Case(
        "speaker twice",
        (c("speakers", UNIQUE, "speaker_id"),),
        lambda f, mid: with_duplicate(f, "speakers", pl.col("speaker_id") == delegate_of(f, mid)),
        where="speaker_id",
    ),
    Case(
        "speaker without name",
        (c("speakers", NOT_NULL, "speaker_name"),),
        set_speaker({"speaker_name": None}),
        where="speaker_id",
    ),
    Case(
        "speaker role unknown",
        (c("speakers", IN_SET, "speaker_role"),),
        set_speaker({"speaker_role": "orator"}),
        where="speaker_id",
    ),
    # speaker_aliases
    Case(
        "alias without meeting",
        (c("speaker_aliases", NOT_NULL, "meeting_id"),),
        set_rows("speaker_aliases", {"meeting_id": None}),
        attributable=False,
        side_effects=(x(IN_SET, "speaker_aliases", "meeting_known"),),
    ),
    Case(
        "alias without name",
        (c("speaker_aliases", NOT_NULL, "alias_name"),),
        set_rows("speaker_aliases", {"alias_name": None}),
        where="alias_name null",
    ),
    Case(
        "alias without canonical name",
        (c("speaker_aliases", NOT_NULL, "canonical_name"),),
        set_rows("speaker_aliases", {"canonical_name": None}),
        where="alias_name",
    ),
    Case(
        "alias twice",
        (c("speaker_aliases", COMPOUND, "meeting_id", "alias_name"),),
        duplicate("speaker_aliases"),
        where="alias_name",
    ),
    Case(
        "alias score above 1",
        (c("speaker_aliases", BETWEEN, "score"),),
        set_rows("speaker_aliases", {"score": 1.5}),
        where="alias_name",
    ),
    # indicators
    Case(
        "figure without meeting",
        (c("indicators", NOT_NULL, "meeting_id"),),
        set_rows("indicators", {"meeting_id": None}, paragraph=3, position=1),
        attributable=False,
        side_effects=(STATEMENT_KNOWN,),
    ),
    Case(
        "figure without paragraph",
        (c("indicators", NOT_NULL, "paragraph"),),
        set_rows("indicators", {"paragraph": None}, paragraph=4),
        where="paragraph null position 1",
        side_effects=(STATEMENT_KNOWN,),
    ),
    Case(
        "figure twice",
        (c("indicators", COMPOUND, "meeting_id", "paragraph", "position"),),
        duplicate("indicators", paragraph=3, position=2),
        where="paragraph 3 position 2",
    ),
    Case(
        "figure without surface",
        (c("indicators", NOT_NULL, "surface"),),
        set_rows("indicators", {"surface": None}, paragraph=3, position=2),
        where="paragraph 3 position 2",
    ),
    Case(
        "figure without kind",
        (c("indicators", NOT_NULL, "kind"),),
        set_rows("indicators", {"kind": None}, paragraph=3, position=2),
        where="paragraph 3 position 2",
    ),
    Case(
        "figure of unknown kind",
        (c("indicators", IN_SET, "kind"),),
        set_rows("indicators", {"kind": "speed"}, paragraph=3, position=2),
        where="paragraph 3 position 2",
    ),
    Case(
        "figure without value",
        (c("indicators", NOT_NULL, "value"),),
        set_rows("indicators", {"value": None}, paragraph=3, position=2),
        where="paragraph 3 position 2",
    ),
    Case(
        "range upside down",
        (c("indicators", GREATER, "value_high", "value_low"),),
        set_rows("indicators", {"value_low": 200.0}, paragraph=4, position=1),
        where="paragraph 4 position 1",
    ),
    Case(
        "period ends before it starts",
        (c("indicators", GREATER, "period_end", "period_start"),),
        set_rows("indicators", {"period_end": 2001}, paragraph=3, position=2),
        where="paragraph 3 position 2",
    ),
    Case(
        "figure before its paragraph",
        (c("indicators", BETWEEN, "char_start"),),
        set_rows("indicators", {"char_start": -1}, paragraph=3, position=1),
        where="paragraph 3 position 1",
    ),
    Case(
        "figure ends before it starts",
        (c("indicators", GREATER, "char_end", "char_start"),),
        set_rows("indicators", {"char_end": 0}, paragraph=3, position=1),
        where="paragraph 3 position 1",
    ),
    # footnotes
    Case(
        "footnote without meeting",
        (c("footnotes", NOT_NULL, "meeting_id"),),
        set_rows("footnotes", {"meeting_id": None}),
        attributable=False,
        side_effects=(x(IN_SET, "footnotes", "meeting_known"),),
    ),
    Case(
        "footnote without text",
        (c("footnotes", NOT_NULL, "text"),),
        set_rows("footnotes", {"text": None}),
        where="marker *",
    ),
    # cross_table
    Case(
        "meeting without paragraphs",
        (x(IN_SET, "meetings", "has_statements"),),
        drop_statements,
        side_effects=(COUNT, STATEMENT_KNOWN, AGENDA_PARAGRAPH, REF_PARAGRAPH),
    ),
    Case("paragraph count disagrees", (COUNT,), set_rows("meetings", {"paragraph_count": 7})),
    Case("session not in the batch", (SESSION_KNOWN,), set_rows("meetings", {"session_id": "CMW-999"})),
    Case("rows of a meeting not in the batch", ORPHANS, drop_meeting_row),
    Case(
        "continuation starts a new turn",
        (TURNS,),
        set_rows("statements", {"turn": 4}, paragraph=4),
        where="paragraph 4",
    ),
    Case(
        "continuation changes speaker",
        (x(IN_SET, "statements", "continuation_keeps_speaker"),),
        set_rows(
            "statements",
            {"speaker_label": "Mr. Tall (Country Rapporteur)", "speaker_name": "Tall", "speaker_role": "rapporteur"},
            paragraph=4,
        ),
        where="paragraph 4",
    ),
    Case(
        "speaker not in the batch",
        (SPEAKER_KNOWN,),
        set_rows("statements", {"speaker_id": "0123456789abcdef"}, paragraph=3),
        where="paragraph 3",
    ),
    Case(
        "figure of a paragraph not in the batch",
        (STATEMENT_KNOWN,),
        set_rows("indicators", {"paragraph": 99}, paragraph=3, position=1),
        where="paragraph 99 position 1",
    ),
)

WARNING_CASES = (
    Case(
        "percentage above 100",
        (c("indicators", BETWEEN, "percent_value"),),
        set_rows("indicators", {"value": 125.0}, paragraph=3, position=1),
        where="paragraph 3 position 1",
    ),
    Case(
        "period starts in 1850",
        (c("indicators", BETWEEN, "period_start"),),
        set_rows("indicators", {"period_start": 1850}, paragraph=3, position=2),
        where="paragraph 3 position 2",
    ),
    Case(
        "period ends after next year",
        (c("indicators", BETWEEN, "period_end"),),
        set_rows("indicators", {"period_end": 2028}, paragraph=3, position=2),
        where="paragraph 3 position 2",
    ),
    Case(
        "meeting date missing", (c("meetings", NOT_NULL, "meeting_date"),), set_rows("meetings", {"meeting_date": None})
    ),
    Case("chair unknown", (c("meetings", NOT_NULL, "chair_name"),), set_rows("meetings", {"chair_name": None})),
    Case(
        "record ends without its closing line",
        (c("meetings", NOT_NULL, "rose_at"),),
        set_rows("meetings", {"rose_at": None}),
    ),
    Case("no document symbol", (c("meetings", NOT_NULL, "symbol"),), set_rows("meetings", {"symbol": None})),
    Case("unusually short record", (c("meetings", BETWEEN, "paragraph_count"),), shorten_to_four_paragraphs),
    Case(
        "paragraph numbers inferred",
        (c("meetings", IN_SET, "numbering_inferred"),),
        set_rows("meetings", {"numbering_inferred": True}),
    ),
    Case(
        "country not an ISO code",
        (c("statements", REGEX, "country_iso3"),),
        set_rows("statements", {"country_iso3": "Mex"}, paragraph=3),
    ),
    Case("speaker id malformed", (c("statements", REGEX, "speaker_id"),), malformed_speaker_id),
    Case(
        "agenda nested too deep",
        (c("agenda_items", BETWEEN, "level"),),
        set_rows("agenda_items", {"level": 5}, position=2),
    ),
    Case(
        "agenda starts at paragraph 0",
        (c("agenda_items", BETWEEN, "first_paragraph"),),
        set_rows("agenda_items", {"first_paragraph": 0}, position=2),
        side_effects=(AGENDA_PARAGRAPH,),
    ),
    Case(
        "symbol not in UN form",
        (c("document_refs", REGEX, "symbol"),),
        set_rows("document_refs", {"symbol": "the second periodic report"}, paragraph=2),
    ),
    Case("gender unknown", (c("speakers", IN_SET, "gender"),), set_speaker({"gender": "unknown"})),
    Case(
        "speaker country not an ISO code",
        (c("speakers", REGEX, "country_iso3"),),
        set_speaker({"country_iso3": "Mexico"}),
    ),
    Case(
        "agenda item starts past the record",
        (AGENDA_PARAGRAPH,),
        set_rows("agenda_items", {"first_paragraph": 99}, position=2),
    ),
    Case(
        "reference to a paragraph not in the record",
        (REF_PARAGRAPH,),
        set_rows("document_refs", {"paragraph": 99}, paragraph=2),
    ),
)

ALL_CASES = ERROR_CASES + WARNING_CASES
# 7 countries x 17 delegates: every case meeting has a delegate of its own (speaker ids are name + country).
COUNTRIES = (
    ("MEX", "Mexico"),
    ("GHA", "Ghana"),
    ("PHL", "Philippines"),
    ("ECU", "Ecuador"),
    ("SEN", "Senegal"),
    ("LKA", "Sri Lanka"),
    ("MAR", "Morocco"),
)
DELEGATES = (
    ("Mr", "Asamoah"),
    ("Ms", "Santos"),
    ("Mr", "Espinosa"),
    ("Mr", "Diallo"),
    ("Ms", "Mensah"),
    ("Mr", "Reyes"),
    ("Ms", "Perera"),
    ("Mr", "El Amrani"),
    ("Ms", "Ndiaye"),
    ("Mr", "Villacís"),
    ("Ms", "Ocampo"),
    ("Mr", "Boakye"),
    ("Ms", "Fernando"),
    ("Mr", "Benali"),
    ("Ms", "Sow"),
    ("Mr", "Cruz"),
    ("Ms", "Aquino"),
)


def case_meeting_id(index: int) -> str:
    return f"CMW/C/SR.{200 + index}"


def case_id(name: str) -> str:
    return case_meeting_id(next(i for i, case in enumerate(ALL_CASES) if case.name == name))


def case_batch() -> Frames:
    """The good meetings and one meeting per case, then each case's breakage applied to its own meeting."""
    meetings = [
        meeting(
            200 + index,
            session_number=20 + index,  # a session per case, so a broken session traces to that meeting only
            country=COUNTRIES[index % len(COUNTRIES)],
            delegate=DELEGATES[index % len(DELEGATES)],
        )
        for index in range(len(ALL_CASES))
    ]
    frames = batch(*good_meetings(), *meetings)
    for index, case in enumerate(ALL_CASES):
        frames = case.mutate(frames, case_meeting_id(index))
    return frames


@pytest.fixture(scope="module")
def valid() -> BatchValidation:
    frames = batch(*good_meetings(), meeting(162, length=50))
    return validate_batch(frames, "run-valid", today=TODAY, keep_validation_results=True)


@pytest.fixture(scope="module")
def broken() -> BatchValidation:
    return validate_batch(case_batch(), "run-broken", today=TODAY, keep_validation_results=True)


def result_row(validation: BatchValidation, check: Check) -> dict[str, Any]:
    suite, frame, expectation, columns = check
    for row in validation.results.iter_rows(named=True):
        details = json.loads(row["details"])
        kwargs = details["kwargs"]
        if "column" in kwargs:
            named: tuple[str, ...] = (kwargs["column"],)
        elif "column_A" in kwargs:
            named = (kwargs["column_A"], kwargs["column_B"])
        else:
            named = tuple(kwargs["column_list"])
        frame_of_row = details["check_frame"].removeprefix(f"{CROSS_TABLE}.")
        if (row["suite"], frame_of_row, row["expectation"], named) == (suite, frame, expectation, columns):
            return row
    raise AssertionError(f"no result for {check}")


def suite_checks(severity: str) -> set[Check]:
    return {
        (suite.name, spec.frame, spec.type, spec.columns)
        for suite in load_suites()
        for spec in suite.expectations
        if spec.severity == severity
    }


# --- the valid batch ----------------------------------------------------------------------------


def test_valid_meetings_pass_every_expectation(valid: BatchValidation) -> None:
    failures = valid.results.filter(~pl.col("success"))
    assert failures.select("suite", "expectation", "column_name", "details").to_dicts() == []
    assert valid.failed_meetings == {}
    assert valid.warnings == 0
    assert valid.unattributed_errors == []
    assert valid.results.height == sum(len(suite.expectations) for suite in load_suites())


def test_results_match_the_warehouse_table(valid: BatchValidation) -> None:
    assert valid.results.schema == QUALITY_RESULTS
    assert set(valid.results["run_id"]) == {"run-valid"}
    assert set(valid.results["severity"]) == {"error", "warning"}
    assert set(valid.results["table_name"]) == {*ALL_TABLES, CROSS_TABLE}
    statements = valid.results.filter(pl.col("suite") == "statements")
    assert statements["element_count"].min() == 62  # 6 + 6 + 50 paragraphs
    for row in valid.results.iter_rows(named=True):
        assert json.loads(row["unexpected_sample"]) == []
        assert json.loads(row["details"])["description"]


def test_every_column_a_suite_reads_exists_in_its_check_frame() -> None:
    frames = check_frames(batch(*good_meetings()))
    for suite in load_suites():
        for spec in suite.expectations:
            assert set(spec.columns) <= set(frames[suite.name][spec.frame].columns), (suite.name, spec.columns)


def test_an_empty_batch_records_every_expectation_as_passed() -> None:
    validation = validate_batch(empty_batch(), "run-empty", today=TODAY)
    assert validation.results.height == sum(len(suite.expectations) for suite in load_suites())
    assert validation.results["success"].all()
    assert (validation.results["element_count"] == 0).all()
    assert validation.failed_meetings == {}
    assert validation.warnings == 0


# --- one broken meeting per case ----------------------------------------------------------------


@pytest.mark.parametrize(("index", "case"), [pytest.param(i, case, id=case.name) for i, case in enumerate(ERROR_CASES)])
def test_an_error_quarantines_the_meeting_that_broke_it(broken: BatchValidation, index: int, case: Case) -> None:
    mid = case_meeting_id(index)
    for check in case.checks:
        row = result_row(broken, check)
        assert row["success"] is False
        assert row["severity"] == "error"
        _, _, expectation, columns = check
        named = f"[{expectation} on {', '.join(columns)}]"
        if case.attributable:
            assert mid in row["meeting_ids"]
            reasons = [r for r in broken.failed_meetings.get(mid, []) if named in r]
            assert reasons, f"{mid} not held back for {named}: {broken.failed_meetings.get(mid)}"
            assert case.where in reasons[0]
        else:
            assert row["meeting_ids"] == []
            assert any(named in reason for reason in broken.unattributed_errors)


@pytest.mark.parametrize(
    ("index", "case"),
    [pytest.param(len(ERROR_CASES) + i, case, id=case.name) for i, case in enumerate(WARNING_CASES)],
)
def test_a_warning_is_recorded_and_the_meeting_loads(broken: BatchValidation, index: int, case: Case) -> None:
    mid = case_meeting_id(index)
    assert mid not in broken.failed_meetings
    for check in case.checks:
        row = result_row(broken, check)
        assert row["success"] is False
        assert row["severity"] == "warning"
        assert mid in row["meeting_ids"]
        assert json.loads(row["unexpected_sample"])


def test_every_expectation_is_broken_by_some_case() -> None:
    covered = {check for case in ALL_CASES for check in case.checks}
    assert suite_checks("error") - covered == set()
    assert suite_checks("warning") - covered == set()


def test_failures_name_only_the_meetings_that_broke_them(broken: BatchValidation) -> None:
    allowed: dict[Check, set[str]] = {}
    for index, case in enumerate(ALL_CASES):
        for check in (*case.checks, *case.side_effects):
            allowed.setdefault(check, set()).add(case_meeting_id(index))
    for check in suite_checks("error") | suite_checks("warning"):
        row = result_row(broken, check)
        assert set(row["meeting_ids"]) <= allowed.get(check, set()), check
    assert not set(GOOD) & set(broken.failed_meetings)
    held_back = {case_meeting_id(i) for i, case in enumerate(ERROR_CASES)}
    assert set(broken.failed_meetings) <= held_back


def test_warnings_count_failed_warning_expectations(broken: BatchValidation) -> None:
    assert broken.warnings == len(suite_checks("warning"))


def test_failed_results_carry_samples_and_failing_rows(broken: BatchValidation) -> None:
    row = result_row(broken, c("statements", IN_SET, "speaker_role"))
    assert json.loads(row["unexpected_sample"]) == ["orator"]
    assert row["unexpected_count"] == 1
    details = json.loads(row["details"])
    assert details["unexpected_rows"] == [
        {"meeting_id": case_id("role unknown"), "paragraph": 5, "speaker_role": "orator"}
    ]
    assert 'at paragraph 5 (speaker_role="orator")' in broken.failed_meetings[case_id("role unknown")][0]
    dates = result_row(broken, c("meetings", BETWEEN, "meeting_date_yyyymmdd"))
    assert sorted(json.loads(dates["unexpected_sample"])) == [19380501, 20310302]
    assert json.loads(dates["details"])["kwargs"]["max_value"] == 20261128
    for failed in broken.results.filter(~pl.col("success")).iter_rows(named=True):
        assert len(json.loads(failed["unexpected_sample"])) <= 20
        assert failed["meeting_ids"] == sorted(failed["meeting_ids"])


# --- the gate's contract ------------------------------------------------------------------------


def test_batches_validated_in_parallel_threads_keep_their_own_results() -> None:
    frames = {
        "good": batch(*good_meetings()),
        "bad": with_values(batch(*good_meetings()), "statements", at(GOOD[1], paragraph=5), speaker_role="orator"),
    }
    outcomes: dict[str, BatchValidation] = {}

    def run(name: str) -> None:
        outcomes[name] = validate_batch(frames[name], f"run-{name}", today=TODAY)

    threads = [threading.Thread(target=run, args=(name,)) for name in frames]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes["good"].failed_meetings == {}
    assert set(outcomes["good"].results["run_id"]) == {"run-good"}
    assert list(outcomes["bad"].failed_meetings) == [GOOD[1]]
    assert set(outcomes["bad"].results["run_id"]) == {"run-bad"}


def test_a_check_that_raises_is_reported_not_swallowed() -> None:
    spec = ExpectationSpec(
        BETWEEN,
        {"column": "paragraph", "min_value": 5, "max_value": 1},
        "error",
        "An impossible range.",
        "statements",
        {"severity": "error", "description": "An impossible range."},
    )
    frame = batch(*good_meetings())["statements"]
    job = CheckJob("statements", "statements", frame, (spec,), ("meeting_id", "paragraph"))
    (outcome,) = run_checks([job], {}).outcomes
    assert outcome.success is False
    assert "min_value cannot be greater than max_value" in (outcome.exception or "")


def test_a_frame_unlike_its_schema_is_refused() -> None:
    frames = batch(*good_meetings())
    frames["statements"] = frames["statements"].drop("word_count")
    with pytest.raises(ValueError, match="statements"):
        validate_batch(frames, "run-bad-schema")
    with pytest.raises(ValueError, match="no footnotes"):
        validate_batch({k: v for k, v in batch(*good_meetings()).items() if k != "footnotes"}, "run-missing")


def test_a_suite_without_severity_or_description_is_refused(tmp_path: Path) -> None:
    suite: dict[str, Any] = {
        "name": "footnotes",
        "meta": {"table": "footnotes"},
        "expectations": [{"type": NOT_NULL, "kwargs": {"column": "text"}, "meta": {"description": "Has text."}}],
    }
    (tmp_path / "footnotes.json").write_text(json.dumps(suite), encoding="utf-8")
    with pytest.raises(SuiteError, match="severity"):
        load_suites(tmp_path)
    suite["expectations"][0]["meta"] = {"severity": "error"}
    (tmp_path / "footnotes.json").write_text(json.dumps(suite), encoding="utf-8")
    load_suites.cache_clear()
    with pytest.raises(SuiteError, match="description"):
        load_suites(tmp_path)
    load_suites.cache_clear()


# --- check frames and real records --------------------------------------------------------------


def test_dates_and_times_become_numbers_and_night_sittings_run_on() -> None:
    frames = batch(
        meeting(160, meeting_date=date(1946, 1, 17), called_to_order=time(10, 5), rose_at=time(13, 0)),
        meeting(161, called_to_order=time(22, 30), rose_at=time(1, 15)),
        meeting(162, called_to_order=time(15, 0), rose_at=time(11, 0)),
    )
    checks = check_frames(frames)["meetings"]["meetings"]
    assert checks.select("meeting_date_yyyymmdd", "called_to_order_seconds", "rose_at_seconds").rows() == [
        (19460117, 36300, 46800),
        (20110405, 81000, 86400 + 4500),  # past midnight: counted on into the next day
        (20110405, 54000, 39600),  # an afternoon meeting that "rose" in the morning stays an error
    ]


def test_turns_and_paragraph_numbers_are_derived_per_meeting() -> None:
    frames = batch(meeting(160, length=7), meeting(161, length=4))
    shuffled = {**frames, "statements": frames["statements"].sample(fraction=1.0, shuffle=True, seed=7)}
    statements = check_frames(shuffled)[CROSS_TABLE]["statements"]
    assert (statements["turn"] == statements["expected_turn"]).all()
    assert (statements["paragraph"] == statements["expected_paragraph"]).all()
    assert statements["continuation_keeps_speaker"].all()
    first = statements.filter(pl.col("meeting_id") == "CMW/C/SR.160")
    assert first["expected_turn"].to_list() == [1, 2, 3, 3, 4, 5, 6]  # paragraph 4 continues paragraph 3


def test_parsed_real_records_pass_every_error_level_check() -> None:
    pytest.importorskip("transforms.indicators", reason="the parser needs the indicators module (issue 5)")
    from flows.sources import RawRecord as Document
    from transforms.parse import parse_documents

    root = Path(__file__).resolve().parent
    paths = sorted((root / "fixtures" / "summary").glob("*.txt"))
    paths += sorted((root.parent / "samples" / "summary-records").glob("*.txt"))
    parsed = parse_documents([Document(p.as_uri(), p.read_bytes(), p.name, "text/plain") for p in paths])
    assert parsed.frames["meetings"].height >= 5
    validation = validate_batch(parsed.frames, "run-real")
    assert validation.failed_meetings == {}
    assert validation.unattributed_errors == []


# --- Data Docs ----------------------------------------------------------------------------------


def test_data_docs_show_the_latest_run_with_failing_meetings_and_paragraphs(
    valid: BatchValidation, broken: BatchValidation, tmp_path: Path
) -> None:
    results = tmp_path / "results"
    assert len(save_validation_results(valid, results)) == 16  # 9 tables + 7 cross-table frames
    assert len(save_validation_results(broken, results)) == 16
    index = build_data_docs(results, tmp_path / "site", runs=1)
    assert index == tmp_path / "site" / "index.html"
    validations = tmp_path / "site" / "validations"
    assert {p.name for p in (validations / "statements").iterdir()} == {"run-broken"}
    (page,) = (validations / "statements").rglob("*.html")
    html = page.read_text(encoding="utf-8")
    assert "Paragraph numbers run 1..n without gaps within a meeting." in html
    assert "orator" in html
    assert case_id("role unknown") in html
    summary = index.read_text(encoding="utf-8")  # readable offline, where GX's own index table stays empty
    assert f"<a href='{page.relative_to(tmp_path / 'site').as_posix()}'>statements</a>" in summary
    assert "error(s) failed" in summary


def test_data_docs_keep_a_history_and_a_night_with_nothing_checked_keeps_the_site(
    valid: BatchValidation, broken: BatchValidation, tmp_path: Path
) -> None:
    results, site = tmp_path / "results", tmp_path / "site"
    assert build_data_docs(results, site) is None  # no run saved yet: no site, and no error
    save_validation_results(valid, results)
    save_validation_results(broken, results)
    index = build_data_docs(results, site)
    assert index is not None
    runs = {p.name for p in (site / "validations" / "statements").iterdir()}
    assert runs == {valid.results["run_id"][0], broken.results["run_id"][0]}
    (results / "run-with-nothing-new").mkdir()  # a night whose records were all loaded before
    assert build_data_docs(results, site) == index
    assert {p.name for p in (site / "validations" / "statements").iterdir()} == runs


def test_data_docs_render_only_the_new_runs_pages_and_drop_those_that_leave_the_history(
    valid: BatchValidation, broken: BatchValidation, tmp_path: Path
) -> None:
    results, added_to, whole = tmp_path / "results", tmp_path / "added-to", tmp_path / "whole"
    save_validation_results(valid, results)
    build_data_docs(results, added_to)
    first_pages = {page: page.stat().st_mtime_ns for page in (added_to / "validations").rglob("*.html")}
    save_validation_results(broken, results)

    build_data_docs(results, added_to)
    build_data_docs(results, whole)  # the same two runs, rendered from nothing

    def files(site: Path) -> set[str]:
        return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}

    def summary(site: Path) -> str:
        return (site / "index.html").read_text(encoding="utf-8").split("<body>", 1)[1].split("</section>", 1)[0]

    assert files(added_to) == files(whole)
    assert summary(added_to) == summary(whole)
    assert {page: page.stat().st_mtime_ns for page in first_pages} == first_pages  # not rendered again

    build_data_docs(results, added_to, runs=1)  # the older run leaves the history: its pages go
    shutil.rmtree(whole)
    build_data_docs(results, whole, runs=1)
    assert files(added_to) == files(whole)
    assert {p.name for p in (added_to / "validations" / "statements").iterdir()} == {broken.results["run_id"][0]}
