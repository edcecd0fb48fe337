"""Speakers' turns that a rendition without paragraph numbers ran into one paragraph.

The mimeographed records of the first decades set each turn as a paragraph of its own, but their text
layers often lose the breaks: "... the article on asylum. Mr. CASSIN (France) stated that his delegation
..." holds two turns. Where a sentence ends and the next opens as a speaker in the capitals those
records print names in ("Mr. CASSIN (France) stated", "The CHAIRMAN suggested"), the paragraph is broken
there. Names in title case are looked at only with their State or office in brackets, and broken off only where
the opening reads as a turn: the records that print them (since the 1990s) keep their breaks but where a page was
flattened, and their sentences name other speakers ("The Chairperson had asked ...") as often as not. Where a
heading runs into the Chair with no stop between ("... of Peru The CHAIRPERSON said"), the capital of "The"
says a sentence opens there. French and Spanish runs are broken before a person named with brackets or under a
verb that opens turns, before the Chair, and before a clause that leads to a person ("Se référant au point 9,
Mme X (Tunisie) dit").
"""

from __future__ import annotations

import re

from transforms.speakers import attribute, attribute_cut, left_the_table, names_a_provision

_TITLES = r"(?:Mr|Mrs|Miss|Ms|Dr|Sir|Prof|Professor|Begum|Lord|Lady|Dame)\.?"
# A person in capitals as those records print a speaker: a title, at most two given names and a surname.
_NAMED_IN_CAPITALS = rf"{_TITLES}\s+(?:[A-Z][a-z]*\.?\s+){{0,2}}[A-Z][A-Z'’\-]{{2,}}"
# A person in title case, their State or office in brackets, a word after: a turn a flattened page of the later
# records ran into the sentence before ("... at the Committee table. Ms. Okafor (Nigeria) said that"), if the
# opening reads as one (`attribute`); a sentence that names a speaker otherwise ("Ms. Okafor had asked") is no turn.
# An office in one word may stand between the bracket and the verb: "Mr. THORP (New Zealand), Rapporteur, stated".
_NAMED_WITH_BRACKETS = (
    r"(?:Mr|Mrs|Miss|Ms|Dr|Sir|Monsignor)\.?\s+[A-Z][^().!?;:]{1,50}\([A-Z][^()]{1,80}\),?\s+(?:[A-Z][a-z]+,\s+)?[a-z]+"
)
# A sentence's end, then a speaker in capitals (an office, or a person), or one named with brackets.
_TURN_IN_LINE = re.compile(
    r"(?<=[.!?])[\"”’]?(?P<gap>\s+)"
    rf"(?=(?:The\s+(?:CHAIRMAN|CHAIRPERSON|PRESIDENT|RAPPORTEUR|SECRETARY)|{_NAMED_IN_CAPITALS}|{_NAMED_WITH_BRACKETS})\b)"
)
# A heading in title case, no sentence in it, run into a speaker in capitals with the State in brackets.
_HEADING_THEN_TURN = re.compile(
    rf"^(?=[A-Z])(?:[^\s.!?]+\s+){{3,30}}?(?={_NAMED_IN_CAPITALS}(?:\s+[A-Z][A-Z'’\-]{{2,}})*\s*\()"
)
# The Chair (or the Secretary-General) right after a heading's last word, no stop between: "... of Peru The
# CHAIRPERSON said", "Opening Address by the Secretary-General The SECRETARY-GENERAL declared".
_OFFICE_AFTER_HEADING = re.compile(
    r"(?<=[A-Za-z0-9)])(?P<gap>\s+)(?=The\s+(?:CHAIR(?:MAN|PERSON|WOMAN)?|PRESIDENT|Chair(?:man|person|woman)?|President"
    r"|SECRETARY-GENERAL|Secretary-General)\s+[a-z])"
)


def _person_after_a_heading_in_capitals(line: str) -> int | None:
    """Where a person in capitals with brackets opens a turn right after a heading in capitals, or None."""
    for person in _PERSON_IN_CAPITALS.finditer(line, 20):
        gap = len(line[: person.start()].rstrip())
        after_capitals = gap < person.start() and (line[gap - 1].isupper() or line[gap - 1] == ")")
        if after_capitals and _HEADING_IN_CAPITALS.search(line, 0, gap) and attribute(line[person.start() :]):
            return person.start()
    return None


# A person in capitals with brackets, a surname of two letters too ("Mr. LO (China)"); found by the title first.
_PERSON_IN_CAPITALS = re.compile(
    rf"{_TITLES}\s+(?:[A-Z][a-z]*\.?\s+){{0,2}}[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*\s*\("
)
# The end of a heading in capitals: three words of capitals or more before the speaker, after the line's start, a
# figure or a stop (a page's head, an item's number), not after a sentence's word ("He recalled that THE ...").
_HEADING_IN_CAPITALS = re.compile(
    r"(?:^|(?<=[0-9.)\]:;] ))[(\[]?(?:[A-Z][A-Z'’\-]*[A-Z][,:;]?\)?\s+(?:[(\[]|\d+\s+)?){2,}[A-Z][A-Z'’\-]*[A-Z]\)?$"
)
# A person named with brackets right after a heading's closing bracket, no stop between: "... (continued)
# (A/80/3, A/80/56) Ms. X (Ruritania) said", as a flattened page of the later records runs them together.
# Or named in capitals with the office after a comma: "... (CCPR/C/93/R.1) Sir Nigel RODLEY, Special Rapporteur for
# follow-up, introduced".
_PERSON_AFTER_HEADING = re.compile(
    rf"\)(?P<gap>\s+)(?={_NAMED_WITH_BRACKETS}|{_TITLES}\s+(?:[A-Z][a-z]+\s+)?[A-Z][A-Z'’\-]{{2,}},\s)"
)
# A heading in sentence case opening the line, no sentence in it, run into a speaker named with brackets: "Closure
# of the session Ms. X (Rapporteur) said", as a flattened page of the later records runs the first turn on.
_SENTENCE_CASE_HEADING_THEN_TURN = re.compile(
    rf"^(?=[A-Z])(?:(?:\([^()]*\)|[^\s.!?;:()]+)\s+){{2,30}}?(?={_NAMED_WITH_BRACKETS})"
)
# The same in French and Spanish: the Chair, or a Spanish speaker whose article's capital opens the sentence.
_ROMANCE_AFTER_HEADING = re.compile(
    r"(?<=[A-Za-zÀ-ÿ0-9)])(?P<gap>\s+)(?=(?:El|La)\s+Sra?\.\s+[A-ZÀ-Þ]|(?:Le|La|El)\s+(?:Pr[ée]sident(?:e|a)?|PR[ÉE]SIDENT[EA]?)"
    r"\b)"
)
# Words of a clause, which no heading holds: "The Committee was told that as Mr. X (Chile) stated, ...".
_CLAUSE_WORDS = frozenset((
    "that", "as", "was", "were", "is", "are", "be", "been", "had", "has", "have", "would", "could", "should", "will",
    "which", "who", "whom", "when", "while", "if", "because", "he", "she", "it", "they", "we", "i", "his", "her",
    "said", "recalled", "noted", "asked", "stated",
))  # fmt: skip
_SMALL_WORDS = frozenset(("of", "the", "to", "in", "on", "and", "for", "a", "an", "be", "by", "with", "at", "or"))


def _in_title_case(words: str) -> bool:
    """A heading's words: each capitalised, a symbol in brackets, or a small word between."""
    return all(word[:1].isupper() or word[:1] in '("“' or word.strip('"”') in _SMALL_WORDS for word in words.split())


# A French or Spanish turn after a sentence's end: a person with the State or office in brackets, or the Chair.
_MAY_NAME_IN_ROMANCE = re.compile(
    r"[.!?]\s+(?:M\.|Mme|Mlle|M\s?me|El\s+Sr|La\s+Sra|Le\s+Pr|La\s+Pr|El\s+Pr|Se\s+r|R[ée]pond|En\s+r|Refiri)"
)
_ROMANCE_TURN_IN_LINE = re.compile(
    r"(?<=[.!?])(?P<gap>\s+)(?=(?:(?:M\.|Mme|Mlle|M\s?me|(?:El|La)\s+Sra?\.)\s*[A-ZÀ-Þ][^().!?]{1,60}\([^()]{2,100}\)"
    r"|(?:Le|La|El)\s+Pr[ée]siden(?:t|te|ta)\b"
    # A member, no brackets, with the verbs that open turns most: "M me Lindqvist déclare", "El Sr. Okafor dice".
    r"|(?:M\.|Mme|Mlle|M\s?me|(?:El|La)\s+Sra?\.)\s*[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}"
    r"\s+(?:dit|déclare|demande|souligne|rappelle|estime|propose|ajoute|indique|précise|dice|declara|pregunta"
    r"|señala|destaca|propone|añade|observa)\b"
    # A clause before the speaker: "Se référant au point 9, Mme X (Tunisie) dit", "Respondiendo a ..., el Sr. X".
    r"|(?:Se\s+r[ée]f[ée]rant|R[ée]pondant|En\s+r[ée]ponse|Respondiendo|En\s+respuesta|Refiri[ée]ndose)\b[^.!?]{5,300}?,"
    r"\s+(?:M\.|Mme|Mlle|M\s?me|(?:[Ee]l|[Ll]a)\s+Sra?\.)))"
)


def _romance_turns_apart(line: str) -> list[str]:
    """ "... reprend place à la table du Comité. M. Keller (Suisse) dit que ...": a French or Spanish turn a
    rendition ran into the sentence before, named with its State or office, or the Chair's."""
    parts: list[str] = []
    start = 0
    for turn in _ROMANCE_TURN_IN_LINE.finditer(line):
        if attribute(line[turn.end("gap") : turn.end("gap") + 400], in_romance=True) is None:
            continue
        parts.append(line[start : turn.start("gap")])
        start = turn.end("gap")
    return [*parts, line[start:]] if parts else [line]


_CUT_TURN_AT_MOST = 60  # what an excerpt's end leaves of a turn's opening: a name, a State begun
# The quick look before the pattern: "The" or a title after a sentence's end, as the pattern takes them.
_MAY_NAME = re.compile(rf"[.!?][\"”’]?\s+(?:The|{_TITLES}|Monsignor)\s")


def turns_apart(line: str, *, is_last: bool = False) -> list[str]:
    """The line as its turns: broken before each speaker in capitals who opens a sentence with a verb."""
    if len(line) < 60:
        return [line]
    if (
        (heading := _HEADING_THEN_TURN.match(line)) is not None
        and _in_title_case(heading.group(0))
        and attribute(line[heading.end() :])
    ):
        # "... the International Bill of Human Rights Prof. KORETSKY (Union of Soviet Socialist Republics) stated":
        # the agenda item's heading, then the first turn, the break between them lost.
        return [line[: heading.end()].rstrip(), *turns_apart(line[heading.end() :])]
    if (
        "The " in line
        and (office := _OFFICE_AFTER_HEADING.search(line, 20)) is not None
        and attribute(line[office.end("gap") :])
    ):
        # "... Draft concluding observations on the report of Peru The CHAIRPERSON said": the heading's words,
        # then the Chair, the break between them lost; "The" opens no word of a sentence but its first.
        return [*turns_apart(line[: office.start("gap")]), *turns_apart(line[office.end("gap") :], is_last=is_last)]
    if (after_capitals := _person_after_a_heading_in_capitals(line)) is not None:
        # "... REVIEW OF THE WORK OF THE SEA-BED COMMITTEE Mr. LO (China) said": a heading in capitals, then the
        # first turn, as a scan of New York's provisional records runs them on one line.
        before, rest = line[:after_capitals].rstrip(), line[after_capitals:]
        return [*turns_apart(before), *turns_apart(rest, is_last=is_last)]
    if (
        (heading := _SENTENCE_CASE_HEADING_THEN_TURN.match(line)) is not None
        and not line[: heading.end()].rstrip().endswith(",")  # "At the invitation of the Chair, Ms. X (Chile) took"
        and _CLAUSE_WORDS.isdisjoint(line[: heading.end()].lower().split())  # "He recalled that ... Mr. X said"
        and not _MAY_NAME.search(line, 0, heading.end())
        and attribute(line[heading.end() :])
    ):
        return [line[: heading.end()].rstrip(), *turns_apart(line[heading.end() :], is_last=is_last)]
    if (
        (") M" in line or ") S" in line)
        and (person := _PERSON_AFTER_HEADING.search(line, 20)) is not None
        and attribute(line[person.end("gap") :])
    ):
        return [*turns_apart(line[: person.start("gap")]), *turns_apart(line[person.end("gap") :], is_last=is_last)]
    if (" El " in line or " La " in line or " Le " in line) and (
        romance := _ROMANCE_AFTER_HEADING.search(line, 20)
    ) is not None:
        rest = line[romance.end("gap") :]
        if attribute(rest, in_romance=True) or (is_last and len(rest) < _CUT_TURN_AT_MOST * 2 and attribute_cut(rest)):
            # "Apertura de la Reunión El Presidente Provisional dice", "Clausura del período de sesiones La Sra. X
            # (Subsecretaria": a Spanish article's capital opens only a sentence.
            return [*turns_apart(line[: romance.start("gap")]), *turns_apart(rest, is_last=is_last)]
    if not _MAY_NAME.search(line):
        return _romance_turns_apart(line) if _MAY_NAME_IN_ROMANCE.search(line) else [line]
    parts: list[str] = []
    start = 0
    for turn in _TURN_IN_LINE.finditer(line):
        before = line[start : turn.start("gap")]
        if not any(character.isalpha() for character in before):
            continue  # "1. The CHAIRMAN": a paragraph's number, not a sentence
        if names_a_provision(before):
            continue  # "Rule 8. Mr. BRILEJ (Yugoslavia) said": the provision discussed, not a sentence
        rest = line[turn.end("gap") : turn.end("gap") + 400]
        # The last line of an excerpt may stop inside the turn's opening: "... should take. Professor CASSIN (Franc".
        cut = is_last and len(rest) < _CUT_TURN_AT_MOST and attribute_cut(rest) is not None
        # The delegation's withdrawal after the Chair's last words ("... thanked the delegation. Mr. X (Chile) and the
        # other members of the delegation withdrew.") was a procedural paragraph of its own.
        withdrawal = not cut and left_the_table(line[turn.end("gap") :])
        if not cut and not withdrawal and attribute(rest) is None:
            continue  # "Mr. CASSIN's proposal", "Mr. CASSIN had been elected": a sentence, not a turn
        parts.append(before)
        start = turn.end("gap")
    return [*parts, line[start:]] if parts else [line]
