"""File one real opening, copied from a search result, under its fact's id: for a machine without the network.

    uv run python -m benchmarks.save_opening FOLDER URL < excerpt.json

`real_accuracy.py --fetch` downloads the labelled records from their `url`, which needs the network. Where
only a stored copy of the pages can be searched (the workplace's `search` tool, corpus `pages`, which
answers with each page's opening and its address but cannot be asked for an address), the openings are
found again by their mastheads' words and each result's excerpt is passed here: standard input holds the
excerpt as the JSON string literal the tool printed (quotes and escapes included), so no character is
retyped. The URL is looked up among the facts' (percent-escapes compared without case); a URL that two
facts share is refused, and a file already there is kept. Nothing is written into the repository.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from benchmarks.real_accuracy import load_facts


def normalised(url: str) -> str:
    return re.sub(r"%[0-9a-fA-F]{2}", lambda escape: escape.group().upper(), url.strip())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    folder, url = Path(argv[0]), normalised(argv[1])
    facts = load_facts()
    shared = Counter(normalised(fact["url"]) for fact in facts)
    ids = [fact["id"] for fact in facts if normalised(fact["url"]) == url]
    if not ids:
        print("no fact has that url")
        return 1
    if shared[url] > 1:
        print(f"{shared[url]} facts share that url ({', '.join(ids)}): file it by hand")
        return 1
    path = folder / f"{ids[0]}.txt"
    if path.exists():
        print(f"kept {path}: already there")
        return 0
    folder.mkdir(parents=True, exist_ok=True)
    text = json.loads(sys.stdin.read())
    path.write_text(text, encoding="utf-8")
    print(f"saved {path}: {len(text.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
