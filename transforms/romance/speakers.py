"""The words a French or Spanish paragraph opens with when someone speaks.

"M. STADELMANN (Suisse) se dit heureux", "Mme Crickley (Rapporteuse) indique", "Le PRÉSIDENT invite";
"El Sr. Salama (Jefe, Subdivisión de Tratados) dice", "La Sra. Aidoo (Relatora) señala", "El PRESIDENTE
declara". `transforms.speaker_labels` adds these words to the English ones; a French or Spanish verb is
no English word, so an English record reads as before.
"""

from __future__ import annotations

import re

from transforms.ascii_folding import ascii_folded
from transforms.name_particles import PARTICLES
from transforms.romance.formulas import ROMANCE_PROCEDURAL

# Third-person present tense, as the records report what was said; reflexive verbs without their "se".
FRENCH_REPORTING_VERBS = frozenset(
    (
        "dit déclare demande souhaite remercie indique note fait ajoute rappelle souligne estime pense propose "
        "répond explique précise signale suggère invite annonce constate observe partage appuie approuve relève "
        "félicite regrette craint aimerait voudrait juge considère croit insiste prend donne présente affirme "
        "confirme exprime informe poursuit conclut reconnaît convient interroge inquiète associe réjouit tient "
        "espère attire évoque mentionne revient termine commence salue accueille encourage recommande rend lit "
        "ouvre clôt souscrit pose aborde soulève cite désire étonne répète réitère abonde rejoint appelle prie "
        "exhorte remarque demeure dresse adresse formule émet voit sait trouve préfère veut peut doit rappellent "
        "déclarent disent souhaiterait désirerait résume transmet réaffirme fournit apporte ajoutent enquiert "
        "joint rallie engage déplore condamne doute réfère renvoie assure garantit admet soutient expose décrit "
        "énumère reprend réplique objecte passe récuse accepte acceptent retire maintient oppose"
    ).split()
)
SPANISH_REPORTING_VERBS = frozenset(
    (
        "dice declara pregunta desea agradece indica señala observa añade agrega recuerda subraya destaca estima "
        "considera cree piensa propone responde explica precisa sugiere invita anuncia constata comparte apoya "
        "aprueba expresa felicita lamenta teme insiste toma presenta afirma confirma informa prosigue concluye "
        "reconoce conviene pide solicita congratula celebra acoge espera llama menciona vuelve termina comienza "
        "saluda alienta recomienda hace abre formula plantea aborda cita reitera coincide suscribe manifiesta "
        "opina entiende quisiera querría desearía comenta puntualiza aclara sostiene advierte expone resume "
        "reafirma concuerda interviene señalan dicen declaran transmite aporta facilita proporciona insta "
        "contesta encomia elogia exhorta refiere suma muestra introduce asegura garantiza continúa retoma ruega "
        "somete evoca alude deplora condena describe enumera duda confía aprecia valora acepta aceptan retira "
        "mantiene opone"
    ).split()
)
# The first decades' records report in the past: the French passé simple ("M. CASSIN (France) déclara"), the
# Spanish pretérito ("El Sr. SANTA CRUZ (Chile) dijo"), the verbs such records open turns with most.
PAST_REPORTING_VERBS = frozenset(
    (
        "déclara demanda répondit ajouta souligna rappela estima pensa proposa expliqua précisa indiqua "
        "appuya approuva remercia présenta affirma reconnut insista suggéra constata observa exprima signala "
        "dijo dijeron declaró manifestó señaló indicó preguntó respondió contestó explicó añadió agregó propuso "
        "sugirió observó recordó subrayó destacó estimó opinó consideró expresó afirmó insistió pidió reiteró "
        "precisó aclaró apoyó agradeció presentó reconoció hizo dio"
    ).split()
)
# And as a copy that lost its accents prints them: "declare", "precise", "pregunto".
ROMANCE_REPORTING_VERBS = frozenset(
    form
    for verb in FRENCH_REPORTING_VERBS | SPANISH_REPORTING_VERBS | PAST_REPORTING_VERBS
    for form in (verb, ascii_folded(verb))
)
# A clause a French or Spanish speaker's name may be followed by, without a comma: "Le Président provisoire
# s'exprimant au nom de ..., déclare", "El Sr. X respondiendo a ..., dice".
ROMANCE_PARTICIPLE = r"\s+(?:s['’]|se\s+)?(?:[a-zéèêàâîôûç]{3,}ant|[a-záéíóú]{3,}(?:ando|iendo)(?:se)?)\b"
# Openings a clause precedes, the speaker named after its comma: "Se référant au point 21, Mme X (Tunisie) dit",
# "Respondiendo a las preguntas, el Sr. X (Perú) dice", "Après avoir remercié la délégation, Mme X demande"; and
# a few words without a figure ("Enfin, M. X", "Por último, el Sr. X", not "En 2005, M. X").
ROMANCE_CLAUSE_FIRST = (
    r"^(?:(?:(?:Se|S['’])\s*[a-zéèêàâîôûç]{3,}ant\b|[A-ZÀ-Þ][a-zéèêàâîôûç]{2,}ant\b|En\s+r[ée]ponse|Au\s+sujet"
    r"|En\s+ce\s+qui\s+concerne|Quant\s+[àa]|Apr[èe]s\s+avoir|Avant\s+de|Comme|De\s+m[êe]me\s+que"
    r"|[A-ZÁÉÍÓÚ][a-záéíóú]{2,}(?:[aá]ndo|[iy][eé]ndo)(?:se|le|les)?\b|En\s+respuesta|En\s+cuanto|Con\s+respecto|En\s+relaci[óo]n"
    r"|Tras|Despu[ée]s\s+de|Antes\s+de|Al\s+igual\s+que|Sobre|Acerca\s+de|Respecto\s+(?:de|a)|En\s+lo\s+que"
    r"|Por\s+lo\s+que|Pour\s+ce\s+qui|S['’]agissant|Concernant|[ÀA]\s+propos|Sur\s+la\s+question)"
    # The clause may name someone by title: "En respuesta a la pregunta de la Sra. Gaer, la Sra. X dice".
    r"(?:[^.]|(?<=\bSr)\.|(?<=\bSra)\.|(?<=\bSrta)\.|(?<=\bM)\.|(?<=\bDr)\.|(?<=\bDra)\.){0,300}?"
    r"|(?!(?:M|Mme|Mlle|MM|Sr|Sra|Srta|Sres)\b)[A-ZÀ-Þ][^\W\d]*(?:['’ -]+[^\W\d]+){0,3})"
    r",\s+(?=(?:M|Mme|Mlle|M\s?me|(?:[Ee]l|[Ll]a)\s+Sra?|Sr|Sra)\.?\s)"
)


# Words no speaker's verb is, though they end like one ("que", "entre", "dont"; "fue", "était": what was); and the
# words of an election, which report what happened to someone, not what they said ("M. X (France) est élu").
_NOT_VERBS = frozenset(
    "que qui et de le la une una entre contre contra comme ante desde sobre hasta para esta este esa ese cette cada "
    "toda toute tout dont quand lorsque puisque pendant avant durante mediante nunca siempre même elle ella "
    "fue fueron était étaient fut avait".split()
)
_STATE_AFTER_ESTA = re.compile(r"\s+(?:[a-z]{2,}(?:ad|id)[oa]s?|de\s+acuerdo|a\s+favor|en\s+(?:contra|desacuerdo))\b")
_ELECTED = re.compile(r"\s+(?:r?[ée]lue?|nomm[ée]e?|d[ée]sign[ée]e?|(?:re)?elegid[oa]|nombrad[oa]|designad[oa])s?\b")
_IRREGULAR_PRESENT = frozenset("est es sont son queda quedan ha han va van ve".split())
# "M. X ne pense pas", "n'est pas", "El Sr. X no comprende": the negation before a French or Spanish verb.
ROMANCE_NEGATIONS = frozenset(("ne", "n'", "n’", "no"))


def opens_in_romance(label: str, title: str, last_name_word: str, *, in_record: bool = False) -> bool:
    """Whether a speaker's opening is French or Spanish ("M.", "Sra.", "El Dr.", or "Sir Nigel" in a record of
    those languages), so that any present tense may follow the name; not after a letter set apart ("M. A
    bouzaid"), which `transforms.speakers._mended_opening` joins again."""
    spanish = label.startswith(("El ", "La ", "EL ", "LA ", "el ", "la "))
    return (in_record or title in ROMANCE_TITLE_WORDS or spanish) and len(last_name_word) > 1


def is_romance_verb(text: str, end: int) -> bool:
    """Whether the word ending at `end` reads as a French or Spanish speaker's verb after the name ("M. X (France)
    conteste", "El Sr. X (Chile) recalca"): a present tense, "-e", "-t", "-d" ("souligne", "dit", "répond"), "-a",
    "-e" ("señala", "dice"), their plurals and a few irregular verbs; the Spanish past of older records
    ("manifestó", "dijo", "señalaron"); not an election."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    if word == "esta":  # "está" in a copy that lost its accents, before its participle: "esta convencido"
        return _STATE_AFTER_ESTA.match(text, end) is not None
    if word in _NOT_VERBS:
        return False
    if word in _IRREGULAR_PRESENT:
        return _ELECTED.match(text, end) is None
    return word in _IRREGULAR_PAST or (len(word) > 2 and word.endswith(_VERB_ENDINGS))


# "-ó", "-aron", "-ieron": the Spanish past ("manifestó", "pidió", "manifestaron").
_VERB_ENDINGS = ("e", "t", "d", "a", "á", "an", "en", "ó", "aron", "ieron")
_IRREGULAR_PAST = frozenset(
    (
        "dijo dijeron hizo hicieron propuso propusieron expuso repuso puso quiso pudo tuvo dio dieron estuvo "
        "estuvieron opuso opusieron abstuvo abstuvieron sostuvo mantuvo convino intervino introdujo"
    ).split()
)


def is_romance_future(word: str) -> bool:
    """ "traitera", "répondra", "abordará": a speaker's verb in the future tense (a record's announcements)."""
    return len(word) > 4 and word.endswith(("ra", "rá"))


# Words that may stand between the name and the verb: reflexive pronouns and adverbs ("se dit", "también").
ROMANCE_ADVERBS = frozenset(
    "se s' s’ également aussi ensuite enfin alors encore tout d'abord también además asimismo luego entonces".split()
)
# The Chair, as a French or Spanish paragraph names the office: "Le PRÉSIDENT", "La Présidente", "El Presidente".
# "La Presidencia": the office itself, as Spanish records since about 2019 name the Chair.
ROMANCE_CHAIR_OFFICES = (
    r"(?:Pr[ée]sidente?|PR[ÉE]SIDENTE?|President[ae]|PRESIDENT[AE]|Presidencia|PRESIDENCIA"
    r"|Vice-Pr[ée]sidente?|VICE-PR[ÉE]SIDENTE?|Vicepresident[ae]|VICEPRESIDENT[AE]|Copr[ée]sidente?|COPR[ÉE]SIDENTE?|Copresident[ae]|COPRESIDENT[AE])"
)
# A presiding officer for the moment: "Président provisoire", "Presidenta interina", "par intérim".
ROMANCE_TEMPORARY = r"(?i:provisoire|par\s+int[ée]rim|provisional|interin[oa]|en\s+funciones)"
ROMANCE_TITLES = {"Sr": "male", "Sra": "female", "Srta": "female", "Sres": None, "MM": "male", "Dra": "female"}
# The titles a French or Spanish opening names its speaker with ("M. X", "Mme X", "El Sr. X").
ROMANCE_TITLE_WORDS = frozenset((*ROMANCE_TITLES, "M", "Mme", "Mlle", "Mmes", "Mlles"))
# Offices inside the meeting, as `transforms.affiliations` reads a parenthesis: folded to lower case.
ROMANCE_OFFICES: tuple[tuple[str, str], ...] = (
    ("rapporteur pour le pays", "rapporteur"),
    ("rapporteuse pour le pays", "rapporteur"),
    ("corapporteur pour le pays", "rapporteur"),
    ("corapporteuse pour le pays", "rapporteur"),
    ("relator para el país", "rapporteur"),
    ("relatora para el país", "rapporteur"),
    ("correlator para el país", "rapporteur"),
    ("correlatora para el país", "rapporteur"),
    ("corapporteur", "rapporteur"),
    ("corapporteuse", "rapporteur"),
    ("rapporteuse", "rapporteur"),
    ("relator", "rapporteur"),
    ("relatora", "rapporteur"),
    ("correlator", "rapporteur"),
    ("correlatora", "rapporteur"),
    ("secrétaire du comité", "secretariat"),
    ("secrétaire", "secretariat"),
    ("secretario del comité", "secretariat"),
    ("secretaria del comité", "secretariat"),
    ("secretario", "secretariat"),
    ("secretaria", "secretariat"),
    ("vice-président", "member"),
    ("vice-présidente", "member"),
    ("vicepresidente", "member"),
    ("vicepresidenta", "member"),
    ("président", "chair"),
    ("présidente", "chair"),
    ("presidente", "chair"),
    ("presidenta", "chair"),
)
# The staff of the Office and the secretariat, named in French or Spanish.
ROMANCE_SECRETARIAT_WORDS = (
    r"Secr[ée]tariat|Secretar[íi]a|Haut-Commissariat|Alto Comisionado|HCDH|ACNUDH|Chef|Jef[ea]|Directeur|Directrice"
    r"|Haut-Commissaire|Alt[oa] Comisionad[oa]|Director[a]?|Sous-Secrétaire|Subsecretari[oa]|Divisi[óo]n"
    r"|Subdivisi[óo]n|Servicio|Secci[óo]n|Fonctionnaire"
    r"|Oficial|[ÉE]quipe|Equipo|Unit[ée]|Unidad|D[ée]partement|Departamento"
    r"|Secr[ée]taire\s+(?:g[ée]n[ée]ral|ex[ée]cuti)|Secretari[oa]\s+(?:General|Ejecutiv)"  # as "Secretary-General"
    # The Secretariat's offices: legal affairs, the Office at Geneva, disarmament, a unit ("Groupe", "Dependencia").
    r"|Bureau des affaires|Conseill[eè]re? juridique|Office des Nations Unies|Groupe des organes|Service\s+d[eu]s?"
    r"|Oficina de (?:Asuntos|Gesti[óo]n|las Naciones Unidas)|Asesora? Jur[íi]dic[oa]|Dependencia|Contralor"
)
# "en sa qualité de Rapporteur", "en su calidad de Relator para el país": the capacity in which a member speaks.
ROMANCE_CAPACITY = (
    # "hablando en calidad de Relator", "parlant en sa qualité de rapporteur", and the first or second of two
    # rapporteurs: "segundo Relator para el país", "deuxième rapporteur pour le pays".
    r"(?:(?:(?:hablando|interviniendo|parlant|intervenant)\s+)?(?:en\s+(?:sa\s+)?qualit[ée]\s+de"
    r"|en\s+(?:su\s+)?calidad\s+de|en\s+tant\s+que|como)"
    r"|primer|primera|segundo|segunda|premier|premi[èe]re|deuxi[èe]me|seconde?)\s+"
)
# Organs whose presiding officer presides over this meeting: "(Président du Comité)".
ROMANCE_OWN_ORGAN = (
    r"(?:du|de\s+la|de\s+l['’]|del|de)\s*(?:comit[ée]|sous-comit[ée]|subcomit[ée]|s[ée]ance|sesi[óo]n)\b"
)
# Mandate holders of the Council speak as observers; a committee's own rapporteur "for follow-up" is a member.
ROMANCE_MANDATE_HOLDER = (
    r"^(?:Rapporteu(?:r|se)\s+sp[ée]ciale?|Relatora?\s+Especial|Experte?\s+ind[ée]pendante?"
    r"|Expert[oa]\s+[Ii]ndependiente|Repr[ée]sentante?\s+sp[ée]ciale?|Representante\s+Especial)\b"
)
ROMANCE_OWN_MANDATE = r"\b(?:suivi|communications|repr[ée]sailles|seguimiento|comunicaciones|represalias)\b"
# "Observateur de ...", "Observadora de ...".
ROMANCE_OBSERVER_FOR = (
    r"(?:Observat(?:eur|rice)|Observador[a]?)(?:\s+(?i:permanente?))?\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|del\s+|de\s+"
    r"|pour\s+)"
)


# Spanish "da" ("gives": "da la bienvenida", "da las gracias", "da la palabra") is also a particle of names
# ("Ribeiro da Costa"): a verb only before an article.
_GIVES_WHAT = re.compile(r" (?:la|las|el|los|lectura|cuenta|paso)\b")


def gives(text: str, end: int, word: str) -> bool:
    """Whether `word`, ending at `end` in `text`, is the Spanish verb "da"."""
    return word == "da" and _GIVES_WHAT.match(text, end) is not None


# "Le Pr ésidentdit": a conversion split the office and glued the verb to it.
_OFFICE_GLUED = re.compile(
    r"^(?P<article>Le|La|El)\s+(?P<office>P\s?[Rr]\s?[ÉEée]\s?[Ss]\s?[Ii]\s?[Dd]\s?[Ee]\s?[Nn]\s?[Tt](?:\s?[EeAa])?)"
    r"(?=\S)(?=[a-zé]{2,12}\b)"
)


# The office a conversion broke with a space, the verb apart: "La P résidente invite", "El Presi dente dice".
_OFFICE_BROKEN = re.compile(
    r"^(?P<article>Le|La|El)\s+(?P<office>P\s?[Rr]\s?[ÉEée]\s?[Ss]\s?[Ii]\s?[Dd]\s?[Ee]\s?[Nn]\s?[Tt](?:\s?[EeAa])?)(?=\s)"
)
_CLAUSE_FIRST = re.compile(ROMANCE_CLAUSE_FIRST)
# "M. Sc h mocker (Suisse)", "M. Nk ou (Cameroun)": a conversion broke the name into bits; no lower-case word but a
# particle stands between a name and its parenthesis.
_NAME_IN_BITS = re.compile(
    r"^(?P<head>(?:(?:El|La)\s+)?(?:M|Mme|Mlle|Sra?|Srta)\.?\s+[A-ZÀ-Þ][a-zß-ÿ]*)(?P<bits>(?:\s[a-zß-ÿ]{1,8})+)(?=\s*\()"
)


# An accented letter a conversion set apart inside the speaker's name, a space on each side ("M. del R í o Madrid
# (Mexique)"); not "à", which is a word.
_ACCENT_APART = re.compile(
    r"^(?P<head>(?:(?:El|La)\s+)?(?:M|Mme|Mlle|Sra?|Srta)\.?\s+[^()]{0,40}?[A-Za-zß-ÿ])"
    r" (?P<letter>(?!à)[à-ÿ]) (?=[a-z][^()]{0,40}\()"
)


def romance_opening_mended(text: str) -> str | None:
    """The opening to read again when the rules found no speaker: the office unglued, the words after the clause
    that precedes the speaker, or the name's bits joined; None when none applies."""
    if text.startswith(("Le ", "La ", "El ")) and (unglued := office_unglued(text)) is not None:
        return unglued
    if (clause := _CLAUSE_FIRST.match(text)) is not None and ROMANCE_PROCEDURAL.match(text) is None:
        return text[clause.end() :]
    if (bits := _NAME_IN_BITS.match(text)) is not None and PARTICLES.isdisjoint(bits.group("bits").split()):
        return bits.group("head") + bits.group("bits").replace(" ", "") + text[bits.end() :]
    if (accent := _ACCENT_APART.match(text)) is not None:  # "M. del R í o Madrid (Mexique)": "Río"
        return text[: accent.end("head")] + accent.group("letter") + text[accent.end() :]
    return None


def office_unglued(text: str) -> str | None:
    """ "Le Président dit ..." from "Le Pr ésidentdit ..." or "La P résidente invite ..."; None when the opening is
    not so broken."""
    glued = _OFFICE_GLUED.match(text) or _OFFICE_BROKEN.match(text)
    if glued is None or (glued.re is _OFFICE_BROKEN and " " not in glued.group("office")):
        return None
    office = glued.group("office").replace(" ", "")
    return f"{glued.group('article')} {office} {text[glued.end('office') :]}"
