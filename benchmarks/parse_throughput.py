"""Parse throughput: records per second on one core, against a bare regex split of the same records.

    uv run python -m benchmarks.parse_throughput [RECORDS]

Parsing means text to every frame (sessions ... indicators). The floor of any parser is splitting
the text into numbered paragraphs with one regex; the ratio says how far above that floor we are.
Two corpora: generated records (`tests.corpus`: every body and style, each its own meeting)
and the English hand-written fixtures with the sample, repeated; then generated French and Spanish
records (`tests.corpus.romance`) beside them. A batch keeps one version per
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
from collections.abc import Callable
from functools import partial
from pathlib import Path

from flows.sources import RawRecord as Document
from tests.corpus import generate_records
from tests.corpus.romance import Language, generate_romance_records
from transforms.indicators import indicators_from_statements
from transforms.parse import parse_documents

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "summary"


def _english(path: Path) -> bool:
    labels = path.with_name(path.stem + ".expected.json")
    language: str = json.loads(labels.read_text(encoding="utf-8"))["meeting"].get("language", "en")
    return language == "en"


WRITTEN = [
    ROOT / "samples" / "summary-records" / "cmw-mexico-second-periodic-report.txt",
    *(path for path in sorted(FIXTURES.glob("written-*.txt")) if _english(path)),
]
PARAGRAPH = re.compile(r"(?m)^(\d{1,4})\.\s+(.*)$")


def generated(count: int, seed: int = 7) -> list[Document]:
    return [Document(f"file:///bench/{name}", text.encode(), name) for name, text in generate_records(count, seed=seed)]


def generated_in(language: Language, count: int, seed: int) -> list[Document]:
    return [
        Document(f"file:///bench/{record.name}", record.text.encode(), record.name)
        for record in generate_romance_records(count, language, seed=seed)
    ]


def written(count: int) -> list[Document]:
    texts = [path.read_bytes() for path in WRITTEN]
    return [
        Document(f"file:///bench/{n}", texts[n % len(texts)] + f"\n{n}\n".encode(), f"bench-{n}.txt")
        for n in range(count)
    ]


def best_of(repeats: int, work: Callable[[], object]) -> float:
    return min(seconds(work) for _ in range(repeats))


def seconds(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def main(count: int = 2000) -> None:
    threads = os.environ["POLARS_MAX_THREADS"]
    # The first parse in a process fills the caches of names, parentheticals and countries; a night
    # or a backfill then parses records it has not seen with them warm. Both are measured: a first
    # corpus cold, then five other corpora (other seeds), each parsed once; the median is the figure.
    first = generated(count, seed=7)
    cold = seconds(lambda: parse_documents(first))
    runs = sorted(
        (seconds(partial(parse_documents, docs)), docs)
        for docs in (generated(count, seed=seed) for seed in range(8, 13))
    )
    parse, docs = runs[len(runs) // 2]
    report("generated records, the median of five unseen corpora", docs, parse, threads)
    print(f"  the five: {', '.join(f'{count / time:,.0f}' for time, _ in reversed(runs))} records/s")
    print(f"  the first corpus, caches cold: {count / cold:,.0f} records/s")
    fixtures = written(count)
    fixture_parse = best_of(3, lambda: parse_documents(fixtures))
    report("hand-written fixtures, repeated (best of 3)", fixtures, fixture_parse, threads)
    # French and Spanish (`tests.corpus.romance`): shorter records than the English generator's, so
    # paragraphs per second is the figure to set beside the English one.
    languages: tuple[tuple[Language, str], ...] = (("fr", "French"), ("es", "Spanish"))
    for language, name in languages:
        runs = sorted(
            (seconds(partial(parse_documents, docs)), docs)
            for docs in (generated_in(language, count, seed) for seed in range(8, 11))
        )
        parse, docs = runs[len(runs) // 2]
        report(f"{name} records generated, the median of three corpora", docs, parse, threads)


def report(label: str, docs: list[Document], parse: float, threads: str) -> None:
    count = len(docs)
    paragraphs = sum(len(PARAGRAPH.findall(d.content.decode())) for d in docs)
    split = best_of(3, lambda: [PARAGRAPH.findall(d.content.decode()) for d in docs])
    batch = parse_documents(docs)
    assert not batch.rejects, batch.rejects[:3]
    statements = batch.frames["statements"]
    indicators = best_of(3, lambda: indicators_from_statements(statements))
    meetings = batch.frames["meetings"].height
    print(f"{label}: {count} records, {meetings} meetings, {paragraphs} paragraphs, Polars threads: {threads}")
    print(f"  bare regex split: {count / split:,.0f} records/s")
    print(f"  full parse (all frames, indicators included): {count / parse:,.0f} records/s on one core")
    print(f"  paragraphs: {paragraphs / parse:,.0f} per second")
    print(f"  parse / split time ratio: {parse / split:.1f}x")
    print(
        f"  indicators: {meetings / indicators:,.0f} meetings/s, {indicators / parse:.0%} of the parse time, "
        f"{batch.frames['indicators'].height:,} figures"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
