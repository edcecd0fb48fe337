"""Every frame the parser makes from a fixed corpus, saved, so a refactoring can prove it changed nothing.

    uv run python -m benchmarks.frame_snapshot save DIR [REAL_FOLDER]
    uv run python -m benchmarks.frame_snapshot compare DIR

`save` writes the inputs (2,000 generated English records and 500 each in French and Spanish, every
hand-written fixture, the sample and, when given, a folder of real openings) and the frames parsed
from them, one Parquet file per table. `compare` parses the saved inputs again with the code as it
is now and prints, per table, whether the frames are identical; the generated texts are also
generated again and compared, since the generator is code that a refactoring may touch. Exits 1 on
any difference.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import polars as pl

from flows.sources import RawRecord
from transforms.parse import parse_documents

ROOT = Path(__file__).resolve().parents[1]
WRITTEN = [
    *sorted((ROOT / "samples" / "summary-records").glob("*.txt")),
    *sorted((ROOT / "tests" / "fixtures" / "summary").glob("*.txt")),
]
GENERATED = 2000
GENERATED_IN_EACH_ROMANCE_LANGUAGE = 500


def _generated() -> list[tuple[str, str]]:
    from tests.corpus import generate_records
    from tests.corpus.romance import generate_romance_records

    romance = [
        (record.name, record.text)
        for language in ("fr", "es")
        for record in generate_romance_records(GENERATED_IN_EACH_ROMANCE_LANGUAGE, language, seed=7)
    ]
    return [*generate_records(GENERATED, seed=7), *romance]


def save(directory: Path, real: Path | None = None) -> None:
    inputs = directory / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    generated = _generated()
    (directory / "generated.sha256").write_text(_digest(generated))
    documents = [(f"generated-{n:05d}-{name}", text.encode()) for n, (name, text) in enumerate(generated)]
    documents += [(f"written-{path.name}", path.read_bytes()) for path in WRITTEN]
    if real is not None:
        documents += [(f"real-{path.name}", path.read_bytes()) for path in sorted(real.glob("*.txt"))]
    for name, content in documents:
        (inputs / name).write_bytes(content)
    _write_frames(_parse(inputs), directory / "frames")
    print(f"saved {len(documents)} inputs and their frames in {directory}")


def compare(directory: Path) -> bool:
    same = True
    if _digest(_generated()) != (directory / "generated.sha256").read_text():
        print("generated corpus: DIFFERENT texts")
        same = False
    else:
        print("generated corpus: identical texts")
    frames = _parse(directory / "inputs")
    for name, frame in frames.items():
        before = pl.read_parquet(directory / "frames" / f"{name}.parquet")
        identical = before.equals(frame) and before.schema == frame.schema
        print(f"{name}: {frame.height} rows, {'identical' if identical else 'DIFFERENT'}")
        same &= identical
    return same


def _parse(inputs: Path) -> dict[str, pl.DataFrame]:
    documents = [
        RawRecord(f"file:///snapshot/{path.name}", path.read_bytes(), path.name) for path in sorted(inputs.iterdir())
    ]
    batch = parse_documents(documents)
    rejects = pl.DataFrame(
        [{"source_uri": r.source_uri, "stage": r.stage, "reason": r.reason} for r in batch.rejects],
        schema={"source_uri": pl.String, "stage": pl.String, "reason": pl.String},
    )
    problems = pl.DataFrame(batch.problems, schema={"meeting_id": pl.String, "problem": pl.String}, orient="row")
    return {**batch.frames, "rejects": rejects, "problems": problems}


def _write_frames(frames: dict[str, pl.DataFrame], directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        frame.write_parquet(directory / f"{name}.parquet")


def _digest(generated: list[tuple[str, str]]) -> str:
    return hashlib.sha256(json.dumps(generated).encode()).hexdigest()


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "save":
        save(Path(argv[1]), Path(argv[2]) if len(argv) > 2 else None)
        return 0
    if len(argv) == 2 and argv[0] == "compare":
        return 0 if compare(Path(argv[1])) else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
