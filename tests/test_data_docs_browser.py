"""The Data Docs site renders in a real headless browser (Chromium), offline.

Marked `browser`: `make test-browser` runs it (CI installs Debian's chromium first); `make test`
leaves it out so the suite needs nothing but Python.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from expectations.data_docs import build_data_docs, save_validation_results
from expectations.validate import validate_batch
from flows.sources import RawRecord as Document
from tests.conftest import SAMPLE
from transforms.parse import parse_documents

pytestmark = pytest.mark.browser
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium(*arguments: str, profile: Path) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "Chromium is needed: apt-get install chromium (CI does)"
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docs")
    batch = parse_documents([Document(SAMPLE.as_uri(), SAMPLE.read_bytes(), "CMW_C_SR.160-EN.txt")])
    validation = validate_batch(batch.frames, "run-browser", keep_validation_results=True)
    save_validation_results(validation, root / "results")
    build_data_docs(root / "results", root / "site")
    return root / "site"


def test_index_renders_with_a_link_to_every_validation(site: Path, tmp_path: Path) -> None:
    dom = chromium("--dump-dom", (site / "index.html").as_uri(), profile=tmp_path / "profile").stdout
    assert "<table" in dom
    assert "statements" in dom
    assert "meetings" in dom


def test_a_validation_page_renders_its_expectations(site: Path, tmp_path: Path) -> None:
    page = next((site / "validations" / "statements").rglob("*.html"))
    dom = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    assert "Paragraph numbers run 1..n without gaps within a meeting." in dom


def test_a_screenshot_of_the_index_is_a_real_picture(site: Path, tmp_path: Path) -> None:
    shot = tmp_path / "index.png"
    chromium(f"--screenshot={shot}", "--window-size=1280,900", (site / "index.html").as_uri(), profile=tmp_path / "p")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000
