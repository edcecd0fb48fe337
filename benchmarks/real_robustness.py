"""How the parser holds up when the tuned real records are printed another way, label for label.

    uv run python -m benchmarks.real_robustness FOLDER [--language en|fr|es] [--split tune|holdout|all]

Each reprinting changes what conversions change (blank lines, every line run onto one, paragraph
numbers lost or set apart, spaces before stops or after commas lost or doubled, line endings,
non-breaking spaces, curly apostrophes, capitals in names, spaces inside brackets, a scan's lookalike
letters) and nothing a reader would label otherwise, so the facts file scores it as it scores the record
as published. A reprinting that loses fields or
speakers the published text keeps shows a layout the parser leans on. FOLDER is as for
`benchmarks.real_accuracy`; the tune split is the default, so nothing held out is looked at.

Lines wrapped at a fixed width (what `pdftotext` writes) are among them, with blank lines kept between
paragraphs: a record without paragraph numbers, wrapped with none, loses where its paragraphs end, and
the parser does not guess them back (PDFs are read by `transforms.extract.pdf`, which has the page
geometry to tell). So are the heads of the next pages (the symbol over "page 2") that an extraction of
a whole record prints between blank lines wherever a page ends, often in mid-sentence.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.real_accuracy import load_facts, score, split_of_fact
from transforms.scan_lookalikes import LOOKALIKES

_TITLES = r"\b(Sr|Sra|M|Mme|Mr|Ms|Mrs)\."


def _with_blank_lines(text: str) -> str:
    return re.sub(r"\n(?!\n)", "\n\n", text)


def _without_blank_lines(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text)


def _unnumbered(text: str) -> str:
    return re.sub(r"(?m)^\d{1,3}\.\s*(?=\S)", "", text)


def _numbers_glued(text: str) -> str:
    return re.sub(r"(?m)^(\d{1,3})\.[ \t]+", r"\1.", text)


def _numbers_alone(text: str) -> str:
    return re.sub(r"(?m)^(\d{1,3})\.[ \t]*(?=\S)", "\\1.\n", text)


def _space_before_stops(text: str) -> str:
    return re.sub(r"(?<=\w)([,.])(?=\s)", r" \1", text)


def _no_space_after_commas(text: str) -> str:
    return re.sub(r",[ ](?=[^\W\d_])", ",", text)


def _doubled_spaces(text: str) -> str:
    return re.sub(r"(?<=\S) (?=\S)", "  ", text, count=200)


def _wrapped(text: str) -> str:
    """Every line wrapped at 78 characters, as `pdftotext` prints a page; a flattened rendition has no lines to wrap."""
    if max(map(len, text.split("\n"))) > 1000:
        return text
    return "\n".join(part for line in text.split("\n") for part in (textwrap.wrap(line, 78) or [""]))


_OWN_SYMBOL = re.compile(r"\b[A-Z]{1,6}(?:/[A-Za-z0-9.]+)*/SR\.\d+(?:/Add\.\d+)?")


def _page_heads(text: str) -> str:
    """Wrapped as `_wrapped` wraps, every 40 lines the page's foot (its job number, then its number) and the next
    page's head (the record's symbol over "page 2") between blank lines, as a text extraction of a whole record
    prints them, mid-paragraph or not."""
    symbol = _OWN_SYMBOL.search(text)
    lines = _wrapped(text).split("\n")
    if symbol is None or len(lines) <= 40:
        return text
    pages = [lines[start : start + 40] for start in range(0, len(lines), 40)]
    return "\n".join(
        line
        for number, page in enumerate(pages, 1)
        for line in (
            []
            if number == 1
            else ["", "GE.16-12345 (E)" if number == 2 else str(number - 1), "", symbol.group(0), f"page {number}", ""]
        )
        + page
    )


def _one_line(text: str) -> str:
    """Every line run into the next, as library pages extract a scan's or a PDF's text."""
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _no_break_after_titles(text: str) -> str:
    return re.sub(_TITLES + " ", "\\1.\u00a0", text)


def _curly_apostrophes(text: str) -> str:
    return text.replace("'", "\u2019")


def _names_in_capitals(text: str) -> str:
    return re.sub(_TITLES + r" ([A-ZÀ-Þ][a-zß-ÿ]+)", lambda m: f"{m.group(1)}. {m.group(2).upper()}", text)


def _names_in_title_case(text: str) -> str:
    return re.sub(_TITLES + r" ([A-ZÀ-Þ]{3,})\b", lambda m: f"{m.group(1)}. {m.group(2).capitalize()}", text)


_TITLE_LINE = re.compile(
    r"(?im)^(?:(?:summary record|compte rendu|acta resumida)\b.*"
    r"|(?:committee|comit[ée]|comisi[óo]n|commission)\b[^,.()]*"
    # A session or body line is the whole line: "The Chairperson declared open the eighty-eighth session" and a
    # paragraph's line "Committee to the General Assembly (A/AC.183/...), said" are no titles.
    r"|[\w -]{0,40} session|\d+\S* per[íi]odo de sesiones|[\w -]{0,40} per[íi]odo de sesiones)$"
)


def _titles_in_capitals(text: str) -> str:
    """The body, session and title lines in capitals, as the older mastheads print them."""
    return _TITLE_LINE.sub(lambda line: line.group().upper() if len(line.group()) < 90 else line.group(), text)


def _accents_lost(text: str) -> str:
    """Every letter without its accent, as old typewritten and telex copies print French and Spanish."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )


def _digits_misread(text: str) -> str:
    """A scan's 1 read as l or I and its 0 as O in the masthead's figures (the first 1,000 characters), one
    figure in two, chosen by a generator seeded with the text."""
    chooser = random.Random(text[:200])
    swaps = {"1": "lI", "0": "O"}

    def misread(figure: re.Match[str]) -> str:
        if chooser.random() < 0.5:
            return figure.group()
        return "".join(chooser.choice(swaps[c]) if c in swaps else c for c in figure.group())

    head, rest = text[:1000], text[1000:]
    return re.sub(r"(?<![\w/])\d{2,4}(?!\w)", misread, head) + rest


def _paragraph_numbers_misread(text: str) -> str:
    """Every paragraph number's 1 read as a small l and its 0 as an O ("l0. The Chair")."""
    return re.sub(
        r"(?m)^(\s*)(\d{1,3})(?=\.)", lambda m: m.group(1) + m.group(2).translate(str.maketrans("10", "lO")), text
    )


def _lookalikes_misread(text: str) -> str:
    """One small letter in a hundred read as a lookalike of its class ("considercd", "iuvited", "Chlle"), as a
    typescript's scan reads them, chosen by a generator seeded with the text; capitals, figures and signs kept. A
    site's JSON entry is left as published: its wrapper is the site's, never scanned."""
    if text.lstrip().startswith("{"):
        return text
    chooser = random.Random(text[:200])
    return "".join(
        chooser.choice(_LOOKALIKES_OF[c]) if c in _LOOKALIKES_OF and chooser.random() < 0.01 else c for c in text
    )


_LOOKALIKES_OF = {
    letter: [other for other in letters if other != letter and other.islower()]
    for letters in LOOKALIKES
    for letter in letters
    if letter.islower() and any(other != letter and other.islower() for other in letters)
}


def _spaced_brackets(text: str) -> str:
    return re.sub(r"\((?=\w)", "( ", re.sub(r"(?<=\w)\)", " )", text))


REPRINTINGS: dict[str, Callable[[str], str]] = {
    "as published": lambda text: text,
    "blank lines between all lines": _with_blank_lines,
    "no blank lines": _without_blank_lines,
    "paragraph numbers lost": _unnumbered,
    "numbers glued ('1.The')": _numbers_glued,
    "numbers on lines of their own": _numbers_alone,
    "a space before every comma and stop": _space_before_stops,
    "no space after commas": _no_space_after_commas,
    "doubled spaces": _doubled_spaces,
    "wrapped at 78 characters": _wrapped,
    "run onto one line": _one_line,
    "wrapped, with page heads": _page_heads,
    "CRLF line endings": _crlf,
    "no-break space after titles": _no_break_after_titles,
    "curly apostrophes": _curly_apostrophes,
    "names in capitals": _names_in_capitals,
    "names in title case": _names_in_title_case,
    "spaces inside brackets": _spaced_brackets,
    "masthead titles in capitals": _titles_in_capitals,
    "accents lost": _accents_lost,
    "digits misread in the masthead": _digits_misread,
    "paragraph numbers misread": _paragraph_numbers_misread,
    "small letters misread as lookalikes (1 in 100)": _lookalikes_misread,
}


def reprinted_scores(folder: Path, facts: list[dict[str, Any]]) -> dict[str, tuple[float, int, int, int]]:
    """Per reprinting: masthead accuracy, speakers right, speakers labelled, records quarantined."""
    results = {}
    for name, reprint in REPRINTINGS.items():
        with tempfile.TemporaryDirectory() as scratch:
            for fact in facts:
                for path in folder.glob(f"{fact['id']}.*"):
                    if path.suffix in (".txt", ".md"):
                        Path(scratch, path.name).write_text(reprint(path.read_text("utf-8")), "utf-8")
            result, _ = score(Path(scratch), facts)
        results[name] = (result.masthead_accuracy(), result.speakers_right, result.speakers, len(result.quarantined))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", choices=("en", "fr", "es"), default="en")
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    args = parser.parse_args(argv)
    facts = [
        fact
        for fact in load_facts()
        if fact.get("language", "en") == args.language and args.split in ("all", split_of_fact(fact))
    ]
    print(f"## {args.language} {args.split}: {len(facts)} records, text renditions reprinted")
    for name, (masthead, right, speakers, quarantined) in reprinted_scores(args.folder, facts).items():
        print(f"{name:38} masthead {masthead:6.1%}  first speakers {right}/{speakers}  quarantined {quarantined}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
