"""`records export`: a table or view to Parquet or CSV, streamed by DuckDB.

Parquet files carry what `DESCRIBE` would say: the table's comment and each column's, as the file's
key-value metadata (`table_comment`, and `column_comments`, a JSON object by column name), so a
reader of the file alone (Polars, pandas, Spark) finds the schema explained.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from warehouse.sql import one_row, statement
from warehouse.versions import SCHEMA_OF_LANGUAGE


def export_relation(con: duckdb.DuckDBPyConnection, name: str, path: Path, file_format: str) -> int:
    """Write the table or view `name` to `path`; return its row count.

    COPY takes no parameters: `name` must be a relation of the warehouse, named by a plain identifier,
    and every literal has its quotes doubled.
    """
    schema, _, relation = name.rpartition(".")
    schema = schema or "main"  # "fr.statements": a language's versions (`warehouse.versions`)
    if not (relation.isidentifier() and schema in SCHEMA_OF_LANGUAGE.values()):
        raise ValueError(f"{name!r} is no table or view of the warehouse")
    table_comment, column_comments = _comments(con, schema, relation)
    if table_comment is None:
        raise ValueError(f"{name!r} is no table or view of the warehouse")
    literals = {
        "target": str(path),
        "table_comment": table_comment,
        "column_comments": json.dumps(column_comments, ensure_ascii=False),
    }
    quoted = {key: value.replace("'", "''") for key, value in literals.items()}
    con.execute(statement(f"export_{file_format}").format(relation=name, **quoted))
    return int(one_row(con.execute(statement("count_rows").format(relation=name)))[0])


def _comments(con: duckdb.DuckDBPyConnection, schema: str, name: str) -> tuple[str | None, dict[str, str]]:
    described = con.execute(
        "select comment from duckdb_tables() where schema_name = ? and table_name = ? "
        "and database_name = current_database() union all "
        "select comment from duckdb_views() where schema_name = ? and view_name = ? and not internal "
        "and database_name = current_database()",
        [schema, name, schema, name],
    ).fetchone()
    columns = con.execute(
        "select column_name, comment from duckdb_columns() where schema_name = ? and table_name = ? "
        "and database_name = current_database() and comment is not null order by column_index",
        [schema, name],
    ).fetchall()
    return ((described[0] or "") if described else None), dict(columns)
