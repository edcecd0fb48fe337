"""Write a generated corpus to a folder: `python -m tests.corpus OUT_DIR COUNT [--seed N] [--labels]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.corpus.records import write_corpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write seeded, labelled summary records into a folder.")
    parser.add_argument("directory", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--labels", action="store_true", help="also write X.expected.json")
    args = parser.parse_args(argv)
    paths = write_corpus(args.directory, args.count, args.seed, labels=args.labels)
    print(f"wrote {len(paths)} records to {args.directory}")


if __name__ == "__main__":
    main()
