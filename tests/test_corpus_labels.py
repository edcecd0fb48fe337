"""The hand-labelled summary-record corpus agrees with itself (no parser involved).

Each `tests/fixtures/summary/X.txt` has `X.expected.json`; the conventions are in that
folder's README.md. These checks catch labelling slips: a paragraph labelled twice or not at
all, a continuation that changes speaker, a name that is not in the text, a bad ISO3 code.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from transforms.bodies import BODIES as KNOWN_BODIES
from transforms.countries import country_name

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "summary"
# The real sample is labelled here but its text lives with the samples.
REAL_TEXTS = {
    "real-cmw-mexico-2011": (
        ROOT / "samples" / "summary-records" / "cmw-mexico-second-periodic-report.txt",
        ROOT.parent / "shared" / "samples" / "summary-records" / "cmw-mexico-second-periodic-report.txt",
    ),
}

ROLES = {"chair", "member", "rapporteur", "delegation", "secretariat", "observer", "procedural"}
# A label names a body the product knows (`transforms.bodies`).
BODIES = {body.code for body in KNOWN_BODIES}
MEETING_KEYS = {
    "symbol",
    "body",
    "session_number",
    "meeting_number",
    "meeting_part",
    "meeting_date",
    "place",
    "chair_name",
    "called_to_order",
    "rose_at",
    "state_party",
    "language",
}
# Labels of a record in another language may also say what its "Original:" line names.
OPTIONAL_MEETING_KEYS = {"symbol_derived", "original_language"}
STATEMENT_KEYS = {"paragraph", "speaker_name", "speaker_role", "country_iso3", "is_continuation"}
OPTIONAL_STATEMENT_KEYS = {"printed_name", "on_behalf_of", "spoke_in", "opening", "note"}
TOP_KEYS = {"meeting", "agenda_documents", "statements"}
OPTIONAL_TOP_KEYS = {"layout", "notes", "numbering"}
PRESIDING_WORDS = re.compile(
    # The office opens the paragraph, or follows a short opening clause ("After consultations, the CHAIRMAN").
    r"^(?:[A-Z][^.]{0,200}?,\s+the|The|THE)\s+(?:Acting\s+|ACTING\s+|Temporary\s+|TEMPORARY\s+)?"
    r"(?:Chairperson|Chairman|Chairwoman|Chair|President|CHAIRPERSON|CHAIRMAN|CHAIR|PRESIDENT)\b"
    # In French and Spanish: "Le Président", "La PRESIDENTA".
    r"|^(?:Le|La|El)\s+(?:Pr[ée]sidente?|PR[ÉE]SIDENTE?|President[ae]|PRESIDENT[AE])\b"
)
NUMBERED = re.compile(r"^(?P<n>\d{1,3})\.(?:\t| )?(?P<text>\S.*)$")


def labelled_records() -> list[str]:
    return sorted(path.name.removesuffix(".expected.json") for path in CORPUS.glob("*.expected.json"))


def text_of(stem: str) -> str:
    if stem in REAL_TEXTS:
        for candidate in REAL_TEXTS[stem]:
            if candidate.exists():
                return candidate.read_text(encoding="utf-8")
        pytest.skip(f"the text of {stem} is not in this checkout")
    return as_read((CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))


# What a reader sees: no-break spaces and hyphens as plain ones, soft hyphens and zero-width marks unseen.
_AS_READ = str.maketrans({"\u00a0": " ", "\u2011": "-", "\u00ad": None, "\u200b": None})


def as_read(text: str) -> str:
    return text.translate(_AS_READ)


def labels_of(stem: str) -> dict[str, Any]:
    labels: dict[str, Any] = json.loads((CORPUS / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return labels


def paragraphs_of(text: str, labels: dict[str, Any]) -> dict[int, str]:
    """Paragraph number -> text; for a record that lost its numbers, found by the openings."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if labels.get("numbering") == "missing" and labels.get("layout") == "flattened":
        # One line, no numbers: each labelled opening, in order, starts a paragraph.
        joined, position = " ".join(lines), 0
        for statement in labels["statements"]:
            position = joined.index(f" {statement['opening']}", position)
            joined = f"{joined[:position]}\n{joined[position + 1 :]}"
        lines = [line.strip() for line in joined.split("\n")]
    if labels.get("numbering") == "missing":
        found: dict[int, str] = {}
        labelled_lines: set[int] = set()
        position = 0
        for statement in labels["statements"]:
            opening = statement["opening"]
            while position < len(lines) and not lines[position].startswith(opening):
                position += 1
            assert position < len(lines), f"opening not found in order: {opening!r}"
            found[statement["paragraph"]] = lines[position]
            labelled_lines.add(position)
            position += 1
        # No prose paragraph between the first and the last label may go unlabelled.
        first, last = min(labelled_lines), max(labelled_lines)
        for index in range(first, last + 1):
            if index not in labelled_lines:
                assert len(lines[index]) < 100, f"unlabelled paragraph: {lines[index][:80]!r}"
        return found
    if labels.get("layout") == "flattened":  # the record printed as one line: its numbers run on inside it
        lines = [part.strip() for part in re.split(r"(?<=[.!?)]) (?=\d{1,3}\. [A-Z])", " ".join(lines))]
    numbered: dict[int, str] = {}
    quoting = False  # text quoted after "The proposed text read:", up to the closing quotation mark
    for line in lines:
        if quoting or (line.startswith("“") and numbered and numbered[max(numbered)].endswith(":")):
            quoting = not line.endswith("”")
            continue
        match = NUMBERED.match(line)
        if match:
            number = int(match.group("n"))
            assert number not in numbered, f"paragraph {number} numbered twice"
            numbered[number] = match.group("text")
    return numbered


def folded(text: str) -> str:
    return text.replace("\u2019", "'").casefold()


def test_corpus_is_large_enough_and_paired() -> None:
    texts = {path.stem for path in CORPUS.glob("*.txt")}
    labelled = set(labelled_records())
    assert len(texts) >= 25
    assert texts <= labelled, f"texts without labels: {sorted(texts - labelled)}"
    assert labelled - texts <= set(REAL_TEXTS), f"labels without texts: {sorted(labelled - texts)}"
    assert all(name.startswith("written-") for name in texts), "written records say so in their name"


@pytest.mark.parametrize("stem", labelled_records())
def test_keys_and_meeting_fields_are_well_formed(stem: str) -> None:
    labels = labels_of(stem)
    assert TOP_KEYS <= set(labels) <= TOP_KEYS | OPTIONAL_TOP_KEYS
    meeting = labels["meeting"]
    assert MEETING_KEYS <= set(meeting) <= MEETING_KEYS | OPTIONAL_MEETING_KEYS
    text = text_of(stem)
    if meeting["symbol"] is not None:
        # A symbol the rendition does not print is the one its body and meeting number give.
        assert (meeting["symbol"] not in text) == meeting.get("symbol_derived", False)
        number = re.search(r"/SR\.(\d+)", meeting["symbol"])
        assert number is not None
        assert int(number.group(1)) == meeting["meeting_number"]
    assert meeting["body"] is None or meeting["body"] in BODIES
    if meeting["meeting_date"] is not None:
        date.fromisoformat(meeting["meeting_date"])
    for key in ("called_to_order", "rose_at"):
        assert meeting[key] is None or re.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d", meeting[key])
    if meeting["called_to_order"] and meeting["rose_at"]:
        assert meeting["called_to_order"] < meeting["rose_at"]
    assert meeting["state_party"] is None or country_name(meeting["state_party"]) is not None
    assert re.fullmatch(r"[a-z]{2}", meeting["language"])
    if meeting["chair_name"] is not None:
        assert folded(meeting["chair_name"]) in folded(text)
    for symbol in labels["agenda_documents"]:
        base = re.sub(r"(?:/(?:Add|Corr|Rev)\.\d+)+$", "", symbol)
        assert base in text, f"{symbol} is not cited in the text"
    assert len(set(labels["agenda_documents"])) == len(labels["agenda_documents"])


@pytest.mark.parametrize("stem", labelled_records())
def test_every_paragraph_has_exactly_one_label(stem: str) -> None:
    labels = labels_of(stem)
    if labels["meeting"]["language"] != "en":  # written in another language: no English closing line
        assert not re.search(r"\bThe meeting rose at\b", text_of(stem))
    numbers = [statement["paragraph"] for statement in labels["statements"]]
    assert numbers == list(range(1, len(numbers) + 1))
    paragraphs = paragraphs_of(text_of(stem), labels)
    assert sorted(paragraphs) == numbers


@pytest.mark.parametrize("stem", labelled_records())
def test_statement_labels_are_consistent(stem: str) -> None:
    labels = labels_of(stem)
    text = folded(text_of(stem))
    paragraphs = paragraphs_of(text_of(stem), labels) if labels["statements"] else {}
    previous: dict[str, Any] | None = None
    for statement in labels["statements"]:
        where = f"{stem} paragraph {statement['paragraph']}"
        keys = set(statement)
        assert STATEMENT_KEYS <= keys <= STATEMENT_KEYS | OPTIONAL_STATEMENT_KEYS, where
        role, name, iso3 = statement["speaker_role"], statement["speaker_name"], statement["country_iso3"]
        assert role in ROLES, where
        assert iso3 is None or country_name(iso3) is not None, where
        assert isinstance(statement["is_continuation"], bool), where
        printed = statement.get("printed_name", name)
        if name is not None:
            assert folded(printed) in text, f"{where}: {printed!r} is not in the text"
            assert not re.match(r"^(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|H\.E)\.?\s", name), where
        if "printed_name" in statement:
            assert statement["printed_name"] != name, where
        if role == "procedural":
            assert name is None, where
            assert iso3 is None, where
            assert not statement["is_continuation"], where
        if role == "delegation":
            assert iso3 is not None, f"{where}: a delegation speaks for a State"
        if role in ("chair", "member", "rapporteur"):
            assert iso3 is None, f"{where}: {role}s speak in their personal capacity"
        opening = paragraphs[statement["paragraph"]][:200]
        if statement["is_continuation"]:
            assert previous is not None, f"{where}: nothing to continue"
            assert previous["speaker_role"] != "procedural", f"{where}: continues a procedural line"
            for key in ("speaker_name", "speaker_role", "country_iso3"):
                assert statement[key] == previous[key], f"{where}: continuation changes {key}"
        elif role == "chair":
            assert PRESIDING_WORDS.match(opening) or (printed and folded(printed) in folded(opening)), (
                f"{where}: a chair's turn opens with the office or the name"
            )
        elif role != "procedural" and printed is not None:
            assert folded(printed) in folded(opening), f"{where}: the turn must open with its speaker"
        previous = statement
