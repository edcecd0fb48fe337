"""An analyst's session, run as its own process by the reader drills: queries in a loop until told
to stop, each answer written as a JSON line; on one connection left open all along, or (with
`--reconnect`) on a new connection each round, as a tool that connects per query does.

    python -m tests.warehouse_reader LOCATION STOP_FILE ANSWERS_FILE [--reconnect] [--search-index DIR]

LOCATION is opened as `records sql` opens it: a DuckDB file's published read copy.

Each round is one read transaction: the row count of every data table, the meetings that have no
statements (a reader must never see a meeting whose statements are not there yet), the statements
whose meeting is missing, and how many statements a join of statements and meetings finds; with a
search index, every few rounds, as `records search` does, the paragraphs a full-text query finds
(None while there is no index yet). An error is written as an answer too, never raised: the drill counts them.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb

from warehouse import store
from warehouse.read_copy import for_reading
from warehouse.search import SearchIndexMissing, search_statements

# An analyst's pace, not a busy loop: a reader that took a core would slow the run it watches.
ROUND_INTERVAL_SECONDS = 0.25
SEARCH_EVERY = 4  # rounds: a search reads the lake's statements, which an analyst does less often
TABLES = ("meetings", "statements", "speakers", "agenda_items", "document_refs", "indicators")
ROUND = f"""
select {", ".join(f"(select count(*) from {table}) as {table}" for table in TABLES)},
       (select count(*) from meetings m where not exists
            (select 1 from statements s where s.meeting_id = m.meeting_id)) as meetings_without_statements,
       (select count(*) from statements s where not exists
            (select 1 from meetings m where m.meeting_id = s.meeting_id)) as statements_without_meeting,
       (select count(*) from statements s join meetings m using (meeting_id)) as joined_statements
"""


def main(location: str, stop_file: Path, answers: Path, *, reconnect: bool, search_index: Path | None) -> None:
    con: duckdb.DuckDBPyConnection | None = None
    rounds = 0
    with answers.open("a", encoding="utf-8") as out:
        while not stop_file.exists():
            rounds += 1
            try:
                if con is None:
                    con = store.connect(for_reading(location), read_only=True)
                cursor = con.execute(ROUND)
                names = [column[0] for column in cursor.description or ()]
                row = cursor.fetchone()
                answer: dict[str, object] = dict(zip(names, row or (), strict=True))
                if search_index is not None and rounds % SEARCH_EVERY == 1:
                    answer["search_hits"] = _search(search_index, con)
            except (duckdb.Error, store.WarehouseError, OSError, ValueError) as error:
                answer = {"error": f"{type(error).__name__}: {error}"}
            if reconnect and con is not None:
                con.close()
                con = None
            out.write(json.dumps({"at": time.time(), **answer}) + "\n")
            out.flush()
            time.sleep(ROUND_INTERVAL_SECONDS)
    if con is not None:
        con.close()


def _search(index: Path, con: duckdb.DuckDBPyConnection) -> int | None:
    try:
        return len(search_statements(index, con, "committee", limit=20))
    except SearchIndexMissing:
        return None


if __name__ == "__main__":
    options = sys.argv[4:]
    main(
        sys.argv[1],
        Path(sys.argv[2]),
        Path(sys.argv[3]),
        reconnect="--reconnect" in options,
        search_index=Path(options[options.index("--search-index") + 1]) if "--search-index" in options else None,
    )
