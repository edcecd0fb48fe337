"""The markdown artifact each run publishes: what loaded, what was held back, and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect.artifacts import create_markdown_artifact

if TYPE_CHECKING:
    from flows.nightly import RunSummary
    from flows.settings import Settings


def run_report_markdown(summary: RunSummary, settings: Settings) -> str:
    lines = [
        f"# Nightly ingest {summary.run_id}",
        "",
        f"Source `{settings.source}` into `{settings.warehouse}`: **{summary.status}**.",
        "",
        "| discovered | skipped (unchanged) | loaded | quarantined | warnings |",
        "|---:|---:|---:|---:|---:|",
        f"| {summary.discovered} | {summary.skipped} | {summary.loaded} | {summary.quarantined} | {summary.warnings} |",
        "",
    ]
    if summary.failed_expectations:
        lines += [
            "## Failed expectations",
            "",
            "| table | expectation | column | severity | unexpected | meetings |",
            "|---|---|---|---|---:|---|",
        ]
        for failure in summary.failed_expectations[:50]:
            meetings = ", ".join((failure.get("meeting_ids") or [])[:5])
            lines.append(
                f"| {failure.get('table_name')} | {failure.get('expectation')} | {failure.get('column_name') or ''} "
                f"| {failure.get('severity')} | {failure.get('unexpected_count')} | {meetings} |"
            )
        lines.append("")
    docs_index = settings.data_docs_dir / "index.html"
    lines.append(f"Data Docs: [{docs_index}](file://{docs_index.resolve()})")
    return "\n".join(lines)


def publish_run_report(summary: RunSummary, settings: Settings) -> None:
    create_markdown_artifact(
        key="nightly-ingest-report",
        markdown=run_report_markdown(summary, settings),
        description=f"Counts and quality failures of run {summary.run_id}",
    )
