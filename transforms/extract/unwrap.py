"""Plain text wrapped at a fixed width, as `pdftotext` and old mail archives write it, with its paragraphs whole.

The parser reads a paragraph a line. A record wrapped at 78 characters breaks every paragraph into
lines of nearly that width, and a speaker's opening may break before its verb ("Mr. Xavier Esteves
(Portugal), replying to" / "questions, said"). Such a text is told by its lines: most of them end
within a few characters of the widest, which is narrow. A line that long and not the end of a
sentence goes on in the next, unless that one opens a numbered paragraph; a hyphen at the break is
kept or dropped as the document's own words say (`cleanup.join_hyphenated`). Short lines (the
masthead's fields, headings, a paragraph's last line) stay as they are, and so does a line that opens in
capitals after one that ends a heading, and a line of the contents that the text prints again: an agenda
heading. Web renditions print a
paragraph a line, so their lines are far wider and this leaves them alone.
"""

from __future__ import annotations

import re
from itertools import islice

from transforms.extract.cleanup import Vocabulary, join_hyphenated, lines_at_least

_WIDEST = 100  # a text wrapped wider than this is no typewriter's or converter's page
_SLACK = 22  # how far short of the width a wrapped line may end (a long word moved to the next line)
_LONGER = 40  # lines this long or longer tell whether a text was wrapped
_PARAGRAPH_LINES = 3  # lines longer than any wrap that say a text was not wrapped
_LEADERS = re.compile(r"(?:\. ){4}|\.{5}")
_ENDS_SENTENCE = (".", ":", "?", "!", '."', ".”", ".)")
# A title's full stop ends no sentence: "in response to a question by Mr." / "WANG Xuexian, said".
_ENDS_IN_A_TITLE = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|M|Sr|Sra|Srta|Dra|St|No|Nos|art|para|paras)\.$")
_CONTENTS = frozenset({"Contents", "CONTENTS", "Sommaire", "SOMMAIRE", "Sumario", "SUMARIO"})
_NUMBERED = re.compile(r"^\s*\d{1,4}\s?\.(?:\s|[A-Z])")
# A masthead field or formula opens its own line however long the line above.
_FIELD = re.compile(
    r"(?:Distr|Original|Held |held at |Reconvened|Chair|President|Présid|Presiden|Summary record|SUMMARY RECORD"
    r"|Contents|CONTENTS|Sommaire|SOMMAIRE|Sumario|SUMARIO|Compte rendu|COMPTE RENDU|Acta resumida|ACTA RESUMIDA|Tenue"
    r"|Celebrada|The meeting|La séance|Se declara|Se abre|GE\.|later|puis|más tarde|[A-Z]{1,6}(?:/[A-Za-z0-9.]+)+/SR\."
    r"|UN Document Symbol|[A-ZÀ-Þ][\w ()\-]{1,30}:"  # any label: "Members:", "Rapporteur:", "Present:"
    r"|(?:Chairman|Chairperson|Vice-Chairman|Rapporteur|Members|Present|Secretariat);"  # a scan's colon
    r"|[A-Z0-9][\w-]*(?: [\w-]+)? (?:session|Session|SESSION|período de sesiones)$)"  # "Eighty-sixth session"
)


def unwrapped(text: str) -> str:
    """The text with the lines of a hard-wrapped paragraph joined; any other text as it is."""
    if len(text) > _WIDEST * (text.count("\n") + 1) or _has_a_paragraph_line(text):
        return text  # lines longer than any wrap, on average or three of them: most texts say so early
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    words = Vocabulary(lines)
    headings = _printed_twice(lines)
    joined: list[str] = []
    last = ""
    for line in lines:
        if joined and _goes_on(last, line, width) and last.strip() not in headings and line.strip() not in headings:
            paragraph = joined[-1]
            if paragraph.endswith("-") and not paragraph.endswith(" -"):
                joined[-1] = join_hyphenated(paragraph, line.strip(), words)
            else:
                joined[-1] = f"{paragraph.rstrip()} {line.strip()}"
        else:
            joined.append(line)
        last = line
    return "\n".join(joined)


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at, or None when it was not: most of its longer lines end near one narrow
    width (a masthead's short lines say nothing either way, nor do lines of leader dots)."""
    lengths = sorted(
        length for line in lines if (length := len(line.rstrip())) >= _LONGER and not _LEADERS.search(line)
    )
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.95)]
    if width > _WIDEST:
        return None
    near = sum(1 for length in lengths if length >= width - _SLACK)
    return width if near >= 0.7 * len(lengths) else None


def _printed_twice(lines: list[str]) -> set[str]:
    """The lines of the contents (from its label to the opening formula) that the text prints again: the agenda
    headings, above the text they head. A paragraph may open as another does; a title a web page prints twice
    comes before any contents."""
    start = next((i + 1 for i, line in enumerate(lines) if line.strip() in _CONTENTS), len(lines))
    end = next(
        (i for i in range(start, len(lines)) if _FIELD.match(lines[i].lstrip()) or _NUMBERED.match(lines[i])),
        len(lines),
    )
    listed = {text for line in lines[start:end] if len(text := line.strip()) >= _LONGER}
    return {text for line in lines[end:] if (text := line.strip()) in listed}


def _has_a_paragraph_line(text: str) -> bool:
    """Whether lines are longer than any wrap leaves one: paragraphs printed on one line. A wrapped record may print
    its attendance with leader dots ("President: Mr. X . . . . (State)"), which say nothing, and
    a table's row or two on one long line."""
    paragraph_lines = (line for line in lines_at_least(text, _WIDEST + 1) if not _LEADERS.search(text, *line))
    return len(list(islice(paragraph_lines, _PARAGRAPH_LINES))) == _PARAGRAPH_LINES


def _goes_on(last: str, line: str, width: int) -> bool:
    """Whether `line` continues the paragraph whose last wrapped line was `last`."""
    last, line = last.rstrip(), line.lstrip()
    if len(last) < width - _SLACK or not line or (last.endswith(_ENDS_SENTENCE) and not _ENDS_IN_A_TITLE.search(last)):
        return False
    if _NUMBERED.match(line) is not None or _FIELD.match(line) is not None:
        return False
    # A sentence goes on in lower case, or after a word or mark no heading ends with; a heading ("Consideration
    # of reports (continued)", "ARTICLE 19 OF THE") followed by another stays on its own line.
    return line[0].islower() or last[-1].islower() or last[-1] in ",;(-" or _ENDS_IN_A_TITLE.search(last) is not None
