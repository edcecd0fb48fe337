"""Misprinted speaker names merged into the spelling a meeting uses most, with an audit trail.

"Mr. Baltrán del Río Madrid (Mexico)" printed once among many "Mr. Beltrán del Río Madrid
(Mexico)" is one person. "Mr. Muñoz" and "Mr. Negrín Muñoz" are two: names with a different
number of words are never merged, nor names of different delegations or titles.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from transforms.record import SpeakerAliasRow, StatementRow
from transforms.speaker_ids import name_key, speaker_id

# Below this similarity two spellings are taken to be two people.
MERGE_THRESHOLD = 0.85


# A spelling of a speaker's name, with their delegation and title.
_Identity = tuple[str, str | None, str | None]


def merge_misprints(statements: list[StatementRow]) -> list[SpeakerAliasRow]:
    """Rename rare near-duplicate spellings in place; return the alias rows recorded."""
    attributed = Counter(
        identity for row in statements if not row["is_continuation"] and (identity := _identity(row)) is not None
    )
    # Only spellings under one delegation and title, and of as many words, are compared.
    groups: dict[tuple[str | None, str | None, int], list[_Identity]] = {}
    for identity in attributed:
        groups.setdefault((*identity[1:], name_key(identity[0]).count(" ")), []).append(identity)
    similar = [
        (rare, common, score)
        for group in groups.values()
        if len(group) > 1
        for rare in group
        for common in group
        if common != rare
        and (score := name_similarity(rare[0], common[0], same_delegation=rare[1] is not None)) >= MERGE_THRESHOLD
    ]
    if not similar:  # most records: no two spellings alike, and no need to read the text again
        return []
    # A spelling the record also prints elsewhere (in the chair's thanks, say) is the likelier one.
    text = "\n".join(row["text"] for row in statements)
    counts = {identity: (attributed[identity], text.count(identity[0])) for pair in similar for identity in pair[:2]}
    renames: dict[_Identity, tuple[str, float]] = {}
    for rare, common, score in similar:
        if counts[common] <= counts[rare]:
            continue
        if rare not in renames or score > renames[rare][1]:
            renames[rare] = (common[0], score)
    aliases: dict[_Identity, SpeakerAliasRow] = {}
    for row in statements:
        spelling = _identity(row)
        if spelling is None or spelling not in renames:
            continue
        canonical, score = renames[spelling]
        row["speaker_name"] = canonical
        row["speaker_id"] = speaker_id(canonical, row["country_iso3"])
        alias = aliases.setdefault(
            spelling,
            {
                "alias_name": spelling[0],
                "canonical_name": canonical,
                "speaker_id": row["speaker_id"],
                "score": round(score, 4),
                "paragraphs": [],
            },
        )
        alias["paragraphs"].append(row["paragraph"])
    return list(aliases.values())


def _identity(row: StatementRow) -> _Identity | None:
    """Who the row names as its speaker; None when it names nobody."""
    name = row["speaker_name"]
    return (name, row["country_iso3"], row["speaker_title"]) if name else None


# Committees hear the same members meeting after meeting: most pairs were compared before.
@lru_cache(maxsize=65536)
def name_similarity(first: str, second: str, *, same_delegation: bool = False) -> float:
    """How alike two spellings are, from `MERGE_THRESHOLD` up; 0 when they cannot be one person.

    Within one delegation a single mistyped letter is a misprint even in a short name ("Mwengi" among
    "Mwangi", "Pek" among "Pak"), where the ratio alone would fall under the threshold. Below the
    threshold the ratio itself is not worked out: `SequenceMatcher`'s quick upper bounds rule most
    pairs out at a fraction of its cost.
    """
    first_key, second_key = name_key(first), name_key(second)
    first_words, second_words = first_key.split(), second_key.split()
    if len(first_words) != len(second_words):
        return 0.0
    differing = [(a, b) for a, b in zip(first_words, second_words, strict=True) if a != b]
    if len(differing) != 1:
        return 0.0
    if same_delegation and _one_letter_apart(*differing[0]):
        return max(MERGE_THRESHOLD, ratio_from(first_key, second_key, MERGE_THRESHOLD))
    if ratio_from(*differing[0], 0.7) < 0.7:
        return 0.0
    ratio = ratio_from(first_key, second_key, MERGE_THRESHOLD)
    return ratio if ratio >= MERGE_THRESHOLD else 0.0


def ratio_from(first: str, second: str, floor: float) -> float:
    """`SequenceMatcher`'s ratio of the two where it can reach `floor`; else an upper bound of it under `floor`."""
    total = len(first) + len(second)
    by_length = 2 * min(len(first), len(second)) / total if total else 1.0  # its `real_quick_ratio`
    if by_length < floor:
        return by_length
    bound = _quick_ratio(first, second)
    return bound if bound < floor else SequenceMatcher(None, first, second).ratio()


def _quick_ratio(first: str, second: str) -> float:
    """`SequenceMatcher.quick_ratio`, the letters the two share counted with repeats, without building a matcher.

    Building one indexes `second` first, which costs more than this whole bound; most pairs stop here.
    """
    shared = 0
    for letter in set(first).intersection(second):
        shared += min(first.count(letter), second.count(letter))
    total = len(first) + len(second)
    return 2.0 * shared / total if total else 1.0


def _one_letter_apart(first: str, second: str) -> bool:
    """One letter changed, added or dropped, in words of three letters or more."""
    if min(len(first), len(second)) < 3 or abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    shorter, longer = sorted((first, second), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
