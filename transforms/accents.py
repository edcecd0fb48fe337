"""Accents dropped from text, for keys that compare names whatever their printing ("Kälin", "Kalin")."""

from __future__ import annotations

import unicodedata


def without_accents(text: str) -> str:
    """The text decomposed (NFKD) with its combining marks dropped; ASCII text, which has none, as it is."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
