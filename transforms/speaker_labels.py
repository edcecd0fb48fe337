"""The grammar of a speaker's label: titles, the words of a name, offices, and the openings they make.

"Mr. Yrizar Barbosa (Mexico) said", "The Chairperson invited", "A representative of Kazakhstan said":
these vocabularies and patterns say what such an opening may hold; `transforms.speakers` reads
paragraphs with them.
"""

from __future__ import annotations

import re

from transforms.name_particles import ARABIC_ARTICLE, PARTICLES
from transforms.romance.speakers import (
    ROMANCE_ADVERBS,
    ROMANCE_CHAIR_OFFICES,
    ROMANCE_REPORTING_VERBS,
    ROMANCE_TEMPORARY,
    ROMANCE_TITLES,
)

TITLE_GENDER: dict[str, str | None] = {
    "Mr": "male",
    "Mrs": "female",
    "Ms": "female",
    "Miss": "female",
    "Mme": "female",
    "Mlle": "female",
    "M": "male",
    "Dr": None,
    "Sir": "male",
    "Dame": "female",
    "Lord": "male",
    "Lady": "female",
    "Baroness": "female",
    "Baron": "male",
    "Viscount": "male",
    "Viscountess": "female",
    "Earl": "male",
    "Countess": "female",
    "Count": "male",
    "Prof": None,
    "Professor": None,
    "H.E.": None,
    "HE": None,
    "Mgr": "male",
    "Monsignor": "male",
    "Archbishop": "male",
    "Bishop": "male",
    "Cardinal": "male",
    "Father": "male",
    "Fr": "male",
    "Sister": "female",
    "Rev": None,
    "Reverend": None,
    "Sheikh": "male",
    "Sheikha": "female",
    "Begum": "female",  # "Begum IKRAMULLAH (Pakistan)", "Rajkumari AMRIT KAUR (India)": the 1940s-50s delegates
    "Rajkumari": "female",
    "Prince": "male",
    "Princess": "female",
    "Judge": None,
    "Justice": None,
    "Ambassador": None,
    **ROMANCE_TITLES,
}
# Ranks and honorifics the first decades' delegates carry ("U THANT (Burma)", "General ROMULO (Philippines)",
# "Chief ADEBO (Nigeria)"): titles only before a name in capitals, as "General Assembly" is none.
RANK_GENDER: dict[str, str | None] = {
    "U": "male",
    "Daw": "female",
    "Tunku": "male",
    "Shri": "male",
    "Sardar": "male",
    "Ato": "male",  # Ethiopia's delegates: "Ato ZAWDE (Ethiopia)", "Woizero X"
    "Woizero": "female",
    "Alhaji": "male",  # "Alhaji SULE KOLO (Nigeria)"
    "Alhaja": "female",
    "Sayed": "male",  # "Sayed Mohamed AHMED (Sudan)"
    "Sayyid": "male",
    "Tan Sri": "male",  # Malaysia's: "Tan Sri ZAITON", "Datuk Haji ABDUL MAJID", "Dato' ZAINAL ABIDIN"
    "Puan Sri": "female",
    "Datuk": "male",
    "Dato'": "male",
    "Dato’": "male",
    "Datin": "female",
    "Nana": None,  # Ghana's chiefs
    "Maître": None,  # an advocate, in francophone delegations
    "Senator": None,
    **dict.fromkeys(("Chief", "General", "Colonel", "Captain", "Major", "Admiral", "Commander", "Brigadier")),
}
# The peerage's titles: "Viscount COLVILLE of CULROSS (United Kingdom)", a seat after the name.
PEERS = ("Lord", "Lady", "Baron", "Baroness", "Viscount", "Viscountess", "Earl", "Countess")
# "The" as scans misread it before an office in capitals: "Tho CHAIRMAN said", "Time CHAIRMAN announced".
THE_AS_SCANNED = r"T(?:he|ho|hc|ne|hs|lie|ile|ime|be|ha)"
# Every title a speaker may carry, with the gender it says.
TITLE_OR_RANK_GENDER = {**TITLE_GENDER, **RANK_GENDER}
_RANK = (
    rf"(?:{'|'.join(RANK_GENDER)})(?=(?:\s+[A-Z][\w.'’-]*){{0,3}}?\s+[A-Z][A-Z'’\-]+\b"
    # Or a name in title case with the State after it, as records print names since the 1990s: "U Kyaw Tint Swe
    # (Myanmar)", "Daw Mya Sein (Burma)"; "General Assembly" is followed by no State.
    r"|(?:\s+[A-Z][\w.'’-]*){1,4}\s+\((?!resolution|decision|document|A/|E/|S/)[A-Z])"
)
TITLE = (
    # French "M. X" and "M. van BOVEN" (the full stop is its sign: an English "M" is an initial), and "M me" set apart.
    rf"(?P<title>H\.\s?E\.(?:\s+(?:Mr|Mrs|Ms)\.?)?|M\s(?:me|lle)\b|S\sr(?:a|ta)?(?=\.)|{_RANK}|"
    + "|".join(sorted((re.escape(t) for t in TITLE_GENDER if t not in ("H.E.", "M")), key=len, reverse=True))
    # "Ms . Crickley": a space slipped before the full stop; "Mr- X": a scan's dot.
    + r"|M(?=\s?\.\s*(?:(?:van|von|de|der|den|del|da|di|du|le|la|el|al|ter|ten)\s+){0,3}(?:(?:al|el)-)?[A-ZÀ-ÖØ-Þ])"
    # "M, CHOUKAIRI (Syrie)": a French scan's comma for the stop, before a name in capitals only.
    + r"|M(?=,\s[A-ZÀ-Þ]{2,}))"
    # "Mr, SMITH": a scan's comma for the stop, before a name in capitals only.
    + r"(?:\s?\.|-(?=\s)|,(?=\s[A-ZÀ-Þ]{2,}))?"
)
# "Mr." as scans misread it ("MYlr. VALLARTA (Mexico)", "lIr. SMITH (Canada)"), its stop or a comma kept: only
# before a name in capitals and a parenthesis, where no other word stands, or a paragraph's number glued before it
# ("33.lIr. BANDA (Malawi)").
# Its forms that open with a small l or its look-alikes ("lIr.", "IIr.", "1r."), where a paragraph's number before it
# or a line in lower case must not be taken for text.
MR_MISREAD_SMALL = r"[lI|1]{1,2}r"
MISREAD_MR = re.compile(
    rf"(?:(?<!\S)|(?<=\d\.))(?:M[Yy|l1I'`]{{1,2}}r|{MR_MISREAD_SMALL})[.,]"
    r"(?=\s+[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){0,3}\s*\((?:[A-Z]|the\s))"  # "(the former Yugoslav ...)" too
)
# The words of a name: each a capitalised word or a particle ("van der Berg"), ending where a space,
# comma, parenthesis, colon or semicolon follows.
# An Arabic article joined to the name in lower case is one word with it: "Mr. el-KHOURI (Syria)", "Mr. al-Sabah".
NAME_WORD = (
    rf"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’`‘.\-]*|{ARABIC_ARTICLE}[A-ZÀ-ÖØ-Þ][\w'’`‘.\-]*|"
    + "|".join(sorted(PARTICLES, key=len, reverse=True))
    + r")(?=[\s,(:;]|$)"
)
# A Spanish title ends the name: "y" is a particle ("Ortega y Gasset"), but "El Sr. X y el Sr. Y" names two people.
NAME_RUN = re.compile(rf"{NAME_WORD}(?:[ \t]+(?!S(?:r|ra|rta|res)\.){NAME_WORD})*")
ENGLISH_REPORTING_VERBS = frozenset(
    (
        "said asked expressed invited emphasized emphasised recalled observed supported thanked "
        "welcomed noted requested wondered agreed suggested replied pointed drew stressed explained "
        "added proposed urged underlined highlighted reiterated commended congratulated regretted "
        "inquired enquired announced introduced presented reported informed indicated stated declared "
        "acknowledged affirmed reaffirmed concurred endorsed shared commented remarked responded "
        "answered clarified confirmed cautioned warned believed felt considered hoped sought queried "
        "questioned raised referred spoke took turned underscored echoed joined associated opened "
        "closed moved resumed continued concluded summarized summarised paid praised appealed called "
        "encouraged assured deplored condemned objected disagreed expanded elaborated described "
        "outlined mentioned accepted recommended insisted maintained argued contended submitted cited "
        "quoted read gave made put proceeded withdrew reverted returned began started focused "
        "focussed addressed thought nominated seconded saw found told understood held knew undertook dealt went "
        "conveyed extended offered wished"
    ).split()
)
ENGLISH_ADVERBS = frozenset(
    (
        "also further then again briefly finally first firstly secondly lastly subsequently therefore "
        "however nevertheless likewise similarly moreover still too"
    ).split()
)
# The French and Spanish ones too: no word of theirs is an English one, so English openings read as before.
REPORTING_VERBS = ENGLISH_REPORTING_VERBS | ROMANCE_REPORTING_VERBS
ADVERBS = ENGLISH_ADVERBS | ROMANCE_ADVERBS


# "Mr. X (France) could not accept", "was in favour of", "had no objection": a view put in an auxiliary's
# words, as the older records often put it; never "was elected" or "had been appointed", which report an event.
_NOT_AN_EVENT = (
    r"(?!\s+(?:not\s+)?(?:been\s+)?(?:elected|re-elected|appointed|nominated|designated|invited|chosen|declared"
    r"|seated|present|absent|unable\s+to\s+attend)\b)"
)
_HEDGES = r"(?:\s+(?:not|also|therefore|still|however|nevertheless|entirely|fully|quite|very|most|much))*"
_AFTER_MODAL = re.compile(rf"{_NOT_AN_EVENT}{_HEDGES}\s+(?!(?:act|serve|preside)\b)[a-z]{{2,}}\b")
_AFTER_WAS = re.compile(
    rf"{_NOT_AN_EVENT}{_HEDGES}\s+(?:in\s+(?:full\s+|complete\s+)?(?:favour|favor|agreement)|of\s+the\s+(?:opinion|view)"
    r"|unable|able|glad|pleased|happy|sure|convinced|surprised|prepared|willing|ready|anxious|sorry|grateful"
    r"|satisfied|aware|concerned|afraid|opposed|against|doubtful|gratified|disappointed|sympathetic|inclined"
    r"|confident|interested|reluctant|bound|obliged|sceptical|skeptical|unconvinced|unsure|hopeful)\b"
)
_AFTER_HAD = re.compile(
    rf"{_NOT_AN_EVENT}(?:\s+not)?\s+(?:no|some|serious|grave|certain|great|little|nothing|always|already|just|also"
    r"|carefully|listened|studied|noted|read|followed|hoped|understood|doubts|reservations|misgivings"
    r"|been\s+(?:instructed|asked|authorized|authorised|impressed|struck|surprised|glad|pleased|interested))\b"
)
_AFTER_AUXILIARY = {
    **dict.fromkeys(("could", "would", "should", "might", "must", "did", "cannot"), _AFTER_MODAL),
    **dict.fromkeys(("was", "were"), _AFTER_WAS),
    "had": _AFTER_HAD,
}


def is_adverb(word: str) -> bool:
    """ "also said", "fully supported": a word the verb may follow."""
    return word in ADVERBS or (word.endswith("ly") and len(word) > 3)


def view_after_auxiliary(auxiliary: str, text: str, end: int) -> bool:
    """Whether the auxiliary ending at `end` opens a view, a speaker's words, rather than an event."""
    after = _AFTER_AUXILIARY.get(auxiliary)
    return after is not None and after.match(text, end) is not None


# The presiding offices as paragraphs name them, in title case or capitals.
_PRESIDING_OFFICES = (  # "The Chair person welcomed": a conversion may break the word
    r"(?:Chair ?person|Chair ?man|Chair ?woman|Chair|President|CHAIR ?PERSON|CHAIR ?MAN|CHAIR ?WOMAN|CHAIR|PRESIDENT)"
)
CHAIR_OFFICE = re.compile(
    r"^(?:The\s*(?P<office>(?:(?:Acting|Temporary|ACTING|TEMPORARY)\s+)?(?:Co-|CO-|Vice[- ]|VICE[- ])?"
    # "The CHAIRMAN-RAPPORTEUR": who presides over a working group's session.
    rf"{_PRESIDING_OFFICES}(?:-Rapporteur|-RAPPORTEUR)?)"
    # "LePrésident invite": a conversion lost the space; "Le président remercie": a record in lower case.
    rf"|(?:Le|La|El|LE|LA|EL|le|la|el)\s*(?P<romance_office>(?:{ROMANCE_CHAIR_OFFICES}|pr[ée]sidente?|president[ae])"
    rf"(?:\s+{ROMANCE_TEMPORARY})?))\b"
)


# The presiding officer of another body or of a working group, by office: "The Chairman of the Working Group said",
# "The CHAIRPERSON OF THE COMMITTEE AGAINST TORTURE said", "The President of the General Assembly said".
OTHER_BODYS_OFFICER = re.compile(
    r"^The\s+(?P<office>(?:Vice-|VICE-)?(?:Chair(?:person|man|woman)?|CHAIR(?:PERSON|MAN|WOMAN)?|President|PRESIDENT)"
    r"(?:-Rapporteur|-RAPPORTEUR)?\s+(?:of|OF)\s+(?:the|THE)\s+(?P<body>[A-Z][A-Za-z'’-]+"
    r"(?:\s+(?:of|OF|for|FOR|and|AND|on|ON|the|THE|against|AGAINST|in|IN|[A-Z][A-Za-z'’-]+))*))(?=\s+[a-z]|,)"
)
# "The Chairman of the Committee said": the body whose record it is, so its presiding officer.
OWN_BODY = frozenset(
    ("Committee", "COMMITTEE", "Commission", "COMMISSION", "Council", "COUNCIL", "Conference", "CONFERENCE")
)

# "After consultations, the CHAIRMAN announced": tried only where the office follows a comma early on.
CHAIR_NAMED_EARLY = re.compile(
    r", the\s*(?:Acting |Temporary |ACTING |TEMPORARY )?(?:Chair|CHAIR|President|PRESIDENT)"
    rf"|, (?:le|la|el) {ROMANCE_CHAIR_OFFICES}"  # "Pour donner satisfaction à X, le PRESIDENT propose"
)
# "Before proceeding with the items the CHAIRMAN drew": the office in capitals after a clause with no comma.
CHAIR_IN_CAPITALS_EARLY = (" the CHAIRMAN ", " the CHAIRPERSON ", " the PRESIDENT ")
# "Replying to questions from members, Mr. X (Peru) said", "In reply to Ms. Gaer, Ms. Y said": a clause before a
# named speaker, which may itself name someone by title; not "At the invitation of ..., Mr. X took a place".
ENGLISH_CLAUSE_FIRST = re.compile(
    r"^(?!At the invitation)(?:[A-Z][a-z]{2,}ing\b|In\s+(?:reply|response|answer|explanation|conclusion|closing)"
    r"|With\s+(?:regard|reference|respect)|As\s+(?:regards|for|to)\b|Regarding|Concerning|On\s+a\s+point\s+of\s+order"
    r"|Before\s+the|After\s+the|Also|Lastly|Finally|Further|Moreover|Under\s+agenda)"
    r"(?:[^.]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bNo)\.){0,300}?"
    r",\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir|Prof|Lord|Lady|Dame)\.?\s)"
)
# What several people named together did, not said: "Mr. X and Mr. Y continued to act as tellers".
ACTS_NOT_WORDS = frozenset(
    "took continued withdrew resumed returned joined moved made put gave proceeded began started turned "
    "reverted opened closed read paid called acted".split()
)
UNNAMED_OPENINGS = (
    *(
        f"{article} {who}"
        for article in ("A", "Another", "The")
        for who in ("representative", "delegate", "member of the delegation", "observer", "Observer")
    ),
    *(f"{article} {who}" for article in ("El", "Un") for who in ("representante", "delegado", "observador")),
    *(f"{article} {who}" for article in ("La", "Una") for who in ("representante", "delegada", "observadora")),
    *(f"{article} {who}" for article in ("Le", "Un") for who in ("représentant", "délégué", "representant")),
    *(f"{article} {who}" for article in ("La", "Une") for who in ("représentante", "déléguée", "observatrice")),
    # "The delegation of Colombia said", "La delegación de Colombia dice", "La délégation de la Colombie dit".
    "The delegation of",
    "La delegación de",
    "La délégation de",
    "La délégation du",
    "La délégation des",
    "Un miembro de la delegación",
    "Una miembro de la delegación",
    "Un membre de la délégation",
    "Une membre de la délégation",
    "L'observateur",
    "L’observateur",
    "Un observateur",
    "L'observatrice",
    "L’observatrice",
    "Une observatrice",
)
CHAIR_AFTER_CLAUSE = re.compile(
    rf"^(?!At the invitation)[A-Z].{{2,200}}?,\s+(?:the\s*(?P<office>(?:Acting\s+|Temporary\s+)?{_PRESIDING_OFFICES})"
    rf"|(?:le|la|el)\s+(?P<romance_office>{ROMANCE_CHAIR_OFFICES}))\b"
    # The office in capitals, a speaker's label, where the clause before it has no comma: "Before proceeding with
    # the items on the agenda the CHAIRMAN drew attention to ...".
    r"|^(?:Before|After|On|Opening|Resuming|Following|Referring|Replying|Turning|Having)\s[^,;:]{2,200}?"
    r"(?<=[a-z]) the (?P<office_in_capitals>CHAIRMAN|CHAIRPERSON|PRESIDENT)\b"
)
GLUED_OFFICE = re.compile(
    r"^The\s*(?:Chairperson|Chairman|Chairwoman|Chair|President|CHAIRPERSON|CHAIRMAN|PRESIDENT)"
    r"(?=(?:said|thanked|invited|asked|noted|declared|recalled|announced|welcomed|drew|suggested)\b)"
)
_ROMANCE_VERB_ALTERNATIVES = "|".join(sorted(ROMANCE_REPORTING_VERBS, key=len, reverse=True))
# The Council's mandates, folded, in the three languages: their holders speak as observers, save in the bodies
# whose own members hold them (`transforms.summary`).
SPECIAL_RAPPORTEURS = (
    "special rapporteur", "rapporteur spécial", "rapporteuse spéciale", "rapporteur special", "rapporteuse speciale",
    "relator especial", "relatora especial",
)  # fmt: skip
MANDATES = (
    *SPECIAL_RAPPORTEURS, "independent expert", "expert indépendant", "experte indépendante", "expert independant",
    "experte independante", "experto independiente", "experta independiente",
)  # fmt: skip
# The verbs a mandate's long title may run up to: "The Special Rapporteur on the situation of ... said".
_MANDATE_VERBS = (
    "said|stated|noted|thanked|introduced|presented|recalled|replied|explained|observed|agreed|proposed|suggested"
    "|pointed|emphasized|welcomed|asked|expressed|added|drew|considered|thought|felt|responded|underlined|stressed"
)
# Words no mandate's title holds: "The Special Rapporteur on torture had visited ... and said" is no speaker's opening.
_NO_TITLE_WORDS = "had|has|have|was|were|is|would|will|could|should|did|also"
SECRETARY_OFFICE = re.compile(
    # The Secretariat's officers the first decades' records name by office, in capitals too: "The EXECUTIVE
    # SECRETARY", "The LEGAL COUNSEL", "The DIRECTOR OF THE DIVISION OF HUMAN RIGHTS", "The ASSISTANT
    # SECRETARY-GENERAL", "The REPRESENTATIVE OF THE SECRETARY-GENERAL".
    r"^The\s+(?P<office>(?:Executive Secretary|EXECUTIVE SECRETARY|Legal Counsel|LEGAL COUNSEL"
    r"|REPRESENTATIVE OF THE SECRETARY-GENERAL"
    r"|(?:(?:Assistant|ASSISTANT)\s+(?:Secretary-General|SECRETARY-GENERAL)|(?:Under|UNDER)-(?:Secretary-General|SECRETARY-GENERAL)"
    r"|(?:(?:Deputy|DEPUTY)\s+)?(?:Director|DIRECTOR))(?:\s+(?:of|OF|for|FOR|and|AND|on|ON|the|THE|[A-Z][A-Za-z'’-]+))*)"
    r"(?=\s+[a-z]|,)"
    r"|(?:Secretary-General|SECRETARY-GENERAL)"
    # The Palestine commissions' "PRINCIPAL SECRETARY" and "COMMITTEE SECRETARY", a scan's stop for the space too
    # ("PRINCIPAL.SECRETARY").
    r"|(?:(?:Principal|PRINCIPAL|Committee|COMMITTEE)(?:\s+|\.))?"
    r"(?:Secretary|SECRETARY|Acting Secretary|Deputy Secretary)(?:\s+of the Committee)?"
    # "The SPECIAL RAPPORTEUR" (the International Law Commission's, on the topic before it), "The Special Rapporteur
    # on the right to food" and "The Independent Expert on ..." (the Council's, in an interactive dialogue).
    r"|(?:Special Rapporteur|SPECIAL RAPPORTEUR|Independent Expert|INDEPENDENT EXPERT)"
    rf"(?:\s+(?:on|for|ON|FOR)\s+(?:(?!\b(?:{_NO_TITLE_WORDS})\b)[^,;:()]){{2,150}}?(?=\s+(?:{_MANDATE_VERBS})\b))?"
    r"|(?:Rapporteur|RAPPORTEUR|Country Rapporteur|COUNTRY RAPPORTEUR)|"
    r"(?:Representative of the Secretary-General)|(?:Secretary-General|SECRETARY-GENERAL))\b"
    # "Le SECRÉTAIRE", "La Secretaria del Comité", "El Relator para el país", "La Rapporteuse pour le pays".
    # "Le Rapporteur spécial", "La Relatora Especial sobre el derecho a la alimentación", "L'Expert indépendant".
    r"|^(?:Le|La|El|LE|LA|EL|L['’])\s*(?P<romance_mandate>(?i:Rapporteu(?:r|se)\s+sp[ée]ciale?|Relatora?\s+Especial"
    r"|Experte?\s+ind[ée]pendante?|Expert[oa]\s+independiente)"
    rf"(?:\s+(?:sur|sobre|pour|para|chargée?|encargad[oa])\s+(?:(?!\b(?:ha|avait|había|est|es|était)\b)[^,;:()]){{2,150}}?"
    rf"(?=\s+(?:{_ROMANCE_VERB_ALTERNATIVES})\b))?)(?=\s|,)"
    r"|^(?:Le|La|El|LE|LA|EL)\s+(?P<romance_office>(?:Secr[ée]taire|SECR[ÉE]TAIRE|Secretari[oa]|SECRETARI[OA])"
    r"(?:\s+(?:du|del)\s+Comit[ée])?|(?:Rapporteu(?:r|se)|RAPPORTEU(?:R|SE))(?i:\s+pour\s+le\s+pays)?"
    r"|(?:Relatora?|RELATORA?)(?i:\s+para\s+el\s+pa[íi]s)?)"
    r"(?=\s|,)"
)
# A government's head or minister a body met, by office: "The PRIME MINISTER welcomed the Commission", "The Foreign
# Minister of Egypt said"; a delegation's, the State said here or in the table of those present.
GOVERNMENT_OFFICE = re.compile(
    r"^The\s+(?P<office>PRIME\s+MINISTER|Prime\s+Minister|FOREIGN\s+MINISTER|Foreign\s+Minister"
    r"|MINISTER\s+(?:FOR|OF)\s+FOREIGN\s+AFFAIRS|Minister\s+(?:for|of)\s+Foreign\s+Affairs)"
    r"(?:\s+(?:of|OF)\s+(?P<state>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}))?(?=\s+[a-z]|,)"
)
# "Mr.KÄLIN": renditions drop the space after the title's full stop.
# "El Sr. X", "La Dra. X"; "M.X" and "MmeNYIRAHABINEZA", a title a conversion glued to the name.
NAMED = re.compile(
    rf"^(?:(?:El|La|EL|LA|el|la)\s+(?=S|Dr)|The\s+(?=Rev))?{TITLE}(?:\s+|(?:(?<=\.)|(?<=Mme)|(?<=Mlle))(?=[A-ZÀ-ÖØ-ÞĀ-ſ]))"
)
UNNAMED = re.compile(
    r"^(?:(?:A|An|Another|The)\s+(?:(?:representative|delegate|member\s+of\s+the\s+delegation|delegation)\s+of"
    # "The observer for Switzerland said": an observer State's delegate, or an organization's observer.
    r"|(?:observer|Observer)\s+(?:for|of|from))\s+"
    r"(?:the\s+delegation\s+of\s+)?"
    # "El representante de Chile dice", "La représentante du Mexique déclare", "L'observateur de la Suisse".
    r"|(?P<romance>(?:El|La|Le|L['’]|Un|Una|Une)\s*(?:representante|repr[ée]sentante?|delegad[oa]|d[ée]l[ée]gu[ée]e?"
    r"|observador[a]?|observat(?:eur|rice)"
    # "Un miembro de la delegación de Chile", "Un membre de la délégation du Chili".
    r"|miembro\s+de\s+la\s+delegaci[óo]n|membre\s+de\s+la\s+d[ée]l[ée]gation|delegaci[óo]n|d[ée]l[ée]gation)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|del\s+|des\s+|du\s+|de\s+)?))"
    r"(?P<who>[^,;:()]{2,80}?(?:\s\([^()]{2,60}\))?)(?=,|\s+(?:[a-z]+\s+)?[a-z]+ed\b|\s+said\b"
    rf"|\s+(?:ne|no|n['’])\b|\s+(?:(?:se|s['’])\s*)?(?:{_ROMANCE_VERB_ALTERNATIVES})\b)"
)
# The commonest openings, whole: a title and a name of up to four words, or the Chair; at most
# one parenthesis; then the reporting verb after at most two adverbs, either directly (any verb
# `transforms.speaker_verbs.is_reporting_verb` accepts) or after an interposed clause (a verb of the
# list, after the first comma that has one, as `transforms.speaker_verbs.verb_position` looks for it).
_ADVERB = rf"(?:\s+(?:{'|'.join(sorted(ENGLISH_ADVERBS))})\b){{0,2}}\s+"
USUAL_OPENING = re.compile(
    r"^(?:The (?P<office>Chairperson|Chairman|Chairwoman|Chair|President)"
    r"|(?P<title>Mrs|Mr|Ms)\. (?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]*(?: [A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]*){0,3}))"
    r"(?: \((?P<inner>[^()]{1,80})\))?"
    rf"(?:(?P<clause>,(?:[^,]{{0,180}},){{0,3}}?){_ADVERB}(?P<listed>{'|'.join(sorted(ENGLISH_REPORTING_VERBS))})\b"
    rf"|{_ADVERB}(?P<verb>[a-z]+)\b)"
)
