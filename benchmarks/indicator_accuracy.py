"""Precision and recall of the indicator extractor against the hand-labelled sentences.

    uv run python -m benchmarks.indicator_accuracy [--show-misses]

A figure is found when the extractor reports the labelled span with the labelled kind, value,
range ends and unit. Qualifier, period and subject are scored apart, over the figures found, so a
wrong period shows as a lower period score rather than as a missed figure.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from transforms.indicators import indicators_from_statements

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "indicators" / "labelled.jsonl"
IDENTITY = ("kind", "value", "value_low", "value_high", "unit")
ATTRIBUTES = ("qualifier", "period_start", "period_end")


@dataclass
class Scores:
    labelled: int = 0
    extracted: int = 0
    found: int = 0
    attributes_right: int = 0
    subjects_labelled: int = 0
    subjects_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def attribute_accuracy(self) -> float:
        return self.attributes_right / self.found if self.found else 1.0

    @property
    def subject_accuracy(self) -> float:
        return self.subjects_right / self.subjects_labelled if self.subjects_labelled else 1.0


def load_labelled(path: Path = LABELLED) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _start_of(text: str, surface: str, nth: int) -> int:
    """Where the nth standalone occurrence starts ("10" is not inside "100-kilometre")."""
    at, seen = -1, -1
    while seen < nth:
        at = text.find(surface, at + 1)
        if at < 0:
            raise ValueError(f"label {surface!r} is not in the text")
        before, after = text[at - 1 : at] if at else "", text[at + len(surface) : at + len(surface) + 1]
        if not (before.isalnum() or after.isalnum() or (surface[0].isdigit() and before in ",.")):
            seen += 1
    return at


def _same(expected: object, actual: object) -> bool:
    if isinstance(expected, float | int) and isinstance(actual, float | int):
        return math.isclose(expected, actual, rel_tol=1e-3)
    return expected == actual


def score(records: list[dict]) -> Scores:
    statements = pl.DataFrame(
        {
            "meeting_id": [record["id"] for record in records],
            "paragraph": [1] * len(records),
            "text": [record["text"] for record in records],
        },
        schema={"meeting_id": pl.String, "paragraph": pl.Int32, "text": pl.String},
    )
    extracted = indicators_from_statements(statements)
    by_record = {key[0]: frame.to_dicts() for key, frame in extracted.partition_by("meeting_id", as_dict=True).items()}
    scores = Scores(extracted=extracted.height)
    for record in records:
        predicted = {(row["char_start"], row["surface"]): row for row in by_record.get(record["id"], [])}
        for label in record["figures"]:
            scores.labelled += 1
            key = (_start_of(record["text"], label["surface"], label.get("nth", 0)), label["surface"])
            row = predicted.get(key)
            if row is None or not all(_same(label.get(name), row[name]) for name in IDENTITY):
                got = {name: row[name] for name in IDENTITY} if row else "nothing at that span"
                scores.misses.append(f"{record['id']}: {label['surface']!r} expected {label}, got {got}")
                continue
            scores.found += 1
            if all(label.get(name) == row[name] for name in ATTRIBUTES):
                scores.attributes_right += 1
            else:
                wrong = {name: (label.get(name), row[name]) for name in ATTRIBUTES if label.get(name) != row[name]}
                scores.misses.append(f"{record['id']}: {label['surface']!r} (expected, got) {wrong}")
            if "subject" in label:
                scores.subjects_labelled += 1
                if (row["subject"] or "").casefold() == label["subject"].casefold():
                    scores.subjects_right += 1
        labelled_spans = {
            (_start_of(record["text"], label["surface"], label.get("nth", 0)), label["surface"])
            for label in record["figures"]
        }
        for key, row in predicted.items():
            if key not in labelled_spans:
                scores.misses.append(f"{record['id']}: extracted {row['surface']!r} ({row['kind']}) is not labelled")
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    records = load_labelled()
    scores = score(records)
    print(f"labelled sentences: {len(records)}, labelled figures: {scores.labelled}, extracted: {scores.extracted}")
    print(f"precision {scores.precision:.3f}  recall {scores.recall:.3f}")
    print(f"qualifier and period right on {scores.attribute_accuracy:.3f} of the figures found")
    print(f"subject right on {scores.subject_accuracy:.3f} of {scores.subjects_labelled} labelled subjects")
    if args.show_misses:
        print("\n".join(scores.misses))


if __name__ == "__main__":
    main()
