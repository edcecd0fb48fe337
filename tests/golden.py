"""Golden files: whole parsed outputs compared as JSON; UPDATE_GOLDEN=1 rewrites them for review."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import polars as pl

GOLDEN_DIR = Path(__file__).parent / "golden"


def snapshot(frames: Mapping[str, pl.DataFrame]) -> dict[str, list[dict[str, Any]]]:
    """Every frame as a list of JSON-ready rows, tables in name order."""
    return {name: json.loads(frames[name].write_json()) for name in sorted(frames)}


def assert_matches_golden(name: str, frames: Mapping[str, pl.DataFrame]) -> None:
    path = GOLDEN_DIR / f"{name}.json"
    actual = snapshot(frames)
    if os.environ.get("UPDATE_GOLDEN") == "1" or not path.exists():
        path.write_text(json.dumps(actual, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if os.environ.get("UPDATE_GOLDEN") != "1":
            raise AssertionError(f"{path} did not exist; written for review, run again")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(actual) == sorted(expected), "tables differ"
    for table in expected:
        assert actual[table] == expected[table], f"{table} differs from {path}"
