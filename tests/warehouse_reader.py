"""An analyst's session, run as its own process by the reader drills: queries in a loop until told
to stop, each answer written as a JSON line; on one connection left open all along, or (with
`--reconnect`) on a new connection each round, as a tool that connects per query does.

    python -m tests.warehouse_reader LOCATION STOP_FILE ANSWERS_FILE [--reconnect]

LOCATION is opened as `records sql` opens it: a DuckDB file's published read copy.

Each round is one read transaction: the row count of every data table, the meetings that have no
statements (a reader must never see a meeting whose statements are not there yet), the statements
whose meeting is missing, and how many statements a join of statements and meetings finds. An
error is written as an answer too, never raised: the drill counts them.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb

from warehouse import store
from warehouse.read_copy import for_reading

# An analyst's pace, not a busy loop: a reader that took a core would slow the run it watches.
ROUND_INTERVAL_SECONDS = 0.25
TABLES = ("meetings", "statements", "speakers", "agenda_items", "document_refs", "indicators")
ROUND = f"""
select {", ".join(f"(select count(*) from {table}) as {table}" for table in TABLES)},
       (select count(*) from meetings m where not exists
            (select 1 from statements s where s.meeting_id = m.meeting_id)) as meetings_without_statements,
       (select count(*) from statements s where not exists
            (select 1 from meetings m where m.meeting_id = s.meeting_id)) as statements_without_meeting,
       (select count(*) from statements s join meetings m using (meeting_id)) as joined_statements
"""


def main(location: str, stop_file: Path, answers: Path, *, reconnect: bool) -> None:
    con: duckdb.DuckDBPyConnection | None = None
    with answers.open("a", encoding="utf-8") as out:
        while not stop_file.exists():
            try:
                if con is None:
                    con = store.connect(for_reading(location), read_only=True)
                cursor = con.execute(ROUND)
                names = [column[0] for column in cursor.description or ()]
                row = cursor.fetchone()
                answer: dict[str, object] = dict(zip(names, row or (), strict=True))
            except (duckdb.Error, store.WarehouseError) as error:
                answer = {"error": f"{type(error).__name__}: {error}"}
            if reconnect and con is not None:
                con.close()
                con = None
            out.write(json.dumps({"at": time.time(), **answer}) + "\n")
            out.flush()
            time.sleep(ROUND_INTERVAL_SECONDS)
    if con is not None:
        con.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), reconnect="--reconnect" in sys.argv[4:])
