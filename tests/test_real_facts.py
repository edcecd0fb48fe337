"""The labelled facts of real UN records, and the script that scores the parser against them.

The records themselves are not in the repository (`tests/fixtures/real/README.md` says why and how
to fetch them); these tests hold the facts file to its rules and the scorer to honest counting,
on records written for this corpus.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks.real_accuracy import FACTS, load_facts, score, split_of, split_of_fact
from transforms.countries import country_name

ROLES = {"chair", "member", "rapporteur", "delegation", "secretariat", "observer"}
SUMMARY = Path(__file__).parent / "fixtures" / "summary"


@pytest.fixture(scope="module")
def facts() -> list[dict[str, Any]]:
    return load_facts(FACTS)


def test_enough_records_of_enough_bodies_and_decades(facts: list[dict[str, Any]]) -> None:
    assert len(facts) >= 150
    bodies = Counter(fact["body"] for fact in facts)
    assert len(bodies) >= 12
    treaty_bodies = {"CAT", "CCPR", "CESCR", "CRC", "CMW", "CEDAW", "CERD", "CRPD", "CED"}
    assert treaty_bodies <= set(bodies)
    decades = {fact["meeting_date"][:3] for fact in facts if fact["meeting_date"]}
    assert {"194", "195", "196", "197", "198", "199", "200", "201", "202"} <= decades


def test_french_and_spanish_records_are_labelled_too(facts: list[dict[str, Any]]) -> None:
    languages = Counter(fact["language"] for fact in facts)
    assert languages["fr"] >= 40
    assert languages["es"] >= 40
    # The meeting's part in the warehouse's English words, whatever the record's language.
    parts = {fact["meeting_part"] for fact in facts if fact["language"] != "en" and fact["meeting_part"]}
    assert parts <= {
        "partial",
        "first part (public)",
        "second part (public)",
        "public part",
        "first part",
        "partial; first part (public)",
    }


def test_ids_are_unique_and_a_third_is_held_out_by_id(facts: list[dict[str, Any]]) -> None:
    ids = [fact["id"] for fact in facts]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+", record_id) for record_id in ids)
    # Records read before they were labelled (the pool the parser was checked on by eye) are tuned on, whatever
    # their id; a third of the others is held out by the id's hash.
    assert all(fact["split"] == split_of_fact(fact) for fact in facts)
    assert all(fact["split"] == split_of(fact["id"]) for fact in facts if not fact.get("studied"))
    unstudied = [fact for fact in facts if not fact.get("studied")]
    held_out = sum(fact["split"] == "holdout" for fact in unstudied) / len(unstudied)
    assert 0.25 < held_out < 0.42


def test_every_fact_is_well_formed(facts: list[dict[str, Any]]) -> None:
    for fact in facts:
        where = fact["id"]
        assert fact["url"].startswith(("http://", "https://")), where
        assert fact["symbol"] is None or "/SR." in fact["symbol"], where
        if fact["symbol"] and fact["meeting_number"] is not None:
            assert fact["symbol"].split("/SR.")[1].split("/")[0] == str(fact["meeting_number"]), where
        assert fact["session_number"] is None or isinstance(fact["session_number"], int), where
        assert fact["meeting_date"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", fact["meeting_date"]), where
        assert fact["called_to_order"] is None or re.fullmatch(r"[012]\d:[0-5]\d", fact["called_to_order"]), where
        assert isinstance(fact["symbol_printed"], bool), where
        assert len(fact["speakers"]) <= 5, where
        for speaker in fact["speakers"]:
            assert speaker["role"] in ROLES, where
            iso3 = speaker["country_iso3"]
            assert (iso3 is not None) == (speaker["role"] == "delegation"), where
            assert iso3 is None or country_name(iso3) is not None, f"{where}: {iso3}"
        assert fact["language"] in {"en", "fr", "es"}, where
        assert fact["traits"], where
        assert all(re.fullmatch(r"[a-z0-9-]+", trait) for trait in fact["traits"]), where


def _facts_of_written_record(stem: str) -> dict[str, Any]:
    """A written fixture's labels as a fact, the way a labeller of real records writes them."""
    labels = json.loads((SUMMARY / f"{stem}.expected.json").read_text(encoding="utf-8"))
    speakers = [
        {
            "name": statement["speaker_name"],
            "role": statement["speaker_role"],
            "country_iso3": statement["country_iso3"],
        }
        for statement in labels["statements"]
        if statement["speaker_role"] != "procedural" and not statement["is_continuation"]
    ]
    return {"id": stem, **labels["meeting"], "speakers": speakers[:5]}


WRITTEN = (
    "written-cat-2007-sr790-footnote-first-runon-symbol",
    "written-crc-2012-sr1697-web-rendition-no-symbol",
    "written-ccpr-2010-sr2720-broken-words-temporary-chair",
    "written-ga-c3-1989-sr55-flattened",
    "written-chr-1989-sr24-stand-in-chair-seated-delegates",
)


def test_the_scorer_counts_every_field_and_speaker(tmp_path: Path) -> None:
    facts = [_facts_of_written_record(stem) for stem in WRITTEN]
    for stem in WRITTEN:
        (tmp_path / f"{stem}.txt").write_bytes((SUMMARY / f"{stem}.txt").read_bytes())
    result, missing = score(tmp_path, facts)
    assert missing == []
    labelled_fields = sum(fact[name] is not None for fact in facts for name in ("symbol", "meeting_date"))
    assert result.fields["symbol"] + result.fields["meeting_date"] == labelled_fields
    assert (result.masthead_accuracy(), result.speaker_accuracy(), result.quarantined) == (1.0, 1.0, [])
    assert result.speakers == sum(len(fact["speakers"]) for fact in facts)


def test_the_scorer_reports_what_is_wrong_and_what_is_missing(tmp_path: Path) -> None:
    fact = _facts_of_written_record(WRITTEN[0])
    (tmp_path / f"{WRITTEN[0]}.txt").write_bytes((SUMMARY / f"{WRITTEN[0]}.txt").read_bytes())
    wrong = {**fact, "session_number": fact["session_number"] + 1, "speakers": [*fact["speakers"]]}
    wrong["speakers"][0] = {**wrong["speakers"][0], "country_iso3": "ROU"}
    absent = {**fact, "id": "not-fetched"}
    result, missing = score(tmp_path, [wrong, absent])
    assert missing == ["not-fetched"]
    assert result.records == 1
    assert result.fields_right["session_number"] == 0
    assert result.speakers_right == result.speakers - 1
    assert any("session_number" in miss for miss in result.misses)


def test_a_record_the_parser_refuses_counts_as_quarantined(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("Some notes, not a record.\n", encoding="utf-8")
    fact = {"id": "notes", "symbol": "CAT/C/SR.1", "session_number": 1, "meeting_number": 1,
            "meeting_date": "1988-04-18", "called_to_order": None, "speakers": []}  # fmt: skip
    result, _ = score(tmp_path, [fact])
    assert len(result.quarantined) == 1
    assert result.masthead_accuracy() == 0.0


def test_the_records_with_no_file_are_listed_with_the_words_to_find_them_by(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of openings is fetched again, or found again in stored pages (`save_opening.py`), by what each
    masthead prints: the listing gives it for every labelled record the folder lacks."""
    from benchmarks.real_accuracy import main

    url = "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=x"
    fact = {**_facts_of_written_record(WRITTEN[0]), "id": "cat-c-sr-790-lost", "language": "en", "body": "CAT",
            "chair_name": "Mavrommatis", "url": url}  # fmt: skip
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps(fact) + "\n", encoding="utf-8")
    (tmp_path / "openings").mkdir()
    assert main([str(tmp_path / "openings"), "--facts", str(facts), "--split", "all", "--list-missing"]) == 0
    listed = capsys.readouterr().out
    assert "1 labelled records have no file" in listed
    assert f"cat-c-sr-790-lost: en | CAT | {fact['symbol']} | {fact['meeting_date']} | Mavrommatis | docstore" in listed
