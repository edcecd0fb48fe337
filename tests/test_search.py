"""The full-text search index: updated by what a night changed, consistent after a crash, and what it finds.

Every warehouse here is a real DuckDB file (or DuckLake) loaded with parsed records; every index is a
real Tantivy index on disk. What a search should find is counted in the warehouse itself, with SQL.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest
import tantivy

from flows.sources import RawRecord
from tests.conftest import SAMPLE, scalar
from tests.corpus import generate_records
from transforms.parse import parse_documents
from transforms.schemas import QUARANTINE
from warehouse.load import BatchToLoad, load_batch
from warehouse.search import (
    Filters,
    IndexUpdate,
    QueryError,
    SearchIndexMissing,
    index_batch,
    search_statements,
    update_search_index,
)
from warehouse.store import connect, migrate

RECORDS = list(generate_records(40, seed=11))
# Words and every form English stemming gives the same stem, as the warehouse's regular expressions.
WORD_FORMS = {
    "committee": r"\bcommittees?\b",
    "children": r"\bchildren\b",
    "detention": r"\bdetentions?\b",
}


def load(
    con: duckdb.DuckDBPyConnection, records: Iterable[tuple[str, str | bytes]], run_id: str
) -> dict[str, pl.DataFrame]:
    documents = [
        RawRecord(f"file:///corpus/{name}", text.encode() if isinstance(text, str) else text, name)
        for name, text in records
    ]
    parsed = parse_documents(documents)
    assert parsed.rejects == []
    load_batch(con, BatchToLoad(parsed.frames, pl.DataFrame(schema=QUARANTINE), None, "test"), run_id)
    return parsed.frames


@pytest.fixture
def warehouse(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(str(tmp_path / "records.duckdb"))
    migrate(con)
    yield con
    con.close()


def matching(con: duckdb.DuckDBPyConnection, pattern: str, where: str = "true") -> set[tuple[str, int]]:
    """The paragraphs whose text matches a regular expression, counted by the warehouse."""
    rows = con.execute(
        "select s.meeting_id, s.paragraph from statements s join meetings m using (meeting_id) "
        f"where regexp_matches(s.text, ?, 'i') and {where}",
        [pattern],
    ).fetchall()
    return set(rows)


def found(
    index: Path, con: duckdb.DuckDBPyConnection, query: str, filters: Filters | None = None
) -> set[tuple[str, int]]:
    hits = search_statements(index, con, query, filters=filters or Filters(), limit=10_000)
    return {(hit.meeting_id, hit.paragraph) for hit in hits}


def indexed_paragraphs(index: Path) -> int:
    return tantivy.Index.open(str(index)).searcher().num_docs


def paragraphs(con: duckdb.DuckDBPyConnection) -> int:
    return int(scalar(con, "select count(*) from statements"))


def test_a_night_indexes_what_it_loaded_or_replaced_and_forgets_what_left(
    warehouse: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    index = tmp_path / "search_index"
    load(warehouse, RECORDS[:30], "run-1")
    first = update_search_index(warehouse, index)
    assert (first.added_meetings, first.rebuilt) == (30, True)

    load(warehouse, RECORDS[30:], "run-2")
    night = update_search_index(warehouse, index)
    assert (night.added_meetings, night.removed_meetings, night.rebuilt) == (10, 0, False)
    assert night.added_paragraphs == scalar(
        warehouse, "select count(*) from statements join meetings using (meeting_id) where run_id = 'run-2'"
    )

    quiet = update_search_index(warehouse, index)
    assert (quiet.added_meetings, quiet.removed_meetings, quiet.added_paragraphs) == (0, 0, 0)

    # A revised record: its meeting's paragraphs are indexed again, the old ones are gone.
    name, text = RECORDS[3]
    word = "xylophonic"
    load(warehouse, [(name, text.replace(" said ", f" said, {word}, ", 1))], "run-3")
    revised = update_search_index(warehouse, index)
    assert (revised.added_meetings, revised.removed_meetings) == (1, 0)
    assert found(index, warehouse, word) == matching(warehouse, word) != set()

    # A meeting that left the warehouse leaves the index.
    gone = scalar(warehouse, "select meeting_id from meetings order by meeting_id limit 1")
    warehouse.execute("delete from statements where meeting_id = ?", [gone])
    warehouse.execute("delete from meetings where meeting_id = ?", [gone])
    left = update_search_index(warehouse, index)
    assert (left.added_meetings, left.removed_meetings) == (0, 1)

    assert indexed_paragraphs(index) == paragraphs(warehouse)
    for word, forms in WORD_FORMS.items():
        assert found(index, warehouse, word) == matching(warehouse, forms), word


def test_a_batch_indexed_from_its_own_frames_is_what_the_warehouse_holds(
    warehouse: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    """What the flow does after each load: the end-of-run comparison then finds nothing to do."""
    index = tmp_path / "search_index"
    assert index_batch(index, load(warehouse, RECORDS[:10], "run-1"), "run-1") == 0  # no index yet
    update_search_index(warehouse, index)
    name, text = RECORDS[0]
    frames = load(warehouse, [*RECORDS[10:25], (name, text.replace(" said ", " said, xylophonic, ", 1))], "run-2")
    assert index_batch(index, frames, "run-2") == frames["statements"].height
    manifest = (index / "indexed-meetings.parquet").stat().st_mtime_ns
    nothing = {name: frame.clear() for name, frame in frames.items()}
    assert index_batch(index, nothing, "run-3") == 0  # a batch whose records were all skipped
    assert (index / "indexed-meetings.parquet").stat().st_mtime_ns == manifest
    assert update_search_index(warehouse, index) == IndexUpdate(0, 0, 0, rebuilt=False)
    assert indexed_paragraphs(index) == paragraphs(warehouse)
    assert found(index, warehouse, "xylophonic") == matching(warehouse, "xylophonic") != set()
    for word, forms in WORD_FORMS.items():
        assert found(index, warehouse, word) == matching(warehouse, forms), word


def test_an_index_behind_the_warehouse_catches_up(warehouse: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    """The run's batches committed, then it died before the index: the next update indexes them."""
    index = tmp_path / "search_index"
    load(warehouse, RECORDS[:20], "run-1")
    update_search_index(warehouse, index)
    load(warehouse, RECORDS[20:], "run-2")  # no update: the crash
    caught_up = update_search_index(warehouse, index)
    assert caught_up.added_meetings == 20
    assert indexed_paragraphs(index) == paragraphs(warehouse)


def test_a_crash_between_the_index_commit_and_its_manifest_indexes_nothing_twice(
    warehouse: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    index = tmp_path / "search_index"
    load(warehouse, RECORDS[:20], "run-1")
    update_search_index(warehouse, index)
    manifest = index / "indexed-meetings.parquet"
    before = manifest.read_bytes()
    load(warehouse, RECORDS[20:], "run-2")
    update_search_index(warehouse, index)
    manifest.write_bytes(before)  # the index committed run-2's meetings; its manifest still says run-1's

    again = update_search_index(warehouse, index)
    assert again.added_meetings == 20
    assert indexed_paragraphs(index) == paragraphs(warehouse)
    assert found(index, warehouse, "committee") == matching(warehouse, WORD_FORMS["committee"])


def test_reindex_rebuilds_a_lost_or_damaged_index_from_the_warehouse(
    warehouse: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    index = tmp_path / "search_index"
    load(warehouse, RECORDS, "run-1")
    with pytest.raises(SearchIndexMissing):
        search_statements(index, warehouse, "committee")
    update_search_index(warehouse, index)
    expected = found(index, warehouse, "committee")
    for segment in index.glob("*.idx"):
        # Damaged as a disk or another program damages it: a new file in its place. Truncating it in
        # place would pull the pages from under any mapping of it this process still holds (SIGBUS).
        damaged = segment.with_name(f"{segment.name}.damaged")
        damaged.write_bytes(b"damaged")
        damaged.replace(segment)
    rebuilt = update_search_index(warehouse, index, rebuild=True)
    assert (rebuilt.added_meetings, rebuilt.rebuilt) == (40, True)
    assert found(index, warehouse, "committee") == expected
    assert not list(tmp_path.glob("search_index.*"))  # nothing left beside it
    shutil.rmtree(index)
    assert update_search_index(warehouse, index).rebuilt  # an index lost is built again by the next night


def test_words_are_stemmed_phrases_kept_in_order_and_ranked(
    warehouse: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    index = tmp_path / "search_index"
    load(warehouse, [*RECORDS, (SAMPLE.name, SAMPLE.read_bytes())], "run-1")
    update_search_index(warehouse, index)

    # Stemming: a singular finds the plural and the plural the singular.
    assert found(index, warehouse, "complaint") == found(index, warehouse, "complaints")
    assert found(index, warehouse, "complaint") >= matching(warehouse, r"\bcomplaints\b")
    assert found(index, warehouse, "complaint") != set()

    # A phrase: the words next to each other, in that order, and no other paragraph with both words.
    both = found(index, warehouse, "migrant AND workers")
    phrase = found(index, warehouse, '"migrant workers"')
    assert phrase == matching(warehouse, r"\bmigrants?\W+workers?\b")
    assert phrase < both

    hits = search_statements(index, warehouse, "trafficking", limit=5)
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert all("trafficking" in hit.snippet.lower() for hit in hits)

    with pytest.raises(QueryError):
        search_statements(index, warehouse, '"migrant workers')


def test_filters_by_body_delegation_speaker_and_date(warehouse: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    index = tmp_path / "search_index"
    load(warehouse, [*RECORDS, (SAMPLE.name, SAMPLE.read_bytes())], "run-1")
    update_search_index(warehouse, index)
    word = WORD_FORMS["committee"]
    body, country, day = warehouse.execute(
        "select m.body, s.country_iso3, m.meeting_date from statements s join meetings m using (meeting_id) "
        "where s.country_iso3 is not null order by m.meeting_date, s.meeting_id limit 1 offset 40"
    ).fetchone()  # type: ignore[misc]
    assert found(index, warehouse, "committee", Filters(body=body)) == matching(warehouse, word, f"m.body = '{body}'")
    assert found(index, warehouse, "committee", Filters(country=country)) == matching(
        warehouse, word, f"s.country_iso3 = '{country}'"
    )
    since, until = date(day.year, 1, 1), date(day.year + 3, 12, 31)
    assert found(index, warehouse, "committee", Filters(since=since, until=until)) == matching(
        warehouse, word, f"m.meeting_date between '{since}' and '{until}'"
    )
    assert found(index, warehouse, "committee", Filters(until=until)) == matching(
        warehouse, word, f"m.meeting_date <= '{until}'"
    )
    # A speaker by name, accents and capitals aside: "Herrera Rivero" is the sample's Mexican delegate.
    assert (
        found(index, warehouse, "migrant", Filters(speaker="HERRERA rivero"))
        == matching(warehouse, r"\bmigrants?\b", "s.speaker_name = 'Herrera Rivero'")
        != set()
    )
    assert found(index, warehouse, "migrant", Filters(speaker="Nobody-Of-That-Name")) == set()


def test_a_ducklake_warehouse_has_a_search_index_too(tmp_path: Path) -> None:
    lake = f"ducklake:{tmp_path / 'lake' / 'catalog.ducklake'}"
    index = tmp_path / "search_index"
    con = connect(lake)
    try:
        migrate(con)
        load(con, RECORDS[:10], "run-1")
        assert update_search_index(con, index).added_meetings == 10
        assert found(index, con, "committee") == matching(con, WORD_FORMS["committee"]) != set()
    finally:
        con.close()


def test_each_language_version_is_searched_in_its_own_language(
    warehouse: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    """A French or Spanish version (`warehouse.versions`) is indexed with its language's stemmer, beside the English."""
    index = tmp_path / "search_index"
    load(warehouse, RECORDS[:3], "run-1")
    update_search_index(warehouse, index)
    versions = Path(__file__).parent / "fixtures" / "versions"
    trio = [(path.name, path.read_bytes()) for path in sorted(versions.glob("*.txt"))]

    frames = load(warehouse, trio, "run-2")

    assert index_batch(index, frames, "run-2") == 18  # six paragraphs in each of the three languages
    assert update_search_index(warehouse, index) == IndexUpdate(0, 0, 0, rebuilt=False)
    versions_held = scalar(
        warehouse, "select (select count(*) from fr.statements) + (select count(*) from es.statements)"
    )
    assert indexed_paragraphs(index) == paragraphs(warehouse) + versions_held
    assert found(index, warehouse, "inspection") == {("CRC/C/SR.2501", 5)}
    in_french = search_statements(index, warehouse, "inspections", language="fr")  # stemmed: "inspection"
    in_spanish = search_statements(index, warehouse, "centro", language="es")  # "centros", "centro"
    assert [(hit.meeting_id, hit.paragraph, hit.language) for hit in in_french] == [("CRC/C/SR.2501", 5, "fr")]
    assert {(hit.paragraph, hit.speaker_name) for hit in in_spanish} == {
        (3, "Pereira Salvo"), (4, "Aldoseri"), (5, "Pereira Salvo"),
    }  # fmt: skip
    assert "centro" in in_spanish[0].snippet
    with pytest.raises(QueryError, match="no paragraphs in language 'de'"):
        search_statements(index, warehouse, "Kinder", language="de")
    rebuilt = update_search_index(warehouse, index, rebuild=True)
    assert (rebuilt.added_paragraphs, indexed_paragraphs(index)) == (indexed_paragraphs(index),) * 2
