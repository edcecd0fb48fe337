"""The README's examples, run as printed on the bundled samples: its commands, and its queries with their outputs."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from flows.nightly import nightly_ingest
from tests.conftest import ROOT, table_counts

README = (ROOT / "README.md").read_text(encoding="utf-8")
RECORDS = str(ROOT / ".venv" / "bin" / "records")
# The CMW sample's id is a hash of where its file is: the same on one checkout, another on the next.
SOURCE_ID = re.compile(r"source:[0-9a-f]+…?")


def operating_commands() -> list[str]:
    block = README.split("## Operating it", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def queries_with_outputs() -> list[tuple[str, str]]:
    return re.findall(r"```sql\n(.*?)```\n```\n(.*?)```", README, flags=re.DOTALL)


def test_the_readme_shows_commands_and_queries() -> None:
    assert len(operating_commands()) >= 10
    assert len(queries_with_outputs()) == 3


def test_every_operating_command_runs_as_printed(subprocess_env: dict[str, str], tmp_path: Path) -> None:
    env = {**subprocess_env}
    env.pop("RECORDS_RAW_ARCHIVE")  # as printed: everything beside the warehouse
    env["COLUMNS"] = "200"  # a terminal wide enough for the tables' words not to fold
    shutil.copytree(ROOT / "warehouse" / "queries", tmp_path / "warehouse" / "queries")  # what -f names
    outputs, logs = [], []
    for command in operating_commands():
        words = shlex.split(command)
        assert words[:3] == ["uv", "run", "records"], command
        done = subprocess.run(
            [RECORDS, *words[3:]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False
        )
        assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        outputs.append(done.stdout)
        logs.append(done.stderr)
    first, second, runs, _, csv, search, quarantine, reparse, backfill, _export = outputs
    assert "completed" in first
    assert "loaded 2" in first
    assert table_counts(tmp_path / "warehouse" / "records.duckdb")["statements"] >= 59
    assert "skipped 2, loaded 0" in second
    assert runs.count("completed") == 2
    assert csv.startswith("run_started_at,run_id,severity,table_name")
    assert re.search(r"[1-9]\d* paragraphs matching 'trafficking'", search)
    assert "Herrera Rivero" in search
    assert "│" not in quarantine.split("┡", 1)[-1].split("└", 1)[0]  # no row
    assert "re-parsed 2" in reparse
    assert "loaded 2" in backfill
    # A backfill keeps its progress bar clear of Prefect's lines, and says how it windowed the span.
    assert "| INFO " not in backfill + logs[8]
    assert "ETA" in backfill
    assert "by meeting date: 159 windows" in backfill
    assert "1 record(s) give no meeting date" in backfill
    assert (tmp_path / "exports" / "statements.csv").is_file()


@pytest.mark.parametrize("number", range(3))
def test_every_query_prints_what_the_readme_shows(prefect_api: str, tmp_path_factory: pytest.TempPathFactory,
                                                  number: int) -> None:  # fmt: skip
    warehouse = tmp_path_factory.getbasetemp() / "readme-queries" / "records.duckdb"
    if not warehouse.exists():
        nightly_ingest(warehouse=str(warehouse))
    query, shown = queries_with_outputs()[number]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        printed = str(con.sql(query.strip().rstrip(";")))
    assert SOURCE_ID.sub("source:…", printed.strip()) == SOURCE_ID.sub("source:…", shown.strip())
