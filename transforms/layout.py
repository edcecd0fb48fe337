"""The body of a record as a sequence of blocks: numbered paragraphs, headings, formulas."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The paragraph's text is the rest of the line, from where the match ends (a line holds no "\n").
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,4})\.(?:[ \t\u00a0]+|(?=[A-Z“\"'‘(]))(?=\S)")
FORMULA = re.compile(
    r"^(?:The\s+(?:public\s+part\s+of\s+the\s+|closed\s+part\s+of\s+the\s+)?meeting\s+"
    r"(?:was\s+(?:called\s+to\s+order|suspended|resumed|opened)|rose|resumed|was\s+closed|continued)"
    r"|The\s+discussion\s+covered\s+in\s+the\s+summary\s+record\s+(?:began|ended|resumed)"
    r"|The\s+(?:meeting|Committee)\s+(?:continued|resumed)\s+in\s+(?:closed|public|private)"
    r"|THE\s+MEETING\s+(?:WAS\s+CALLED\s+TO\s+ORDER|ROSE))",
    re.IGNORECASE,
)
# Unnumbered lines between paragraphs that record what happened.
_EVENT = re.compile(
    r"^(?:The (?:members of the )?delegations? of .{2,100}? (?:withdrew|took (?:places|its place|their places))"
    r"|It was so (?:decided|agreed)|.{2,80}?, (?:Vice-Chair\w*|Chair\w*), (?:took|resumed) the Chair)\.?$"
)
_BOILERPLATE = re.compile(
    r"^(?:GE\.\d{2}-\d{4,6}.*|\d{2}-\d{5}\s*\(E\).*|\*\d{5,}\*|Please recycle.*|"
    r"This record is subject to correction.*|Corrections (?:to|should).*|"
    r"Any corrections to the records.*|The meeting was declared closed.*\(E\))$",
    re.IGNORECASE,
)

_FINISHED = re.compile(r"[.:;!?”\"’)]\s*$")
_CITATION_END = re.compile(r"\b(?:Add|Corr|Rev|No)\.\d*$|\)$")
_MASTHEAD_FIELD = re.compile(r"^\s*(?:Chair|Chairperson|Chairman|President|later|Held at|Contents)\b")


@dataclass(slots=True)
class Paragraph:
    number: int
    text: str
    heading_position: int | None


@dataclass(slots=True)
class Body:
    preamble: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[tuple[str, int | None]] = field(default_factory=list)
    formulas: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    numbering_inferred: bool = False
    problems: list[str] = field(default_factory=list)


def split_body(text: str) -> Body:
    """Masthead lines, then the numbered paragraphs with the headings and formulas between."""
    lines = [line.rstrip() for line in text.split("\n")]
    first_paragraph = next((i for i, line in enumerate(lines) if _NUMBERED.match(line)), None)
    first_formula = next((i for i, line in enumerate(lines) if FORMULA.match(line.strip())), None)
    if first_paragraph is None:
        return _unnumbered_body(lines, first_formula)
    start = min(i for i in (first_paragraph, first_formula) if i is not None)
    if first_formula is None or first_formula > first_paragraph:
        start = _start_of_heading_run(lines, first_paragraph)
    body = Body(preamble=lines[:start])
    _read_blocks(body, lines[start:])
    return body


def _start_of_heading_run(lines: list[str], first_paragraph: int) -> int:
    """Headings just above the first paragraph belong to the body, not the masthead."""
    index = first_paragraph
    while index > 0 and _is_heading(lines[index - 1].strip()) and not _is_masthead_field(lines[index - 1]):
        index -= 1
    return index


def _read_blocks(body: Body, lines: list[str]) -> None:
    last_number = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        numbered = _NUMBERED.match(line)
        if numbered and (number := int(numbered.group("n"))) > last_number:
            if number != last_number + 1:
                body.problems.append(f"paragraph numbers jump from {last_number} to {number}")
            last_number = number
            # The line is stripped and the text starts at a non-space: nothing to strip from it.
            body.paragraphs.append(Paragraph(number, line[numbered.end() :], _current_heading(body)))
        elif FORMULA.match(line) or _EVENT.match(line):
            body.formulas.append(line)
        elif _BOILERPLATE.match(line):
            body.footnotes.append(line)
        elif body.paragraphs and _continues_paragraph(body.paragraphs[-1].text, line):
            body.paragraphs[-1].text += " " + line
        elif _is_heading(line):
            body.headings.append((line, last_number + 1))
        elif body.paragraphs:
            body.problems.append(f"unnumbered text after paragraph {last_number}: {line[:80]!r}")
        else:
            body.headings.append((line, 1))


def _unnumbered_body(lines: list[str], first_formula: int | None) -> Body:
    """A rendition that lost its paragraph numbers: number the prose lines in order."""
    start = first_formula if first_formula is not None else 0
    body = Body(preamble=lines[:start], numbering_inferred=True)
    number = 0
    for raw in lines[start:]:
        line = raw.strip()
        if not line:
            continue
        if FORMULA.match(line):
            body.formulas.append(line)
        elif _BOILERPLATE.match(line):
            body.footnotes.append(line)
        elif _is_prose(line):
            number += 1
            body.paragraphs.append(Paragraph(number, line, _current_heading(body)))
        elif _is_heading(line):
            body.headings.append((line, number + 1))
        elif body.paragraphs:
            body.paragraphs[-1].text += " " + line
    if body.paragraphs:
        body.problems.append("paragraph numbers missing: numbered in order of appearance")
    return body


def _current_heading(body: Body) -> int | None:
    return len(body.headings) if body.headings else None


def _continues_paragraph(previous: str, line: str) -> bool:
    """A line wrapped out of its paragraph: it starts in lower case or the paragraph is unfinished."""
    return line[:1].islower() or not _FINISHED.search(previous)


def _is_heading(line: str) -> bool:
    if not line or len(line) > 300 or line[:1].islower():
        return False
    return not (line[-1] in ".;:" and not _CITATION_END.search(line))


def _is_prose(line: str) -> bool:
    return len(line) > 300 or (line[-1] in '.!?”"' and len(line.split()) > 5)


def _is_masthead_field(line: str) -> bool:
    return bool(_MASTHEAD_FIELD.match(line.strip()))
