"""Masthead and first-speaker accuracy on real UN records, scored against the labelled facts file.

    uv run python -m benchmarks.real_accuracy FOLDER [--split holdout|tune|all] [--language en|fr|es|all]
        [--show-misses] [--list-missing]

FOLDER holds the real records, one file a record named `<id>.<ext>` after the facts' `id`
(text, HTML, PDF or DOCX: whatever the UN published). They are never committed: the facts file
(`tests/fixtures/real/facts.jsonl`) says where each came from (`url`), so a machine with the
network fetches them again (`--fetch`). The parser sees only the file's bytes, under a name that
says nothing of its symbol, so what is scored is what the text itself yields.

A masthead field is right when it equals the label; a field labelled null is not counted, but a
value the parser gives where the label has none is reported as spurious. A speaker is right when
name, role and country all are (a name is right when it folds to the label's, with or without a
given name printed with the surname: "Kyung-wha Kang" is "Kang", "Qian Jiadong" is "Qian");
speakers are compared turn by turn (a turn is a run of
paragraphs by one speaker, procedural paragraphs left out). A quarantined record gets every
field and speaker wrong.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import polars as pl

from flows.sources import RawRecord
from transforms.parse import parse_documents
from transforms.speaker_ids import name_key

FACTS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "real" / "facts.jsonl"
MASTHEAD_FIELDS = ("symbol", "session_number", "meeting_number", "meeting_date", "called_to_order")
EXTRA_FIELDS = ("body", "meeting_part", "chair_name")
SPEAKER_FIELDS = ("name", "role", "country_iso3")
SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx", ".doc")


def load_facts(path: Path = FACTS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split_of(record_id: str) -> str:
    """A third of the records, fixed by their id alone, is held out of tuning."""
    return "holdout" if int(hashlib.sha256(record_id.encode()).hexdigest()[:8], 16) % 3 == 0 else "tune"


def split_of_fact(fact: dict[str, Any]) -> str:
    """The fact's split: by its id; but a record studied before it was labelled was tuned on, so is never held
    out."""
    return "tune" if fact.get("studied") else split_of(fact["id"])


@dataclass
class Score:
    records: int = 0
    quarantined: list[str] = field(default_factory=list)
    fields: Counter[str] = field(default_factory=Counter)
    fields_right: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    speakers: int = 0
    speakers_right: int = 0
    speaker_parts_right: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def masthead_accuracy(self) -> float:
        total = sum(self.fields[name] for name in MASTHEAD_FIELDS)
        return sum(self.fields_right[name] for name in MASTHEAD_FIELDS) / total if total else 1.0

    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers if self.speakers else 1.0


def _file_for(folder: Path, record_id: str) -> Path | None:
    return next(
        (folder / f"{record_id}{suffix}" for suffix in SUFFIXES if (folder / f"{record_id}{suffix}").exists()), None
    )


def _as_label(value: object) -> object:
    if isinstance(value, time | datetime):  # what has an hour, as the facts write times: "10:05"
        return value.isoformat()[:5]
    if isinstance(value, date):
        return value.isoformat()
    return value


def parsed_turns(statements: pl.DataFrame) -> list[dict[str, Any]]:
    """Speaker turns in order: procedural paragraphs out, a run of one speaker as one turn."""
    turns: list[dict[str, Any]] = []
    for row in statements.sort("paragraph").iter_rows(named=True):
        if row["speaker_role"] == "procedural":
            continue
        turn = {"name": row["speaker_name"], "role": row["speaker_role"], "country_iso3": row["country_iso3"]}
        if not turns or _speaker_key(turns[-1]) != _speaker_key(turn):
            turns.append(turn)
    return turns


def labelled_turns(speakers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    turns: list[dict[str, Any]] = []
    for speaker in speakers:
        if not turns or _speaker_key(turns[-1]) != _speaker_key(speaker):
            turns.append(speaker)
    return turns


def same_person(parsed: str | None, labelled: str | None) -> bool:
    """The same name, folded; a given name printed before the surname may be kept on either side."""
    got, want = name_key(parsed or ""), name_key(labelled or "")
    if got == want:
        return True
    if not got or not want:
        return False
    # A family name printed first ("Mr. QIAN Jiadong") may be labelled alone.
    return got.endswith(f" {want}") or want.endswith(f" {got}") or got.startswith(f"{want} ")


def _speaker_key(speaker: dict[str, Any]) -> tuple[object, ...]:
    """Who speaks: a named person whatever office they speak in, else their role and country."""
    if speaker["name"]:
        return (name_key(speaker["name"]), speaker["country_iso3"])
    return (None, speaker["role"], speaker["country_iso3"])


def score(folder: Path, facts: list[dict[str, Any]]) -> tuple[Score, list[str]]:
    present = [(fact, path) for fact in facts if (path := _file_for(folder, fact["id"]))]
    missing = [fact["id"] for fact in facts if not _file_for(folder, fact["id"])]
    documents = [
        # A neutral name: the scored symbol is the one the text yields, not one read from the file name.
        RawRecord(f"file:///real/{index}{path.suffix}", path.read_bytes(), f"record-{index}{path.suffix}")
        for index, (_, path) in enumerate(present)
    ]
    batch = parse_documents(documents)
    result = Score()
    meetings = {row["source_uri"]: row for row in batch.frames["meetings"].iter_rows(named=True)}
    statements = batch.frames["statements"]
    reasons = {reject.source_uri: reject.reason for reject in batch.rejects}
    for document, (fact, _) in zip(documents, present, strict=True):
        result.records += 1
        meeting = meetings.get(document.uri)
        if meeting is None:
            result.quarantined.append(f"{fact['id']}: {reasons.get(document.uri, 'dropped as a duplicate')}")
        for name in (*MASTHEAD_FIELDS, *EXTRA_FIELDS):
            label = fact.get(name)
            got = _as_label(meeting[name]) if meeting else None
            if name == "meeting_part" and (fact.get("symbol") or "").endswith("/Add.1") and got == "Add.1":
                got = label  # the symbol's addendum stands for the part when the text names none
            if label is None:
                result.spurious[name] += got is not None
                continue
            result.fields[name] += 1
            right = got == label if name != "chair_name" else same_person(got if isinstance(got, str) else None, label)
            result.fields_right[name] += right
            if not right:
                result.misses.append(f"{fact['id']}: {name} {got!r} != {label!r}")
        expected = labelled_turns(fact.get("speakers", []))
        found = parsed_turns(statements.filter(pl.col("meeting_id") == meeting["meeting_id"])) if meeting else []
        for position, want in enumerate(expected):
            got_turn = found[position] if position < len(found) else None
            result.speakers += 1
            parts = {
                "name": got_turn is not None and same_person(got_turn["name"], want["name"]),
                "role": got_turn is not None and got_turn["role"] == want["role"],
                "country_iso3": got_turn is not None and got_turn["country_iso3"] == want["country_iso3"],
            }
            result.speaker_parts_right.update(name for name, ok in parts.items() if ok)
            if all(parts.values()):
                result.speakers_right += 1
            else:
                result.misses.append(f"{fact['id']}: speaker {position + 1} {got_turn} != {want}")
    return result, missing


def _report(label: str, result: Score, show_misses: bool) -> None:
    print(f"## {label}: {result.records} records")
    right = sum(result.fields_right[n] for n in MASTHEAD_FIELDS)
    total = sum(result.fields[n] for n in MASTHEAD_FIELDS)
    print(f"masthead fields  {right}/{total} = {result.masthead_accuracy():.1%}")
    for name in (*MASTHEAD_FIELDS, *EXTRA_FIELDS):
        spurious = f", {result.spurious[name]} spurious" if result.spurious[name] else ""
        print(f"  {name:16} {result.fields_right[name]}/{result.fields[name]}{spurious}")
    print(f"first speakers   {result.speakers_right}/{result.speakers} = {result.speaker_accuracy():.1%}")
    for name in SPEAKER_FIELDS:
        print(f"  {name:16} {result.speaker_parts_right[name]}/{result.speakers}")
    print(f"quarantined      {len(result.quarantined)}/{result.records}")
    for line in result.quarantined:
        print(f"  {line}")
    if show_misses:
        for line in result.misses:
            print(f"  miss {line}")


def fetch(folder: Path, facts: list[dict[str, Any]]) -> None:
    """Download each labelled record from its `url` (needs the network, so never in tests)."""
    import requests

    folder.mkdir(parents=True, exist_ok=True)
    for fact in facts:
        if _file_for(folder, fact["id"]):
            continue
        response = requests.get(fact["url"], timeout=60)
        response.raise_for_status()
        kind = response.headers.get("content-type", "")
        suffix = ".pdf" if "pdf" in kind else ".docx" if "word" in kind else ".html" if "html" in kind else ".txt"
        (folder / f"{fact['id']}{suffix}").write_bytes(response.content)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--facts", type=Path, default=FACTS)
    parser.add_argument("--split", choices=("holdout", "tune", "all"), default="all")
    parser.add_argument("--language", choices=("en", "fr", "es", "all"), default="en", help="the records' language")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--fetch", action="store_true", help="download missing records from their url first")
    parser.add_argument(
        "--list-missing",
        action="store_true",
        help="print each record with no file, with the masthead words to find its page again by (save_opening.py)",
    )
    args = parser.parse_args(argv)
    facts = load_facts(args.facts)
    if args.fetch:
        fetch(args.folder, facts)
    splits = ("tune", "holdout") if args.split == "all" else (args.split,)
    for split in splits:
        chosen = [
            fact
            for fact in facts
            if split_of_fact(fact) == split and args.language in ("all", fact.get("language", "en"))
        ]
        result, missing = score(args.folder, chosen)
        _report(split, result, args.show_misses)
        if missing:
            print(f"  ({len(missing)} labelled records have no file in {args.folder})")
        if missing and args.list_missing:
            by_id = {fact["id"]: fact for fact in chosen}
            for record_id in missing:
                print(f"    {_search_words(by_id[record_id])}")
    return 0


def _search_words(fact: dict[str, Any]) -> str:
    """A missing record's id and what its masthead prints: the words a search of stored pages finds it by."""
    host = fact["url"].split("/")[2] if "://" in fact["url"] else fact["url"]
    fields = (fact.get("language", "en"), fact["body"], fact["symbol"], fact["meeting_date"], fact["chair_name"], host)
    return f"{fact['id']}: " + " | ".join(str(field) for field in fields)


if __name__ == "__main__":
    sys.exit(main())
