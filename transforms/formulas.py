"""The lines that open and close a record and its parts: "The meeting was called to order at 10.05 a.m.",
"The meeting rose at 1 p.m.", and their French and Spanish forms."""

from __future__ import annotations

import re

from transforms.romance.formulas import ROMANCE_CLOSING, ROMANCE_FORMULA

# Spaces are optional: some renditions lost every space ("Themeetingwascalledtoorderat10.15a.m.").
# Which part of a meeting a formula speaks of: "The second part (public) of the meeting", "The
# second part of the meeting (public)", "The public part of the meeting".
_PART_OF = (
    r"(?:(?:first|second|third|fourth|fifth|sixth|public|closed|private|resumed)\s*part\s*(?:\((?:public|closed|private)\)\s*)?"
    r"\*?\s*of\s*the\s*)"
)


def broken_word(word: str) -> str:
    """A word a conversion may have broken with one space anywhere inside it ("The me eting w as called")."""
    return r"\s?".join(word)


FORMULA = re.compile(
    rf"^(?:The\s*(?:{_PART_OF}|(?:(?:public|closed|private|resumed)\s*){{1,2}})?{broken_word('meeting')}\s*"
    r"(?:\((?:public|closed|private)\)\s*)?"
    rf"(?:{broken_word('was')}\s*(?:{broken_word('called')}\s*to\s*{broken_word('order')}|suspended|resumed|opened|closed"
    r"|reconvened)|rose|resumed|began|opened|continued|commenced)"
    r"|The\s*discussion\s*covered\s*in\s*the\s*summary\s*record\s*(?:began|ended|resumed)"
    r"|The\s*(?:meeting|Committee)\s*(?:continued|resumed)\s*in\s*(?:closed|public|private)"
    # The older records' words, when they are all the paragraph says: "The CHAIRMAN called the meeting
    # to order at 9.30 a.m." ("... and said" goes on to a turn of the Chair's own).
    r"|The\s*(?:(?:Acting|Temporary)\s*)?(?:Chair\w*|President)\s*(?:called\s*the\s*meeting\s*to\s*order|"
    r"declared\s*the\s*meeting\s*open|opened\s*the\s*meeting)(?:\s*at\s*(?:[\d.:\s]{1,8}[ap]\.\s?m|noon))?\.?\s*$"
    rf"|{ROMANCE_FORMULA})",
    re.IGNORECASE,
)
# What ends a record: the closing formula; a rendition without it may have lost its end.
CLOSING = re.compile(
    rf"^(?:The\s*{_PART_OF}?meeting\s*(?:\((?:public|closed|private)\)\s*)?(?:rose|was\s*closed|ended)"
    r"|The\s*discussion\s*covered\s*in\s*the\s*summary\s*record\s*ended"
    r"|The\s*(?:meeting|Committee)\s*continued\s*in\s*(?:closed|private)"
    rf"|{ROMANCE_CLOSING})",
    re.IGNORECASE,
)
