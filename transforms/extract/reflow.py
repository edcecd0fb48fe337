"""A rendition flattened onto one line: its masthead fields and numbered paragraphs on lines of their own.

Some web renditions and catalogue extracts print a whole record as one run of text ("United
Nations A/C.6/65/SR.27 Distr.: General ... Held at Headquarters, New York, on Friday, ... 1. The
Chairperson said ..."). The parser reads clean text, one field or paragraph a line, so such a run
is broken again where a masthead field or the next numbered paragraph begins.
"""

from __future__ import annotations

import re
from itertools import islice

from transforms.bodies import BODY_NAMES
from transforms.dates import CLOCK_TIME, DATE_TEXT, WEEKDAY
from transforms.extract.typography import without_specks_before_turns
from transforms.formulas import broken_word
from transforms.named_turns import named_turns_apart, names_a_speaker, names_to_break_before
from transforms.numbers import ORDINAL_WORD, TENS
from transforms.presiding import HEADING_LINKS
from transforms.printed_head import PRINTED_HEAD
from transforms.romance.reflow import has_romance_title, romance_unflattened
from transforms.speaker_labels import MISREAD_MR, PEERS, RANK_GENDER, THE_AS_SCANNED
from transforms.speaker_verbs import verb_position

_FLATTENED = 600  # a line this long that holds masthead fields is a flattened record
_SHORT_RUN = 150  # shorter, a line that holds three masthead fields is one too: an excerpt cut it early
_SIGNS = re.compile(
    # A scan's semicolon for the officer's colon ("Chairman; Mrs. X"); a closed meeting "Held in closed session at".
    r"Distr\.|Summary [Rr]ecord|SUMMARY RECORD|[Hh]eld (?:in (?:closed|private) session )?at|[Hh]eld via"
    r"|called to order|Chair\w*\s*[:;]|President\s*:|Official Records"
    r"|\b\d+(?:st|nd|rd|th)\s+(?:meeting|MEETING)\b|Agenda item \d|AGENDA ITEM \d"
    rf"|{WEEKDAY},?\s+{DATE_TEXT}"  # a printed volume's date, under no title
)
# The officer's line ends with the country: "Chairman : Mrs. Ana FIGUEROA (Chile). 311 Draft covenant ...".
_OFFICER_ENDS = re.compile(
    r"(\b(?:Chairman|Chairperson|Chairwoman|President)(?:\s*:\s*|(?<!\)\sChairman)(?<!\)\sPresident)\s*)"
    r"(?:Mr|Mrs|Ms|Miss)\.[^():]{3,80}?\([^()]{2,60}\)\.?)\s+"
)
# The list of those present run onto one line, each member's office after the State ("Present: Mr. X (France)
# Chairman Mr. Y (Turkey) Mr. Z (U.S.A.) Dr. W Principal Secretary"): one member a line, as the list prints them.
_PRESENT = re.compile(r"\bPresent\s*:")
# The same list on a line of its own, a web table's cells flattened with their rules ("Present: | Mr. X | (France) |
# Chairman | | Mr. Y | (Turkey) | ..."), or run on without them.
_PRESENT_ON_ONE_LINE = re.compile(
    r"(?m)^Present\s*:[^\n]*?(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.\s[^\n]*?(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.\s[^\n]*"
)

# The same list with no label, right after the held line's hour, the chair first: "... at 11 a.m. Mr. X (France)
# Chairman Mr. Y (United States of America) ...".
_LISTED_AFTER_THE_HOUR = re.compile(
    r"(?<=[ap]\.m\.)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.\s[^()]{2,60}\([A-Z][^()]{2,60}\)\s?[-–]?\s?(?:Chairman|CHAIRMAN)\b)"
)
# Where the next member of the list starts: after the label, a State or an office.
_NEXT_PRESENT = re.compile(r"(?:(?<=:)|(?<=\))|(?<=\bChairman)|(?<=\bSecretary))\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.\s)")
# An officer named without a State ends where a heading in title case starts: "Chairperson:Ms. González Opening of
# the session", "Chair: Ms. Peláez Narváez Adoption of the report".
_NAME_ENDS = re.compile(
    r"(\b(?:Chairman|Chairperson|Chairwoman|Chair|President)[ \t]*:[ \t]*(?:Mr|Mrs|Ms|Miss)\.[ \t]*"
    # A name in capitals is its capitals alone: "Mr. ENGO United Republic of Cameroon" ends at its State.
    r"(?:[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}?|[A-Z][a-z][\w'’\-]*(?: [A-Z][\w'’\-]+){0,2}?))"
    # "Chair:Ms. Acosta Vargas Provisional agenda for the ...": one word in lower case may come before the link.
    rf" (?=[A-Z][a-z]+ (?:[a-z]+ )?(?:{'|'.join(sorted(HEADING_LINKS))}) )"
)
# A stand-in presiding, printed below the officers: "In the absence of the Chairman, Mr. X (Belgium),
# Vice-Chairman, presided." ends its line, whatever heading follows.
_STAND_IN_ENDS = re.compile(r"(\bIn the absence of .{5,160}?\b(?:presided|took the Chair)\.)\s+")
_DOT_LEADERS = re.compile(r"\s*(?:\.\s){3,}\.?\s*")
# Where a field starts in the masthead; below "Contents", only agenda items, notices and formulas.
_CONTENTS = re.compile(r"\s(?=Contents\b|CONTENTS\b)")
_FIELD_STARTS = re.compile(
    # Not inside "on Friday", "the 27th meeting", "Temporary Chair" or a word broken at its hyphen ("Seventy- sixth
    # session").
    r"(?<!\bon)(?<!\bthe)(?<!\bTHE)(?<!\bth e)(?<!-)(?<!\bTemporary)(?<!\bActing)\s+"
    r"(?=Distr\.|Original\s*:|Summary [Rr]ecord|SUMMARY RECORD|[Hh]eld (?:at|in|via)\b|Reconvened at|Official Records"
    r"|General Assembly\b"
    r"|(?:Temporary\s+|Acting\s+|Co-)?(?:Chair|Chair\s?person|Chairman|Chairwoman|President)"
    # "Mr. X (France) Chairman Mr. Y (Turkey)": an office after a State in the list of those present is that
    # member's, not a label before the next name.
    r"(?:\s*[:;]|(?<!\)\sChairman)(?<!\)\sPresident)\s+(?:Mr|Mrs|Ms|Miss)\.\s)|later\s*:"
    # The attendance below the officers: "Chairman: Mr. CHANCE Canada Members: Mr. GUERREIRO Brazil ...".
    r"|(?:Members|Present|Rapp?orteur(?:-General)?|Secretariat)\s*:"  # "Raporteur:", as a scan may read it
    r"|Agenda item \d|AGENDA ITEM \d|The (?:public )?meeting [Ww]as (?:called to order|reconvened)\b"
    r"|This record is subject"
    r"|The (?:discussion covered|public part|(?:first|second|third) part)\b"
    r"|\*+\s*(?:The summary record|No summary record)"
    # A symbol, with a scan's space after a stop too: "A/CONF. 62/SR. 56".
    # Or its first letter set apart: "C AT/C/SR.1823".
    r"|(?<!\b[A-Z]\s)(?:[A-Z]\s)?[A-Z]{1,6}(?:/[A-Za-z0-9.]+(?:\s\d+)?)+/SR\.\s?\d"
    r"|\d+(?:st|nd|rd|th)\s+(?:meeting|MEETING)\b|held on\b"
    rf"|{WEEKDAY},?\s+{DATE_TEXT}"
    rf"|(?i:{ORDINAL_WORD}\s+session)\b|\d+(?:st|nd|rd|th)\s+session\b"  # "Second Session" in a scan
    rf"|(?i:{'|'.join(re.escape(name) for name in BODY_NAMES)})\b)"
)
_CONTENTS_STARTS = re.compile(
    # The Official Records' printed layout puts the presiding officer below the contents.
    r"\s+(?=Contents\b|CONTENTS\b|Agenda item \d|AGENDA ITEM \d|This record is subject"
    r"|The (?:public )?meeting (?:[Ww]as|rose)"
    r"|The (?:discussion covered|public part|(?:first|second|third) part)\b"
    r"|\*+\s*(?:The summary record|No summary record)"  # a footnote on the other part
    r"|In the absence of\b"
    r"|(?:Temporary\s+|Acting\s+)?(?:Chairman|Chairperson|Chairwoman|President)\s*:"
    r"|Distr\.|[A-Z]{1,6}(?:/[A-Za-z0-9.]+)+/SR\.\d)"
)
# Formulas run into the paragraph before them: "... in 1988. The meeting rose at 5.05 p.m."
_FORMULA_STARTS = re.compile(
    r"(?<=[.!?”\")])\s+(?=The (?:(?:public )?meeting"
    r"|(?:first|second|third|public|closed) part(?: \((?:public|closed)\))? of the meeting)"
    r" (?:rose|was suspended|was resumed|was called to order)\b"
    r"|The discussion covered in the summary record ended)"
)
# In an unnumbered run, the decision is a paragraph of its own too.
_FORMULA_OR_DECISION_APART = re.compile(
    rf"{_FORMULA_STARTS.pattern}|(?<=[.!?”\")])\s+(?=It was so (?:decided|agreed)\.)"
    r"|(?<=It was so decided\.)\s+|(?<=It was so agreed\.)\s+"
)
# A scan's small l for a one and capital O for a zero: "l.", "lO.", "2O." (`transforms.extract.paragraph_numbers`
# reads them as figures again once they open lines).
_MISREAD_NUMBER = r"(?=[\dO]*l|\d+O|O\d)[\dlO]{1,3}"
_AS_DIGITS = str.maketrans("lO", "10")
# A name's particle in lower case: "Ms. Menicucci de Oliveira", "Mr. de Laurentis".
_PARTICLE = r"(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|el|y|bin|al)\s)"
# Words a paragraph opens with before its speaker is named: "48. Replying to the questions raised, Ms. X said".
_CLAUSE_OPENERS = r"(?:After|At|In|On|With|Following|Referring|Replying|Responding|Speaking|Turning)"
# The first decades' peers, honorifics and ranks, before a name in capitals: "Viscount COLVILLE", "Begum IKRAMULLAH",
# "Colonel HODGSON", "Chief ADEBO".
_RANK_OR_PEER = rf"(?:{'|'.join(re.escape(rank) for rank in (*RANK_GENDER, *PEERS) if len(rank) > 1)})"
_HONOURED_IN_CAPITALS = rf"(?:Dame|Begum|Sheikh|{_RANK_OR_PEER})\s+[A-Z][A-Z'\-]{{2,}}\b"
_NUMBER_AFTER_SENTENCE = re.compile(
    # Every alternative starts at the spaces before a figure: looked for first, so that most places fail at once.
    rf"(?=\s+[\dlO])(?:(?<=[.!?”\")\]*])\s+(?P<n>\d{{1,3}}|{_MISREAD_NUMBER})\.\s*(?=[A-Z“\"])"
    # Scans lose the number's dot: "... A/C.3/44/L.2 2 Mrs. WARZAZI (Morocco) said"; kept when a speaker follows.
    r"|\s(?P<bare>\d{1,3})\s+(?=(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s|The\s(?:CHAIR|PRESIDENT|Chair|President))"
    # A heading in capitals before a speaker's numbered paragraph: "GENERAL DEBATE 5. Mr. X (...) said".
    # Or in title case: "... Organizational and other matters 47. Ms. Sato (Secretary of the Committee) said".
    r"|(?<=[A-Za-z)])\s+(?P<after_heading>\d{1,3})\.\s+(?=(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s"
    r"|The\s(?:Temporary\s|Acting\s|TEMPORARY\s|ACTING\s)?(?:CHAIR|PRESIDENT|Chair|President)"
    rf"|{_CLAUSE_OPENERS}\s|{_HONOURED_IN_CAPITALS})"
    # After a heading in capitals, any paragraph: "ORGANIZATIONAL AND OTHER MATTERS 37. Turning to the next issue".
    r"|(?<=[A-Z]{3})\s+(?P<after_capitals>\d{1,3})\.\s+(?=[A-Z])"
    # A heading, the number glued to the speaker: "... for Human Rights 2.Ms. Andrijasevic-Boko (", "... 37.Ms. Çelik".
    # After a heading that ends with a figure too: "... adopted. Paragraph 12 5.After a discussion".
    rf"|(?<=[A-Za-z0-9)])\s+(?P<glued>\d{{1,3}})\.(?=(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s?{_PARTICLE}{{0,2}}[A-ZÀ-Þ]"
    r"|The\s?(?:Temporary\s|Acting\s|TEMPORARY\s|ACTING\s)?(?:CHAIR|PRESIDENT|Chair|President)"
    rf"|{_CLAUSE_OPENERS}\s))"  # "... of the report 2.After a discussion"
)
# The first paragraph may follow a heading (in capitals, in title case, or a list of documents): "...
# REPUBLICS 1. The CHAIRMAN", "... of Human Rights 1. The Chairman read".
_FIRST_AFTER_HEADING = re.compile(r"(?<=[A-Za-z)\]])\s+(?P<n>1)\.\s*(?=[A-Z“\"])")
# Unnumbered renditions: a turn starts where a speaker is named after a sentence or a heading, in the capitals
# old records give speakers ("Mr. WISNUMURTI (Indonesia), after ...") or with a parenthetical ("Ms. Lee (Chair)").
_TURN_STARTS = re.compile(
    r"(?<=[.!?”\")A-Z])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=(?:\d{1,3}\.\s+)?(?:(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s+(?:[A-Z][a-z]+\.?\s+)?[A-Z][A-Z'\-]{2,}\b"
    r"|(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s+[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?\s\([^()]{3,60}\)\s*(?:said|,|:)"
    # A rank or peerage before a name in capitals and its State: "Colonel HODGSON (Australia)", "Lord DUKESTON (".
    rf"|{_RANK_OR_PEER}\s+[A-Z][A-Z'\-]{{2,}}(?:\s+[A-Z][A-Z'\-]+){{0,2}}\s?\("
    # A scan's speck before the office: "'The CHAIRMAN pointed out" (`without_specks_before_turns` takes it away).
    r"|['‘]?The\s+(?:TEMPORARY\s+|ACTING\s+|CO-)?(?:CHAIRMAN|CHAIRPERSON|CHAIRWOMAN|PRESIDENT|Chairman|Chairperson|Chair"
    r"|President)\b))"
)
# An office or State after a name, an office's own bracket inside it too: "(Office of the United Nations High
# Commissioner for Human Rights (OHCHR))"; a run may have lost the space before it ("Mr. Korkeakivi(Office").
_OFFICE = r"(?:\s?\((?:[^()]|\([^()]{1,40}\)){3,200}\))"
# A name in mixed case opens a turn only with its verb after it: "Ms. Bailey (Rapporteur) introduced", "Ms. Gabr
# said", "The Chair said"; not "Mr. Smith (Canada), whom the Committee thanked". After a sentence, or after a
# heading in title case run into it: "Adoption of the report of the Committee Ms. Bethel (Rapporteur) said".
_NAME_LABEL = (
    rf"(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s*{_PARTICLE}{{0,2}}[A-Z][\w'’`\-]+(?:\s{_PARTICLE}{{0,2}}[A-Z][\w'’`\-]+){{0,2}}{_OFFICE}?"
    rf"|The\s+(?:Temporary\s+|Acting\s+)?(?:Chairperson|Chairwoman|Chairman|Chair|President)\b{_OFFICE}?"
    # A delegate left unnamed: "A representative of Azerbaijan said".
    r"|An? (?:representative|member of the delegation) of (?:the )?[A-Z][\w'’\-]+"
    r"(?:\s(?:of\s|and\s)?[A-Z][\w'’\-]+){0,4}"
)
_NAMED_IN_MIXED_CASE = names_to_break_before(_NAME_LABEL)
_NAMED = re.compile(rf"(?P<label>{_NAME_LABEL})")
# Excerpts skip paragraphs without a mark: "... in the occupied territories. 6. Mr. Ja`afari (Observer for the
# Syrian Arab Republic) said"; a number before a name and its verb opens a turn whatever the number.
_NUMBERED_NAME = re.compile(rf"(?<=[.!?”\")])\s+\d{{1,3}}\.\s*(?P<label>{_NAME_LABEL})")
# The Chair's invitation is a paragraph of its own, run onto the heading above it or not.
_INVITATION = re.compile(r"(?<=\S)\s+(?=At the invitation of the (?:Chair|President|CHAIR|PRESIDENT))")


_LEADING_NUMBER = re.compile(rf"\s*(?P<n>\d{{1,3}}|{_MISREAD_NUMBER})\.\s*(?=[A-Z“\"])")
# A scan's stray stop before the hour: "called to order at .10.50 a.m.", "at. 5.40 p.m.".
# And one set apart: "called to order at 12 . 20 p.m."; or its figures lost, as some sites' extractions lose them
# ("called to order at a.m.").
_BODY_OPENS = re.compile(
    r"\b(?:called to order|was resumed|was reconvened|began) at\.? \.?(?:(?:[\d.:]{1,5}\s?)?[ap]\.\s?m\.|noon\.?"
    r"|\d{1,2}\s?[.:]\s?\d{2}\s?[ap]\.\s?m\.)"
)


# Excerpted renditions mark what they left out between paragraphs: "… /... 26. Mr. KHAN (Pakistan) ...".
_ELISION = re.compile(r"\s*/(?:\.\.\.|…)\s*")
_ELISION_MARK = re.compile(r"/(?:\.\.\.|…)")  # the same, found fast: it starts with a literal


def unflattened(text: str) -> str:
    """The text with each flattened line broken at its fields and paragraphs; other lines as they were."""
    if _ELISION_MARK.search(text, 0, 5000):  # excerpts mark their first cut right below the masthead
        text = _ELISION.sub("\n", text)
    text = without_previous_tail(text)
    if text.find("Present:", 0, 6000) >= 0 and (listed := _PRESENT_ON_ONE_LINE.search(text, 0, 6000)) is not None:
        text = text[: listed.start()] + _present_apart(listed.group(0)) + text[listed.end() :]
    # A conversion's space inside the opening line's words ("The me eting w as called to order"), by which a run's
    # fields and body are found: closed up.
    if (broken_opening := _OPENING_LINE_BROKEN.search(text, 0, 6000)) is not None:
        text = f"{text[: broken_opening.start()]}The meeting was called to order{text[broken_opening.end() :]}"
    # Asked before the job number is set apart: a flattened masthead runs on after it ("... GE.06-43336 (E) Held at").
    fields_on_lines_of_their_own = any(text.find(field, 0, 6000) >= 0 for field in _LINE_STARTS)
    if "GE." in text:  # "GE.08-44893 (EXT)Se declara abierta la sesión": a line run onto the job number
        text = _RUN_ONTO_JOB_NUMBER.sub("\\1\n", text)
    if "ance est ouverte" in text or "Se declara abierta" in text:  # "CLÔTURE DE LA SESSION La séance est ouverte"
        text = _OPENING_AFTER_HEADING.sub("\n", text)
    # A French or Spanish title is looked for last: only where the English look would break the run.
    if fields_on_lines_of_their_own or not _is_flattened(text) or has_romance_title(text):
        return romance_unflattened(_numbered_turns_apart(text))  # a French or Spanish run, if it is one
    # A conversion's spaces inside a session's tens ("... Rights Si xt y-fourth session"), which hide the field.
    if (tens := _TENS_SET_APART.search(text, 0, 6000)) is not None and " " in tens.group(0):
        text = f"{text[: tens.start()]}{tens.group(0).replace(' ', '')}{text[tens.end() :]}"
    # A scan's run may have its spaces doubled: "Held  at  the  Palais".
    broken = "\n".join(_broken(_SPACE_RUN.sub(" ", line) if "  " in line else line) if _is_run(line) else line
                        for line in text.split("\n"))  # fmt: skip
    # A scan's speck before a turn that the run had hidden in a line is at a line's start now: taken away. A
    # printed page's columns read across run a turn into others.
    return _numbered_turns_apart(without_specks_before_turns(broken))


_TENS_SET_APART = re.compile(
    "|".join(" ?".join(tens.capitalize()) for tens in TENS).join((r"\b(?:", r")(?=-[a-z]+ session\b)"))
)
_OPENING_LINE_BROKEN = re.compile(
    rf"The\s+(?!meeting was called to order\b){broken_word('meeting')}\s+{broken_word('was')}\s+"
    rf"{broken_word('called')}\s+to\s+{broken_word('order')}\b"
)


def _present_apart(line: str) -> str:
    """The list of those present one member a line, a table's rules taken out; a list with labels after "Present:"
    ("Present: Chairman: Mr. X Members: ...") as it is."""
    if line.count(":") > 1:
        return line
    if "|" in line:
        line = " ".join(line.replace("|", " ").split())
    return _NEXT_PRESENT.sub("\n", line)


def _is_run(line: str) -> bool:
    """A line to break: a long one, or a shorter one that holds a masthead (an excerpt's cut may end a flattened
    masthead early: "... President: Mr. X (Mexico) CONTENTS ... /...") or opens the body with the turns after it (a
    page that an excerpt's end cut short: "The meeting was called to order at 10 a.m. ... The Chairman invited ...")."""
    if len(line) > _FLATTENED:
        return True
    if len(line) <= _SHORT_RUN:
        return False
    # Or an excerpt's piece between its cuts, a heading run into a numbered turn: "... (E/CN.4/2000/13) 36. Mr. X".
    return (
        _holds_a_masthead(line)
        or _BODY_OPENS.search(line, 0, 80) is not None
        or _NUMBERED_NAME.search(line) is not None
    )


_TITLE_OR_PLACE = ("ummary record", "UMMARY RECORD", "Held at", "held at", "Summary Record")  # "held at": a scan


def _holds_a_masthead(line: str) -> bool:
    """Three different fields of a masthead in the line's start."""
    head = line[:1500]
    if "  " in head:  # a scan's run with its spaces doubled: "Held  at  the  Palais"
        head = _SPACE_RUN.sub(" ", head)
    if not any(word in head for word in _TITLE_OR_PLACE):  # a paragraph: most long lines, looked at cheaply
        return False
    return len({sign.group(0) for sign in _SIGNS.finditer(head)}) >= 3


# A numbered turn run into a long line of other matter, as a printed page's columns read across put it
# (its head "Official Records", see `transforms.printed_head`):
# "... to the Somali Government • • • 409 1. Mr. BARADI (Philippines), Chairman of the Advisory Council, stated", the
# name in title case too ("1. Mr. Baradi (Philippines)").
_NUMBERED_TURN = re.compile(
    # "3, Mr. BOEG (Denmark)": a scan's comma for the number's stop.
    r"(?<=\S)\s+(?=\d{1,3}[.,]\s+(?:(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s+(?:[A-Z][a-z]+\s+)?[A-Z][\w'\-]{2,}"
    r"(?:\s+[A-Z][\w'\-]{2,}){0,3}\s*\([^()]{3,60}\)"
    # "4. The CHAIRMAN drew": the office in capitals, then its verb.
    r"|The (?:CHAIRMAN|PRESIDENT|ACTING CHAIRMAN|ACTING PRESIDENT|TEMPORARY CHAIRMAN) [a-z]{3,}))"
)


def _numbered_turns_apart(text: str) -> str:
    """Only in the printed Official Records, which say so at their head: no other layout runs columns across."""
    if len(text) <= _FLATTENED or ("Official Records" not in text and "OFFICIAL RECORDS" not in text):
        return text
    lines = text.split("\n")
    return "\n".join(_NUMBERED_TURN.sub("\n", line) if _holds_other_matter(line) else line for line in lines)


def _holds_other_matter(line: str) -> bool:
    """A line of other matter a turn may run on in ("CONTENTS 3, Mr. BOEG (Denmark) thought"), as long as a flattened
    masthead's shortest run, or the contents' line however short: a paragraph's own line (most long lines) is not
    looked into."""
    if line.startswith(("CONTENTS ", "Contents ")):  # "CONTENTS 4. Mr. X (Mexico) said that his Page"
        return True
    return len(line) > _SHORT_RUN and not line.lstrip()[:1].isdigit() and not line.startswith(_TURN_OPENINGS)


_TURN_OPENINGS = ("Mr", "Ms", "Mrs", "Miss", "Sir", "Dr", "The ", "M.", "Mme", "El ", "La ", "Le ")


# The printed Official Records run one meeting into the next: a page may begin with the end of the
# previous meeting ("63. Mrs. X (...) proposed ... The meeting rose at 6.40 p.m.") above this one's masthead.
_PREVIOUS_CLOSING = re.compile(rf"The meeting rose at {CLOCK_TIME}\.?\s*")
_MASTHEAD_BEGINS = re.compile(
    r"United Nations|UNITED NATIONS|GENERAL ASSEMBLY|ECONOMIC AND SOCIAL COUNCIL|SUMMARY RECORD|Summary record"
)
_PARAGRAPH_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,3})\.\s+(?=(?:Mr|Mrs|Ms|Miss|Sir|Dr|The)\b)", re.MULTILINE)


_SPACE_RUN = re.compile(r"(?<=\S)  +")
_RUN_ONTO_JOB_NUMBER = re.compile(r"(GE\.\d{2}-\d{4,6}\s*\([A-Z]{1,3}\)(?:\s+\d{6}){0,2})(?=[A-ZÀ-Þ][a-zà-þ])")


_OPENING_AFTER_HEADING = re.compile(
    r"(?<=[A-ZÀ-Þ)]) (?=(?:La s[ée]ance est ouverte|Se declara abierta la sesi[óo]n)\b)"  # accents lost, too
)


def without_previous_tail(text: str) -> str:
    """The text without the previous meeting's end printed above this meeting's masthead.

    Only a tail that is plainly one: paragraphs numbered from above 1 (a record's own start at 1),
    nothing called to order before them, and the closing line followed at once by a masthead.
    """
    opening = text[:6000]
    rose = opening.find("The meeting rose at")
    if rose < 0 or "called to order" in opening[:rose]:
        return text
    closing = _PREVIOUS_CLOSING.match(text, rose)
    if closing is None or not _MASTHEAD_BEGINS.match(text, closing.end()):
        return text
    first = _PARAGRAPH_NUMBER.search(text, 0, rose)
    if first is None or int(first.group("n")) <= 1:
        return text
    # From the start of the line the tail begins on (a running head may come first) to its closing line.
    start = text.rfind("\n", 0, first.start()) + 1
    return text[:start] + text[closing.end() :]


def _is_flattened(text: str) -> bool:
    """Whether a long line of the opening holds masthead fields (most records: no line is that long there, and
    their fields start lines of their own)."""
    # The first long line of a flattened record is its masthead run; in others, a paragraph or notice.
    start = _first_long_line(text)
    if start is not None:
        head = text[start : start + 1500]
        if "  " in head:
            head = _SPACE_RUN.sub(" ", head)
        if _OPENING_SENTENCE.match(head):  # a rendition that lost its masthead
            return True
        if any(marker in head for marker in _MARKERS) and len(_SIGNS.findall(head)) >= 2:
            return True
    # A shorter run: an excerpt's cut may end a flattened masthead early ("... CONTENTS ... /...").
    return any(_holds_a_masthead(line) for line in text[:6000].split("\n") if len(line) > _SHORT_RUN)


def _first_long_line(text: str) -> int | None:
    """Where the first line of more than `_FLATTENED` characters starts, in the opening."""
    position, end = 0, min(len(text), 6000)
    while position < end:
        newline = text.find("\n", position, position + _FLATTENED + 1)
        if newline < 0:
            return position if len(text) - position > _FLATTENED else None
        position = newline + 1
    return None


_LINE_STARTS = ("\nHeld at",)
# The opening line of an excerpt that begins there: "The first part (public) of the meeting was called to order at".
_OPENING_SENTENCE = re.compile(
    r"The (?:meeting|(?:first|second|third|public) part(?: \((?:public|closed)\))?(?: of the meeting)?"
    r"|discussion covered in the summary record) (?:was called to order|began|was resumed) at"
)
# Words one of which a flattened masthead holds, cheap to look for before the signs are counted.
_MARKERS = (
    "Distr.", "ummary record", "ummary Record", "UMMARY RECORD", "Held at", "held at", "called to order",
    "Agenda item", "AGENDA ITEM", "Chairman:", "Chairman;", "Chairperson:", "Chair:", "President:", "meeting",
    "MEETING",
    "Official Records",  # the printed head, whose "MEETING" a scan may lose ("THIRD COMMITTEE 410th GENERAL")
)  # fmt: skip


def _broken(line: str) -> str:
    # A turn is found by its title: "MYlr. VALLARTA (Mexico)" read as "Mr." first.
    line = MISREAD_MR.sub("Mr.", _DOT_LEADERS.sub(" ", line))
    first_paragraph = _first_paragraph(line)
    opening = None if first_paragraph else _BODY_OPENS.search(line)
    if first_paragraph is not None:
        head_end = first_paragraph.start()
    elif opening is not None:
        head_end = opening.end()
    else:
        signs = [sign.end() for sign in _SIGNS.finditer(line, 0, 1500)]
        if len(signs) < 2:
            # A run of paragraphs below the masthead's: what stands before the first turn goes on the paragraph
            # above.
            turn = _first_turn(line, 0)
            return f"{line[:turn].strip()}\n{_turns(line[turn:])}" if turn < len(line) else _turns(line)
        head_end = _first_turn(line, signs[-1])  # below the masthead's last field
    contents = _CONTENTS.search(line, 0, head_end)
    fields_end = contents.start() if contents else head_end
    printed = PRINTED_HEAD.match(line, 0, fields_end)  # one line, read by `transforms.printed_head`
    kept = printed.end() if printed else 0
    head = (
        line[:kept]
        + ("\n" if printed else "")
        + _FIELD_STARTS.sub("\n", line[kept:fields_end].lstrip() if printed else line[:fields_end])
        + _CONTENTS_STARTS.sub("\n", line[fields_end:head_end])
    )
    head = _STAND_IN_ENDS.sub("\\1\n", _NAME_ENDS.sub("\\1\n", _OFFICER_ENDS.sub("\\1\n", head)))
    if (present := _PRESENT.search(head)) is not None:
        head = head[: present.start()] + _present_apart(head[present.start() :])
    elif (listed := _LISTED_AFTER_THE_HOUR.search(head)) is not None:
        head = f"{head[: listed.start()]}\n{_present_apart(head[listed.end() :])}"
    if head_end == len(line):
        return head
    if first_paragraph:
        body = _paragraphs(line, head_end)
    elif _first_number_lost(line, head_end):
        # The unnumbered first paragraph follows the agenda's heading: broken as an unnumbered run is.
        first, _, rest = _paragraphs(line, head_end, expected=2).partition("\n")
        body = f"{_turns(first)}\n{rest}"
    else:
        body = _turns(line[head_end:])
    return f"{head}\n{body}"


# A provisional record may print no opening line: its body starts with the first speaker's turn, a scan's
# misread office too ("The CHAIRMAld said").
_LABEL_IN_CAPITALS = re.compile(
    # A scan's speck before the label: "'The CHAIRMAN pointed out".
    r"(?<=[\s.:;)])['‘]?(?:(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s+(?:[A-Z][a-z]+\.?\s+)?[A-Z][A-Z'\-]{2,}(?:\s+[A-Z][A-Z'\-]{2,}){0,3}"
    rf"{_OFFICE}?|{_HONOURED_IN_CAPITALS}(?:\s+of(?:\s+[A-Z][\w'\-]*){{1,3}})?{_OFFICE}?"
    rf"|{THE_AS_SCANNED}\s+(?:TEMPORARY\s+|ACTING\s+|CO-)?(?:CHAIRMAN|CHAIRPERSON|CHAIRWOMAN|PRESIDENT"
    rf"|(?:CH|PR)[A-Z.]{{4,9}}[a-z]{{0,2}}"
    # Misread past knowing: capitals and a stray mark or figure ("The CITAT1ii11':N said"; `speakers`).
    r"|[CP](?=(?:\S*?[A-Z]){3})(?=\S*?[^\w\s-])(?!\S*'s\s)\S{4,13}(?=\s+[a-z]{4,})))"
)


def _first_turn(line: str, start: int) -> int:
    """Where the first turn from `start` on starts in a run that holds no opening line and no numbered paragraph:
    at a speaker named in capitals whose verb follows; else nowhere (the line's end)."""
    for label in _LABEL_IN_CAPITALS.finditer(line, start):
        if verb_position(line, label.end()) is not None and line[label.end() : label.end() + 2].strip() != ":":
            number = _NUMBER_BEFORE.search(line, max(0, label.start() - 6), label.start())  # "1. Mr. FINGER"
            return number.start("n") if number else label.start()
    return len(line)


_NUMBER_BEFORE = re.compile(r"(?<!\S)(?P<n>\d{1,3})\.\s*$")


def _first_paragraph(line: str) -> re.Match[str] | None:
    """Where "1." starts the body: after a sentence, else after a heading when a "2." follows a sentence; else an
    excerpt's first paragraph, numbered further on, that opens a named turn ("... (A/60/65) 32. Ms. Chew (...)
    said")."""
    first = None  # the first number that opens a named turn, should no "1." be found
    for number in _NUMBER_AFTER_SENTENCE.finditer(line):
        if number.lastgroup not in ("n", "glued"):
            continue
        if _value(number) == 1:
            return number
        if _value(number) == 2:
            # The last "1." before it: one further back is a figure in the contents ("article 1. The ...").
            after_heading = list(_FIRST_AFTER_HEADING.finditer(line, 0, number.start()))
            if after_heading:
                return after_heading[-1]
        if first is None and names_a_speaker(line, number.end(), _NAMED):
            first = number
    # Only below the masthead: a run further on, cut by an excerpt's elision, goes on the paragraphs above it.
    if first is None or len(_SIGNS.findall(line, 0, first.start())) < 2:
        return None
    # Not one below unnumbered turns ("The CHAIRMAN said ... 4. Mr. X (Chile) said"): those are the body's start.
    opening = _BODY_OPENS.search(line, 0, first.start())
    return None if _turn_between(line, opening.end() if opening else 0, first.start()) else first


def _turn_between(line: str, start: int, end: int) -> bool:
    """Whether a speaker's turn opens between `start` and `end`: one named in capitals, as old records name
    speakers, or a name in mixed case with its verb."""
    if _LABEL_IN_CAPITALS.search(line, start, end):
        return True
    return any(
        line[named.start() - 1] != ":" and verb_position(line, named.end("label")) is not None  # not "Chair: Mr. X"
        for named in _NAMED_IN_MIXED_CASE.finditer(line, start, end)
    )


def _value(number: re.Match[str]) -> int:
    return int(number.group(number.lastgroup or "n").translate(_AS_DIGITS))


# A numbered turn named in capitals opens a paragraph after whatever stands before it: "... E/1981/C.2/L.16 1. The
# CHAIRMAN drew attention".
_NUMBERED_TURN_IN_CAPITALS = re.compile(
    r"(?<=\S)\s+(?=\d{1,3}\.\s*(?:The\s+(?:TEMPORARY\s+|ACTING\s+)?(?:CHAIRMAN|CHAIRPERSON|CHAIRWOMAN|PRESIDENT)"
    r"|(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.\s+(?:[A-Z][a-z]+\.?\s+)?[A-Z][A-Z'\-]{2,})\b)"
)


def _numbered_turns_in_capitals(text: str) -> str:
    return _NUMBERED_TURN_IN_CAPITALS.sub("\n", text) if any(word in text for word in _TITLE_WORDS) else text


_TITLE_WORDS = ("Mr", "Ms", "The ", "Dr", "Sir")


def _turns(body: str) -> str:
    """An unnumbered flattened body, one line a speaker's turn (and the formulas on lines of their own)."""
    body = _numbered_turns_in_capitals(body)
    pieces = (piece.strip() for line in body.split("\n") for piece in _TURN_STARTS.split(line))
    return "\n".join(
        _FORMULA_OR_DECISION_APART.sub("\n", named_turns_apart(_INVITATION.sub("\n", piece), _NAMED_IN_MIXED_CASE))
        for piece in pieces
        if piece
    )


def _first_number_lost(line: str, start: int) -> bool:
    """Whether the paragraphs run on from "2." after a sentence, "3." after it: the first lost its number."""
    numbers = list(
        islice(
            (match for match in _NUMBER_AFTER_SENTENCE.finditer(line, start) if match.lastgroup in ("n", "glued")), 2
        )
    )
    if [_value(number) for number in numbers] == [2, 3]:
        return True
    # Or "2." opens a named turn: "... took places at the Committee table. 2.Ms. Arango Olmos (Colombia), introducing".
    return bool(numbers) and _value(numbers[0]) == 2 and names_a_speaker(line, numbers[0].end(), _NAMED)


def _paragraphs(line: str, start: int, expected: int | None = None) -> str:
    """Breaks before "1. ", "2. ", "3. " ... only where the numbers run on, so a figure is never a paragraph."""
    # A first paragraph found after a heading is "1." already; the numbers to break at run on from 2.
    if expected is None:
        first = _LEADING_NUMBER.match(line, start)
        expected = _value(first) + 1 if first else 1
    pieces, number_lost = [], ""
    for match in _NUMBER_AFTER_SENTENCE.finditer(line, start):
        kind = match.lastgroup or "n"  # each alternative has one group of its own
        number = match.group(kind)
        if _value(match) != expected:
            continue
        pieces.append(number_lost + line[start : match.start()])
        # A number that lost its dot is printed again with one; the others stay in the text.
        start = match.end(kind) if kind == "bare" else match.start(kind)
        number_lost = f"{number}. " if kind == "bare" else ""
        expected += 1
    pieces.append(number_lost + line[start:])
    return "\n".join(
        _item_apart(piece.strip())
        or _FORMULA_STARTS.sub("\n", named_turns_apart(_numbered_turns_in_capitals(piece.strip()), _NUMBERED_NAME))
        for piece in pieces
        if piece.strip()
    )


# The first years number the agenda's items, and a run puts the item's heading before its first turn: "1. Election
# of Chairman Mr. X (Peru) proposed ... Mr. Y (Chile) agreed ...".
_ITEM_RUN_INTO_TURN = re.compile(
    r"(?P<item>\d{1,3}\.\s+[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|the|and|for|on|to|in|by|an?)){0,9})"
    r"\s+(?=(?:Mr|Mrs|Ms|Miss|Sir|Dr|Prof)\.\s+(?:[A-Z]\.\s+)?[A-Z][A-Z'\-]{2,}|The\s+(?:CHAIRMAN|PRESIDENT)\b)"
)


def _item_apart(piece: str) -> str | None:
    """An agenda item's number and heading set apart from the unnumbered turns run on after it; None when the piece
    is no such item."""
    item = _ITEM_RUN_INTO_TURN.match(piece)
    if item is None or (label := _LABEL_IN_CAPITALS.match(piece, item.end())) is None:
        return None
    if verb_position(piece, label.end()) is None:
        return None
    return f"{item.group('item')}\n{_turns(piece[item.end() :])}"
