"""GX imported without scipy.stats and altair, which only an expectation we never run needs."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

VALIDATE_A_SAMPLE = """
import json, sys
from pathlib import Path
from flows.sources.folder import FolderSource
from transforms.parse import parse_documents
from expectations.validate import validate_batch

source = FolderSource(Path("samples"))
batch = parse_documents(source.fetch(source.discover()).records)
validation = validate_batch(batch.frames, "deferred")
loaded = {name: name in sys.modules and type(sys.modules[name]).__name__ for name in
          ("great_expectations", "scipy.stats", "scipy.stats._stats_py", "altair", "altair.vegalite")}
print(json.dumps({"loaded": loaded, "held_back": len(validation.failed_meetings)}))
"""

KL_DIVERGENCE_AFTER_DEFERRING = """
import json
import pandas as pd
from expectations.gx_loader import great_expectations

gx = great_expectations()
context = gx.get_context(mode="ephemeral")
batch = (
    context.data_sources.add_pandas("p").add_dataframe_asset("a").add_batch_definition_whole_dataframe("w")
    .get_batch(batch_parameters={"dataframe": pd.DataFrame({"x": ["a", "a", "b", "b"]})})
)
partition = {"values": ["a", "b"], "weights": [0.5, 0.5]}
results = [
    batch.validate(gx.expectations.ExpectColumnKLDivergenceToBeLessThan(
        column="x", partition_object=partition, threshold=threshold)).success
    for threshold in (0.1, -1.0)
]
print(json.dumps(results))
"""


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_gate_validates_without_loading_what_only_kl_divergence_needs() -> None:
    report = json.loads(run_python(VALIDATE_A_SAMPLE))

    assert report["held_back"] == 0
    assert report["loaded"] == {
        "great_expectations": "module",
        "scipy.stats": "_Deferred",
        "scipy.stats._stats_py": False,
        "altair": "_Deferred",
        "altair.vegalite": False,
    }


def test_an_expectation_that_needs_the_deferred_libraries_loads_them_and_works() -> None:
    assert json.loads(run_python(KL_DIVERGENCE_AFTER_DEFERRING)) == [True, False]
