"""Great Expectations Data Docs: a static HTML site of the latest runs' validations.

The gate keeps GX's own validation results when asked (`validate_batch(...,
keep_validation_results=True)`); `save_validation_results` writes them as JSON under
`results_dir/<run_id>/`, and `build_data_docs` renders the latest runs into a folder that
opens in any browser (`<site_dir>/index.html`), with one page per suite validation and the
suites themselves. Each build uses its own ephemeral GX context, like the gate.
"""

from __future__ import annotations

import hashlib
import html
import json
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from expectations.gx_loader import great_expectations
from expectations.suites import SEVERITIES, SUITES_DIR, load_suites

if TYPE_CHECKING:
    from great_expectations import ExpectationSuite
    from great_expectations.core.expectation_validation_result import ExpectationSuiteValidationResult
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context import EphemeralDataContext
    from great_expectations.data_context.types.resource_identifiers import ValidationResultIdentifier

    from expectations.validate import BatchValidation

# Failing values and rows kept per expectation in a saved result: the page shows a sample,
# and a batch of a million paragraphs with a systematic fault must not write a huge file.
_ROWS_KEPT = 200
_LISTS = ("unexpected_list", "unexpected_index_list", "partial_unexpected_list", "partial_unexpected_index_list")


def save_validation_results(validation: BatchValidation, results_dir: Path) -> list[Path]:
    """Write one batch's GX validation results under `results_dir/<run_id>/`; return the files.

    Needs `validate_batch(..., keep_validation_results=True)`; a run's batches add up in its folder.
    """
    paths = []
    for result in validation.validation_results:
        run_dir = results_dir / _safe(result["meta"]["run_id"]["run_name"])
        run_dir.mkdir(parents=True, exist_ok=True)
        number = len(list(run_dir.glob("*.json")))
        path = run_dir / f"{number:05d}-{_safe(result['batch_id'] or result['suite_name'])}.json"
        path.write_text(json.dumps(_trimmed(result), ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def build_data_docs(results_dir: Path, site_dir: Path, *, runs: int = 30) -> Path | None:
    """Render the latest `runs` runs saved in `results_dir` as a static site in `site_dir`; return index.html.

    The site shows exactly those runs, newest first: a history, as Great Expectations' own sites
    keep one. It is rendered whole the first time (and when the suites change); after that, only
    the pages of runs it does not show yet are rendered, and those of runs that fell out of the
    history are deleted: a night pays for its own pages, not for the whole history again. With no
    run saved yet, the site is left as it is (None).
    """
    great_expectations()  # first, so that GX's own import defers what the site never uses
    from great_expectations.core.expectation_validation_result import ExpectationSuiteValidationResultSchema
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    result_files = _latest_result_files(results_dir, runs)
    if not result_files:
        return None
    suites_version = _suites_version()
    rendered = _rendered(site_dir, suites_version)
    if rendered is None and site_dir.exists():
        shutil.rmtree(site_dir)
    context = _docs_context(site_dir)
    for suite in _gx_suites():
        context.suites.add(suite)
    schema = ExpectationSuiteValidationResultSchema()
    stored = []
    for path in result_files:
        document = json.loads(path.read_text(encoding="utf-8"))
        batch_id = document.pop("batch_id", None)
        result = schema.load(document)
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=result.suite_name),
            run_id=result.meta["run_id"],
            batch_identifier=batch_id,
        )
        context.validation_results_store.set(key, result)
        stored.append((path.parent.name, key, result))
    if rendered is None:
        context.build_data_docs()
    else:
        for run in set(rendered) - {run for run, _, _ in stored}:  # fell out of the history
            for page in rendered[run]:
                _remove_page(site_dir, site_dir / page)
        results_per_run = Counter(run for run, _, _ in stored)
        new = [key for run, key, _ in stored if len(rendered.get(run, ())) != results_per_run[run]]
        context.build_data_docs(resource_identifiers=new)  # and the index, over every run shown
    index = site_dir / "index.html"
    if not index.is_file():
        raise RuntimeError(f"Great Expectations built no Data Docs index in {site_dir}")
    pages = [(run, _page_of(context, key, site_dir), key.run_id, result) for run, key, result in stored]
    _add_static_summary(index, [(page, run_id, result) for _, page, run_id, result in pages])
    pages_per_run: dict[str, list[str]] = {}
    for run, page, _, _ in pages:
        pages_per_run.setdefault(run, []).append(page)
    manifest = {"suites": suites_version, "runs": pages_per_run}
    (site_dir / _MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return index


# What the site holds: the suites' version it was rendered with, and each run's pages.
_MANIFEST = "rendered.json"


def _remove_page(site_dir: Path, page: Path) -> None:
    """Delete a page, and the folders it leaves empty (GX nests a run's pages by suite, run and time)."""
    page.unlink(missing_ok=True)
    folder = page.parent
    while folder != site_dir and folder.is_relative_to(site_dir) and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _suites_version() -> str:
    """A digest of the suite files: pages rendered from other suites are rendered again."""
    digest = hashlib.sha256()
    for path in sorted(SUITES_DIR.glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _rendered(site_dir: Path, suites_version: str) -> dict[str, list[str]] | None:
    """The site's pages per run, when it can be added to; None when it must be rendered whole."""
    try:
        manifest = json.loads((site_dir / _MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("suites") != suites_version or not (site_dir / "index.html").is_file():
        return None
    runs = manifest.get("runs")
    return runs if isinstance(runs, dict) else None


def _page_of(context: EphemeralDataContext, key: ValidationResultIdentifier, site_dir: Path) -> str:
    """The validation page's path relative to the site."""
    (site,) = context.get_docs_sites_urls(resource_identifier=key)
    url = site["site_url"]
    if url is None:  # GX names no page it did not build
        raise RuntimeError(f"Great Expectations built no Data Docs page for {key.to_tuple()}")
    return Path(url.removeprefix("file://")).relative_to(site_dir.resolve()).as_posix()


def _add_static_summary(
    index: Path, pages: Sequence[tuple[str, RunIdentifier, ExpectationSuiteValidationResult]]
) -> None:
    """Put a plain HTML table of the validations at the top of the index.

    GX fills its own index table with JavaScript loaded from public CDNs, so without internet
    access (this machine, many servers) the index shows no validations; this table needs neither.
    """
    rows = []
    for page, run, result in sorted(pages, key=lambda item: (item[2].success, item[0])):
        failed = [
            r.expectation_config.meta.get("severity") for r in result.results if not r.success and r.expectation_config
        ]
        status = ", ".join(f"{failed.count(level)} {level}(s) failed" for level in SEVERITIES if level in failed)
        cells = (
            html.escape(status or "passed"),
            f"<a href='{html.escape(page)}'>{html.escape(result.suite_name)}</a>",
            html.escape(page.rsplit("/", 1)[-1].removesuffix(".html")),
            html.escape(str(run.run_name)),
            f"{run.run_time:%Y-%m-%d %H:%M:%S %Z}",
        )
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    table = (
        "<section id='quality-gate-summary' style='padding:1em 3em'><h2>Quality gate: validations</h2>"
        "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
        "<tr><th>status</th><th>suite</th><th>batch</th><th>run</th><th>validated at</th></tr>"
        + "".join(rows)
        + "</table></section>"
    )
    text = index.read_text(encoding="utf-8")
    index.write_text(text.replace("<body>", "<body>" + table, 1), encoding="utf-8")


_SITE_SECTIONS = ("expectations", "validations", "profiling")


def _docs_context(site_dir: Path) -> EphemeralDataContext:
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    page_view = {"module_name": "expectations.docs_views", "class_name": "CachedJinjaPageView"}
    site = {
        "class_name": "SiteBuilder",
        "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site_dir)},
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "view": {"module_name": "expectations.docs_views", "class_name": "CachedJinjaIndexPageView"},
        },
        # GX's own sections (merged into its defaults), each with a view that keeps its compiled templates.
        "site_section_builders": {section: {"view": page_view} for section in _SITE_SECTIONS},
    }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        data_docs_sites={"local_site": site},
        progress_bars=ProgressBarsConfig(globally=False),
        analytics_enabled=False,
    )
    return gx.get_context(mode="ephemeral", project_config=config)


def _gx_suites() -> list[ExpectationSuite]:
    """The suites as GX objects, for the site's suite pages (cross_table as one suite)."""
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration
    from great_expectations.expectations.metadata_types import FailureSeverity

    from expectations.suites import GX_SEVERITY

    return [
        gx.ExpectationSuite(
            name=suite.name,
            meta={"description": suite.description},
            expectations=[
                ExpectationConfiguration(
                    type=spec.type,
                    kwargs=dict(spec.kwargs),
                    meta=dict(spec.meta),
                    description=spec.description,
                    severity=FailureSeverity(GX_SEVERITY[spec.severity]),
                ).to_domain_obj()
                for spec in suite.expectations
            ],
        )
        for suite in load_suites()
    ]


def _latest_result_files(results_dir: Path, runs: int) -> Sequence[Path]:
    if not results_dir.is_dir():
        return []
    run_dirs = sorted(
        (d for d in results_dir.iterdir() if d.is_dir() and any(d.glob("*.json"))), key=lambda d: d.stat().st_mtime_ns
    )
    return [path for run_dir in run_dirs[-runs:] for path in sorted(run_dir.glob("*.json"))]


def _trimmed(result: dict[str, Any]) -> dict[str, Any]:
    for expectation_result in result.get("results", []):
        details = expectation_result.get("result") or {}
        for name in _LISTS:
            if isinstance(details.get(name), list):
                details[name] = details[name][:_ROWS_KEPT]
    return result


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
