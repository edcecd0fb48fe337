# Two commands for a newcomer: `make ingest` and `make test`. Needs only Python 3.11;
# uv is used from PATH, or installed into .tools/ on first use.
UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := .tools/bin/uv
endif
export UV_PYTHON_DOWNLOADS := never
# Installed packages compiled once at sync: where PYTHONDONTWRITEBYTECODE is set (CI images often
# set it), every process would otherwise compile Prefect, GX, pandas... from source, about 4 s each.
export UV_COMPILE_BYTECODE := 1

.PHONY: ingest test test-fast test-browser lint sync

ingest: sync  ## run the nightly flow on the bundled samples into warehouse/records.duckdb
	$(UV) run --frozen records ingest

test: sync  ## run the test suite
	$(UV) run --frozen pytest

test-fast: sync  ## the inner loop: every test but those that start processes or servers (under a minute)
	$(UV) run --frozen pytest -m "not slow and not browser"

test-browser: sync  ## the checks that need a real browser (Debian's chromium)
	$(UV) run --frozen pytest -m browser

lint: sync  ## ruff and the type checker, on code and tests
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen mypy

sync: $(UV)
	$(UV) sync --frozen
	@# Our own code too, for the same reason: the tests start a hundred processes that would each compile it.
	$(UV) run --frozen python -m compileall -q -j 0 flows transforms expectations warehouse tests benchmarks

.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/pip install --quiet uv
