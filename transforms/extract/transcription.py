"""A record as document-sharing sites print it: the site's head taken off, the pages' numbers too.

Sites that host PDFs (lawsdocbox, doczz, docplayer) print their own head above the document's text: the page's
title (the document's first words), "Size: px", "Start display at page:", 'Download "<title>"' and
"Transcription". Below it, each page of the PDF, often run onto one line that opens with the page's number
("1 Provisional For participants only ...", "2 Present: ...", "3 The meeting was called to order ..."). Read as
they are, the head is the record's first paragraphs and the masthead opens with a figure; the number of a page
that opens with a turn hides the turn. Both go; the pages keep their lines.
"""

from __future__ import annotations

import re

_MARK = "\nTranscription\n"
_HEAD_WITHIN = 1_500  # the site's head is short: its title and four lines
# A page's line: its number, then its text.
_NUMBERED_PAGE = re.compile(r"(\d{1,3}) (?=\S)")


def without_site_frame(text: str) -> str:
    """The text below a document-sharing site's head, each page's number taken off its first line."""
    mark = text.find(_MARK, 0, _HEAD_WITHIN)
    if mark < 0:
        return text
    title = text[: text.find("\n")].strip()
    below = text[mark + len(_MARK) :].lstrip("\n")
    if title and below.startswith(title):  # some sites print the title again as the text's first line
        below = below[len(title) :].lstrip("\n")
    return _without_page_numbers(below)


def _without_page_numbers(text: str) -> str:
    """Each page's number off the line it opens, where the lines that open paragraphs number 1, 2, 3 ... in turn;
    any other text as it was."""
    lines = text.split("\n")
    page = 1
    for at, line in enumerate(lines):
        if at > 0 and lines[at - 1].strip():
            continue  # a page opens below a blank line, or the text
        number = _NUMBERED_PAGE.match(line)
        if number is None or int(number.group(1)) != page:
            if page == 1:
                return text  # the pages are not numbered: the text's first line says so
            continue
        lines[at] = line[number.end() :]
        page += 1
    return "\n".join(lines)
