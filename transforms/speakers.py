"""Who is speaking: the attribution that opens a paragraph of a summary record.

"Mr. Yrizar Barbosa (Mexico), on the subject of human rights defenders, said ..." names a
delegate; "The Chairperson invited ..." the presiding officer; "As to Fr. Solalinde, he had
..." names nobody who speaks, so the paragraph continues the previous speaker.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from typing import NamedTuple

from transforms.affiliations import Affiliation, classify_parenthetical
from transforms.countries import country_name, is_country, iso3_for_country, iso3_for_cut_country
from transforms.name_particles import PARTICLES
from transforms.romance import speakers as romance
from transforms.scan_lookalikes import corrected, vocabulary_of
from transforms.speaker_labels import (
    ACTS_NOT_WORDS,
    CHAIR_AFTER_CLAUSE,
    CHAIR_IN_CAPITALS_EARLY,
    CHAIR_NAMED_EARLY,
    CHAIR_OFFICE,
    ENGLISH_CLAUSE_FIRST,
    GLUED_OFFICE,
    GOVERNMENT_OFFICE,
    MANDATES,
    MISREAD_MR,
    NAME_RUN,
    NAME_WORD,
    NAMED,
    OTHER_BODYS_OFFICER,
    OWN_BODY,
    PEERS,
    SECRETARY_OFFICE,
    THE_AS_SCANNED,
    TITLE,
    UNNAMED,
    UNNAMED_OPENINGS,
    USUAL_OPENING,
)
from transforms.speaker_names import normalise_name
from transforms.speaker_verbs import NEXT_WORD, is_reporting_verb, verb_position

_VERB_REACH = 600  # how far `verb_position` looks for the verb
_TITLE_AFTER_A_COMMA = re.compile(r", (?:M|D|S|L|P)")  # where `ENGLISH_CLAUSE_FIRST` may end: most paragraphs have none
# "LePrésident", "LaPresidenta": a conversion lost the space after the article.
_OFFICE_ARTICLES = (
    "The", "Le ", "La ", "El ", "LE ", "LA ", "EL ", "le ", "la ", "el ", "LePr", "LaPr", "ElPr", "L'Exp", "L’Exp",
)  # fmt: skip
_SPACES = re.compile(r"[ \t]+")
_ON_BEHALF = re.compile(r"\bspeaking (?:on behalf|in the name) of (?P<who>[^,;:]+)", re.IGNORECASE)

_WHITESPACE = re.compile(r"\s+")
_APPOSITIVE = re.compile(r"\s*,\s*([^,]{3,80}?)\s*,")
_CAPACITY = re.compile(rf"\s*,\s*{romance.ROMANCE_CAPACITY}", re.IGNORECASE)  # ", en su calidad de Relator"
_ROMANCE_OFFICE_IN_LOWER_CASE = re.compile(r"\s*,\s*(?:co)?(?:rapporteu(?:r|se)|relatora?)\b")  # ", corapporteuse"


class Attribution(NamedTuple):  # a tuple: made for most paragraphs, and a frozen dataclass is slow to make
    label: str
    title: str | None
    name: str | None
    role: str
    affiliation: str | None
    country_iso3: str | None
    on_behalf_of: str | None
    spoke_in: str | None
    office: str | None = None


def attribute(text: str, *, in_romance: bool = False) -> Attribution | None:
    """The speaker this paragraph opens with, or None; `in_romance`: of a French or Spanish record."""
    if left_the_table(text):
        return None  # "Mr. Smith (Canada) withdrew.": what the delegate did, not said
    if text.startswith(PROVISIONS) and (provision := _PROVISION_FIRST.match(text)) is not None:
        # "Rule 8. Mr. BRILEJ (Yugoslavia) said", "Article 13. The CHAIRMAN read": a drafting body's records name
        # the provision before the speaker who opens its discussion.
        return attribute(text[provision.end() :], in_romance=in_romance)
    usual = USUAL_OPENING.match(text)
    if usual and (
        usual.start("clause") >= 0 and usual.end() <= usual.start("clause") + _VERB_REACH
        if usual.group("listed")
        else is_reporting_verb(usual.group("verb")) or romance.gives(text, usual.end("verb"), usual.group("verb"))
    ):
        return _usual_attribution(text, usual)
    return attribute_by_rules(text, in_romance=in_romance)


PROVISIONS = ("Rule ", "Article ", "Paragraph ", "RULE ", "ARTICLE ", "PARAGRAPH ")
_PROVISION = r"(?:Rule|Article|Paragraph|RULE|ARTICLE|PARAGRAPH) (?:\d{1,3}|[IVXL]{1,6})(?: ?\([a-z0-9]\))?[.:]"
_PROVISION_FIRST = re.compile(rf"^{_PROVISION}\s+(?=(?:Mr|Mrs|Miss|Ms|Dr|Sir|Professor|Prof|Begum|Father|The)\b)")
_PROVISION_ALONE = re.compile(_PROVISION)


def names_a_provision(text: str) -> bool:
    """ "Rule 8.", "Article 13 (a):": a provision's label, as a drafting body's record prints it before a turn."""
    return text.startswith(PROVISIONS) and _PROVISION_ALONE.fullmatch(text) is not None


# A paragraph that only says who left the table: "Mr. Smith (Canada) withdrew.", "Mr. X and Mr. Y (Chile) withdrew."
_LEFT_ENDINGS = ("withdrew.", "withdrew", "WITHDREW.", "retire.", "retirent.", "retira.", "retiran.")


def left_the_table(text: str) -> bool:
    """Whether the paragraph only says who left the table: "Mr. X (Canada) withdrew.", "M. X (Canada) se retire"."""
    if not text.endswith(_LEFT_ENDINGS):
        if "withdrew. " not in text or (heading := _HEADING_AFTER_WITHDRAWAL.search(text)) is None:
            return False
        text = text[: heading.start()]
    return _LEFT_THE_TABLE.match(text) is not None


# The next item's heading a run onto one line put after the withdrawal: "... withdrew. Organizational and other
# matters"; no sentence in it.
_HEADING_AFTER_WITHDRAWAL = re.compile(r"(?<=withdrew\.)\s+[A-Z][^.!?;:]{3,120}$")


# A sentence that ends before the withdrawal ("The Chair thanked the delegation. Mr. X (Botswana) withdrew.")
# was somebody's words: the paragraph is theirs. A stop after a title or an initial ("Mr.", "M.") ends none.
_LEFT_THE_TABLE = re.compile(
    r"^(?:(?!\b(?:said|stated|that|which|who|dit|que|qui|dice|quien)\b|[a-z]{3}\.\s+[A-Z])[^;:]){2,200}?"
    r"\s(?:withdrew|WITHDREW|se\s+retir(?:e|ent|a|an))\.?$"
)


def attribute_by_rules(text: str, *, in_romance: bool = False) -> Attribution | None:
    """`attribute` without its shortcut for the usual openings: the general rules alone."""
    if text.startswith(("M. le ", "M. la ", "Mme la ")) and (addressed := _ADDRESSED_OFFICE.match(text)):
        return attribute_by_rules(f"{addressed.group('office').capitalize()}{text[addressed.end('office') :]}")
    if text.startswith(_OFFICE_ARTICLES):  # both offices are read after "The" ("Le", "La", "El" in French, Spanish)
        if (glued := GLUED_OFFICE.match(text)) is not None:  # "The Chairpersonsaid that"
            return attribute_by_rules(f"{text[: glued.end()]} {text[glued.end() :]}", in_romance=in_romance)
        if (officer := OTHER_BODYS_OFFICER.match(text)) is not None:
            if officer.group("body") in OWN_BODY:  # "The Chairman of the Committee said": the one presiding
                return _office_attribution(text, officer.end(), officer.group("office").split()[0], "chair")
            office = normalise_name(officer.group("office"))
            return _office_attribution(text, officer.end(), office, classify_parenthetical(office).role or "observer")
        chair = CHAIR_OFFICE.match(text)
        if chair:
            office = chair.group("office") or chair.group("romance_office")
            return _office_attribution(text, chair.end(), office, "chair", in_romance=not chair.group("office"))
        if secretary := SECRETARY_OFFICE.match(text):
            office = next(filter(None, secretary.group("office", "romance_office", "romance_mandate")))
            folded = office.casefold()
            role = (
                # A mandate as its parenthesis is read: the Council's holder an observer, a committee's own
                # "Special Rapporteur for follow-up on Views" its rapporteur (the Law Commission's: `summary`).
                classify_parenthetical(normalise_name(office)).role or "observer"
                if folded.startswith(MANDATES)
                else "rapporteur"
                if any(w in folded for w in ("rapporteu", "relator"))
                else "secretariat"
            )
            return _office_attribution(text, secretary.end(), office, role, in_romance=not secretary.group("office"))
        if text.startswith(("The P", "The F", "The M")) and (minister := GOVERNMENT_OFFICE.match(text)) is not None:
            found = _office_attribution(text, minister.end(), minister.group("office"), "delegation")
            state = minister.group("state")
            return found._replace(country_iso3=iso3_for_country(state)) if found is not None and state else found
    named = NAMED.match(text)
    if named:
        at = named.end()
        if text[at + 1 : at + 2] == " " and _LETTER_APART.match(text, at):
            # "Mme P ereira (Brésil)": read as printed, Mme P would speak; mended first.
            return _mended_opening(text, in_romance) or _named_attribution(text, named, in_romance)
        return _named_attribution(text, named, in_romance) or _mended_opening(text, in_romance)
    if text.startswith(UNNAMED_OPENINGS) and (unnamed := UNNAMED.match(text)) is not None:
        return _unnamed_attribution(text, unnamed)
    if (CHAIR_NAMED_EARLY.search(text, 0, 240) or any(office in text[:240] for office in CHAIR_IN_CAPITALS_EARLY)) and (
        chair_after := CHAIR_AFTER_CLAUSE.match(text)
    ) is not None:
        # "After consultations, the CHAIRMAN announced": a short clause before the Chair speaks.
        office = next(filter(None, chair_after.group("office", "romance_office", "office_in_capitals")))
        return _office_attribution(text, chair_after.end(), office, "chair")
    return _mended_opening(text, in_romance)


def _mended_opening(text: str, in_romance: bool = False) -> Attribution | None:
    """The speaker of an opening a conversion broke: a letter set apart, "THE" in capitals."""
    if (split := _SPLIT_WORD.match(text)) is not None:  # "Ms. Peláez N arváez", "The C hairperson"
        # Every letter set apart in the opening at once: "M me P ereira (Brésil)" read after the title alone would be
        # Mme P, of no State.
        for _ in range(_SPLITS_AT_MOST):
            at = next(
                split.start(part) for part in ("space", "late", "front", "romance", "article") if split.group(part)
            )
            text = text[:at] + text[at + 1 :]
            if (split := _SPLIT_WORD.match(text)) is None:
                break
        return attribute_by_rules(text, in_romance=in_romance)
    if text[:1] in _MISREAD_M and (misread := MISREAD_MR.match(text)) is not None:
        return attribute_by_rules(f"Mr.{text[misread.end() :]}")  # "MYlr. VALLARTA (Mexico) said"
    if text.startswith("THE "):  # "THE TEMPORARY CHAIRMAN said"
        return attribute_by_rules(f"The {text[4:]}", in_romance=in_romance)
    if text[:1] == "T" and (misread_the := _MISREAD_THE.match(text)) is not None:  # "Tho CHAIRMAN", "Time CHAIRMAN"
        return attribute_by_rules(f"The {text[misread_the.end() :]}")
    if text[4:5].isupper() and (broken := _BROKEN_OFFICE.match(text)) and (office := _office_broken(broken)):
        return attribute_by_rules(f"The {office}{text[broken.end() :]}")  # "The CHAIRM AN", "The C HAIRMAN"
    if text[4:6].isupper() and (misread := _MISREAD_OFFICE.match(text)) and (office := _office_misread_as(misread[1])):
        return attribute_by_rules(f"The {office}{text[misread.end(1) :]}")  # "The CHAIRMAld said"
    if text[4:5] in "CP" and (garbled := _GARBLED_OFFICE.match(text)) and is_reporting_verb(garbled["verb"]):
        # "The CI&IRMAF appealed", "The P~SIi)EN'l' said": a scan's office past spelling, kept by its first letter,
        # its capitals and the verb after it.
        office = "CHAIRMAN" if text[4] == "C" else "PRESIDENT"
        return attribute_by_rules(f"The {office}{text[garbled.end(1) :]}")
    if (" Bey" in text[:60] or " Pasha" in text[:60]) and (honorific := _HONORIFIC_AFTER.match(text)) is not None:
        # "SALEH Bey (Egypt) said": the title the 1940s-50s Egyptian delegates bore after their name.
        found = attribute_by_rules(f"Mr. {honorific.group('name')}{text[honorific.end() :]}")
        return found._replace(label=honorific.group(0), title=honorific.group("title")) if found else None
    if text.count(")", 0, _BRACKET_REACH) > text.count("(", 0, _BRACKET_REACH) and (
        lost := _OPENING_BRACKET_LOST.match(text)
    ):  # "Mr. SALAMA Chief, Treaties and Council Branch (OHCHR)) said": the bracket before the office lost
        return attribute_by_rules(f"{lost.group('name')} ({text[lost.end('name') :].lstrip()}", in_romance=in_romance)
    if "!" in text[:120] and (bang := _BANG_FOR_BRACKET.match(text)) is not None:  # "Mr. SABEV (Bulgaria! said"
        return attribute_by_rules(f"{text[: bang.start('bang')]}){text[bang.end('bang') :]}", in_romance=in_romance)
    if not in_romance and _TITLE_AFTER_A_COMMA.search(text, 0, 400) and (clause := ENGLISH_CLAUSE_FIRST.match(text)):
        return attribute_by_rules(text[clause.end() :])  # "In reply to X, Ms. Y said"
    # "Le Pr ésidentdit", "Se référant à X, Mme Y dit": looked for in French and Spanish records only.
    if in_romance and (again := romance.romance_opening_mended(text)) is not None:
        return attribute_by_rules(again, in_romance=in_romance)
    if not in_romance and (scanned_office := _OFFICE_AS_SCANNED_IN_TITLE_CASE.match(text)) is not None:
        # "The Cbairperson said", "Thc Chalr said": the office's letters a scan read as their lookalikes.
        spelt = corrected(scanned_office.group("office"), _OFFICE_WORDS)
        if spelt != scanned_office.group("office") or scanned_office.group("the") != "The":
            return attribute_by_rules(f"The {spelt}{text[scanned_office.end() :]}")
    if not in_romance and (title := _TITLE_AS_SCANNED.match(text)) is not None:
        # "Mr.. SORENSEN", "MR. MOSKOWITZ", "Hr. COBATYNSKI", "Kiss ORENSTEIN", "Mra. MEHTA": a scan's title.
        return attribute_by_rules(f"{_TITLE_MEANT[title.group('title')]} {text[title.end() :]}")
    if not in_romance and (scanned := _SCANNED_BRACKETS.match(text)) is not None:
        # "Mr. SMITH {Canada] said", "Mr. SMITH (Canada) sald": a scan's brackets or verb.
        after = text[scanned.end() :]
        said = _SAID_AS_SCANNED.match(after)
        if said is not None or text[scanned.start("state") - 1] + text[scanned.end() - 1] != "()":
            rest = f" said{after[said.end() :]}" if said else after
            return attribute_by_rules(f"{scanned.group('who')} ({scanned.group('state')}){rest}")
    if not in_romance and (bare := _BARE_THEN_SAID_AS_SCANNED.match(text)) is not None:  # "Mr. RAHIMI eaid"
        return attribute_by_rules(f"{bare.group('who')} said{text[bare.end() :]}")
    return None


_OFFICE_AS_SCANNED_IN_TITLE_CASE = re.compile(r"^(?P<the>The|Thc|Tbe)\s+(?P<office>[A-Z][a-z]{3,11})\b")
_OFFICE_WORDS = vocabulary_of(("chairperson", "chairman", "chairwoman", "chair", "president"))
# How a scan misreads a title before a name in capitals: a doubled stop, capitals, a letter for another.
_TITLE_MEANT = {"Mr..": "Mr.", "MR.": "Mr.", "Hr.": "Mr.", "Nr.": "Mr.", "Mt.": "Mr.", "MRS.": "Mrs.", "Mra.": "Mrs.",
                "Mrs..": "Mrs.", "Kiss": "Miss", "MISS": "Miss"}  # fmt: skip
_TITLE_AS_SCANNED = re.compile(rf"^(?P<title>{'|'.join(map(re.escape, _TITLE_MEANT))})\s+(?=[A-Z][A-Z'\-]{{2,}}\b)")
# A State's brackets a scan read as square or curly ones ("{Canada]"), and its "said" read as "sald", "eaid", "sa id".
_SCANNED_BRACKETS = re.compile(
    r"^(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.|[A-Z][a-z]{2,11})\s+[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,3})\s*"
    r"[\[{(](?P<state>[A-Z][^()\[\]{}]{1,60})[\]})](?=\s+[a-z])"
)
_SAID_MISREAD = r"(?:sald|sa1d|eaid|aaid|sa id|sai d)\b"
_SAID_AS_SCANNED = re.compile(rf"\s+{_SAID_MISREAD}")
_BARE_THEN_SAID_AS_SCANNED = re.compile(
    rf"^(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\.\s+[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){{0,3}})\s+{_SAID_MISREAD}"
)


_MISREAD_M = frozenset("MlI|1")  # how a scan's "Mr." may begin
_HONORIFIC_AFTER = re.compile(r"^(?P<name>[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]{2,}){0,2}) (?P<title>Bey|Pasha)\b")
# A name in capitals, then an office in title case whose opening bracket a conversion lost, its closing one kept
# before the verb: "Mr. SALAMA Chief, Treaties and Council Branch, Office of the High Commissioner (OHCHR)) said".
_OPENING_BRACKET_LOST = re.compile(
    r"^(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.\s+[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){0,3})\s+(?=[A-Z][a-z])"
    r"(?:[^()]|\([^()]{1,80}\)){2,240}?\)(?=\s+[a-z])"
)
_BRACKET_REACH = 300
# A scan's "!" for the bracket that closes the State: "Mr. SABEV (Bulgaria! said".
_BANG_FOR_BRACKET = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.\s[^()!]{2,60}\([A-Z][^()!]{2,60}(?P<bang>!)(?=\s+[a-z])")
# "M. le PRÉSIDENT dit": the Chair as the French address names the office, not a member called "le Président".
_ADDRESSED_OFFICE = re.compile(r"^(?:M\.|Mme)\s+(?P<office>l[ea])\s+(?=Pr[ée]sident|PR[ÉE]SIDENT|Vice-Pr[ée]sident)")
# An office in capitals a scan broke inside the word ("The CHAIRM AN", "The PRESI DENT"), its halves rejoined.
_BROKEN_OFFICE = re.compile(r"^The ([A-Z]+) ([A-Z]{2,})\b")
# How a scan begins an office in capitals: "CH", "CII", "OH" for the Chairman's, "PR" for the President's.
_OFFICE_AS_SCANNED = r"(?:CH|C[Il1|]{1,2}|OH|PR)"
# A scan's misreading of "The" before an office in capitals: "Tho CHAIRMAN said", "Time CHAIRMAN announced".
_MISREAD_THE = re.compile(rf"^(?:{THE_AS_SCANNED}(?<!The)|The[.,])\s+(?={_OFFICE_AS_SCANNED}[A-Z]{{3}})")
_OFFICES = frozenset(("CHAIRMAN", "CHAIRPERSON", "CHAIRWOMAN", "PRESIDENT"))
# An office in capitals a scan misread past knowing: a word of capitals and a stray mark or figure ("CITAT1ii11':N"),
# neither a possessive ("The Committee's proposed") nor initials ("The P.L.O. said"), then a verb in lower case.
_GARBLED_OFFICE = re.compile(
    r"^The ((?=(?:\S*?[A-Z]){3})(?=\S*?[^\w\s-])(?!\S*'s\s)(?!(?:[A-Z]\.)+\s)[CP]\S{4,13}) (?P<verb>[a-z]{4,})"
)
# An office in capitals a scan misread letter by letter: "The CHAIRMAld", "The CHA.IIMN", "The PRESTDENT".
_MISREAD_OFFICE = re.compile(rf"^The ({_OFFICE_AS_SCANNED}[A-Z.,'|!1Il]{{4,9}}[a-z]{{0,2}})(?= [a-z])")


def _office_broken(broken: re.Match[str]) -> str | None:
    """The office a scan broke in two ("CHAIRM AN", "C HAIRMAN"), its first letter right: not "US PRESIDENT"."""
    joined = "".join(broken.groups())
    office = _office_misread_as(joined)
    return office if office is not None and office[0] == joined[0] else None


def _office_misread_as(word: str) -> str | None:
    """The office a misread word stands for: the one it is 70% like, its first two letters right."""
    close = get_close_matches(word, _OFFICES, n=1, cutoff=0.7)
    return close[0] if close else None


# Conversions that set a word's first letter apart ("Mr. Torres C orrea", "The C hairperson", "Ms.  R ao
# (India)"), its last accented one ("Ms. Šimonovi ć") or last letter before the bracket, or a hyphenated part
# ("Ms. Izsák -Ndiay e (Rapporteur)"); not "A" or "I", which are words.
# A name whose first letter a conversion set apart, after its title: "P ereira", "Mc K innon".
_LETTER_APART = re.compile(r"[A-ZÀ-Þ] [a-zß-ÿ]{2,}")
_SPLITS_AT_MOST = 4  # "M me P eláez N arváez": the title's letter, and one in each of the name's words
_SPLIT_WORD = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Miss|Dr)\.\s+(?:[A-ZÀ-Þ][\w'-]*\s+){0,2}?(?:Ma?c ?)?|The\s+)[B-HJ-Z](?P<space> )(?=[a-zß-ÿ]{2,})"
    r"|^(?:Mr|Ms|Mrs|Miss|Dr)\.\s+[A-ZÀ-Þ][\w'-]+(?P<late> )(?=[ćčšžđ]\b|-[A-ZÀ-Þ]|[a-zß-ÿ]\s\()"
    r"|^T(?P<front> )(?=he\s)"  # "T he Chair said"
    # "M. A bouzaid (Maroc)", "M. McK innon", "M. Mc K innon", "Mme Alvarado N úñez".
    r"|^(?:M|Mme|Mlle|(?:El|La)\s+Sra?)\.?\s+(?:[A-ZÀ-Þ][\w'-]*\s+){0,2}?(?:Ma?c ?)?[A-ZÀ-Þ]"
    r"(?P<romance> )(?=[a-zß-ÿ]{2,})"
    # "M me Okafor", "L a Présidente", "E l Presidente": the title's or the article's first letter set apart.
    r"|^(?:M(?= (?:me|lle)\s)|L(?= [ae]\s)|E(?= l\s))(?P<article> )"
)


def attribute_cut(text: str) -> Attribution | None:
    """The speaker of a paragraph cut off before its verb, as the last one of a record whose end was lost.

    "Ms. GONZÁLEZ (Mexico), introd" names its speaker; only the verb is missing.
    """
    if (chair := CHAIR_OFFICE.match(text)) is not None and _CUT_AFTER_NAME.match(text, chair.end()):
        return attribute_by_rules(f"{text[: chair.end()]} said")  # "The Chairperson sa", "Le PRÉSIDENT di"
    if len(text) < 16 and (office := _office_cut(text)) is not None:  # "The Cha", "Le PRÉSI": the office itself cut
        return attribute_by_rules(f"{office} said")
    named = NAMED.match(text)
    run = NAME_RUN.match(text, named.end()) if named else None
    if named is None or run is None:
        return None
    _, after = _parentheticals(text, run.end())
    if (cut := _CUT_IN_PARENTHESIS.match(text, after)) is not None:  # "Mr. MORJANE (Tuni", "Ms. King (Special Ad"
        start = cut.group("start")
        iso3 = iso3_for_cut_country(start)
        inner = country_name(iso3) if iso3 else start  # an office is read if what is left says it
        if iso3 is None and classify_parenthetical(inner).role not in _CUT_OFFICES and not _CUT_GUEST.search(start):
            return None
        return _named_attribution(f"{text[:after]} ({inner}) said", named)
    if not _CUT_AFTER_NAME.match(text, after):
        return None
    if _MANDATE_APPOSITIVE.match(text, after):  # "Mr. X (Peru), Special Rapporteur appointed to examine the qu"
        return _named_attribution(f"{text.rstrip(' ,')}, said", named)
    return _named_attribution(f"{text[:after]} said", named)


def _office_cut(text: str) -> str | None:
    """The presiding office a paragraph cut short begins to name: "The Cha" is the Chair, "El Presid" "El
    Presidente"; None for a fragment that may begin other words ("The C" may be "The Committee")."""
    fragment = " ".join(text.split())
    head, _, cut = fragment.partition(" ")
    if len(cut) < 3 or head.casefold() not in ("the", "le", "la", "el"):
        return None
    office = next((office for office in _PRESIDING_OFFICES if office.casefold().startswith(fragment.casefold())), None)
    if office is None:
        return None
    rest = office[len(fragment) :]
    return f"{head} {cut}{rest.upper() if cut.isupper() else rest}"


# The presiding offices whose start alone a cut paragraph may print, each in the case a record prints it.
_PRESIDING_OFFICES = ("The Chairman", "The Chairperson", "The President", "Le Président", "La Présidente",
                      "El Presidente", "La Presidenta")  # fmt: skip
_CUT_AFTER_NAME = re.compile(r"\s*(?:,.*|\s\w*)?$")
_CUT_IN_PARENTHESIS = re.compile(r"\s*\((?P<start>[^()]{4,80})$")
_CUT_OFFICES = frozenset({"secretariat", "rapporteur", "chair"})
# A guest's organization, named before the cut: "(International League of Jurists, Fond", "(Centre for Civil Rights -".
# Whatever the rest would have said, such a body speaks as an observer.
_CUT_GUEST = re.compile(
    r"\b(?:Internationale?|Internacional|Federation|Fédération|Federación|Association|Asociación"
    r"|League|Ligue|Liga|Centre|Center|Centro|Movement|Mouvement|Movimiento|Institute|Institut|Instituto"
    r"|Foundation|Fondation|Fundación|Society|Société|Sociedad|Alliance|Alianza|Amnesty|Watch)\b"
)


def _unnamed_attribution(text: str, unnamed: re.Match[str]) -> Attribution | None:
    """ "A representative of Kazakhstan said": records since about 2020 name no delegate."""
    verb_at = verb_position(text, unnamed.end(), in_romance=unnamed.group("romance") is not None)
    if verb_at is None:
        return None
    said = classify_parenthetical(unnamed.group("who"))
    if said.role is None:
        return None
    return Attribution(
        label=text[: unnamed.end()].strip(),
        title=None,
        name=None,
        role=said.role,
        affiliation=said.affiliation,
        country_iso3=said.country_iso3,
        on_behalf_of=_on_behalf_of(text[unnamed.end() : verb_at]),
        spoke_in=None,
        office=said.office,
    )


def _usual_attribution(text: str, usual: re.Match[str]) -> Attribution:
    """What the general rules below would read from the usual opening, read from one match.

    Most paragraphs open "Mr. Name (Country) said" or "The Chairperson invited"; a regex reading
    that whole is several times faster than the rules, which are kept for everything else. A test
    holds the two to the same answer on every paragraph of the generated corpus.
    """
    office, title, name, inner = usual.group("office", "title", "name", "inner")
    said = classify_parenthetical(inner) if inner else None
    printed = f" ({said.printed})" if said else ""
    spoke_in = said.spoke_in if said else None
    after = usual.start("clause")
    on_behalf_of = _on_behalf_of(text[after : usual.start("listed")]) if after >= 0 else None
    if office:
        return Attribution(f"The {office}{printed}", None, None, "chair", None, None, on_behalf_of, spoke_in, office)
    appositive = _appositive_office(text, after)[0] if after >= 0 else None
    affiliation = _merge(said if said is not None and said.role else None, appositive)
    label = text[: usual.end("name")] + printed
    name = normalise_name(name)
    if affiliation is None:
        return Attribution(label, title, name, "member", None, None, on_behalf_of, spoke_in, None)
    # `_merge` gives an affiliation that has a role, which the type of `Affiliation.role` cannot say.
    return Attribution(
        label, title, name, affiliation.role or "member", affiliation.affiliation,
        affiliation.country_iso3, on_behalf_of, spoke_in, affiliation.office,
    )  # fmt: skip


def _office_attribution(text: str, end: int, office: str, role: str, *, in_romance: bool = False) -> Attribution | None:
    parentheticals, after = _parentheticals(text, end)
    verb_at = verb_position(text, after, in_romance=in_romance)
    if verb_at is None:
        return None
    spoke_in = next((p.spoke_in for p in parentheticals if p.spoke_in), None)
    return Attribution(
        label=text[:end].strip() + "".join(f" ({p.printed})" for p in parentheticals),
        title=None,
        name=None,
        role=role,
        affiliation=None,
        country_iso3=None,
        on_behalf_of=_on_behalf_of(text[after:verb_at]),
        spoke_in=spoke_in,
        office=normalise_name(office),
    )


def _named_attribution(text: str, title_match: re.Match[str], in_record: bool = False) -> Attribution | None:
    run = NAME_RUN.match(text, title_match.end())
    if run is None:
        return None
    # A particle left at the end is dropped: "Mr. van der Berg" keeps it, "Mr. Smith de" does not.
    tokens = _SPACES.split(run.group(0))
    name_end = run.end()
    while tokens and tokens[-1] in PARTICLES:
        name_end = len(text[: name_end - len(tokens.pop())].rstrip(" \t"))
    if not tokens:
        return None
    title = _WHITESPACE.sub("", title_match.group("title")).rstrip(".")
    if title in PEERS and (seat := _TERRITORIAL_DESIGNATION.match(text, name_end)) is not None:
        # "Viscount COLVILLE of CULROSS (United Kingdom)": a peer's seat is part of the name the record gives.
        tokens += ["of", *_SPACES.split(seat.group("seat"))]
        name_end = seat.end()
    parentheticals, after = _parentheticals(text, name_end)
    appositive, past_appositive = _appositive_office(text, after)
    in_romance = romance.opens_in_romance(title_match.group(0), title, tokens[-1], in_record=in_record)
    verb_at = verb_position(text, after, in_romance=in_romance)
    if verb_at is None and appositive is not None:
        # "Mme X, parlant en sa qualité de rapporteuse pour le pays, concède que": any verb after the office.
        verb_at = verb_position(text, past_appositive, in_romance=in_romance)
    if verb_at is None and (joint := _joint_speakers_end(text, after)) is not None:
        # "Mr. van BOVEN, Mr. WOLFRUM and Mr. DIACONU endorsed": the first speaks for them; "Mr. X and Mr. Y
        # continued to act as tellers" reports what they did.
        verb_at = verb_position(text, joint, in_romance=in_romance)
        # A colon after the names ("Mr. X and Mr. Y: ...") leaves no word there to read.
        word = NEXT_WORD.match(text, verb_at - 1) if verb_at is not None else None
        if word is not None and word.group(1) in ACTS_NOT_WORDS:
            verb_at = None
    if verb_at is None:
        return None
    affiliation = _merge(next((p for p in parentheticals if p.role), None), appositive)
    label = text[:name_end].strip() + "".join(f" ({p.printed})" for p in parentheticals)
    return Attribution(
        label=label,
        title=title,
        name=normalise_name(" ".join(tokens)),
        # `_merge` gives an affiliation that has a role, which the type of `Affiliation.role` cannot say.
        role=(affiliation.role if affiliation else None) or "member",
        affiliation=affiliation.affiliation if affiliation else None,
        country_iso3=affiliation.country_iso3 if affiliation else None,
        on_behalf_of=_on_behalf_of(text[after:verb_at]),
        spoke_in=next((p.spoke_in for p in parentheticals if p.spoke_in), None),
        office=affiliation.office if affiliation else None,
    )


_TERRITORIAL_DESIGNATION = re.compile(
    r"[ \t]+of[ \t]+(?P<seat>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2})(?=[\s,(:;]|$)"
)


def _joint_speakers_end(text: str, position: int) -> int | None:
    """Where a list of further speakers after the first ends ("..., Mr. Y (Peru) and Ms. Z"); None if none."""
    end = None
    while (other := _ANOTHER_SPEAKER.match(text, position)) is not None:
        _, position = _parentheticals(text, other.end())
        end = position
    return end


# "and", and in French and Spanish "et" and "y" ("Mlle X (Libéria), M. Y (Pologne) et M. Z ... déclarent").
_ANOTHER_SPEAKER = re.compile(
    rf"(?:,\s*(?:(?:and|et|y)\s+)?|\s+(?:and|et|y)\s+)(?:(?:el|la)\s+)?{TITLE}\s+{NAME_WORD}(?:[ \t]+{NAME_WORD})*"
)


def _parentheticals(text: str, position: int) -> tuple[list[Affiliation], int]:
    """The balanced "( ... )" groups right after a name, classified."""
    found: list[Affiliation] = []
    while True:
        rest = text[position:]
        stripped = rest.lstrip()
        if not stripped.startswith("("):
            return found, position
        start = position + len(rest) - len(stripped)
        depth, end = 0, None
        for index in range(start, min(len(text), start + 400)):
            if text[index] == "(":
                depth += 1
            elif text[index] == ")":
                depth -= 1
                if depth == 0:
                    end = index
                    break
        if end is None or (end - start > 120 and _SAID_THAT.search(text, start, end)):
            # A scan lost the closing parenthesis: "Mr. MEANS (United States of America said that"; a later
            # one may close it, around what was said.
            unclosed = _UNCLOSED_COUNTRY.match(text, start)
            if unclosed is None or not is_country(unclosed.group("country")):
                return found, position
            found.append(classify_parenthetical(unclosed.group("country")))
            return found, unclosed.end("country")
        found.append(classify_parenthetical(text[start + 1 : end]))
        position = end + 1


_SAID_THAT = re.compile(r"\b(?:said|stated|asked|noted|thought|believed) that\b")
_UNCLOSED_COUNTRY = re.compile(r"\((?P<country>[A-Z][^()]{2,60}?)(?=\s+(?:said|stated|asked|noted|saw|thought)\b)")


def _appositive_office(text: str, position: int) -> tuple[Affiliation | None, int]:
    """ "Mr. X, Rapporteur, said": an office set off by commas right after the name, and where it ends."""
    if (capacity := _AS_RAPPORTEUR.match(text, position)) is not None:  # "Mr. X, speaking as Country Rapporteur,"
        return classify_parenthetical(capacity.group("office")), capacity.end()
    # An office has a capital ("introducing" has none); but "en su calidad de Relator" is one.
    if (
        not text[position : position + 4].lstrip(" ,")[:1].isupper()
        and not _CAPACITY.match(text, position)
        and not _ROMANCE_OFFICE_IN_LOWER_CASE.match(text, position)
    ):
        return None, position
    # "Mr. X (Peru), Special Rapporteur appointed to examine the question of ..., said": the Council's mandate
    # holder, whatever State gave the nationality, and a mandate's title may be long.
    if (mandate := _MANDATE_APPOSITIVE.match(text, position)) is not None:
        return classify_parenthetical(mandate.group(1)), mandate.end()
    match = _APPOSITIVE.match(text, position)
    if not match:
        return None, position
    affiliation = classify_parenthetical(match.group(1))
    if affiliation.role in _APPOSITIVE_ROLES and affiliation.office:
        return affiliation, match.end()
    return None, position


_AS_RAPPORTEUR = re.compile(
    r"\s*,\s*(?:speaking\s+as|in\s+(?:his|her)\s+capacity\s+as)\s+(?:the\s+)?"
    # "speaking as rapporteur for Somalia", "speaking as country rapporteur for Ireland": in lower case too.
    r"(?P<office>(?:[Aa]lternate\s+)?(?:[Cc]ountry\s+)?(?:[Cc]o-)?[Rr]apporteur"
    r"(?:\s+for\s+(?:the\s+)?[A-Z][^,;()]{1,60}(?:\s*\([^()]{1,40}\))?)?)"  # "for Iran (Islamic Republic of)"
    r"\s*,"
)
_MANDATE_APPOSITIVE = re.compile(
    r"\s*,\s*((?:Special Rapporteur|Independent Expert|Special Representative"
    # "M. GAJA, Rapporteur spécial, dit", "La Sra. X, Relatora Especial sobre ..., dice".
    rf"|{romance.ROMANCE_MANDATE_HOLDER.removeprefix('^')})\b[^,;()]{{0,250}}?)\s*(?:,|$)"
)


# Offices that say in what capacity a State's delegate speaks; an office of another organ makes an observer.
_APPOSITIVE_ROLES = frozenset({"rapporteur", "chair", "secretariat", "observer"})


def _merge(said: Affiliation | None, appositive: Affiliation | None) -> Affiliation | None:
    """Who speaks: the first parenthetical that says so (`said`); an office after a State's name says in
    what capacity.

    "Mr. CAMILLERI (Malta), Rapporteur, introducing the report": Malta's delegate, who speaks as the
    body's Rapporteur, not for Malta.
    """
    if said is not None and not (appositive and (said.role == "delegation" or appositive.role == "chair")):
        return said
    return appositive or said


def _on_behalf_of(clause: str) -> str | None:
    if clause.isascii() and "speaking" not in clause.lower():  # most clauses: the regex is slow to say no
        return None
    match = _ON_BEHALF.search(clause)
    if not match:
        return None
    return re.sub(r"^the\s+", "", match.group("who").strip(), flags=re.IGNORECASE)
