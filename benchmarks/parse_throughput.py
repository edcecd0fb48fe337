"""Parse throughput: records per second on one core, against a bare regex split of the same records.

    uv run python -m benchmarks.parse_throughput [RECORDS]

Parsing means text to every frame (sessions ... indicators). The floor of any parser is splitting
the text into numbered paragraphs with one regex; the ratio says how far above that floor we are.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from transforms.parse import parse_documents

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [
    ROOT / "samples" / "summary-records" / "cmw-mexico-second-periodic-report.txt",
    *sorted((ROOT / "tests" / "fixtures" / "summary").glob("written-*.txt")),
]
PARAGRAPH = re.compile(r"(?m)^(\d{1,4})\.\s+(.*)$")


@dataclass(frozen=True)
class Document:
    uri: str
    content: bytes
    filename: str
    media_type: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def documents(count: int) -> list[Document]:
    texts = [path.read_bytes() for path in CORPUS]
    return [
        Document(f"file:///bench/{n}", texts[n % len(texts)] + f"\n{n}\n".encode(), f"bench-{n}.txt")
        for n in range(count)
    ]


def best_of(repeats: int, work: object) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return min(timings)


def main(count: int = 2000) -> None:
    docs = documents(count)
    paragraphs = sum(len(PARAGRAPH.findall(d.content.decode())) for d in docs)
    split = best_of(3, lambda: [PARAGRAPH.findall(d.content.decode()) for d in docs])
    parse = best_of(3, lambda: parse_documents(docs))
    batch = parse_documents(docs[:50])
    assert not batch.rejects, batch.rejects[:3]
    print(f"records: {count} ({len(CORPUS)} distinct texts, {paragraphs} paragraphs)")
    print(f"bare regex split: {count / split:,.0f} records/s")
    print(f"full parse (all frames, indicators included): {count / parse:,.0f} records/s on one core")
    print(f"parse / split time ratio: {parse / split:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
