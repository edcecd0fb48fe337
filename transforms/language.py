"""Which language a record is written in, from its commonest function words."""

from __future__ import annotations

import re
from collections import Counter

_FUNCTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "of", "and", "to", "that", "was", "had", "were", "for", "with", "which", "its"),
    "fr": ("le", "la", "les", "des", "du", "que", "est", "été", "au", "aux", "une", "dans", "pour", "séance"),
    "es": ("el", "los", "las", "del", "que", "por", "con", "una", "para", "sesión", "fue", "como"),
    "ru": ("и", "в", "не", "на", "что", "с", "по", "для", "как", "о", "из"),
    "ar": ("في", "من", "على", "أن", "إلى", "التي", "الذي", "عن"),
}
_LANGUAGE_OF = {word: language for language, words in _FUNCTION_WORDS.items() for word in words}

# A meeting's version in another language is named in a batch by the meeting's id and its language
# (CMW/C/SR.160@fr), so that one batch may hold several versions of a meeting; `warehouse.versions`
# loads each into its language's tables under the meeting's own id.
VERSION_SEPARATOR = "@"
VERSION_SUFFIX = r"@[a-z]{2}$"  # as a pattern, for Python's `re` and Polars alike


def version_id(meeting_id: str, language: str) -> str:
    """ "CMW/C/SR.160@fr" for the French version; an English record keeps the meeting's own id."""
    return meeting_id if language == "en" else f"{meeting_id}{VERSION_SEPARATOR}{language}"


# Words of French and of Spanish the other language (and English) hardly writes.
_TELLING = (("des", "les", "du", "aux", "est"), ("del", "los", "las", "dice", "fue"))
_HAN = re.compile(r"[\u4e00-\u9fff]")


def detect_language(text: str, sample_chars: int = 4_000) -> str:
    """An ISO 639-1 code ("en", "fr", ...); "und" when too little text to tell."""
    if text.count(" the ", 0, sample_chars) >= 8 and text.count(" of ", 0, sample_chars) >= 4:
        return "en"  # the common case, decided without counting every word
    # So are French and Spanish, by words the other languages hardly write: counting every word of the sample
    # takes a sixth of the time a French or Spanish record takes to parse.
    french, spanish = (sum(text.count(f" {word} ", 0, sample_chars) for word in words) for words in _TELLING)
    if max(french, spanish) >= 6 and max(french, spanish) >= 4 * min(french, spanish):
        return "fr" if french > spanish else "es"
    sample = text[:sample_chars]
    if len(_HAN.findall(sample)) > 200:
        return "zh"
    words = sample.casefold().split()
    if len(words) < 20:
        return "und"
    languages = (_LANGUAGE_OF.get(word.strip(".,;:()“”\"'")) for word in words)
    scores = Counter(language for language in languages if language is not None)
    return scores.most_common(1)[0][0] if scores else "und"
