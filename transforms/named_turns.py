"""Where a speaker's turn opens inside a run of text that lost its line ends: a name, then a reporting verb.

Library pages extract a record's text as one run, so the paragraphs' ends are lost. A name that opens a
turn stands after a sentence or a heading ("... on its eighty-first session Ms. Holm (Rapporteur)
introduced", "Paragraphe 34 La Présidente dit") and a reporting verb follows it; a name inside a sentence
("as Ms. Holm said", "que M. Dupont a dit", "In 2005, Ms. X") opens none; one after its paragraph's
number ("2. La PRÉSIDENTE") opens it at the number. `transforms.extract.reflow` and `transforms.romance.reflow` give the
names their languages print; this says which of them open turns.
"""

from __future__ import annotations

import re
from itertools import pairwise

from transforms.speaker_verbs import verb_position

_SENTENCE_END = frozenset('.!?»”")')
# Not a French hour's minutes: "La séance est ouverte à 15 h 5. M. X (Pérou) dit".
_PARAGRAPH_NUMBER_BEFORE = re.compile(r"(?:^|(?<!\dh)(?<!\d h)\s)(?P<n>\d{1,3})\.\s*$")
# After these a name goes on the sentence it is in, in English, French and Spanish.
_WORDS_BEFORE_A_NAME_IN_A_SENTENCE = frozenset(
    (
        "as what that and or but nor yet so which whom whose who whether if when while because since by to with "
        "from of for than like unlike whereas although though where how why after before until unless once the a "
        "an thanked asked invited welcomed congratulated informed told reminded assured agreed said noted "
        "que qu' et ou mais comme si quand lorsque dont où à au aux de du des par pour avec sans selon entre y o "
        "pero como cuando donde al del con sin según por para le la les el los las un une una"
    ).split()
)


def names_to_break_before(label: str) -> re.Pattern[str]:
    """The spaces before each name `label` matches, the name its group "label": what `named_turns_apart` breaks at."""
    return re.compile(rf"(?<=\S)\s+(?=(?P<label>{label}))")


def named_turns_apart(text: str, names: re.Pattern[str], cuts: list[int] | None = None) -> str:
    """The text broken before each name `names` finds (its group "label") that opens a turn, and at `cuts`."""
    starts = set(cuts or ())
    for named in names.finditer(text):
        if (start := _turn_start(text, named.start())) is not None and verb_position(text, named.end("label")):
            starts.add(start)
    if not starts:
        return text
    bounds = [0, *sorted(starts), len(text)]
    return "\n".join(text[start:end].strip() for start, end in pairwise(bounds))


def names_a_speaker(text: str, at: int, names: re.Pattern[str], *, in_romance: bool = False) -> bool:
    """Whether a turn is named at `at`: a name `names` matches there (its group "label"), then a reporting verb."""
    named = names.match(text, at)
    return named is not None and verb_position(text, named.end("label"), in_romance=in_romance) is not None


def _turn_start(text: str, at: int) -> int | None:
    """Where the turn whose name starts at `at` starts: there, or at its paragraph's number before it ("2. La
    PRÉSIDENTE"); None when the text before it is a clause the name goes on, not a sentence's or a heading's end."""
    if (number := _PARAGRAPH_NUMBER_BEFORE.search(text, max(0, at - 5), at)) is not None:
        return number.start("n")
    if text[at - 1] in _SENTENCE_END:
        return at
    word = text[text.rfind(" ", 0, at) + 1 : at]  # a heading's last word: "session", "Paragraphe 34"
    # "1.La Sra. X", "5.\tEl Sr. X": the article its number carries, glued or after a tab.
    last = word.rsplit(".", 1)[-1].strip() or word
    if word[:1].isalnum() and word[-1:] != "," and last.casefold() not in _WORDS_BEFORE_A_NAME_IN_A_SENTENCE:
        return at
    return None
