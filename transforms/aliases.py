"""Misprinted speaker names merged into the spelling a meeting uses most, with an audit trail.

"Mr. Baltrán del Río Madrid (Mexico)" printed once among many "Mr. Beltrán del Río Madrid
(Mexico)" is one person. "Mr. Muñoz" and "Mr. Negrín Muñoz" are two: names with a different
number of words are never merged, nor names of different delegations or titles.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from transforms.record import Row
from transforms.speakers import name_key, speaker_id

# Below this similarity two spellings are taken to be two people.
MERGE_THRESHOLD = 0.85


def merge_misprints(statements: list[Row]) -> list[Row]:
    """Rename rare near-duplicate spellings in place; return the alias rows recorded."""
    attributed = Counter(_identity(row) for row in statements if row["speaker_name"] and not row["is_continuation"])
    # A spelling the record also prints elsewhere (in the chair's thanks, say) is the likelier one.
    text = "\n".join(row["text"] for row in statements)
    counts = {identity: (count, text.count(identity[0])) for identity, count in attributed.items()}
    renames: dict[tuple[str, str | None, str | None], tuple[str, float]] = {}
    for rare, rare_count in counts.items():
        best: tuple[float, str] | None = None
        for common, common_count in counts.items():
            if common == rare or common[1:] != rare[1:] or common_count <= rare_count:
                continue
            score = _similarity(rare[0], common[0])
            if score >= MERGE_THRESHOLD and (best is None or score > best[0]):
                best = (score, common[0])
        if best:
            renames[rare] = (best[1], best[0])
    aliases: dict[tuple[str, str | None, str | None], Row] = {}
    for row in statements:
        identity = _identity(row) if row["speaker_name"] else None
        if identity not in renames:
            continue
        canonical, score = renames[identity]
        row["speaker_name"] = canonical
        row["speaker_id"] = speaker_id(canonical, row["country_iso3"])
        alias = aliases.setdefault(
            identity,
            {
                "alias_name": identity[0],
                "canonical_name": canonical,
                "speaker_id": row["speaker_id"],
                "score": round(score, 4),
                "paragraphs": [],
            },
        )
        alias["paragraphs"].append(row["paragraph"])
    return list(aliases.values())


def _identity(row: Row) -> tuple[str, str | None, str | None]:
    return (row["speaker_name"], row["country_iso3"], row["speaker_title"])


def _similarity(first: str, second: str) -> float:
    first_words, second_words = name_key(first).split(), name_key(second).split()
    if len(first_words) != len(second_words):
        return 0.0
    differing = [(a, b) for a, b in zip(first_words, second_words, strict=True) if a != b]
    if len(differing) != 1:
        return 0.0
    word_score = SequenceMatcher(None, *differing[0]).ratio()
    if word_score < 0.7:
        return 0.0
    return SequenceMatcher(None, name_key(first), name_key(second)).ratio()
