"""Where a speaker's verb stands after their label: "said", "also welcomed", "could not accept", "dice", "évoque".

`transforms.speakers` finds the label ("Mr. X (Chile)", "The Chairperson"); this module says whether, and
where, a reporting verb follows it, directly, after adverbs, or after an interposed clause.
"""

from __future__ import annotations

import re

from transforms.romance import speakers as romance
from transforms.scan_lookalikes import lookalike_key
from transforms.speaker_labels import REPORTING_VERBS, is_adverb, view_after_auxiliary

# A word, and French or Spanish ones: "déclare", "señala", and the "s'" of "s'interroge" apart from its verb.
NEXT_WORD = re.compile(r"(?:\s+|(?<=['’]))([A-Za-zÀ-ÖØ-Ýà-öø-ÿ][a-zß-öø-ÿñ]+|[sdn]['’])")  # "évoque" too
# "Ms. JILANI (Special Representative ...), …": excerpted renditions elide the rest of the opening.
_ELIDED = re.compile(r"\s*,?\s*(?:…|\.\.\.)")
# "Mr. SHAKYA (Nepal) replying to the questions, said", "Mr. X (Egypt) expressing appreciation ..., said": a
# participle clause without its opening comma.
_PARTICIPLE = re.compile(rf"\s+[a-z]{{3,}}ing\b|{romance.ROMANCE_PARTICIPLE}")
_SAID_THAT = re.compile(r"\s(said|stated|noted|observed|explained)\s+that\b")
# "présentant le rapport (CEDAW/C/BFA/4-5) dit que", "presentando el informe (CAT/C/PER/4) dice que"
_ROMANCE_SAID_THAT = re.compile(
    r"\s((?:dit|déclare|indique|souligne|explique|ajoute)(?=\s+qu(?:e\b|['’]))"
    r"|(?:dice|declara|indica|señala|explica|añade)(?=\s+que\b))"
)
# A French or Spanish clause that opens with a preposition, between the State and the verb, its comma lost before it:
# "El Sr. X (Chile) en respuesta a la pregunta planteada ..., dice que", "M. X (France) en réponse à ..., dit que".
_ROMANCE_CLAUSE = re.compile(
    r"\s+(?:en\s+respuesta\s+a|con\s+referencia\s+a|en\s+relaci[óo]n\s+con|en\s+cuanto\s+a|respecto\s+(?:de|a)\b"
    r"|a\s+prop[óo]sito\s+de|en\s+r[ée]ponse\s+[àa]|au\s+sujet\s+d|s['’]agissant\s+d|en\s+ce\s+qui\s+concerne"
    r"|quant\s+[àa]|[àa]\s+propos\s+d|pour\s+ce\s+qui\s+est\s+d)"
)
_SENTENCE_END = re.compile(r"[.;:]\s+[A-Z]")
_CLAUSE_ELIDED = re.compile(r"\s(?:…|\.\.\.)")
_CLAUSE_REACH = 400
# Where an interposed clause may end: a comma, or the full stop a scan read for one (". said").
_CLAUSE_END = re.compile(r",|\.(?= [a-z])")


def is_reporting_verb(word: str) -> bool:
    """A verb of the list, or any past tense ("welcomed"): what may follow "Mr. X (Chile)"."""
    return (
        word in REPORTING_VERBS or (word.endswith("ed") and len(word) > 4) or _run_into_that(word) or _as_scanned(word)
    )


def _listed(word: str) -> bool:
    return word in REPORTING_VERBS or _run_into_that(word) or _as_scanned(word)


def _as_scanned(word: str) -> bool:
    """A verb of the list a scan misread, a letter taken for its lookalike: "considercd", "iuvited", "sald"."""
    return len(word) > 3 and lookalike_key(word) in _SCANNED_VERBS


_SCANNED_VERBS = frozenset(lookalike_key(verb) for verb in REPORTING_VERBS if len(verb) > 3)


def _run_into_that(word: str) -> bool:
    """ "saidthat": a scan that lost the space after the verb."""
    return word.endswith("that") and len(word) > 6 and word[:-4] in REPORTING_VERBS


_STRAY_MARKS = (" '", " ‘", " `", " ’")
# After a colon, another officer's title: the officers' line of a masthead run into a paragraph, not speech.
_OFFICERS_LINE = re.compile(r"\s*:[:\s]*(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.\s+(?!Chair|President|CHAIR|PRESIDENT)[A-Z]")


def verb_position(text: str, position: int, *, in_romance: bool = False) -> int | None:
    """Where the reporting verb starts, directly or after an interposed clause; else None."""
    rest = text[position : position + 600]
    if rest[:1].isalpha() and text[position - 1 : position] == ")":  # "(Chile)dice": no space after the bracket
        position, rest = position - 1, " " + rest
    elif rest[:2] in _STRAY_MARKS and rest[2:3].islower():  # "(Senegal) 'asked": a scan's speck before the verb
        position, rest = position + 1, " " + rest[2:]
    if rest.startswith(":") or rest.lstrip().startswith(":"):
        if _OFFICERS_LINE.match(rest):  # "Mr. YANKOV Bulgaria Rapporteur: Mr. HASSAN Sudan": a masthead's officers
            return None
        return position + rest.index(":")
    if (elided := _ELIDED.match(rest)) is not None:  # an excerpt that left out what was said
        return position + elided.end()
    direct = _verb_after_adverbs(rest, 0, loose=True, in_romance=in_romance)
    if direct is not None:
        return position + direct
    if rest.startswith(". ") and rest[2:3].islower():  # "(United Republic of Tanzania). as one of": a comma
        rest = "," + rest[1:]
    clause = _PARTICIPLE.match(rest) is not None or (in_romance and _ROMANCE_CLAUSE.match(rest) is not None)
    if not clause and not rest.lstrip().startswith(","):
        return None
    for comma in _CLAUSE_END.finditer(rest):
        found = _verb_after_adverbs(rest, comma.end(), loose=False, in_romance=in_romance)
        if found is not None:
            return position + found
        if rest.startswith((" …", " ...", "…", "..."), comma.end()):  # the excerpt left out the rest
            return position + comma.end()
    # ", speaking on behalf of the European Union; the candidate countries ...": an excerpt that cut the clause short.
    elided = _CLAUSE_ELIDED.search(rest, 0, _CLAUSE_REACH)
    if elided is not None and _SENTENCE_END.search(rest, 0, elided.start()) is None:
        return position + elided.start()
    # ", introducing the reports (CEDAW/C/GHA/7 said that": the clause's closing bracket and comma lost.
    said_that = _ROMANCE_SAID_THAT if in_romance else _SAID_THAT
    said = said_that.search(rest, 0, _CLAUSE_REACH) if _PARTICIPLE.match(rest, 1) else None
    if said is not None and _SENTENCE_END.search(rest, 0, said.start()) is None:
        return position + said.start(1)
    return None


_ADVERBIAL_PHRASE = re.compile(r"(?:in general|in principle|in particular|on the whole)\b")


def _verb_after_adverbs(text: str, start: int, *, loose: bool, in_romance: bool = False) -> int | None:
    """Where a reporting verb starts at `start`, after at most two adverbs ("also said"); `in_romance`, any verb."""
    position = start
    for _ in range(3):
        word = NEXT_WORD.match(text, position)
        if not word:
            return None
        if word.group(1)[0].isupper():  # a scan's capital ("The CHAIRMAN Invited"): only a verb of the list
            return word.start(1) if word.group(1).lower() in REPORTING_VERBS else None
        if is_reporting_verb(word.group(1)) if loose else _listed(word.group(1)):
            return word.start(1)
        if loose and romance.is_romance_future(word.group(1)):  # "Mme LAVIGNE (Canada) traitera de la question"
            return word.start(1)
        if romance.gives(text, word.end(1), word.group(1)):
            return word.start(1)
        if loose and view_after_auxiliary(word.group(1), text, word.end(1)):  # "could not accept", "was in favour"
            return word.start(1)
        if word.group(1) in ("in", "on") and (phrase := _ADVERBIAL_PHRASE.match(text, word.start(1))) is not None:
            position = phrase.end()  # "Mr. SITA (Congo (Leopoldville)) in general supported"
            continue
        if not is_adverb(word.group(1)) and not (in_romance and word.group(1) in romance.ROMANCE_NEGATIONS):
            return word.start(1) if in_romance and romance.is_romance_verb(text, word.end(1)) else None
        position = word.end()
    return None
