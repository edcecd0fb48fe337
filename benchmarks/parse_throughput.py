"""Parse throughput: records per second on one core, against a bare regex split of the same records.

    uv run python -m benchmarks.parse_throughput [RECORDS]

Parsing means text to every frame (sessions ... indicators). The floor of any parser is splitting
the text into numbered paragraphs with one regex; the ratio says how far above that floor we are.
Two corpora: generated records (`benchmarks.corpus`: every body and style, each its own meeting)
and the English hand-written fixtures with the sample, repeated. A batch keeps one version per
meeting, so the repeated fixtures reach the indicator stage only once each: the generated corpus
is the figure to quote.

"One core" is literal: Polars runs on one thread (`POLARS_MAX_THREADS=1`, set before Polars is
imported) and the clock is the process's CPU time, so neither a second core nor another process on
the machine changes the figure.
"""

from __future__ import annotations

import os

os.environ.setdefault("POLARS_MAX_THREADS", "1")

import json
import re
import sys
import time
from pathlib import Path

from benchmarks.corpus import generate_records
from flows.sources import RawRecord as Document
from transforms.indicators import indicators_from_statements
from transforms.parse import parse_documents

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "summary"


def _english(path: Path) -> bool:
    labels = path.with_name(path.stem + ".expected.json")
    return json.loads(labels.read_text(encoding="utf-8"))["meeting"].get("language", "en") == "en"


WRITTEN = [
    ROOT / "samples" / "summary-records" / "cmw-mexico-second-periodic-report.txt",
    *(path for path in sorted(FIXTURES.glob("written-*.txt")) if _english(path)),
]
PARAGRAPH = re.compile(r"(?m)^(\d{1,4})\.\s+(.*)$")


def generated(count: int) -> list[Document]:
    return [Document(f"file:///bench/{name}", text.encode(), name) for name, text in generate_records(count, seed=7)]


def written(count: int) -> list[Document]:
    texts = [path.read_bytes() for path in WRITTEN]
    return [
        Document(f"file:///bench/{n}", texts[n % len(texts)] + f"\n{n}\n".encode(), f"bench-{n}.txt")
        for n in range(count)
    ]


def timings(repeats: int, work: object) -> list[float]:
    """CPU seconds of each of `repeats` runs; the first runs with the parser's caches cold."""
    seconds = []
    for _ in range(repeats):
        start = time.process_time()
        work()  # type: ignore[operator]
        seconds.append(time.process_time() - start)
    return seconds


def best_of(repeats: int, work: object) -> float:
    return min(timings(repeats, work))


def main(count: int = 2000) -> None:
    threads = os.environ["POLARS_MAX_THREADS"]
    for label, docs in (("generated records", generated(count)), ("hand-written fixtures, repeated", written(count))):
        paragraphs = sum(len(PARAGRAPH.findall(d.content.decode())) for d in docs)
        split = best_of(3, lambda docs=docs: [PARAGRAPH.findall(d.content.decode()) for d in docs])
        first, *again = timings(3, lambda docs=docs: parse_documents(docs))
        parse = min(first, *again)
        batch = parse_documents(docs)
        assert not batch.rejects, batch.rejects[:3]
        statements = batch.frames["statements"]
        indicators = best_of(3, lambda statements=statements: indicators_from_statements(statements))
        meetings = batch.frames["meetings"].height
        print(f"{label}: {count} records, {meetings} meetings, {paragraphs} paragraphs, Polars threads: {threads}")
        print(f"  bare regex split: {count / split:,.0f} records/s")
        print(f"  full parse (all frames, indicators included): {count / parse:,.0f} records/s on one core")
        print(f"  the first of three runs (caches of names and regexes cold): {count / first:,.0f} records/s")
        print(f"  parse / split time ratio: {parse / split:.1f}x")
        print(
            f"  indicators: {meetings / indicators:,.0f} meetings/s, {indicators / parse:.0%} of the parse time, "
            f"{batch.frames['indicators'].height:,} figures"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
