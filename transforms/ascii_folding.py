"""Text folded to ASCII, for keys that compare names whatever their printing ("Kälin", "KALIN", "Łukasz", "Lukasz").

A letter with an accent decomposes (NFKD) into its base letter and marks, and the marks are dropped.
A letter that does not decompose (Ł, ø, æ, Þ, ð, Đ, the dotless i) is spelled by anyascii's maintained
transliteration table instead: dropped, it would make "Łukasz" the "ukasz" of someone else, "Løkke" "L kke".
"""

from __future__ import annotations

import unicodedata

from anyascii import anyascii


def ascii_folded(text: str) -> str:
    """The text in ASCII: accents dropped ("Kälin" -> "Kalin"), other letters spelled out ("Þór" -> "Thor").

    Decomposition comes first, so letters that decompose fold as they always did (the keys and ids made
    of them stay as they were); the table only spells what is left outside ASCII. ASCII text, which most
    names are, is returned as it is.
    """
    if text.isascii():
        return text
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return folded if folded.isascii() else anyascii(folded)
