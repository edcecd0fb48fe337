"""The one settings object: environment variables (RECORDS_*) and flow parameters.

Read once at the edge (the CLI or the flow's entry); everything below gets plain arguments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from warehouse.location import home_folder

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_SAMPLES = PROJECT_ROOT / "samples"

TaskRunnerName = Literal["thread", "dask"]
# The languages whose records the parser reads (`transforms.parse`) and the warehouse keeps (`warehouse.versions`).
Language = Literal["en", "fr", "es"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RECORDS_", env_file=".env", extra="ignore")

    # Where and what to ingest.
    source: str = Field(default=str(BUNDLED_SAMPLES), description="folder, file URL, undl:URL or ods:URL")
    warehouse: str = Field(
        default="warehouse/records.duckdb",
        description="DuckDB file, ducklake:CATALOG_FILE or ducklake:postgres:CONNINFO (see warehouse.location)",
    )
    # Must come before the folders: they default to it for a PostgreSQL catalog.
    lake_data_path: Path | None = Field(
        default=None, description="where a DuckLake with a PostgreSQL catalog keeps its Parquet files (shared)"
    )
    # The folders default to the warehouse's own folder, so one warehouse is one folder.
    raw_archive: Path = Field(
        default_factory=lambda fields: _beside(fields, "raw"), description="content-addressed originals"
    )
    # Great Expectations costs about 1 s per batch whatever its size, so batches are large.
    batch_size: int = Field(default=1000, ge=1, description="records parsed, checked and loaded together")
    limit: int | None = Field(default=None, ge=1, description="at most this many records per run")

    # Politeness towards the UN's services.
    user_agent: str = "un-records/0.1 (+https://github.com/un-records; nightly ingestion)"
    http_timeout_seconds: float = Field(default=30.0, gt=0)
    http_retries: int = Field(default=5, ge=0)
    http_backoff_seconds: float = Field(default=1.0, ge=0)
    http_backoff_max_seconds: float = Field(default=60.0, ge=0)
    http_max_response_bytes: int = Field(default=50 * 1024 * 1024, gt=0)
    http_requests_per_second: float = Field(default=2.0, gt=0)
    http_concurrency: int = Field(default=2, ge=1)
    # A batch's fetch (the Prefect task) is retried as a whole after these delays, and stopped as
    # stuck past its timeout: each request has its own timeout, but a server that trickles bytes
    # or a batch of endless retries would otherwise hold the night.
    fetch_retry_delay_seconds: list[float] = Field(default=[5.0, 30.0], description="one delay per retry")
    fetch_timeout_seconds: float = Field(default=3600.0, gt=0, description="a batch's fetch taking longer is stuck")
    http_extra_hosts: list[str] = Field(default=[], description="hosts besides the source's that files may come from")
    undl_page_size: int = Field(default=200, ge=1, le=200)
    undl_bodies: list[str] = Field(default=["CMW", "CRC", "CEDAW", "CCPR", "E/C.12", "CERD", "CAT", "CRPD", "CED"])
    undl_queries: dict[str, str] = Field(default={}, description="classic-search query per body, over the default")
    ods_symbols: list[str] = Field(default=[], description="explicit symbols for ods:, instead of probing")
    ods_miss_limit: int = Field(default=5, ge=1, description="misses in a row that end ODS probing")
    languages: list[Language] = Field(
        default=["en"],
        min_length=1,
        description="language versions undl: and ods: fetch of each record (en, fr, es); others load beside English",
    )

    # A record larger than this is quarantined at fetch, never read or loaded in part. Summary
    # records are tens of kilobytes, scanned PDFs a few megabytes.
    max_record_bytes: int = Field(default=25 * 1024 * 1024, gt=0, description="largest record file read, in bytes")

    lock_wait_seconds: float = Field(default=600.0, ge=0, description="how long a run waits for another")

    # Where fetch and parse run; check and load always run in the flow's process, the warehouse's only writer.
    task_runner: TaskRunnerName = Field(
        default="thread", description="thread: in the flow's process; dask: fetch and parse on a Dask cluster"
    )
    dask_address: str | None = Field(
        default=None, description="scheduler of a running Dask cluster (tcp://host:port); else a LocalCluster"
    )
    dask_workers: int = Field(
        default=2, ge=1, description="LocalCluster worker processes (a cluster at an address has its own count)"
    )

    # A batch's load spills beyond it. (With 256MB the DuckDB full-text index this warehouse once had
    # was rebuilt over 760,000 paragraphs at 0.5 GB of RSS instead of 1.2 GB, in no more time.)
    duckdb_memory_limit: str = Field(
        default="256MB",
        pattern=r"^\d+(\.\d+)?\s?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$",
        description="DuckDB's memory limit on the flow's connections; beyond it DuckDB spills to disk",
    )

    # Quality gate.
    data_docs_dir: Path = Field(
        default_factory=lambda fields: _beside(fields, "data_docs"), description="Data Docs site"
    )
    validation_results_dir: Path = Field(
        default_factory=lambda fields: _beside(fields, "validations"), description="GX results per run"
    )

    # Search.
    search_index_dir: Path = Field(
        default_factory=lambda fields: _beside(fields, "search_index"),
        description="the full-text index of statements (Tantivy), updated after each run",
    )
    search_index_memory: int = Field(
        default=64 * 1024 * 1024, ge=16 * 1024 * 1024, description="bytes the index writer buffers before a flush"
    )

    @model_validator(mode="after")
    def _dask_address_needs_dask(self) -> Settings:
        # Silently running in the flow's process would hide a typo'd or forgotten --task-runner.
        if self.dask_address and self.task_runner != "dask":
            raise ValueError("a Dask scheduler address is only used with the dask task runner")
        return self

    @field_validator("raw_archive", "data_docs_dir", "validation_results_dir", "search_index_dir", "lake_data_path")
    @classmethod
    def _absolute(cls, folder: Path | None) -> Path | None:
        # Absolute, because Great Expectations' site builder refuses relative folders, and a worker's
        # working directory is not the shell's.
        return folder.resolve() if folder is not None else None


def _beside(fields: dict[str, Any], name: str) -> Path:
    """A folder next to the warehouse file (or DuckLake catalog file), or in the lake's data path."""
    return home_folder(str(fields["warehouse"]), fields.get("lake_data_path")) / name


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit (non-None) overrides on top."""
    given: dict[str, Any] = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)
