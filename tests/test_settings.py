"""One settings object: flags over RECORDS_* variables, folders beside the warehouse and absolute."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.settings import Settings, load_settings
from tests.conftest import scalar
from warehouse.location import LocationError, local_path, shown, writer_lock


@pytest.mark.parametrize("warehouse", ["warehouse/records.duckdb", "ducklake:warehouse/lake.ducklake"])
def test_folders_live_beside_the_warehouse_as_absolute_paths(warehouse: str) -> None:
    settings = load_settings(warehouse=warehouse)
    home = (Path.cwd() / "warehouse").resolve()
    assert settings.data_docs_dir == home / "data_docs"  # GX's site builder refuses relative folders
    assert settings.validation_results_dir == home / "validations"
    assert settings.raw_archive == home / "raw"


def test_flags_override_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RECORDS_BATCH_SIZE", "17")
    monkeypatch.setenv("RECORDS_WAREHOUSE", str(tmp_path / "env.duckdb"))
    assert load_settings().batch_size == 17
    assert load_settings(batch_size=5).batch_size == 5
    assert load_settings().warehouse == str(tmp_path / "env.duckdb")
    with pytest.raises(ValueError, match="batch_size"):
        load_settings(batch_size=0)


def test_the_duckdb_memory_limit_is_validated_and_applied(tmp_path: Path) -> None:
    from warehouse.store import connect

    with pytest.raises(ValueError, match="duckdb_memory_limit"):
        load_settings(duckdb_memory_limit="1GB'; drop table meetings; --")
    limit = load_settings(duckdb_memory_limit="300MB").duckdb_memory_limit
    con = connect(str(tmp_path / "records.duckdb"), memory_limit=limit)
    try:
        assert scalar(con, "select current_setting('memory_limit')") == "286.1 MiB"
    finally:
        con.close()


def test_a_postgresql_catalog_keeps_its_companions_in_the_lake_data_path_and_its_readers_need_none(
    tmp_path: Path,
) -> None:
    catalog = "ducklake:postgres:dbname=records host=db.internal user=records password=secret"
    writer = Settings(warehouse=catalog, lake_data_path=tmp_path / "lake")
    reader = Settings(warehouse=catalog)

    assert writer.raw_archive == tmp_path / "lake" / "raw"
    assert writer.validation_results_dir == tmp_path / "lake" / "validations"
    assert writer_lock(catalog, writer.lake_data_path) == tmp_path / "lake" / "writer.lock"
    assert reader.lake_data_path is None
    assert shown(catalog) == "ducklake:postgres:dbname=records host=db.internal user=records password=…"
    with pytest.raises(LocationError, match="not a file on this machine"):
        local_path(catalog)


def test_the_languages_fetched_come_from_the_environment_or_a_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().languages == ["en"]
    monkeypatch.setenv("RECORDS_LANGUAGES", '["en", "fr", "es"]')
    assert Settings().languages == ["en", "fr", "es"]
    assert load_settings(languages=["es"]).languages == ["es"]
    with pytest.raises(ValueError, match="Input should be 'en', 'fr' or 'es'"):
        load_settings(languages=["de"])
