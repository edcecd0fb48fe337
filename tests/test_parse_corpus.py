"""The labelled corpus: each paragraph's speaker, role and country, and each masthead, as a careful reader saw them."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from flows.sources import RawRecord as Document
from transforms.parse import READ_LANGUAGES, parse_documents

CORPUS = Path(__file__).parent / "fixtures" / "summary"
SAMPLE_NAME = "real-cmw-mexico-2011"
SAMPLE_TEXT = Path(__file__).parents[1] / "samples" / "summary-records" / "cmw-mexico-second-periodic-report.txt"
MEETING_FIELDS = (
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
    "symbol_derived",
    "language",
    "original_language",
)
STATEMENT_FIELDS = ("paragraph", "speaker_name", "speaker_role", "country_iso3", "is_continuation")


def labelled_records() -> list[tuple[str, Path]]:
    return [(path.name.removesuffix(".expected.json"), path) for path in sorted(CORPUS.glob("*.expected.json"))]


def text_of(name: str) -> bytes:
    return SAMPLE_TEXT.read_bytes() if name == SAMPLE_NAME else (CORPUS / f"{name}.txt").read_bytes()


def parse(name: str) -> tuple[dict[str, pl.DataFrame], list[Any]]:
    batch = parse_documents([Document(f"file:///{name}.txt", text_of(name), f"{name}.txt")])
    return batch.frames, batch.rejects


def as_text(value: object) -> object:
    if isinstance(value, time | datetime):
        return value.isoformat()[:5]
    return value.isoformat() if isinstance(value, date) else value


@pytest.mark.parametrize(("name", "labels_path"), labelled_records(), ids=[n for n, _ in labelled_records()])
def test_corpus_record_parses_as_labelled(name: str, labels_path: Path) -> None:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    frames, rejects = parse(name)
    if labels["meeting"].get("language", "en") not in READ_LANGUAGES:
        assert [r.reason for r in rejects] == [f"language not supported: {labels['meeting']['language']}"]
        return
    assert rejects == []
    meeting = frames["meetings"].row(0, named=True)
    expected_meeting = {key: labels["meeting"].get(key) for key in MEETING_FIELDS if key in labels["meeting"]}
    if name == SAMPLE_NAME:
        expected_meeting.pop("symbol", None)
    assert {key: as_text(meeting[key]) for key in expected_meeting} == expected_meeting
    actual = [tuple(row[key] for key in STATEMENT_FIELDS) for row in frames["statements"].iter_rows(named=True)]
    expected = [tuple(row[key] for key in STATEMENT_FIELDS) for row in labels["statements"]]
    wrong = [(e, a) for e, a in zip(expected, actual, strict=False) if e != a]
    assert wrong == [], f"{len(wrong)} of {len(expected)} paragraphs differ"
    assert len(actual) == len(expected)
    if "agenda_documents" in labels:
        cited = frames["document_refs"].filter(pl.col("paragraph").is_null())["symbol"].to_list()
        assert cited == labels["agenda_documents"]


def test_generated_records_parse_as_generated() -> None:
    """Hundreds of seeded records in every style the generator knows: speakers, roles and countries right."""
    from tests.corpus import generate_labelled_records

    records = list(generate_labelled_records(300, seed=20261128))
    batch = parse_documents([Document(f"file:///{name}", text.encode(), name) for name, text, _ in records])
    assert batch.rejects == []
    ids = dict(zip(batch.frames["meetings"]["source_uri"], batch.frames["meetings"]["meeting_id"], strict=True))
    by_meeting = batch.frames["statements"].partition_by("meeting_id", as_dict=True)
    wrong, total = [], 0
    for name, _, labels in records:
        rows = by_meeting[(ids[f"file:///{name}"],)].to_dicts()
        assert len(rows) == len(labels), name
        for label, row in zip(labels, rows, strict=True):
            total += 1
            expected = tuple(label[key] for key in STATEMENT_FIELDS)
            actual = tuple(row[key] for key in STATEMENT_FIELDS)
            if expected != actual:
                wrong.append((name, expected, actual))
    assert total > 10_000
    assert wrong == []


def test_generated_records_run_onto_one_line_parse_as_generated() -> None:
    """The generator runs one record in 25 onto one line, headings between paragraphs included in some and the
    numbers glued to their paragraphs ("2.Ms. X") in half: each speaker, role and country still right."""
    from tests.corpus import generate_labelled_records

    records = [record for record in generate_labelled_records(800, seed=20261206) if record[1].count("\n") <= 1]
    assert len(records) >= 15
    assert sum(bool(re.search(r" 2\.[A-Z]", text)) for _, text, _ in records) >= 5  # numbers glued
    _assert_parse_as_generated(records)


def test_generated_officers_with_the_next_columns_words_run_on_parse_as_generated() -> None:
    """The generator runs the next column's words onto the presiding officer's name in capitals in one old record
    in five whose officer has a name of two words or more ("Chairman: Mr. Ana MORALES IBANEZ of the territories
    with a view to (Chile)"): the Chair's turns still name the whole of it."""
    from tests.corpus import generate_labelled_records
    from tests.corpus.rendition import _NEXT_COLUMN_WORDS

    records = [
        record
        for record in generate_labelled_records(2000, seed=20261208)
        if any(f" {words}" in record[1][:3000] for words in _NEXT_COLUMN_WORDS)
    ]
    assert len(records) >= 5
    _assert_parse_as_generated(records)


def test_generated_officials_printed_bare_when_heard_again_parse_as_generated() -> None:
    """The generator prints the Subcommittee's official bare the second time in half of its opening meetings
    ("Ms. X said", her office given the first time): still the official, not a member."""
    from tests.corpus import generate_labelled_records

    office = "Chief, Groups in Focus Section"
    records = [r for r in generate_labelled_records(2000, seed=20261208) if r[1].count(office) == 1]
    assert len(records) >= 5
    _assert_parse_as_generated(records)


def test_generated_delegates_titles_a_scan_misread_parse_as_generated() -> None:
    """The generator misreads one delegate's "Mr." in about one old record in sixteen, as scans print it before a
    name in capitals ("MYlr. VALLARTA (Mexico)", "lIr. X (Chile)"): still that State's delegate."""
    from tests.corpus import generate_labelled_records
    from tests.corpus.rendition import _TITLE_MISREADINGS

    misread = re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, _TITLE_MISREADINGS))}) [A-Z]{{2}}")
    records = [r for r in generate_labelled_records(2000, seed=20261208) if misread.search(r[1])]
    assert len(records) >= 10
    _assert_parse_as_generated(records)


def test_generated_rapporteurs_the_chair_calls_on_by_office_parse_as_generated() -> None:
    """The generator has the Chair call on the closing rapporteur by office in about one dialogue in ten ("invited the
    Country Rapporteur, Ms. X, to sum up", or the office alone), the rapporteur then printed bare: still the
    rapporteur, not a member."""
    from tests.corpus import generate_labelled_records

    called = re.compile(r"invited the (?:Country )?Rapporteur\b")
    records = [r for r in generate_labelled_records(2000, seed=20261208) if called.search(r[1])]
    assert len(records) >= 10
    _assert_parse_as_generated(records)


def test_generated_sentences_broken_from_their_numbered_paragraph_stay_in_its_statement() -> None:
    """The generator breaks one numbered paragraph in about one numbered record in ten where a sentence ends, the
    next sentences on a line of their own: they are read as the paragraph's, not left over and lost."""
    from tests.corpus import generate_labelled_records
    from tests.corpus.rendition import _TURN_OPENINGS

    records = list(generate_labelled_records(300, seed=20261207))
    broken: dict[str, list[str]] = {}
    for name, text, _ in records:
        lines = text.split("\n")
        for at in range(1, len(lines)):
            above, line = lines[at - 1], lines[at]
            number = _NUMBERED_LINE.match(above)
            if number is None or _NUMBERED_LINE.match(line) or not above.endswith(".") or len(line) < 60:
                continue
            following = next((later for later in lines[at + 1 :] if _NUMBERED_LINE.match(later)), "")
            if (
                line[:1].isupper()
                and not line.startswith(_TURN_OPENINGS)
                and following.startswith(f"{int(number.group(1)) + 1}.")
            ):
                broken.setdefault(name, []).append(line)
    assert len(broken) >= 15
    chosen = [record for record in records if record[0] in broken]
    batch = parse_documents([Document(f"file:///{name}", text.encode(), name) for name, text, _ in chosen])
    ids = dict(zip(batch.frames["meetings"]["source_uri"], batch.frames["meetings"]["meeting_id"], strict=True))
    by_meeting = batch.frames["statements"].partition_by("meeting_id", as_dict=True)
    texts = {name: _letters(" ".join(by_meeting[(ids[f"file:///{name}"],)]["text"])) for name in broken}
    lost = [(name, line) for name, lines in broken.items() for line in lines if _letters(line) not in texts[name]]
    assert lost == []


def _assert_parse_as_generated(records: list[tuple[str, str, list[dict[str, Any]]]]) -> None:
    """Each record is loaded, its speakers, roles, countries and continuations read as the generator labelled them."""
    batch = parse_documents([Document(f"file:///{name}", text.encode(), name) for name, text, _ in records])
    assert batch.rejects == []
    ids = dict(zip(batch.frames["meetings"]["source_uri"], batch.frames["meetings"]["meeting_id"], strict=True))
    by_meeting = batch.frames["statements"].partition_by("meeting_id", as_dict=True)
    for name, _, labels in records:
        rows = by_meeting[(ids[f"file:///{name}"],)].to_dicts()
        expected = [tuple(label[key] for key in STATEMENT_FIELDS) for label in labels]
        assert [tuple(row[key] for key in STATEMENT_FIELDS) for row in rows] == expected, name


_NUMBERED_LINE = re.compile(r"^(\d{1,4})\.\s")


def _letters(text: str) -> str:
    """Only the letters and figures: spacing and marks as the generator's typography and the parser's cleaning
    leave them apart."""
    return "".join(character for character in text if character.isalnum())


def test_procedural_paragraphs_are_found_past_the_first_letter_test() -> None:
    """`_is_procedural` runs its regexes only on paragraphs opening with A, I or T: no opening is missed.

    Every character of the Basic Multilingual Plane before the rest of each kind of procedural
    opening (Python's `re` also lets the dotted and the dotless i stand for "i"): where the regexes
    match, the first letter passes the test.
    """
    from transforms.formulas import FORMULA
    from transforms.summary import _PROCEDURAL, _PROCEDURAL_INITIALS

    rests = [
        "t the invitation of the Chair, the delegation took places.", "he meeting was suspended at 4.10 p.m.",
        "t was so decided.", " recorded vote was taken.", "n favour: Mexico.", "gainst: none.",
        "bstaining: none.", "HE MEETING ROSE AT 1 P.M.", "he draft resolution was adopted.",
    ]  # fmt: skip
    matched = set()
    for code in range(0x10000):
        for rest in rests:
            text = chr(code) + rest
            if _PROCEDURAL.match(text) or FORMULA.match(text):
                matched.add(chr(code))
                assert text[:1] in _PROCEDURAL_INITIALS, text
    assert {"A", "a", "I", "T", "t"} <= matched


@pytest.mark.parametrize(
    ("symbol", "code"),
    [("CAT/OP/5/SR.7", "SPT"), ("CAT/C/SR.1", "CAT"), ("S/PV.4507", "SC"), ("S/2004/1", "SC"),
     ("A/C.3/78/SR.12", "A/C.3"), ("A/HRC/5/SR.2", "HRC"), ("A/78/PV.3", "GA"), ("E/C.12/2004/SR.12", "CESCR"),
     ("E/2004/SR.1", "ECOSOC"), ("XYZ/C/SR.1", None), ("CMW/C", None)],
)  # fmt: skip
def test_body_for_symbol_takes_the_longest_prefix(symbol: str, code: str | None) -> None:
    """The body of a symbol has the longest prefix of it; the lookup relies on prefixes ending in "/" or "."."""
    from transforms.bodies import BODIES, body_for_symbol

    assert all(prefix[-1] in "/." for body in BODIES for prefix in body.prefixes)
    longest = max(
        ((len(prefix), body) for body in BODIES for prefix in body.prefixes if symbol.startswith(prefix)),
        key=lambda pair: pair[0],
        default=(0, None),
    )[1]
    found = body_for_symbol(symbol)
    assert found is longest
    assert (found.code if found else None) == code


def test_procedural_shortcuts_agree_with_the_regexes() -> None:
    """`_is_procedural` says what its three regexes say, for every paragraph its shortcuts skip or keep.

    Paragraphs of 300 generated records and the fixtures, and events written in every form the
    regexes know: elections, solemn declarations, articles and drafts adopted or withdrawn.
    """
    from tests.corpus import generate_records
    from transforms.blocks import split_body
    from transforms.formulas import FORMULA
    from transforms.speakers import left_the_table
    from transforms.summary import _PROCEDURAL, _PROCEDURAL_EVENT, _is_procedural

    def plain(text: str) -> bool:
        event = len(text) < 400 and _PROCEDURAL_EVENT.search(text)
        return bool(_PROCEDURAL.match(text) or FORMULA.match(text) or event or left_the_table(text))

    texts = [text for _, text in generate_records(300, seed=4)] + [
        path.read_text("utf-8") for path in CORPUS.glob("*.txt")
    ]
    paragraphs = [paragraph.text for text in texts for paragraph in split_body(text).paragraphs]
    paragraphs += [
        "Ms. Dicko was elected Chairperson by acclamation.", "Mr. Kariyawasam was re-elected Vice-Chair.",
        "The new members made the solemn declaration.", "Articles 3 and 4 were adopted.",
        "Paragraph 12, as amended, was approved.", "The draft decision was withdrawn.",
        "Draft general comment No. 2 was adopted.", "The draft report was rejected, as the delegation was absent.",
        "It was adopted that the members were appointed officers.", "Section 2 was deleted",
        "The officers were appointed officers of the Committee.", "The proposal was adopted.",
    ]  # fmt: skip
    assert sum(map(plain, paragraphs)) > 300  # the events and formulas are exercised
    assert [_is_procedural(text) for text in paragraphs] == [plain(text) for text in paragraphs]
