"""UN document symbols: recognise them, expand "and Add.1", read them from file names."""

from __future__ import annotations

import re

# A symbol is slash-separated parts starting with an upper-case series (CMW/C/MEX/2,
# A/C.3/78/SR.12, E/C.12/GC/20, S/PV.4507, A/HRC/RES/5/1, CRC/C/OPSC/MEX/1).
_PART = r"[A-Z0-9][A-Za-z0-9.\-]*"
SYMBOL = rf"(?<![\w/])(?:A|E|S|[A-Z]{{2,6}})(?:/{_PART})+(?<![.\-])"
_SYMBOL_RE = re.compile(SYMBOL)
_MEETING_SYMBOL = re.compile(rf"^(?:A|E|S|[A-Z]{{2,6}})(?:/{_PART})*/(?:SR|PV)\.\d+(?:/(?:Add|Corr|Rev)\.\d+)*$")
_CITABLE = re.compile(r"\d|/[A-Z]+$")  # a number, or a final part in capitals (A/HRC/RES)
# "and Add.1", and in French and Spanish "et Add.1 à 3", "y Add.1".
_SUFFIX_RE = re.compile(
    r"\s*(?:,|;|and|et|y|&)?\s*(?:(?:and|et|y)\s+)?(Add|Corr|Rev)\.(\d+)(?:\s*(?:and|et|y|à|a|,|-|–)\s*(\d+))?"
)
_FILE_SYMBOL = re.compile(r"^(?P<stem>[A-Z][A-Za-z0-9._-]*?)(?:-(?P<lang>[A-Z]{2}))?\.[A-Za-z0-9]{2,5}$")


def is_meeting_symbol(text: str) -> bool:
    """True for a summary (SR) or verbatim (PV) record symbol such as CMW/C/SR.160."""
    return bool(_MEETING_SYMBOL.match(text))


def document_symbols(text: str) -> list[str]:
    """Symbols cited in text, in order, with "X and Add.1" expanded to X and X/Add.1."""
    found: list[str] = []
    if "/" not in text:
        return found
    for match in _SYMBOL_RE.finditer(text):
        symbol = match.group(0).rstrip(".")
        if "/" not in symbol or not _CITABLE.search(symbol):
            continue
        found.append(symbol)
        tail = text[match.end() :]
        suffix = _SUFFIX_RE.match(tail)
        while suffix:
            kind, first, last = suffix.group(1), int(suffix.group(2)), suffix.group(3)
            for number in range(first, int(last or first) + 1):
                found.append(f"{symbol}/{kind}.{number}")
            tail = tail[suffix.end() :]
            suffix = _SUFFIX_RE.match(tail)
    return list(dict.fromkeys(found))


def symbol_from_filename(filename: str) -> str | None:
    """CMW/C/SR.160 from "CMW_C_SR.160-EN.pdf", the UN's own file naming; else None."""
    match = _FILE_SYMBOL.match(filename.rsplit("/", 1)[-1])
    if not match:
        return None
    candidate = match.group("stem").replace("_", "/")
    return candidate if is_meeting_symbol(candidate) else None
