"""Parse cost in machine instructions per record, which no other work on the machine changes.

    uv run python -m benchmarks.parse_instructions [RECORDS] [--against REV]

`parse_throughput.py` counts records per second of CPU time; on these shared machines that figure moves
by 20-30% between runs and by half between machines, so a change of a few per cent cannot be seen in it.
This script runs the parse under valgrind's callgrind, which counts the instructions the process executes:
the same code on the same input gives the same count to a few parts in ten thousand, busy machine or not.
It counts a run that parses RECORDS generated records (seed 9) and a run that parses none, and prints the
difference per record, so the interpreter's start and the imports drop out. With `--against REV`, the
same is counted for that revision (checked out in a temporary worktree, on the same generated texts) and
the ratio is printed. Slow: about a minute a hundred records under valgrind.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_COLLECTED = re.compile(r"Collected : (\d+)")
# Run under valgrind: parse the first N of the pickled texts with whatever `transforms` is first on the path.
_PARSE = """
import os, pickle, sys
os.environ["POLARS_MAX_THREADS"] = "1"
from flows.sources import RawRecord
from transforms.parse import parse_documents
texts = pickle.load(open(sys.argv[1], "rb"))[: int(sys.argv[2])]
parse_documents([RawRecord(f"file:///bench/{name}", text.encode(), name) for name, text in texts])
"""


def instructions(code: Path, texts: Path, records: int, scratch: Path) -> int:
    """Instructions executed by a process that parses `records` of the texts with the code under `code`."""
    script = scratch / "parse.py"
    script.write_text(_PARSE)
    environment = {**os.environ, "PYTHONPATH": str(code)}
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch / 'callgrind.out'}", sys.executable,
         str(script), str(texts), str(records)],
        capture_output=True, text=True, env=environment, check=True,
    )  # fmt: skip
    found = _COLLECTED.search(run.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def per_record(code: Path, texts: Path, records: int, scratch: Path) -> float:
    return (instructions(code, texts, records, scratch) - instructions(code, texts, 0, scratch)) / records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("records", type=int, nargs="?", default=200)
    parser.add_argument("--against", help="a git revision to count too, on the same texts")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind")
        return 2
    from tests.corpus import generate_records

    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        texts = scratch / "texts.pickle"
        texts.write_bytes(pickle.dumps(list(generate_records(args.records, seed=9))))
        here = per_record(ROOT, texts, args.records, scratch)
        print(f"this checkout: {here / 1e6:,.2f} million instructions a record ({args.records} generated records)")
        if args.against:
            other = scratch / "other"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(other), args.against],
                           check=True)  # fmt: skip
            try:
                there = per_record(other, texts, args.records, scratch)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=True)
            print(f"{args.against}: {there / 1e6:,.2f} million instructions a record")
            print(f"this checkout / {args.against}: {here / there:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
