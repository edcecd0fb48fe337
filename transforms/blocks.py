"""The body of a record as a sequence of blocks: numbered paragraphs, headings, formulas."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from transforms.attendance import is_attendance_line, names_a_delegation
from transforms.chair_changes import is_chair_change_line
from transforms.dates import MONTH_NAME, WEEKDAY
from transforms.exchanges import side_of
from transforms.formulas import CLOSING, FORMULA
from transforms.masthead_mending import figures_read_again, mended_line
from transforms.numbers import ORDINAL_WORD
from transforms.printed_head import PRINTED_HEAD
from transforms.scan_lookalikes import corrected, vocabulary_of
from transforms.speaker_labels import MISREAD_MR, MR_MISREAD_SMALL, RANK_GENDER
from transforms.speakers import attribute, attribute_cut
from transforms.turns_in_line import turns_apart

# The most paragraphs a record may number ("9999."); a longer text is refused, never loaded in part.
MAX_PARAGRAPH = 9999
# Problems noted per record; past these, a count of the rest (a malformed text logs once, not per line).
_MAX_PROBLEMS = 20
_BEYOND_THE_LAST_NUMBER = re.compile(r"^\s*\d{5,}\.\s")
# The paragraph's text is the rest of the line, from where the match ends (a line holds no "\n").
# "1.el PRESIDENTE": a Spanish or French article in lower case may follow the number run on to it.
# "1... Por invitación": a copy's stops doubled after the number. "29.lIr. X (Egypt)": a title a scan misread.
_NUMBERED = re.compile(
    r"^\s*(?P<n>\d{1,4}) ?\.(?:\.\.(?=\s))?"
    rf"(?:[ \t\u00a0]+|(?=[A-Z“\"'‘(]|(?:el|la|le)\s[A-ZÀ-Þ]|{MR_MISREAD_SMALL}[.,]\s))(?=\S)"
)
# Unnumbered lines between paragraphs that record what happened.
_EVENT = re.compile(
    r"^(?:The (?:members of the )?delegations? of .{2,100}?"
    r" (?:withdrew|took (?:places|seats|its place|their (?:places|seats)))"
    r"|It was so (?:decided|agreed)|Il en est ainsi d[ée]cid[ée]|As[íi] queda (?:acordado|decidido)"
    r"|.{2,160}?, (?:Vice-Chair\w*|Chair\w*|Vice-President|President), (?:took|resumed) the Chair)\.?$"
)
_BOILERPLATE = re.compile(
    r"^(?:GE\.\d{2}-\d{4,6}.*|\d{2}-\d{5}\s*\(E\).*|\*\d{5,}\*|Please recycle.*|"
    r"This record is subject to correction.*|Corrections (?:to|should).*|N\.\s?B\.\s.*\bcorrections\b.*|"
    r"Any corrections to the records.*|The meeting was declared closed.*\(E\)|\*\s*[^\d\s*].*|"
    # The rest of New York's notice, its lines as a scan set them apart: "The co-operation of participants in
    # strictly observing this time-limit would be greatly appreciated.", "... and also incorporated in one copy of
    # the record.", "AS THIS RECORD WAS DISTRIBUTED ON ..., THE TIME-LIMIT FOR CORRECTIONS WILL BE ...".
    r"The co-operation of participants in strictly observing.*|.{0,60}\bincorporated in one copy of the record\b.*|"
    r"As this record was distributed on.*)$",
    re.IGNORECASE,
)

_FINISHED = re.compile(r"[.:;!?”\"’)]\s*$")
_LABEL_ALONE = re.compile(
    r"(?:(?:El|La)\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Sir|M|Mme|Mlle|Sr|Sra|Srta)\.?\s+[^\s()]+(?:\s+[^\s()]+){0,3}"
    r"\s*\([^()]{2,80}\)\s*"
)
_CITATION_END = re.compile(r"\b(?:Add|Corr|Rev|No)\.\d*$|\)$")
_MASTHEAD_FIELD = re.compile(
    r"^\s*(?:(?:Temporary|Acting)\s+)?(?:Chair|Chairperson|Chairman|President|later|Contents"
    r"|Held (?:at|in|(?-i:(?=[A-Z][a-z])))"  # "held Lausanne on 2 May 1949", as the first years' records print it
    r"|Summary records?|Distr"
    r"|Compte rendu|Acta resumida|(?:Pr[ée]|PR[ÉE]|Pre|PRE)siden\w*(?=\s*:)"  # French, Spanish
    r"|Celebrada|Tenue|Sumario|Sommaire|Presentes|Pr[ée]sents|Relator|Miembros|Membres"  # and the old scans' list
    r"|Present(?=\s*:)|Members(?=\s*[:;])"  # the list of members present, as the Yearbook prints it below the Chair
    rf"|{WEEKDAY},\s+\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}})\b"  # a date line of its own
    # or a printed volume's running head: "Sixth meeting — 10 March 1958"
    rf"|(?:{ORDINAL_WORD})\s+meeting\s+[—–]\s+\d{{1,2}}\s+{MONTH_NAME}\s+\d{{4}}$"
    # or after its place, with its hour at most after it ("Lake Success, New York Thursday, 20 May 1948, at 2.30 p.m.",
    # "Headquarters on Monday, 13 June 1955, at 2:00 p.m." below a title run on into "Held at")
    rf"|(?-i:[A-Z][\w.'-]*(?:,?\s+(?:[A-Z][\w.'-]*|des|de|du)){{0,5}},?)\s+(?:on\s+)?{WEEKDAY},"
    r"\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:,?\s+at\s+[\d.:\sO]{1,8}[ap]\.\s?m\.?)?$"  # "at 2.3O p.m.": a scan's O
    # or the date alone, its place or weekday left on the line above ("held in Lausanne on Thursday," / "16 June
    # 1949, at 10.30 a.m."; "Held at the Palais des Nations, Geneva," / "on Monday, 5 June 1950, at 11 a.m.")
    rf"|(?:(?:on\s+)?[A-Z][a-z]+day,?\s+|on\s+)?\d{{1,2}}\s+{MONTH_NAME},?\s+\d{{4}}"
    r"(?:,?\s+(?:at\s+)?[\d.:\sO]{1,8}(?:[ap]\.\s?m\.?|noon))?$"
    # or a line of the list of those present that holds one of its headings ("Mr. X Specialized Agencies: Mr.
    # Y", the columns of a scan run together)
    r"|.{0,80}?\b(?:Specialized\s+Agencies|Non-Governmental\s+Organi\s?zati\s?ons?|Also\s+present|Secretariat)\s*:",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Paragraph:
    number: int
    text: str
    heading_position: int | None
    # Lines wrapped out of the paragraph, joined to `text` once by `settle`: adding each to the text
    # would copy the whole text per line, quadratic on a file of tens of thousands of lines.
    wrapped: list[str] = field(default_factory=list, repr=False, compare=False)

    def add_line(self, line: str) -> None:
        self.wrapped.append(line)

    def ends(self) -> str:
        """The end of the text so far (its last line): what says whether the paragraph is finished."""
        return self.wrapped[-1] if self.wrapped else self.text

    def settle(self) -> None:
        if self.wrapped:
            self.text = " ".join([self.text, *self.wrapped])
            self.wrapped.clear()


@dataclass(slots=True)
class Body:
    preamble: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[tuple[str, int | None]] = field(default_factory=list)
    formulas: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    numbering_inferred: bool = False
    problems: list[str] = field(default_factory=list)
    # The record ends in mid-sentence, without its closing line: its end was lost.
    cut_short: bool = False
    # Unnumbered lines that say someone took the Chair, with the paragraph they come before.
    chair_changes: list[tuple[int, str]] = field(default_factory=list)
    # The text goes on past paragraph `MAX_PARAGRAPH`: too long to be a meeting record.
    beyond_the_last_number: bool = False
    problems_left_out: int = 0
    # An unnumbered line below the numbered ones opens a speaker's turn, which a numbered record has no room for.
    turn_without_number: bool = False

    def note(self, problem: str) -> None:
        """Note a problem; past `_MAX_PROBLEMS`, only count it."""
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.problems_left_out += 1


def split_body(text: str) -> Body:
    """Masthead lines, then the numbered paragraphs with the headings and formulas between."""
    lines = [line.rstrip() for line in text.split("\n")]
    if "  " in text:  # a run of spaces is one ("first  part", "M.  Yabit"): no field or turn is told by its spacing
        lines = [" ".join(line.split()) if "  " in line else line for line in lines]
    if "\nMr.\n" in text or "\nMrs.\n" in text:
        lines = _titles_joined_to_their_names(lines)
    first_formula = next((i for i, line in enumerate(lines) if FORMULA.match(line.strip())), None)
    if first_formula is None and (spelt := _formulas_spelt(lines)) is not None:
        lines = spelt  # "The meeting was callcd to ordcr at 10.15 a.m.": a scan's lookalike letters
        first_formula = next((i for i, line in enumerate(lines) if FORMULA.match(line.strip())), None)
    if first_formula is not None and len(lines[first_formula]) >= _FORMULA_LINE_AT_MOST:
        lines[first_formula : first_formula + 1] = _formula_apart(lines[first_formula].strip())
    first_paragraph = next((i for i, line in enumerate(lines) if _opens_a_numbered_paragraph(line)), None)
    if first_paragraph is not None and (below := _below_numbered_contents(lines, first_paragraph)) is not None:
        # "CONTENTS" / "1. Adoption of the agenda" / "2. Valuation programme" / "PRESENT:": the items listed are
        # the masthead's; the body's numbers start below them.
        first_paragraph = next((i for i in range(below, len(lines)) if _opens_a_numbered_paragraph(lines[i])), None)
    if (
        first_paragraph is None
        or _numbers_agenda_items(lines, first_paragraph)
        or _numbers_a_quoted_list(lines, first_paragraph)
    ):
        body = _unnumbered_body(lines, first_formula)
    else:
        start = min(i for i in (first_paragraph, first_formula) if i is not None)
        if first_formula is None or first_formula > first_paragraph:
            start = _start_of_heading_run(lines, first_paragraph)
        body = Body(preamble=lines[:start])
        _read_blocks(body, lines[start:])
        if body.turn_without_number and _numbers_only_headings(body):
            # "1. Adoption of the agenda" / "The agenda was adopted." / "2. Rules of procedure." / "Mr. X (Peru)
            # said ...": the items are numbered and the turns are not, whatever follows an item.
            body = _unnumbered_body(lines, first_formula)
    for paragraph in body.paragraphs:
        paragraph.settle()
    if body.paragraphs and not any(CLOSING.match(formula) for formula in body.formulas):
        body.note("ends without the closing line: the end of the record may be missing")
        last = body.paragraphs[-1].text
        # A speaker's label alone ("3. El Sr. MADI (Jordania)") is a paragraph cut before its verb.
        body.cut_short = not _FINISHED.search(last) or _LABEL_ALONE.fullmatch(last) is not None
    if body.problems_left_out:
        body.problems.append(f"and {body.problems_left_out:,} more problems of the kinds above")
    return body


def _formulas_spelt(lines: list[str]) -> list[str] | None:
    """The lines, each formula whose words a scan misread into lookalikes spelt ("The mecting was callcd to ordcr at
    10.15 a.m."); None where there is none. Looked for only in a text where no formula reads as printed."""
    spelt = list(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped[:1] == "T" and len(stripped) < _FORMULA_SPELT_AT_MOST and _AT_AN_HOUR.search(stripped):
            candidate = corrected(stripped, _FORMULA_WORDS)
            if candidate != stripped and FORMULA.match(candidate):
                spelt[index] = candidate
    return spelt if spelt != lines else None


_FORMULA_SPELT_AT_MOST = 160
_AT_AN_HOUR = re.compile(r"\bat\.?\s+\d")
_FORMULA_WORDS = vocabulary_of(
    "meeting called order suspended resumed opened closed reconvened rose began continued commenced public private"
    " discussion covered summary record ended first second third part".split()
)


def _opens_a_numbered_paragraph(line: str) -> bool:
    """A line that starts with a paragraph's number; not with a year a page's wrap set at the line's start ("...
    796 cases had been reported in" / "2016. It would be useful ..."), which no record's first number is."""
    numbered = _NUMBERED.match(line)
    return numbered is not None and not (len(numbered.group("n")) == 4 and numbered.group("n")[:2] in ("19", "20"))


def _formula_apart(line: str) -> list[str]:
    """A body run onto the line of its opening formula ("The meeting was called to order at 3.40 p.m. ADOPTION OF
    THE AGENDA The agenda was adopted. ..."): the formula, then the rest on a line of its own."""
    end = _FORMULA_SENTENCE.match(line)
    if end is None:
        return [line]
    return [line[: end.end()], line[end.end() :].lstrip()]


_FORMULA_LINE_AT_MOST = 100
# The opening formula's sentence, to its stop before a capital: "The meeting was called to order at 3.40 p.m.",
# "La séance est ouverte à 15 heures.", "Se declara abierta la sesión a las 10.05 horas."
_FORMULA_SENTENCE = re.compile(r"^.{10,100}?\.(?=\s+[A-ZÀ-Þ])")


def _titles_joined_to_their_names(lines: list[str]) -> list[str]:
    """A scan that set a speaker's title on a line of its own ("Mr." / "LINDQVIST (Sweden) expressed"): the title
    read with the line below it."""
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1] in ("Mr.", "Mrs.") and line and line[:1].isupper():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


# A paragraph that ends by announcing a text ("The proposed text read:") is followed by the text
# quoted, which may be numbered like the record's own paragraphs: it belongs to that paragraph.
_ANNOUNCES_TEXT = re.compile(r"\b(?:read|reads|follows|as follows|following|text|worded)\s*:$", re.IGNORECASE)
_QUOTED = re.compile(r"^\s*(?:[“\"‘'«]|\d{1,3}\.\s|\([a-z0-9]{1,4}\)\s|Rule\s+\d|Article\s+\d)")


def _announces_text(line: str) -> bool:
    return len(line) > 40 and _ANNOUNCES_TEXT.search(line) is not None


def _quotes_on(paragraph: Paragraph, line: str) -> bool:
    """Add a quoted line to the paragraph that announced it; True while the quotation goes on."""
    paragraph.add_line(line)
    return not line.endswith(("”", '"'))  # the closing quotation mark ends the text


def _next_speakers_paragraph(line: str, last_number: int) -> bool:
    """Whether a numbered line after an announced text is the record's next paragraph, a speaker's, rather
    than the text: "2. Mr. X read out the conclusions, as follows:" then "3. The CHAIRMAN said ..."."""
    numbered = _NUMBERED.match(line)
    if numbered is None or int(numbered.group("n")) != last_number + 1:
        return False
    text = line[numbered.end() :]
    return text.startswith(_SPEAKER_STARTS) and attribute(text) is not None


def _start_of_heading_run(lines: list[str], first_paragraph: int) -> int:
    """Headings just above the first paragraph belong to the body, not the masthead."""
    index = probe = first_paragraph
    while probe > 0:
        probe -= 1
        line = lines[probe].strip()
        if not line:
            continue
        if (
            not _is_heading_in_body(line)
            or _is_masthead_field(line)
            or line.startswith(_PERSONS_TITLES)
            or names_a_delegation(line)
        ):
            break  # a person's line above the headings is the list of those present ("Mr. HOGAN Secretary")
        index = probe
    return index


def _opens_the_body(line: str, is_last: bool) -> bool:
    """The first paragraph of a record with no opening formula: prose that is no masthead line or notice, nor a row
    of the list of those present ("M. Okafor département juridique", "Sr. OKAFOR", no sentence in it)."""
    if not is_last and line.startswith(_PERSONS_TITLES) and len(line) < _LIST_ROW_AT_MOST and line[-1] not in ".!?:;…":
        return False
    return (
        _is_paragraph(line, is_last)
        and not _is_masthead_field(figures_read_again(line))  # "Thursday, 2O May 1948, at 2.3O p.m.": a scan's date
        and not _BOILERPLATE.match(line)
        and _TITLE_IN_A_LINE.search(line, 0, 200) is None
    )


def _ends_a_held_line(lines: list[str], index: int) -> bool:
    """Whether the line is the date of a held line broken after a comma above it ("held in Beirut, on Monday," /
    "7 March 1949, at 11 a.m."): the masthead's, however much it reads like a sentence."""
    above = next((line.strip() for line in reversed(lines[max(0, index - 3) : index]) if line.strip()), "")
    return above.endswith(",") and above.startswith(("Held", "held")) and len(above) < _HELD_LINE_AT_MOST


_HELD_LINE_AT_MOST = 160
# A document site's one-line title, a sentence to look at: "Ad Hoc Committee on ..., First Session: Summary Record
# of the Ninth Meeting Held at Lake Success, New York, on Monday, 23 January 1950, at 3 p.m."
_TITLE_IN_A_LINE = re.compile(r"\bSummary Record of the [\w-]+(?: [\w-]+){0,4} Meeting\b", re.IGNORECASE)


def _read_blocks(body: Body, lines: list[str]) -> None:
    last_number = 0
    quoting = False
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if quoting:
            if _QUOTED.match(line) and not _next_speakers_paragraph(line, last_number):
                quoting = _quotes_on(body.paragraphs[-1], line)
                continue
            quoting = False
        numbered = _NUMBERED.match(line)
        number = int(numbered.group("n")) if numbered else 0
        if numbered and _misnumbered(lines, index, number, last_number, line[numbered.end() :]):
            # "17." / "71. Así queda acordado." / "18.": a number misprinted ahead of the sequence, which goes on
            # below it; read as it would be unnumbered, or every paragraph below it would be text left over.
            body.note(f"paragraph number {number} out of sequence after {last_number}: read unnumbered")
            line, numbered = line[numbered.end() :], None
        if numbered and number > last_number:
            if number != last_number + 1:
                body.note(f"paragraph numbers jump from {last_number} to {number}")
            last_number = number
            # The line is stripped and the text starts at a non-space: nothing to strip from it.
            body.paragraphs.append(Paragraph(number, line[numbered.end() :], _current_heading(body)))
            quoting = line[-1] == ":" and _announces_text(line)
        elif last_number == MAX_PARAGRAPH and _BEYOND_THE_LAST_NUMBER.match(line):
            body.beyond_the_last_number = True
            return
        elif (changes_chair := is_chair_change_line(line)) or FORMULA.match(line) or _EVENT.match(line):
            body.formulas.append(line)
            if changes_chair or line.endswith(("the Chair.", "the Chair")):
                body.chair_changes.append((last_number + 1, line))
        elif _BOILERPLATE.match(line):
            body.footnotes.append(line)
        elif last_number and (text := _after_number_without_stop(line, last_number + 1)) is not None:
            last_number += 1  # "2 El PRESIDENTE invita ...": the next number, its stop lost, before a speaker
            body.paragraphs.append(Paragraph(last_number, text, _current_heading(body)))
        elif body.paragraphs and _continues_paragraph(body.paragraphs[-1].ends(), line):
            body.paragraphs[-1].add_line(line)
        elif line.startswith(_SPEAKER_STARTS) and _next_number(lines, index) > last_number + 1 and attribute(line):
            # A paragraph that lost its number where the next number leaves room for it ("2." follows).
            last_number += 1
            body.paragraphs.append(Paragraph(last_number, line, _current_heading(body)))
        elif _is_heading_in_body(line):
            body.headings.append((line, last_number + 1))
            # An excerpt's last line, cut before its stop, may be a turn rather than a heading.
            if index == len(lines) - 1 and not body.turn_without_number:
                body.turn_without_number = attribute(line) is not None
        elif body.paragraphs and _a_sentence_of_the_paragraph(lines, index, last_number):
            body.paragraphs[-1].add_line(line)
        elif body.paragraphs:
            body.note(f"unnumbered text after paragraph {last_number}: {line[:80]!r}")
            if not body.turn_without_number:  # one is enough to tell
                body.turn_without_number = attribute(line) is not None
        else:
            body.headings.append((line, 1))


def _misnumbered(lines: list[str], index: int, number: int, last_number: int, text: str) -> bool:
    """Whether a paragraph's number jumps ahead while the next numbered line takes the sequence up again, on a line
    that opens no turn: a speaker's paragraph keeps its number, whichever of the numbers is the misprint."""
    return (
        last_number > 0
        and number > last_number + 1
        and _next_number(lines, index) == last_number + 1
        and attribute(text) is None
    )


def _numbers_only_headings(body: Body) -> bool:
    """Whether every numbered line is a short title, none a speaker's turn: "2. Publicity concerning the arrival of
    the Committee.", not "2. Mr. X (Peru) said ..."."""
    return all(
        len(paragraph.text) <= _LONGEST_ITEM and attribute(paragraph.text) is None for paragraph in body.paragraphs
    )


_LONGEST_ITEM = 160


def _after_number_without_stop(line: str, number: int) -> str | None:
    """The text after `number` opening the line without its stop, when a speaker's opening follows; else None."""
    figures = str(number)
    if not line.startswith(figures) or line[len(figures) : len(figures) + 1] != " ":
        return None
    text = line[len(figures) + 1 :].lstrip()
    return text if text.startswith(_SPEAKER_STARTS) and attribute(text) is not None else None


def _below_numbered_contents(lines: list[str], first_paragraph: int) -> int | None:
    """Where the masthead goes on below a contents list whose items are numbered ("CONTENTS" / "1. Adoption of the
    agenda" / "2. ..." / "PRESENT:"); None when the first number opens no such list."""
    if not any(_CONTENTS_LINE.match(line) for line in lines[max(0, first_paragraph - 3) : first_paragraph]):
        return None
    expected, index = 1, first_paragraph
    while index < len(lines):
        line = lines[index].strip()
        numbered = _NUMBERED.match(line) if line else None
        if numbered is not None:
            item = line[numbered.end() :].strip()
            if int(numbered.group("n")) != expected or not (_is_heading(item) or _item_with_a_stop(item)):
                return None
            expected += 1
        elif line:
            break
        index += 1
    # The list is the masthead's when a field follows it ("PRESENT:", "Chairman:"), not a paragraph.
    return index if expected > 2 and index < len(lines) and _is_masthead_field(lines[index]) else None


_CONTENTS_LINE = re.compile(r"^\s*(?:CONTENTS|Contents|SOMMAIRE|Sommaire|SUMARIO|Sumario)\s*:?\s*$")


def _numbers_agenda_items(lines: list[str], first_paragraph: int) -> bool:
    """Whether the numbers are the agenda's, not the paragraphs': "1. Election of Chairman", then speakers.

    Early records number the items discussed and print their paragraphs unnumbered below them. A
    paragraph wrapped over lines starts like a short heading too, but prose goes on below it.
    """
    items = spoken = 0
    for index in range(first_paragraph, len(lines)):
        numbered = _NUMBERED.match(lines[index])
        if numbered is None:
            continue
        item = lines[index][numbered.end() :].strip()
        # An item that cites its documents may be long: "1. Reply of the delegation ... (Com.Jer./9) and statement ...".
        if len(item) > _ITEM_AT_MOST or not (_is_heading(item) or _item_with_a_stop(item)) or attribute(item):
            return False
        if _speaker_below_item(lines, index + 1):
            spoken += 1
        elif not _decision_below_item(lines, index + 1):
            return False
        items += 1
        if spoken == 2 or items == _ITEMS_LOOKED_AT:
            break
    # An item may be followed by what was decided ("It was agreed that ..."), as long as another has a speaker.
    return spoken > 0


_ITEMS_LOOKED_AT = 4
_ITEM_AT_MOST = 300
# What a commission decided below an item, unnumbered: "It was agreed that the reply should be noted."
_DECISION = re.compile(
    r"^(?:It was (?:so )?(?:agreed|decided|noted)|The Commi(?:ttee|ssion) (?:agreed|decided|noted))\b"
)


def _item_with_a_stop(item: str) -> bool:
    """An item a commission's record numbers and ends with a full stop: "Answers of the Governments to the
    questionnaire (Com.Gen/SR.12) and points to raise with them." is a subject, one phrase that says nothing
    happened; "The agenda was adopted." is a sentence."""
    return item.endswith(".") and _SENTENCE_BREAK.search(item) is None and _FINITE_VERB.search(item) is None


# What makes a numbered line a sentence rather than the subject of an item.
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|said|stated|took|decided|agreed|adopted|rose)\b")


def _speaker_below_item(lines: list[str], start: int) -> bool:
    """Whether a speaker's turn opens below an agenda item's heading, which may wrap onto a line or two ("61.
    Question of the admission of new Members" / "to the United Nations (continued)")."""
    return _below_item(lines, start, _opens_a_turn)


def _decision_below_item(lines: list[str], start: int) -> bool:
    """Whether what was decided follows an item's heading, which may wrap onto a line or two."""
    return _below_item(lines, start, lambda opening: _DECISION.match(opening[0]) is not None)


def _opens_a_turn(opening: list[str]) -> bool:
    # The speaker's line with the next: a scan wraps a paragraph's opening ("The CHAIRMAN said that the" /
    # "Committee would ..."). A delegation called to the table before it speaks opens its turn too.
    joined = " ".join(opening)
    return (joined.startswith(_SPEAKER_STARTS) and attribute(joined) is not None) or joined.startswith(
        "At the invitation of the "
    )


def _below_item(lines: list[str], start: int, opens: Callable[[list[str]], bool]) -> bool:
    """Whether what `opens` looks for, given the next three lines, follows an item's heading, past the lines the
    heading wraps onto."""
    below = [line.strip() for line in lines[start : start + 6] if line.strip()]
    for wrapped in range(min(3, len(below))):
        if opens(below[wrapped : wrapped + 3]):
            return True
        wraps = below[wrapped]  # the heading's own words go on in lower case: "to membership in ..."
        if len(wraps) > 120 or not _is_heading(wraps[:1].upper() + wraps[1:]):
            return False
    return False


def _numbers_a_quoted_list(lines: list[str], first_paragraph: int) -> bool:
    """Whether the first numbers are a list a speaker reads out in a record that numbers no paragraph.

    "Dr. MALIK (Lebanon) explained that the report had six annexes, namely:" then "1. Draft outline
    ...": the line announcing the list ends in a colon, and a speaker's paragraph, unnumbered, came first.
    """
    announcing = next((lines[i].strip() for i in range(first_paragraph - 1, -1, -1) if lines[i].strip()), "")
    if not (announcing.endswith(":") and len(announcing) > 40):  # any word: a scan's "nanely:" too
        return False
    return any(
        line.startswith(_SPEAKER_STARTS) and attribute(line) is not None
        for line in (raw.strip() for raw in lines[_end_of_title(lines) : first_paragraph])
    )


def _a_sentence_of_the_paragraph(lines: list[str], index: int, last_number: int) -> bool:
    """Whether the line is sentences of the numbered paragraph above it, which a conversion broke where a sentence
    ended ("... to the fisheries of the region." / "The new plan, which ... as well."): prose,
    no speaker's opening, and the next number follows on, so the line cannot be a paragraph that lost its own."""
    line = lines[index].strip()
    if len(line) < _SENTENCES_AT_LEAST or line.count(" ") < _SENTENCE_WORDS or not _FINISHED.search(line):
        return False
    if not (line[0].isupper() or line[0] in "\"“‘'(") or line.isupper() or _NOT_THE_SPEAKERS.search(line):
        return False
    return _next_number(lines, index) in (0, last_number + 1) and attribute(line) is None


_SENTENCES_AT_LEAST = 60
_SENTENCE_WORDS = 8
# What no speaker says: the body's decision ("The commentary to article 13 was adopted", "Le commentaire ... est
# adopté"), and a notice on corrections ("Corrections will be issued after the end of the session").
_NOT_THE_SPEAKERS = re.compile(
    r"\b(?:was|were) (?:adopted|approved|so decided)\b|\b(?:est|sont) (?:adopté|approuvé)|\bainsi décidé"
    r"|\b(?:queda|quedan|fue|fueron) (?:aprobad|acordad|adoptad)|^(?:Corrections|Any corrections|This record"
    r"|Les rectifications|Le présent compte rendu|Las correcciones|La presente acta)"
)


def _next_number(lines: list[str], index: int) -> int:
    """The number of the next numbered paragraph after line `index` (0 when none follows)."""
    for line in lines[index + 1 :]:
        if (numbered := _NUMBERED.match(line)) is not None:
            return int(numbered.group("n"))
    return 0


def _unnumbered_body(lines: list[str], first_formula: int | None) -> Body:
    """A rendition that lost its paragraph numbers: each prose line is a paragraph, numbered in order.

    The body starts at the opening formula; a rendition without one starts at the headings above
    its first paragraph of prose.
    """
    final = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    apart = [turn for i, line in enumerate(lines) for turn in turns_apart(line, is_last=i == final)]  # "Mrs. X stated"
    if len(apart) != len(lines) and first_formula is not None:  # a line taken apart moves the formula down
        first_formula = next(i for i, line in enumerate(apart) if FORMULA.match(line.strip()))
    lines = apart
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    if first_formula is not None and not CLOSING.match(lines[first_formula].strip()):  # not only the closing line
        start = first_formula
    else:
        after = _end_of_title(lines)
        first_prose = next(
            (
                i
                for i in range(after, len(lines))
                if (_opens_the_body(lines[i].strip(), i == last) or _opens_a_wrapped_turn(lines, i))
                and not _ends_a_held_line(lines, i)
            ),
            None,
        )
        start = _start_of_heading_run(lines, first_prose) if first_prose is not None else len(lines)
    body = Body(preamble=lines[:start], numbering_inferred=True)
    number = 0
    quoting = False
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if quoting:
            if _QUOTED.match(line):
                quoting = _quotes_on(body.paragraphs[-1], line)
                continue
            quoting = False
        if FORMULA.match(line):
            body.formulas.append(line)
        elif _BOILERPLATE.match(line):
            body.footnotes.append(line)
        elif body.paragraphs and (_in_lower_case(line) or _wraps_on(lines, index, body.paragraphs[-1])):
            body.paragraphs[-1].add_line(line)  # a line wrapped out of its paragraph, in lower case or under a cut
        elif (
            _is_paragraph(line, index == last)
            or not _is_heading_in_body(line)
            or _opens_a_wrapped_turn(lines, index)
            or _prose_cut_by_a_page(lines, index)
        ):
            if number == MAX_PARAGRAPH:
                body.beyond_the_last_number = True
                break
            number += 1
            body.paragraphs.append(Paragraph(number, line, _current_heading(body)))
            quoting = line[-1] == ":" and _announces_text(line)
        else:
            body.headings.append((line, number + 1))
    if body.paragraphs:
        body.note("paragraph numbers missing: numbered in order of appearance")
    return body


# The title and the presiding officer end the masthead; what reads like prose above them is a site's or a
# scan's noise ("CU =4 4 Et CU Q id). ...").
_TITLE_OR_OFFICER = re.compile(
    # A scan may read the officer's colon as a semicolon ("Chairman; Mrs. ROOSEVELT").
    r"^\s*(?:Summary record|SUMMARY RECORD|(?:Temporary\s+|Acting\s+)?(?:Chair\w*|President)\s*[:;]"
    # French and Spanish: "Compte rendu analytique", "Acta resumida", "Président:", "Presidenta:".
    r"|Compte rendu|COMPTE RENDU|Acta resumida|ACTA RESUMIDA|(?:Pr[ée]siden|PR[ÉE]SIDEN|Presiden|PRESIDEN)\w*\s*[:;])"
)


def _end_of_title(lines: list[str]) -> int:
    """The line after the masthead's title or officer, among the first lines; 0 when none is there."""
    found = [i for i, line in enumerate(lines[:80]) if _TITLE_OR_OFFICER.match(line)]
    return found[-1] + 1 if found else 0


def _current_heading(body: Body) -> int | None:
    return len(body.headings) if body.headings else None


def _continues_paragraph(previous: str, line: str) -> bool:
    """A line wrapped out of its paragraph: it starts in lower case or the paragraph (whose last line
    is `previous`) is unfinished."""
    return line[:1].islower() or not _FINISHED.search(previous)


def _opens_a_wrapped_turn(lines: list[str], index: int) -> bool:
    """Whether the line opens a speaker's turn the wrap broke before its verb: "El Sr. X (República Islámica del
    Irán)," then "en relación con el proyecto, celebra ..."."""
    line = lines[index].strip()
    if not line.startswith(_SPEAKER_STARTS) or not (line[-1].isalnum() or line[-1] in ",()"):
        return False  # a sentence's end: the line is whole
    wrapped = []
    above = line
    for following in (raw.strip() for raw in lines[index + 1 : index + 5]):
        # A line in lower case goes on the one above; so does any line under one a wrap cut mid-sentence
        # ("... definition of" / "\"refugee\" adopted by the Council ..."), short of a blank line, or under an
        # office whose bracket a narrow column's wrap left open ("Mr. X (Under-Secretary-General for Economic and" /
        # "Social Affairs) said that ...").
        if not (following[:1].islower() or (following and (_cut_mid_sentence(above) or _bracket_left_open(above)))):
            break
        wrapped.append(following)
        above = following
    return bool(wrapped) and attribute(" ".join([line, *wrapped])) is not None


def _bracket_left_open(line: str) -> bool:
    """A line cut inside a bracket: one opened and not closed, and no sentence's end after it."""
    return line.count("(") > line.count(")") and (line[-1].isalnum() or line[-1] in ",-")


def _in_lower_case(line: str) -> bool:
    """A line that opens in lower case, as a wrapped paragraph's next line does; not a turn whose "Mr." a scan misread
    ("lIr. SABBAGH (Jordan) said")."""
    return line[:1].islower() and not (line[0] == "l" and MISREAD_MR.match(line) is not None)


def _prose_cut_by_a_page(lines: list[str], index: int) -> bool:
    """Whether the line is a paragraph a page's end cut mid-sentence, its head taken out: the line under it goes on in
    lower case, and one of the two holds a sentence's end ("... It would be" / "useful to know ...", "... benefited
    from those" / "measures. According to ..."). A heading wrapped over two lines ("... under" / "article 40 of the
    Covenant (continued)") holds none."""
    below = next((raw.strip() for raw in lines[index + 1 : index + 3] if raw.strip()), "")
    if not below[:1].islower():
        return False
    line = lines[index].strip()
    return bool(_SENTENCE_END_INSIDE.search(line) or _SENTENCE_END_INSIDE.search(below) or below.endswith("."))


# A sentence's end inside a line, after a word or a figure, a scan's space before the stop too ("in 2001 . The").
_SENTENCE_END_INSIDE = re.compile(r"[a-z0-9]{2} ?[.!?] [A-Z]")


def _wraps_on(lines: list[str], index: int, paragraph: Paragraph) -> bool:
    """Whether the line goes on the paragraph right above it, whose last line a wrap cut mid-sentence or whose
    speaker's office it left in an open bracket; not where a speaker's turn or a formula opens it."""
    above = lines[index - 1].strip()
    line = lines[index].strip()
    return (
        bool(above)
        and paragraph.ends().endswith(above)
        and (_cut_mid_sentence(above) or (not paragraph.wrapped and _bracket_left_open(above)))
        and not (line.startswith(_SPEAKER_STARTS) and attribute(line) is not None)
        and not FORMULA.match(line)
    )


def _cut_mid_sentence(line: str) -> bool:
    """Whether a line of prose ends where a wrap cut it, in a sentence: on a word or a comma."""
    return _WRAPPED_AT_LEAST < len(line) <= _WRAPPED_AT_MOST and (line[-1].isalpha() or line[-1] == ",")


# A line a wrap cut is most of a page's width: a heading or a list's row may be shorter, and a longer line is a
# paragraph of its own that may end with a heading run into it ("... two posts had been filled. Consideration of
# reports of States parties").
_WRAPPED_AT_LEAST = 55
_WRAPPED_AT_MOST = 100


def _is_heading(line: str) -> bool:
    if not line or len(line) > 300 or line[:1].islower():
        return False
    if line[-1] == "-" and len(line) > 80 and line[-2:-1].isalpha() and not line.isupper():
        return False  # prose whose last word a blank line broke ("... aux disposi-", then "tions du chapitre")
    return not (line[-1] in ".;:" and not _CITATION_END.search(line))


def _is_heading_in_body(line: str) -> bool:
    """A heading between paragraphs, which may be set in capitals with a stop after it."""
    return _is_heading(line) or _in_capitals(line)


def _in_capitals(line: str) -> bool:
    """A heading set in capitals, whatever stop ends it: "NEW TEXT OF ARTICLE 13 (document E/CONF.2/C.2/41)."."""
    if not line[:2].isupper() or line.count(" ") < 3:
        return False
    letters = [character for character in _BRACKETED.sub("", line) if character.isalpha()]
    return sum(character.islower() for character in letters) <= len(letters) // 20  # a scan's "ARTICLE lk"


_BRACKETED = re.compile(r"\([^()]*\)")


def _is_paragraph(line: str, is_last: bool) -> bool:
    """Prose rather than a heading: a sentence, a long line, or a speaker's opening.

    A last line that ends in mid-sentence is the paragraph a lost end cut, not a heading.
    """
    if not line:
        return False
    if line[-1] in '.!?”"' and len(line.split()) > 5:
        return not _in_capitals(line)
    if side_of(line) is not None:
        return True  # "Answer: No.", in an exchange printed word for word
    if len(line) > 300 and (_SENTENCE_BREAK.search(line) or is_last):
        return True  # a long agenda heading citing many documents has no sentence in it
    if is_last and len(line.split()) > 12:
        return True
    if not line.startswith(_SPEAKER_STARTS):
        return False
    return attribute(line) is not None or (is_last and attribute_cut(line) is not None)


_LIST_ROW_AT_MOST = 50
_PERSONS_TITLES = (
    "Mr.", "Mrs.", "Ms.", "Miss ", "Dr.", "Sir ", "Prof.", "Professor ",
    "M. ", "Mme ", "Mlle ", "Sr. ", "Sra. ", "Srta. ", "H.E. ",
)  # fmt: skip
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?] [A-Z]")
_SPEAKER_STARTS = (
    "Mr", "Ms", "Mrs", "Miss", "Dr", "Sir", "Dame", "The ", "H.E.", "Lord", "Lady", "Prof", "Baron", "Viscount", "Earl",
    "Count", "M.", "M me", "M lle", "Mme", "Mlle", "Le ", "La ", "El ", "LE ", "LA ", "EL ", "Sr", "Begum", "Rajkumari",
    *(f"{rank} " for rank in RANK_GENDER),  # "U THANT (Burma)", "General ROMULO (Philippines)"
)  # fmt: skip


def _is_masthead_field(line: str) -> bool:
    stripped = line.strip()
    return bool(
        _MASTHEAD_FIELD.match(stripped)
        or (stripped[:1] == ":" and _OFFICER_BELOW_ITS_LABEL.match(stripped))
        or PRINTED_HEAD.match(line)
        or is_attendance_line(line)
        or _misread_label(stripped)
    )


def _misread_label(line: str) -> bool:
    """A presiding officer's label a scan misread ("Chairmau: Mr. X", "Chainnan; Mr. X"), as the masthead mends it."""
    if ":" not in line[:_LABEL_AT_MOST] and ";" not in line[:_LABEL_AT_MOST]:
        return False
    mended = mended_line(line)
    return mended != line and _MASTHEAD_FIELD.match(mended) is not None


_LABEL_AT_MOST = 16


# The officer below a label whose colon a conversion set on the officer's line ("Chairman" / ": Mr. X (State)").
_OFFICER_BELOW_ITS_LABEL = re.compile(r"^:\s*(?:Mr|Mrs|Ms|Miss|Dr|Sir|Mme|Mlle|M|Sr|Sra|Srta)\.?\s+[A-ZÀ-Þ]")
