"""Ordinals written out in French and Spanish: "Trente-quatrième", "Quatre-vingt-dixième", "Cuadragésimo cuarto"."""

from __future__ import annotations

import re

from transforms.ascii_folding import ascii_folded

_FRENCH_CARDINALS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatrevingt": 80, "quatrevingts": 80, "cent": 100, "cents": 100, "mille": 1000,
}  # fmt: skip
# The stems "-ième" leaves that are not a cardinal, or one with its final "e".
_FRENCH_STEMS = {"cinqu": "cinq", "neuv": "neuf", "un": "un", "vingt": "vingt", "cent": "cent", "mill": "mille"}

_SPANISH_ORDINALS: dict[str, int] = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
    "septimo": 7, "setimo": 7, "octavo": 8, "noveno": 9, "nono": 9, "decimo": 10, "undecimo": 11,
    "duodecimo": 12, "vigesimo": 20, "trigesimo": 30, "cuadragesimo": 40, "quincuagesimo": 50,
    "sexagesimo": 60, "septuagesimo": 70, "octogesimo": 80, "nonagesimo": 90, "centesimo": 100,
}  # fmt: skip

# A written ordinal of up to five words joined by spaces or hyphens ("soixante et onzième", "vigésimo quinto").
FRENCH_ORDINAL_WORDS = (
    r"(?:(?:[a-zàâçéèêëîïôûù]+[\s-]+(?:et[\s-]+)?){0,4}(?:[a-zàâçéèêëîïôûù]+i[èe]me|premi[eè]re?|seconde?))"
)
SPANISH_ORDINAL_WORDS = r"(?:(?:[a-záéíóúñ]+(?:[oa]|er)[\s-]+){0,3}[a-záéíóúñ]+(?:[oa]|er)|decimo[a-záéíóúñ]+)"


_GLUED_TENS = re.compile(
    r"\b(vingt|trente|quarante|cinquante|soixante|quatrevingt)(?=(?!i[eè]me)[a-z]{3})"
)  # "Cinquantecinquième"


def french_ordinal_value(text: str) -> int | None:
    """34 from "Trente-quatrième", 71 from "soixante et onzième", 1 from "première"; None if no ordinal."""
    folded = _GLUED_TENS.sub(r"\1 ", ascii_folded(text.casefold()).replace("quatre-vingt", "quatrevingt"))
    words = [w for w in re.split(r"[\s-]+", folded) if w and w != "et"]
    if not words:
        return None
    last = words[-1]
    if last in ("premier", "premiere"):
        cardinal = "un"
    elif last in ("second", "seconde"):
        cardinal = "deux"
    elif last.endswith("ieme"):
        stem = last[:-4]
        cardinal = _FRENCH_STEMS.get(stem) or next((c for c in (stem, f"{stem}e") if c in _FRENCH_CARDINALS), "")
    else:
        return None
    total, current = 0, 0
    for word in [*words[:-1], cardinal]:
        value = _FRENCH_CARDINALS.get(word)
        if value is None:
            return None
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return (total + current) or None


def spanish_ordinal_value(text: str) -> int | None:
    """44 from "Cuadragésimo cuarto", 13 from "decimotercero"; None if no ordinal."""
    total = 0
    for word in re.split(r"[\s-]+", ascii_folded(text.casefold())):
        if not word:
            continue
        if word.startswith("decimo") and word != "decimo":
            rest = _SPANISH_ORDINALS.get(_masculine(word[6:]))
            if rest is None:
                return None
            total += 10 + rest
            continue
        value = _SPANISH_ORDINALS.get(_masculine(word))
        if value is None:
            return None
        total += value
    return total or None


def _masculine(word: str) -> str:
    return f"{word[:-1]}o" if word.endswith("a") else word
