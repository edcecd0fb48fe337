"""The markdown artifact each run publishes: what loaded, what was held back, and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prefect.artifacts import create_markdown_artifact

if TYPE_CHECKING:
    from flows.run_summary import RunSummary
    from flows.settings import Settings


STAGES = ("fetch", "extract", "parse", "check", "load")


def run_report_markdown(summary: RunSummary, settings: Settings, error: str | None = None) -> str:
    held = summary.quarantined_by_stage
    lines = [
        f"# Nightly ingest {summary.run_id}",
        "",
        f"Source `{settings.source}` into `{settings.warehouse}`: **{summary.status}**.",
        *(["", f"The run failed: `{error}`"] if error else []),
        "",
        "| discovered | skipped (unchanged) | loaded | quarantined | warnings |",
        "|---:|---:|---:|---:|---:|",
        f"| {summary.discovered} | {summary.skipped} | {summary.loaded} | {summary.quarantined} | {summary.warnings} |",
        "",
        "Quarantined, by the stage that refused the record:",
        "",
        "| " + " | ".join(STAGES) + " |",
        "|" + "---:|" * len(STAGES),
        "| " + " | ".join(str(held.get(stage, 0)) for stage in STAGES) + " |",
        "",
    ]
    if summary.held_back:
        lines += ["## Held back", "", "| stage | record | reason |", "|---|---|---|"]
        lines += [f"| {stage} | `{uri}` | {_cell(reason)} |" for stage, uri, reason in summary.held_back]
        if summary.quarantined > len(summary.held_back):
            lines.append(f"| | and {summary.quarantined - len(summary.held_back)} more | `records quarantine list` |")
        lines.append("")
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


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")[:300]


def publish_run_report(summary: RunSummary, settings: Settings, error: str | None = None) -> None:
    create_markdown_artifact(
        key="nightly-ingest-report",
        markdown=run_report_markdown(summary, settings, error),
        description=f"Counts and quality failures of run {summary.run_id}",
    )
