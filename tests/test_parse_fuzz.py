"""Property-based fuzzing of the parser: random and mutated records never raise, and outputs stay sane."""

from __future__ import annotations

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.sources import RawRecord as Document
from tests.conftest import SAMPLE
from transforms.parse import ParsedBatch, parse_documents

SAMPLE_LINES = SAMPLE.read_text(encoding="utf-8").split("\n")


def parse_text(text: str, filename: str = "fuzz.txt") -> ParsedBatch:
    return parse_documents([Document("file:///fuzz", text.encode("utf-8", "surrogatepass"), filename)])


def assert_sane(batch: ParsedBatch) -> None:
    """No parser bug surfaced as a reject, and every loaded meeting is whole and consistent."""
    assert all(not reject.reason.startswith("parser error") for reject in batch.rejects), batch.rejects
    assert len(batch.rejects) + batch.frames["meetings"].height == 1
    for meeting in batch.frames["meetings"].iter_rows(named=True):
        statements = batch.frames["statements"].filter(pl.col("meeting_id") == meeting["meeting_id"])
        assert statements.height == meeting["paragraph_count"]
        # Only a record whose masthead titles it may have lost every paragraph (the quality gate holds it back).
        assert statements.height > 0 or meeting["meeting_number"] is not None
        assert statements["paragraph"].is_unique().all()
        assert statements["turn"].is_sorted()
    # Every figure's offsets cut its surface out of its paragraph, checked for all of them at once.
    figures = batch.frames["indicators"].join(
        batch.frames["statements"].select("meeting_id", "paragraph", "text"),
        on=["meeting_id", "paragraph"],
        how="left",
    )
    cut = pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
    wrong = figures.filter(pl.col("text").is_null() | (cut != pl.col("surface")))
    assert wrong.height == 0, wrong.head(3).to_dicts()


lines = st.sampled_from(SAMPLE_LINES)
noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(lines, noise), max_size=40))
def test_shuffled_and_noisy_records(parts: list[str]) -> None:
    assert_sane(parse_text("\n".join(parts)))


@settings(max_examples=40, deadline=None)
@given(st.integers(0, len(SAMPLE_LINES) - 1), st.integers(0, 5000), noise)
def test_a_mutated_sample(line: int, cut: int, insert: str) -> None:
    mutated = list(SAMPLE_LINES)
    mutated[line] = mutated[line][: cut % (len(mutated[line]) + 1)] + insert
    assert_sane(parse_text("\n".join(mutated)))


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 3), st.text(min_size=1, max_size=20))
def test_huge_paragraphs(copies: int, word: str) -> None:
    huge = "1.\tMr. Tall (Mexico) said that " + " ".join([word] * 20_000 * copies) + "."
    assert_sane(parse_text("The meeting was called to order at 10 a.m.\n" + huge))


def test_no_paragraphs_at_all_is_a_clean_rejection() -> None:
    batch = parse_text("United Nations\nCMW/C/SR.160\n\n\n")
    assert [(r.stage, r.reason) for r in batch.rejects] == [
        ("parse", "not a meeting record: no masthead, opening line or speaker found")
    ]


@given(st.lists(st.text(alphabet=st.sampled_from("ab \t\n\u00a0\u2009"), max_size=12), max_size=30))
def test_word_count_is_what_split_counts(texts: list[str]) -> None:
    """The word count takes a shortcut for single-spaced text; it must agree with `str.split` on any spacing."""
    from transforms.parse import _word_count

    counted = pl.DataFrame({"text": texts}, schema={"text": pl.String}).select(_word_count(pl.col("text")))
    assert counted["text"].to_list() == [len(text.split()) for text in texts]
