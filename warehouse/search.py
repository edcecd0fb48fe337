"""Full-text search over statements: a Tantivy index beside the warehouse, kept up to date night by night.

The index holds one document per paragraph: its words stemmed in its language (English, or French
and Spanish for those versions of a meeting, `warehouse.versions`), with positions for phrase
queries, and what a search filters on (language, body, delegation, speaker, meeting date). A
version in another language is known by the meeting's id and its language (CRC/C/SR.2501@fr). It is
derived from the warehouse and never the other way round. The flow indexes each batch it loads
from the batch's own frames (`index_batch`): a night of 50 records indexes 50 records, whatever
the history. At the run's end `update_search_index` compares the meetings the warehouse holds
(each with the run that loaded it and its content hash) with the meetings the index holds (its
manifest, written after each commit) and indexes whatever differs: normally nothing.

A crash between the warehouse's commit and the index's leaves the index behind: the next update
catches up. A crash between the index's commit and its manifest leaves meetings indexed that the
manifest does not list: the next update deletes them by meeting before adding them again, so no
paragraph is ever indexed twice. `records reindex` rebuilds the whole index from the warehouse.

Readers (`records search`) open the last commit and never wait for the writer; the hits' meetings,
speakers and text are read from the warehouse (the read copy), so a hit is shown as loaded.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import polars as pl
import tantivy
from anyascii import anyascii

from transforms.language import VERSION_SEPARATOR, version_id
from warehouse.sql import statement
from warehouse.versions import SCHEMA_OF_LANGUAGE

# The index's layout: an index written by another layout is rebuilt, not read.
_LAYOUT = 2
# Each language's words, in a field of its own with its stemmer (Tantivy's Snowball stemmers).
_TEXT_FIELD = {"en": "text", "fr": "text_fr", "es": "text_es"}
_STEMMER = {"fr": "french", "es": "spanish"}
_LAYOUT_FILE = "records-index.json"
_MANIFEST = "indexed-meetings.parquet"
# Paragraphs read from the warehouse and added at a time: memory stays flat on a rebuild.
_ROWS_PER_READ = 20_000


class SearchIndexMissing(Exception):
    """No search index has been built beside this warehouse yet."""


class QueryError(ValueError):
    """A query Tantivy's query language cannot read (an unclosed quote, a field it does not know)."""


@dataclass(frozen=True, slots=True)
class IndexUpdate:
    added_meetings: int
    removed_meetings: int
    added_paragraphs: int
    rebuilt: bool


@dataclass(frozen=True, slots=True)
class Filters:
    body: str | None = None
    country: str | None = None
    speaker: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    meeting_id: str
    paragraph: int
    body: str | None
    meeting_date: date | None
    speaker_name: str | None
    country_iso3: str | None
    score: float
    snippet: str
    language: str = "en"


def update_search_index(
    con: duckdb.DuckDBPyConnection, index_dir: Path, *, rebuild: bool = False, memory_bytes: int = 64 << 20
) -> IndexUpdate:
    """Index the meetings loaded or replaced since the last update, and forget those no longer loaded.

    With `rebuild`, or when there is no index of this layout yet, the whole index is built again
    in a folder beside it and put in its place; readers keep the old one until then.
    """
    current = con.execute(statement("meeting_versions")).pl()
    if rebuild or not _is_current_layout(index_dir):
        building = index_dir.with_name(index_dir.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        update = _update(con, building, current, indexed=_no_meetings(), memory_bytes=memory_bytes)
        _put_in_place(building, index_dir)
        return IndexUpdate(update.added_meetings, 0, update.added_paragraphs, rebuilt=True)
    return _update(con, index_dir, current, indexed=_indexed(index_dir), memory_bytes=memory_bytes)


def index_batch(
    index_dir: Path, frames: Mapping[str, pl.DataFrame], run_id: str, *, memory_bytes: int = 64 << 20
) -> int:
    """Index a batch just loaded, from the frames it was loaded from; return the paragraphs indexed.

    Read back from the warehouse, a night's paragraphs would cost a scan of every paragraph loaded
    before them; taken from the batch, they cost their own. A batch that loaded no meeting costs
    nothing. Without an index of this layout yet, nothing is done here: `update_search_index` at
    the run's end builds it whole.
    """
    if frames["meetings"].is_empty() or not _is_current_layout(index_dir):
        return 0
    # A batch names a version in another language by the meeting's id and its language, as the index does.
    meetings = frames["meetings"].select(
        "meeting_id",
        "body",
        "meeting_date",
        pl.col("language").fill_null("en"),
        version=pl.lit(f"{run_id}:") + pl.col("content_sha256").fill_null(""),  # as `meeting_versions` says
    )
    rows = (
        frames["statements"]
        .select("meeting_id", "paragraph", "text", "speaker_name", "country_iso3")
        .join(meetings.select("meeting_id", "body", "meeting_date", "language"), on="meeting_id", how="inner")
    )
    indexed = _indexed(index_dir)
    documents = (_document(row[:-1], row[-1]) for row in rows.iter_rows())
    _write(index_dir, meetings["meeting_id"].to_list(), documents, memory_bytes)
    batch = meetings.select("meeting_id", "version")
    _write_manifest(index_dir, pl.concat([indexed.join(batch, on="meeting_id", how="anti"), batch]))
    return rows.height


def search_statements(
    index_dir: Path,
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    filters: Filters = Filters(),
    limit: int = 10,
    language: str = "en",
) -> list[Hit]:
    """The best-matching paragraphs (BM25) of one language's versions, with their meeting, speaker and a snippet."""
    if not _is_current_layout(index_dir):
        raise SearchIndexMissing(f"no search index at {index_dir}")
    if language not in _TEXT_FIELD:
        raise QueryError(f"no paragraphs in language {language!r}: one of {', '.join(_TEXT_FIELD)}")
    index = _open(index_dir)
    searcher = index.searcher()
    try:
        matching = index.parse_query(query, [_TEXT_FIELD[language]])
    except ValueError as error:
        raise QueryError(str(error)) from None
    in_language = tantivy.Query.term_query(index.schema, "language", language)
    both = tantivy.Query.boolean_query([(tantivy.Occur.Must, matching), (tantivy.Occur.Must, in_language)])
    found = searcher.search(_filtered(index.schema, both, filters), limit).hits
    keys = [searcher.doc(address) for _, address in found]
    rows = con.execute(
        statement("search_hits").format(schema=SCHEMA_OF_LANGUAGE[language]),
        {
            "meeting_ids": [key["meeting_id"][0].split(VERSION_SEPARATOR, 1)[0] for key in keys],
            "paragraphs": [key["paragraph"][0] for key in keys],
            "scores": [score for score, _ in found],
        },
    ).fetchall()
    # A hit the warehouse no longer holds (replaced since the index's last update) is left out.
    return [
        Hit(meeting_id, paragraph, body, day, speaker, iso3, score, snippet(text, query), language)
        for meeting_id, paragraph, body, day, speaker, iso3, score, text in rows
    ]


def snippet(text: str, query: str, width: int = 90) -> str:
    """The text around the query's first phrase, or else its first word, cut at word boundaries."""
    phrases = [r"\W+".join(map(re.escape, phrase.split())) for phrase in _PHRASE.findall(query) if phrase.split()]
    words = [re.escape(word) for word in _QUERY_WORD.findall(query) if len(word) > 2 and word not in _OPERATORS]
    match = None
    for wanted in (phrases, words):
        if wanted and (match := re.search(r"\b(?:" + "|".join(wanted) + r")", text, re.IGNORECASE)):
            break
    start = max(0, (match.start() if match else 0) - width // 2)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + width)
    end = text.find(" ", end) if text.find(" ", end) != -1 else len(text)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


_PHRASE = re.compile(r'"([^"]*)"')
_QUERY_WORD = re.compile(r"(?<![:\w])\w+")  # words, not field names ("body:") nor their values' prefixes
_OPERATORS = frozenset({"AND", "OR", "NOT", "TO"})


def _schema() -> tantivy.Schema:
    schema = tantivy.SchemaBuilder()
    schema.add_text_field("meeting_id", stored=True, tokenizer_name="raw")
    schema.add_integer_field("paragraph", stored=True, indexed=False)
    schema.add_text_field("text", tokenizer_name="en_stem", index_option="position")
    for language in _STEMMER:
        schema.add_text_field(_TEXT_FIELD[language], tokenizer_name=f"{language}_stem", index_option="position")
    schema.add_text_field("language", tokenizer_name="raw")
    schema.add_text_field("body", tokenizer_name="raw")
    schema.add_text_field("country", tokenizer_name="raw")
    schema.add_text_field("speaker", tokenizer_name="default")  # lower case, word by word
    schema.add_date_field("meeting_date", indexed=True, fast=True)
    return schema.build()


def _filtered(schema: tantivy.Schema, matching: tantivy.Query, filters: Filters) -> tantivy.Query:
    musts = [matching]
    if filters.body:
        musts.append(tantivy.Query.term_query(schema, "body", filters.body))
    if filters.country:
        musts.append(tantivy.Query.term_query(schema, "country", filters.country))
    for word in _name_words(filters.speaker or ""):
        musts.append(tantivy.Query.term_query(schema, "speaker", word))
    if filters.since or filters.until:
        since, until = (_midnight(day) if day else None for day in (filters.since, filters.until))
        musts.append(tantivy.Query.range_query(schema, "meeting_date", tantivy.FieldType.Date, since, until))
    if len(musts) == 1:
        return matching
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, query) for query in musts])


def _name_words(name: str) -> list[str]:
    """A name as the index holds it: accents and other scripts' letters folded, lower case, word by word."""
    return re.findall(r"[a-z0-9]+", anyascii(name).lower())


def _update(
    con: duckdb.DuckDBPyConnection, index_dir: Path, current: pl.DataFrame, *, indexed: pl.DataFrame, memory_bytes: int
) -> IndexUpdate:
    gone = indexed.join(current, on=["meeting_id", "version"], how="anti")["meeting_id"].to_list()
    new = current.join(indexed, on=["meeting_id", "version"], how="anti")["meeting_id"].to_list()
    if not gone and not new and index_dir.exists():
        return IndexUpdate(0, 0, 0, rebuilt=False)
    paragraphs = _write(index_dir, [*gone, *new], _documents(con, new), memory_bytes)
    _write_manifest(index_dir, current)
    removed = set(gone) - set(new)  # a meeting whose rows were replaced is indexed again, not removed
    return IndexUpdate(len(new), len(removed), paragraphs, rebuilt=False)


def _write(
    index_dir: Path, meeting_ids: Sequence[str], documents: Iterable[tantivy.Document], memory_bytes: int
) -> int:
    """Replace the meetings' documents in one commit; return how many were added."""
    index_dir.mkdir(parents=True, exist_ok=True)
    index = _open(index_dir, create=True)
    writer = index.writer(memory_bytes, num_threads=1)
    # Deleted before added: a delete applies to what was added before it, so a meeting indexed by a
    # commit whose manifest was never written is replaced, not doubled.
    for meeting_id in meeting_ids:
        writer.delete_documents_by_term("meeting_id", meeting_id)
    added = 0
    for document in documents:
        writer.add_document(document)
        added += 1
    writer.commit()
    writer.wait_merging_threads()
    return added


def _open(index_dir: Path, *, create: bool = False) -> tantivy.Index:
    """The index, with the French and Spanish analysers its fields name (an index keeps no analyser itself)."""
    index = tantivy.Index(_schema(), path=str(index_dir), reuse=True) if create else tantivy.Index.open(str(index_dir))
    for language, stemmer in _STEMMER.items():
        analyser = (
            tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.stemmer(stemmer))
            .build()
        )
        index.register_tokenizer(f"{language}_stem", analyser)
    return index


def _documents(con: duckdb.DuckDBPyConnection, version_keys: Sequence[str]) -> Iterator[tantivy.Document]:
    """The documents of the given versions (CMW/C/SR.160, CRC/C/SR.2501@fr), read from their language's tables."""
    by_language: dict[str, list[str]] = {}
    for key in version_keys:
        meeting_id, _, language = key.partition(VERSION_SEPARATOR)
        by_language.setdefault(language or "en", []).append(meeting_id)
    for language, meeting_ids in by_language.items():
        query = statement("statements_to_index").format(schema=SCHEMA_OF_LANGUAGE[language])
        rows = con.execute(query, {"meeting_ids": meeting_ids})
        while chunk := rows.fetchmany(_ROWS_PER_READ):
            for meeting_id, paragraph, text, speaker, country, body, day in chunk:
                key = version_id(meeting_id, language)
                yield _document((key, paragraph, text, speaker, country, body, day), language)


# A paragraph as the index takes it: meeting, paragraph, text, speaker, delegation, body, meeting date.
_Row = tuple[str, int, str | None, str | None, str | None, str | None, date | None]


def _document(row: _Row, language: str = "en") -> tantivy.Document:
    meeting_id, paragraph, text, speaker, country, body, meeting_date = row
    document = tantivy.Document(meeting_id=meeting_id, paragraph=paragraph, language=language)
    document.add_text(_TEXT_FIELD.get(language, "text"), text or "")
    if body:
        document.add_text("body", body)
    if country:
        document.add_text("country", country)
    if speaker:
        document.add_text("speaker", " ".join(_name_words(speaker)))
    if meeting_date:
        document.add_date("meeting_date", _midnight(meeting_date))
    return document


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _is_current_layout(index_dir: Path) -> bool:
    try:
        layout = json.loads((index_dir / _LAYOUT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(layout, dict) and layout.get("layout") == _LAYOUT and (index_dir / _MANIFEST).is_file()


def _indexed(index_dir: Path) -> pl.DataFrame:
    return pl.read_parquet(index_dir / _MANIFEST)


def _no_meetings() -> pl.DataFrame:
    return pl.DataFrame(schema={"meeting_id": pl.String, "version": pl.String})


def _write_manifest(index_dir: Path, current: pl.DataFrame) -> None:
    """What the index holds, written whole and then renamed over the last: never half a manifest."""
    partial = index_dir / f"{_MANIFEST}.partial"
    current.write_parquet(partial)
    partial.replace(index_dir / _MANIFEST)
    (index_dir / _LAYOUT_FILE).write_text(json.dumps({"layout": _LAYOUT}), encoding="utf-8")


def _put_in_place(built: Path, index_dir: Path) -> None:
    """The rebuilt index where the old one was; a reader between the two renames finds none for an instant."""
    old = index_dir.with_name(index_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if index_dir.exists():
        index_dir.rename(old)
    built.rename(index_dir)
    shutil.rmtree(old, ignore_errors=True)
