"""The session a masthead line names: a session line, a one-line title, a site's catalogue entry."""

from __future__ import annotations

import re

from transforms.numbers import ORDINAL, ordinal_value

_SESSION = re.compile(
    rf"\b(?P<n>{ORDINAL})\s*(?:\(\w+\)\s+)?session\b"
    # The Economic and Social Council names its sessions by year: "Substantive session of 2008".
    r"|\b(?:substantive|organizational|regular|resumed)\s+session\s+of\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A scan that read the columns across set the session's word before its number, at a line's end or right before
# the title: "COMMISSION ON HUMAN RIGHTS session Forty-fifth", "... session Forty-fifth SUMMARY RECORD OF ...".
_SESSION_AFTER_ITS_WORD = re.compile(rf"\bsession\s+(?P<n>{ORDINAL})\s*$", re.IGNORECASE)
# A library's catalogue entry above the extracted text: "Session 6th", "Session 1st Regular of 1981"
# (the Council's first regular session of 1981, which the Council numbers by its year).
_CATALOGUE_SESSION = re.compile(
    rf"^Session\s+(?P<n>{ORDINAL})(?:\s+(?:Regular|Special|Resumed|Organizational)\s+of\s+(?P<year>(?:19|20)\d\d))?$"
)
# The catalogue's title ends with the body and its session: "Summary record of the 8th meeting, held at Lake
# Success, ... : Commission on Human Rights, Drafting Committee, 1st session", "..., General Assembly, 39th session.".
_TITLE_ENDS_WITH_SESSION = re.compile(rf",\s*(?P<n>{ORDINAL})\s+session\.?$", re.IGNORECASE)


_LETTERS_SET_APART = re.compile(r"(?<=[A-Za-z]) (?=[a-z])")


def session_in(line: str, lowered: str) -> re.Match[str] | None:
    """A session line, or the session a one-line title names before "Summary record" or after its " : ".

    Any other long line that says "session" is a sentence (a footnote, an agenda item), not a field.
    """
    if len(line) < 60:
        if (catalogue := _CATALOGUE_SESSION.match(line)) is not None:
            return catalogue
        found = _SESSION.search(line)
        if found is not None and line[found.start() - 1 : found.start()] == "-":
            # "Si xt y-second session": a conversion's spaces inside the tens, whose units alone were read.
            found = _SESSION.search(_LETTERS_SET_APART.sub("", line[: found.start()]) + line[found.start() :]) or found
        return found or _SESSION_AFTER_ITS_WORD.search(line)
    title_at = lowered.find("summary record")
    if title_at < 0 and (first := _SESSION.match(line)) is not None:
        # "Thirty-third session SUMMlRY RECORD OF THE ...": a run's title a scan misread, the session before it.
        return first
    if title_at > 0:
        return _SESSION.search(line, 0, title_at) or _SESSION_AFTER_ITS_WORD.search(line[:title_at])
    return _TITLE_ENDS_WITH_SESSION.search(line) if title_at == 0 else None


def session_number(found: re.Match[str]) -> int | None:
    """The number the matched session line gives: the Council's year where it numbers sessions so."""
    year = found.groupdict().get("year")
    return int(year) if year else ordinal_value(found.group("n"))
