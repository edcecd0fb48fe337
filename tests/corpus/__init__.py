"""A seeded generator of realistic summary records, with the truth about who speaks.

Records vary the way the UN's have since 1995: treaty bodies, the Human Rights Council and
General Assembly committees; new-style mastheads and old-style capitals; chairs who hand over
to a Vice-Chairperson; delegations under their UN names (historical ones in older years);
members, rapporteurs, observers and the secretariat; interposed clauses, continuation
paragraphs, names mentioned without speaking, figures, suspensions and partial records. And the
renditions the UN's web pages and old conversions make of them (`rendition.Rendition`). People
are invented (`vocabulary.toml` holds the names and phrasings); country names come from
`transforms.countries`.

The same seed gives the same corpus. Labels follow `tests/fixtures/summary/README.md`. Tests and
benchmarks both import it, so it lives with the tests' other support code rather than in
`benchmarks/`:

    uv run python -m tests.corpus OUT_DIR 500 --seed 7 --labels
"""

from tests.corpus.records import (
    LabelledRecord,
    generate_expected_records,
    generate_labelled_records,
    generate_records,
    write_corpus,
)

__all__ = [
    "LabelledRecord",
    "generate_expected_records",
    "generate_labelled_records",
    "generate_records",
    "write_corpus",
]
