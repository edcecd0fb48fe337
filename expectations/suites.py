"""The expectation suites as data: `expectations/suites/<table>.json`, one per warehouse table plus cross_table.

The files are Great Expectations suites in its own JSON form (name, expectations with type,
kwargs and meta). Each expectation's `meta.severity` says what a failure does (`error`:
its meetings are quarantined; `warning`: loaded and reported) and `meta.description` says in
plain words what is checked. Loading them needs no GX; `expectations.engine` builds the GX
objects from these specs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from transforms.schemas import ALL_TABLES

SUITES_DIR = Path(__file__).resolve().parent / "suites"
CROSS_TABLE = "cross_table"
SEVERITIES = ("error", "warning")
# The suite's own severities mapped onto GX's, so Data Docs show them too.
GX_SEVERITY = {"error": "critical", "warning": "warning"}


class SuiteError(ValueError):
    """A suite file that cannot be used as written."""


@dataclass(frozen=True, slots=True)
class ExpectationSpec:
    type: str
    # kwargs and meta as the suite file writes them: JSON values of any shape.
    kwargs: dict[str, Any]
    severity: str
    description: str
    # The check frame it runs on: the suite's table, or for cross_table the table it names.
    frame: str
    meta: dict[str, Any]

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns it reads, in the order its kwargs name them."""
        kwargs = self.kwargs
        if "column" in kwargs:
            return (kwargs["column"],)
        if "column_A" in kwargs:
            return (kwargs["column_A"], kwargs["column_B"])
        return tuple(kwargs.get("column_list", ()))


@dataclass(frozen=True, slots=True)
class SuiteSpec:
    name: str
    # The `table_name` results are recorded under: the table, or cross_table.
    table: str
    description: str
    expectations: tuple[ExpectationSpec, ...]

    @property
    def frames(self) -> tuple[str, ...]:
        """The check frames the suite runs on, in the order they first appear."""
        return tuple(dict.fromkeys(spec.frame for spec in self.expectations))


@cache
def load_suites(directory: Path = SUITES_DIR) -> tuple[SuiteSpec, ...]:
    """Every suite in `directory`, checked for the metadata the gate relies on."""
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise SuiteError(f"no expectation suites in {directory}")
    return tuple(_suite_from_file(path) for path in paths)


def _suite_from_file(path: Path) -> SuiteSpec:
    document = json.loads(path.read_text(encoding="utf-8"))
    name = document.get("name")
    if name != path.stem:
        raise SuiteError(f"{path.name}: suite name {name!r} differs from the file name")
    table = document.get("meta", {}).get("table")
    if table != name or (table not in ALL_TABLES and table != CROSS_TABLE):
        raise SuiteError(f"{path.name}: meta.table must be the suite's table, got {table!r}")
    expectations = tuple(_expectation(path.name, table, entry) for entry in document.get("expectations", []))
    if not expectations:
        raise SuiteError(f"{path.name}: no expectations")
    return SuiteSpec(name, table, document["meta"].get("description", ""), expectations)


def _expectation(file_name: str, table: str, entry: dict[str, Any]) -> ExpectationSpec:
    meta = dict(entry.get("meta") or {})
    where = f"{file_name}: {entry.get('type')} {entry.get('kwargs')}"
    severity, description = meta.get("severity"), meta.get("description")
    if severity not in SEVERITIES:
        raise SuiteError(f"{where}: meta.severity must be one of {SEVERITIES}, got {severity!r}")
    if not isinstance(description, str) or not description.strip():
        raise SuiteError(f"{where}: meta.description is missing")
    frame = meta.get("frame", table)
    if table == CROSS_TABLE and frame not in ALL_TABLES:
        raise SuiteError(f"{where}: a cross-table expectation names the table it runs on in meta.frame")
    if table not in (CROSS_TABLE, frame):
        raise SuiteError(f"{where}: meta.frame may only differ from the table in cross_table")
    return ExpectationSpec(entry["type"], dict(entry["kwargs"]), severity, description, frame, meta)
