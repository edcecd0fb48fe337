"""Masthead lines mended where old conversions broke them, before their fields are read."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from functools import lru_cache

import regex

from transforms.aliases import ratio_from
from transforms.dates import MONTH_NAME, MONTH_NAMES, WEEKDAY, WEEKDAY_NAMES, month_number
from transforms.numbers import ORDINAL_TENS, ORDINAL_UNITS, TENS, ordinal_value
from transforms.romance.numbers import french_ordinal_value
from transforms.scan_lookalikes import corrected, lookalike_key, vocabulary_of

# Words broken by old conversions: "Forty- seventh", "Ninety-nin th", "( p artial )".
_BROKEN_HYPHEN = re.compile(r"(?<=[A-Za-z])-\s+(?=[a-z])")
_SPLIT_SUFFIX = re.compile(r"\b(\d(?: \d)+|\w+) (st|nd|rd|th|ST|ND|RD|TH)(?![\w-])")
_SUFFIXES = frozenset(("st", "nd", "rd", "th", "ST", "ND", "RD", "TH"))  # a masthead in capitals too
_SPLIT_ORDINAL = re.compile(r"\b\d+(?: \d+)* ?(?:s ?t|n ?d|r ?d|t ?h)\b(?=\s+(?:session|meeting|\(|$))", re.IGNORECASE)
_SPLIT_WORD = re.compile(r"\b([A-Za-z]+) ([a-z]+|[A-Z]+)\b")  # "Sixt y-third", "TWENTY-S EVENTH"
_SPACED_PARENTHESIS = re.compile(r"\(\s*([A-Za-z][A-Za-z ]*?)\s*\)")
_PARENTHESIZED_WORDS = frozenset(("partial", "public", "closed"))
_DOT_LEADER = re.compile(r"\s*(?:[.…]\s?){4,}\s*")  # "President: Mr. X ........ (Luxembourg)"


_SPACE_BEFORE_STOP = re.compile(r"(?<=\w)[ \t]+(?=[,.](?:\s|$))")
# A scan's figure with a letter read for a digit: "l7 June l985", "1O.3O a.m.", "SR.l6O4", "I985"; a figure
# of letters alone only where a figure must stand: an hour ("at lO a.m.", "à lO heures", "lO.15"), a day before
# its month ("lO December"), the minutes after an hour.
_MAY_BE_MISREAD = re.compile(r"\d[IlO]|[IlO]\d|(?<![A-Za-z])[IlO]{1,2}(?![A-Za-z])")
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|janvier|février"
    "|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio"
    "|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_MISREAD_FIGURE = re.compile(
    r"(?<![A-Za-z])(?:(?=[IlO]*\d)[\dIlO]{2,5}(?=(?:st|nd|rd|th|ST|ND|RD|TH|e|er|ª|º)?(?![A-Za-z]))"
    r"|[IlO]{1,2}(?=(?:[.:][\dIlO]{2})?\s?(?:[ap]\.\s?m\b|h\b|heures\b|horas\b)"
    rf"|[.:][\dIlO]{{2}}\b|\s+(?i:{_MONTHS})\b)"
    r"|(?<=\d\sh\s)[IlO]{1,2}(?![A-Za-z])|(?<=\d[.:])[IlO]{1,2}(?![A-Za-z])"  # the minutes: "15 h lO", "10.lO"
    # A symbol's addendum or meeting: "SR.1632/Add.l", "CRPD/C/6/SR.lO".
    r"|(?:(?<=Add\.)|(?<=Corr\.)|(?<=Rev\.)|(?<=/SR\.))[IlO]{1,2}(?![A-Za-z]))"
)
_AS_DIGITS = str.maketrans("IlO", "110")
_BANG_FOR_ONE = re.compile(r"(?<![\w!])!(?=\d{2,3}(?:st|nd|rd|th)\b)")


@lru_cache(maxsize=16384)  # masthead lines recur record after record
def mended_line(line: str) -> str:
    """The line with what old conversions broke joined again (hyphens, ordinals, parentheses), rules dropped,
    and a scan's letters read for digits in its figures."""
    if "|" in line:  # a table's cells flattened with their rules: "| Chairman: | Mr. X |"
        line = " ".join(line.replace("|", " ").split())
    if ".." in line or ". . ." in line or "……" in line:
        line = _DOT_LEADER.sub(" ", line)
    if "- " in line:
        line = _BROKEN_HYPHEN.sub("-", line)
    lowered = line.lower()  # a masthead in capitals breaks its ordinals too: "1228 TH MEETING"
    if (" th" in lowered or " st" in lowered or " nd" in lowered or " rd" in lowered) and not _SUFFIXES.isdisjoint(
        line.split()
    ):
        line = _SPLIT_SUFFIX.sub(_joined_suffix, line)
    if len(line) < 120 and ("session" in lowered or "meeting" in lowered) and _SPLIT_ORDINAL.search(line):
        line = _SPLIT_ORDINAL.sub(lambda match: match.group(0).replace(" ", ""), line)  # "120 t h", "192 4th"
    if len(line) < 60 and line[-7:].casefold() == "session" and line.count(" ") > 1:
        line = _SPLIT_WORD.sub(_joined_ordinal_word, line)  # "Sixt y-third session", "Seven teenth session"
        if line.count(" ") > 1 and (joined := _romance_ordinal_joined(line[:-7])) is not None:
            line = f"{joined} {line[-7:]}"  # "Prem iè r e session": a French ordinal broken in several places
    if "( " in line or " )" in line:
        line = _SPACED_PARENTHESIS.sub(_joined_parenthesis, line)
    if " ," in line or " ." in line:  # "celebrada en el Palais Wilson , Ginebra ,": no language sets a space there
        line = _SPACE_BEFORE_STOP.sub("", line)
    if line.startswith(("Held,", "Hold at", "Held at.")) or ",," in line:  # "Held, at", "Hold at", "Held at.the"
        line = _HELD_MISREAD.sub(_held_read, line, count=1).replace(",,", ",")
    if "MEETING" in line and _WEEKDAY_GLUED.search(line):  # "111th MEETINGTuesday, 26 June 1951"
        line = _WEEKDAY_GLUED.sub(" ", line)
    if ("19" in line or "20" in line or " 1 9 " in line) and _YEAR_GLUED.search(line) is not None:  # "October1965"
        line = _YEAR_GLUED.sub(_year_apart, line)
    if _may_hold_a_misread_label(line):
        line = _misread_chair_label_mended(line)
    if _A_YEAR.search(line) and not _A_MONTH.search(line):  # "15 Decembcr 2011": a month's letters misread
        line = corrected(line, _MONTH_WORDS)
    line = corrected(line, _MASTHEAD_WORDS)  # "Summary rccord of the 260th mecting", "Fifty-sccond scssion"
    if "^" in line:  # "Thursday} 12 June 19^7": a typescript's figure the scan could not read
        line = _YEAR_FIGURE_LOST.sub(_year_by_its_weekday, line)
    return figures_read_again(line)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_A_MONTH = re.compile(MONTH_NAME, re.IGNORECASE)
_MONTH_WORDS = vocabulary_of(MONTH_NAMES)
# The words a masthead's fields are read by, for a scan's misreading of them into lookalikes.
_MASTHEAD_WORDS = vocabulary_of(
    (
        *"summary record records meeting session held headquarters palais nations geneva united official".split(),
        *"original english french spanish contents chairman chairperson chairwoman president later temporary".split(),
        *"acting rapporteur present members partial public closed second third committee commission".split(),
        *(ordinal for ordinal in (*ORDINAL_UNITS, *ORDINAL_TENS, *TENS) if len(ordinal) >= 4),
        *WEEKDAY_NAMES,
    )
)
# A date whose year lost a figure to the scan ("19^7", "19^5"), the weekday printed before it; its comma may be
# misread too ("Thursday}").
_YEAR_FIGURE_LOST = re.compile(
    rf"\b(?P<weekday>{WEEKDAY})(?P<comma>\W?\s+)(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAME}),?\s+"
    r"(?P<year>19\^\d|19\d\^)(?!\d)"
)
_UN_YEARS = range(1945, 2000)
# The UN's interim headquarters, whose name on the line narrows the years: it met at Lake Success from 1946 to 1951.
_LAKE_SUCCESS_YEARS = range(1946, 1952)


def _year_by_its_weekday(lost: re.Match[str]) -> str:
    """The date with the one year of the UN's (of its years at Lake Success, on a line that names it) on whose day of
    the month the printed weekday falls; as printed where none or several do."""
    month, day, weekday = month_number(lost.group("month")), int(lost.group("day")), lost.group("weekday").casefold()
    pattern = re.compile(lost.group("year").replace("^", r"\d"))
    fitting = []
    for year in _LAKE_SUCCESS_YEARS if "Lake Success" in lost.string else _UN_YEARS:
        if pattern.fullmatch(str(year)):
            with contextlib.suppress(ValueError):
                if WEEKDAY_NAMES[date(year, month, day).weekday()].casefold() == weekday:
                    fitting.append(year)
    if len(fitting) != 1:
        return lost.group(0)
    return f"{lost.group('weekday')}, {day} {lost.group('month')} {fitting[0]}"


# A word a scan made of the chair's label, before the name: "Qhairman r':.. Mr. OKAFOR", "Chajrman; Mrs. X".
_WORD_BEFORE_A_TITLE = re.compile(
    r"(?<![\w.])(?P<label>[A-Z][A-Za-z]{4,11})[^A-Za-z\n]{0,6}(?:[a-z][^A-Za-z\n]{1,6})?(?=(?:Mr|Mrs|Miss|Ms|Dr|Sir)\.?\s)"
)
# What a label nearly "Chairman" keeps of it, looked for before the pattern: "Qhairman", "Chainnan", "Chajrman".
_PARTS_OF_A_MISREAD_LABEL = ("hai", "Cha", "rman", "irma", "HAI", "CHA", "RMAN", "IRMA", "air")
# How like "chairman" a misread label must be (difflib's ratio): "Qhairman" 0.88, "Chainnan" 0.75; "President" 0.24.
_LIKE_THE_LABEL = 0.75
_TITLES = ("Mr", "Mr.", "Mrs", "Mrs.", "Miss", "Ms", "Ms.", "Dr", "Dr.", "Sir")


def _may_hold_a_misread_label(line: str) -> bool:
    """A quick look before the pattern: a title, part of "Chairman", and neither "Chairman" nor "Chairperson"."""
    if not ("Mr" in line or "Ms" in line or "Miss" in line or "Dr" in line) or any(
        label in line for label in ("Chairman", "CHAIRMAN", "Chairperson", "CHAIRPERSON")
    ):
        return False
    return any(part in line for part in _PARTS_OF_A_MISREAD_LABEL)


def _misread_chair_label_mended(line: str) -> str:
    for word in _WORD_BEFORE_A_TITLE.finditer(line):
        label = word.group("label").casefold()
        if line[: word.start()].rstrip().endswith(_TITLES):
            continue  # a name in the list of members: "Mr. CHAPMAN Mr. X"
        if (meant := _LABELS_BY_LOOKALIKES.get(lookalike_key(label))) is not None:
            if label != meant.casefold():  # "Chairpcrson", "Cbair": a letter read for its lookalike
                return f"{line[: word.start()]}{meant}: {line[word.end() :]}"
            continue
        if len(label) > 5 and ratio_from(label, "chairman", _LIKE_THE_LABEL) >= _LIKE_THE_LABEL:
            return f"{line[: word.start()]}Chairman: {line[word.end() :]}"
    return line


_LABELS_BY_LOOKALIKES = {
    lookalike_key(label.casefold()): label for label in ("Chairman", "Chairperson", "Chairwoman", "Chair")
}


def _held_read(misread: re.Match[str]) -> str:
    return "Held at " if misread.group(0).endswith(".") else "Held at"


_WEEKDAY_GLUED = re.compile(rf"(?<=MEETING)(?={WEEKDAY}\b)")
_HELD_MISREAD = re.compile(r"^(?:(?:Held,|Hold)\s+at\b|Held\s+at\.(?=[a-z]))")  # "Held at.the": a stop for the space
# A year a scan ran into the month before it, spaced apart ("6 February 1 9 8 9") or followed by a letter read
# for its comma.
_YEAR_GLUED = re.compile(
    rf"\b(?P<month>{MONTH_NAME})"
    r"(?:(?=(?:19|20)\d\d\b)|\s(?P<spaced>[12] \d \d \d)\b)|(?<=\b(?:19|20)\d\d)t(?=\s+at\s)"
)


def _year_apart(match: re.Match[str]) -> str:
    if match.group("spaced"):
        return f"{match.group('month')} {match.group('spaced').replace(' ', '')}"
    return f"{match.group('month')} " if match.group("month") else ","


def figures_read_again(text: str) -> str:
    """The text with the letters a scan read for digits in its figures read as digits: l and I as 1, O as 0.
    A figure needs a digit of its own, so no word changes ("Ill", "IO"); a "!" is a 1 only before an ordinal's
    figures ("!622nd MEETING")."""
    if "!" in text:
        text = _BANG_FOR_ONE.sub("1", text)
    if _MAY_BE_MISREAD.search(text) is None:
        return text
    return _MISREAD_FIGURE.sub(lambda figure: figure.group().translate(_AS_DIGITS), text)


def _joined_ordinal_word(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if ordinal_value(joined) else match.group(0)


def _romance_ordinal_joined(words: str) -> str | None:
    """A French ordinal a conversion broke in several places ("Prem iè r e", "Vingt -cinq uième"), closed up."""
    joined = "".join(words.split())
    return joined if french_ordinal_value(joined) else None


def _joined_suffix(match: re.Match[str]) -> str:
    joined = match.group(1).replace(" ", "") + match.group(2)
    # "I228 th Meeting": a figure a scan misread is a figure too.
    is_figure = joined[0].isdigit() or figures_read_again(joined)[0].isdigit()
    return joined if is_figure or ordinal_value(joined) else match.group(0)


def _joined_parenthesis(match: re.Match[str]) -> str:
    word = match.group(1).replace(" ", "")
    return f"({word})" if word.casefold() in _PARENTHESIZED_WORDS else match.group(0)


# A scan's title whose letters it misread ("SUMMlRAY RECORD OF THE TWO HUNDRED AND SI'XTY -THIRD MEETING",
# "RECORD OF THiE HUNDRED AND TWENTIETH MEETING", "HUNDRED AND FIFTY-NINTH MEEITNG"): its words in capitals, each
# let off a misread letter or two; the meeting in words between them must still read as an ordinal.
_MISREAD_TITLE = regex.compile(
    r"(?b)(?:RECORD){e<=2}\s*(?:OF){e<=1}\s+(?:THE){e<=2}\s+(?P<words>[A-Z][A-Z'’\- ]{2,60}?)\s*(?:MEETING){e<=2}"
)
_SPECKS = re.compile(r"['’]")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")


def misread_title_number(lines: list[str]) -> int | None:
    """The meeting a scan's misread title names in words, looked for only when no title was read: the fuzzy
    match is slow, and a clean title says the same."""
    for line in lines:
        if ("RECORD" not in line and "MEETING" not in line) or "VERBATIM" in line:  # a verbatim record's title
            continue
        found = _MISREAD_TITLE.search(line)
        if found is not None:
            words = _SPACED_HYPHEN.sub("-", _SPECKS.sub("", found.group("words"))).strip()
            if (number := ordinal_value(words)) is not None:
                return number
    return None
