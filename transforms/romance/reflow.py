"""A French or Spanish record flattened onto one line: its masthead fields and speakers' turns on lines of their own.

Scans of the 1950s provisional records come as one run of text: "PROVISIONAL E/CN.12/AC.40/SR.4 8 de abril de 1958
ORIGINAL: ESPAÑOL COMISION ECONOMICA PARA AMERICA LATINA Sexto período de sesiones ACTA RESUMIDA PROVISIONAL DE LA
CUARTA SESION Celebrada en la Sede de la CEPAL ... PRESENTES: Presidente: Sr. X Chile Relator: Sr. Y Colombia ...
El PRESIDENTE abre el debate". `transforms.extract.reflow` breaks English runs so; this breaks French and Spanish
ones where a field, the list of those present or a turn begins, so the masthead and speakers read line by line.
Library pages run today's records onto one line too: above the opening line ("Se declara abierta la sesión",
"La séance est ouverte") the fields are broken apart; below it only the paragraphs, at their running numbers, at
the names a reporting verb follows (`transforms.named_turns`) and at the decisions, so a body's "Comité" or
"session" starts no line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from transforms.extract.cleanup import lines_at_least
from transforms.named_turns import named_turns_apart, names_a_speaker, names_to_break_before
from transforms.romance.dates import WEEKDAY
from transforms.romance.masthead import VOLUME_MEETING
from transforms.speakers import attribute

# The record's own title, not a site's heading that names one ("... – Compte rendu analytique (extraits)").
# "COMPTE RENDU ANALYTIQUE PARTIEL* DE LA 724e SÉANCE", and the part's own title without "analytique": "Compte rendu
# de la première partie (publique)* de la 896e séance".
_TITLE = re.compile(
    # "Co mpte", "A CTA", "(P ARCIAL )": a conversion's broken words.
    r"(?i:(?:a\s?cta\s+resumida(?:\s+provisional)?|co\s?mpte[\s-]+rendu\s+analytique)"
    r"\s*(?:\(\s*(?:p\s?arcial|p\s?artiel)\s*\)\s*|(?:parcial|partiel)\b\s*)?\**\s*de\s+la"
    # Without "analytique": "Compte rendu de la deuxième partie ...", "Compte rendu de la 601ème séance".
    r"|co\s?mpte[\s-]+rendu\s+de\s+la\s+(?=(?:premi[eè]re|deuxi[eè]me|troisi[eè]me)\s+partie"
    r"|\d{1,4}\s?(?:e|[eè]me|re|[eè]re)\s+s[ée]ance))"
)
_TITLE_WORDS = ("esumida", "ESUMIDA", "nalytique", "NALYTIQUE", "rendu de la", "RENDU DE LA")  # each way it prints
_OFFICER = r"(?:(?:Sra?|Srta|M|Mme|Mlle)(?:\.\s*|\s)|(?:Mme|Mlle)(?=[A-ZÀ-Þ]))"  # "M.Kälin", "MmeHaddad" too
# A presiding officer for the moment, after the office: "Président (e) provisoire:", "El Presidente provisional".
_TEMPORARY = r"(?:provisional|provisoire|interin[oa]|par\s+int[ée]rim)"
_NOT_AFTER_A_NUMBER = r"(?<!\b\d\.)(?<!\b\d\d\.)(?<!\b\d\d\d\.)\s+"  # not between a paragraph's number and speaker
_TURN_STARTS = (
    r"Se\s+(?:declara\s+abierta|suspende|reanuda|levanta)|L\s?a\s+s[ée]ance\s+est\s+(?:ouverte|suspendue|reprise|levée)"
    r"|El\s+debate\s+abarcado|Le\s+d[ée]bat\s+r[ée]sum[ée]"
    # "La deuxième partie (publique) de la séance est ouverte", "... commence à", "La partie publique de la séance".
    r"|La\s+(?:\w+\s+)?partie\s+(?:\(\s*publique\s*\)|publique)\s+(?:de\s+la\s+s[ée]ance\s+)?(?:est\s+(?:ouverte|reprise)|commence|reprend)"
    r"|As[íi]\s+queda\s+acordado|Il\s+en\s+est\s+ainsi\s+d[ée]cid[ée]"
    # A speaker's turn: "El PRESIDENTE abre el debate", "El Sr. PÉREZ (Chile) dice", "M. DUPONT (France) dit".
    r"|(?:El|La|Le)\s+(?:PRESIDENTE?|PR[ÉE]SIDENTE?|PRESIDENTA)\s*(?:\s[a-zé]|,)"  # "La PRESIDENTA , hablando"
    r"|(?:El|La)\s+S\s?ra?\.\s*[A-ZÀ-Þ]{2,}|M(?:me|lle)?\.?\s+[A-ZÀ-Þ]{3,}\s*\("  # "El S r. DAVID": a broken title
)
# An article before a body's word makes it part of a sentence: "... par le Comité de coordination", "la Comisión".
_ARTICLES = ("le", "Le", "la", "La", "el", "El", "du", "del", "au", "al")
_NO_ARTICLE_BEFORE = "".join(rf"(?<!\b{article}\s)" for article in _ARTICLES)
_BREAKS = re.compile(
    rf"{_NOT_AFTER_A_NUMBER}(?="
    r"(?i:acta\s+resumida|co\s?mpte[\s-]+rendu\s+analytique|celebrada[\s.]|tenue\s|s\s?umario\b|s\s?ommaire\b"
    r"|original\s*:)"
    # Those present, as a label: not "presentes" in a sentence ("... estén formalmente presentes para ...").
    r"|(?:PRESENTES|Presentes|PR[ÉE]SENTS|Pr[ée]sents)\b"
    # A scan may read the colon as a letter: "Relator i Sr. GOMEZ".
    # "Présidence:", a label a conversion broke ("Président e:"), one for either sex ("Président (e):"), and
    # co-chairs ("Coprésidente:"); a temporary one's word after the label ("Président (e) provisoire:").
    rf"|(?:President\s?a|Presidente|PRESIDENT[AE]|Pr[ée]sident(?:\s?e|\s?\(\s?e\s?\))?|PR[ÉE]SIDENTE?|Pr[ée]sidence"
    r"|Presidencia"
    rf"|Copr[ée]sidente?|COPR[ÉE]SIDENTE?|Copresident[ae]|Relator|RELATOR|Rapporteur|Miembros"
    # A table's cells, their rule printed: "Président : | M. Leslie CHANCE | Canada |".
    rf"|Membres)(?:\s+{_TEMPORARY})?(?:\s*[:;]\s*(?:\|\s*)?|\s+[il!|]\s+|\s+){_OFFICER}"
    # The body's name, not a sentence's: "Comisión debe", "le Comité de coordination", "la Commission des".
    rf"|{_NO_ARTICLE_BEFORE}(?:COMISI[OÓ]N|Comisi[óo]n|COMMISSION|Commission)\s+(?:ECON|Econ|(?:DE|de|DES|des)\b)"
    rf"|{_NO_ARTICLE_BEFORE}(?:COMIT[EÉ]|Comit[ée])\s+[A-Za-zÀ-ÿ]"
    # A session's ordinal, one capital to start it: "Sexto período de sesiones", "Soixante et onzième session".
    r"|[A-ZÁÉÍÓÚ][a-záéíóú]+(?:\s+[a-záéíóú]+)?\s+per[íi]odo\s+de\s+sesiones"
    r"|[A-ZÉ][a-zéèêàâîôûç\-]+(?:\s+[a-zéèêàâîôûç\-]+){0,2}\s+session\b"
    r"|[A-Z]{1,6}(?:/[A-Za-z0-9.]+)+/SR\.\d"  # the symbol
    # A turn, but not an officer after a label ("Coprésidente: Mme CASALE (Sous-Comité ...)").
    rf"|(?<!:\s)(?<!:)(?:{_TURN_STARTS}))"
)
# Below the opening line, only turns and formulas start lines: a body's "Comité" or "session" is no field.
# Not a name after a label's colon either: "Président : M. BETETA (Mexique)" is the officer, not his turn.
_BODY_BREAKS = re.compile(rf"{_NOT_AFTER_A_NUMBER}(?<!:\s)(?={_TURN_STARTS})")
_TURN_AHEAD = re.compile(rf"\s*(?:{_TURN_STARTS})")
_OPENING = re.compile(
    r"Se\s+declara\s+abierta|L\s?a\s+s[ée]ance\s+est\s+(?:ouverte|reprise)|Se\s+(?:abre|reanuda)\s+la\s+sesi[óo]n"
    r"|El\s+debate\s+abarcado|Le\s+d[ée]bat\s+r[ée]sum[ée]"
    r"|La\s+(?:\w+\s+)?partie\s+(?:\(\s*publique\s*\)|publique)\s+(?:de\s+la\s+s[ée]ance\s+)?(?:est\s+(?:ouverte|reprise)|commence|reprend)"
)


# Numbered paragraphs run on: "... sesión. 2. El Sr. X dice"; broken only where the numbers follow each other.
# After a heading too: "APERTURA DEL PERÍODO DE SESIONES 1.La PRESIDENTA declara", "Apertura del período de
# sesiones 1.El Presidente declara".
_NUMBER_AFTER_SENTENCE = re.compile(
    # "1... Por invitación": a copy's stops doubled after the number.
    r"(?<=\S)\s+(?P<n>\d{1,3})(?:\.|\.\.\.(?=\s))\s*(?=[A-ZÀ-Þ«“\"]|(?:el|la|le)\s[A-ZÀ-Þ])"
)  # "1.el PRESIDENTE"
# A turn whose name is printed in mixed case ("M. Heller (Mexique) dit", "La Sra. Gaer pregunta", "La Présidente
# invite"): only after a sentence or a heading, and only where a reporting verb follows the name.
_MIXED_CASE_LABEL = (
    # An initial before the name ("M. A. Ouedraogo"), the bracket without a space before it ("M. Hoscheit(Luxembourg)").
    r"(?:(?:El|La)\s+Sra?\.|Sra?\.|Srta\.|M\.|Mme|Mlle|Sir)\s*(?:[A-ZÀ-Þ]\.\s?)?[A-ZÀ-Þ][\w'’\-]+"
    r"(?:\s(?:[A-ZÀ-Þ][\w'’\-]+|de|del|la|van|von|da|dos|el)){0,3}(?:\s?\([^()]{3,80}\))?"
    # The whole office, not "La President" of "La Presidenta"; a temporary one's word after it.
    r"|(?:Le|La|El)\s+(?:Presidenta|Presidente|Pr[ée]sidente|Pr[ée]sident|PRESIDENTA|PRESIDENTE|PR[ÉE]SIDENTE"
    rf"|PR[ÉE]SIDENT)\b(?:\s+{_TEMPORARY})?(?:\s\([^()]{{3,80}}\))?"
)
_NAMED_IN_MIXED_CASE = names_to_break_before(_MIXED_CASE_LABEL)
_MIXED_CASE_AHEAD = re.compile(rf"\s*(?P<label>{_MIXED_CASE_LABEL})")
# The decisions, the closing line and who takes the Chair are paragraphs of their own.
_PROCEDURAL_APART = re.compile(
    r"(?<=[.!?»”\")])(?<!\b\d\.)(?<!\b\d\d\.)(?<!\b\d\d\d\.)\s+"
    r"(?=Il\s+en\s+est\s+ainsi\s+d[ée]cid[ée]\.|As[íi]\s+queda\s+acordado\.|L\s?a\s+s[ée]ance\s+est\s+lev[ée]e"
    r"|Se\s+levanta\s+la\s+sesi[óo]n"
    # Who takes the Chair: a line of its own between two paragraphs, run into the one before it.
    r"|(?:M\.|Mme|El\s+Sr\.|La\s+Sra\.)\s*[^.]{2,80}?(?:prend\s+la\s+pr[ée]sidence|ocupa\s+la\s+Presidencia)\."
    r"|La\s+pr[ée]sidence\s+est\s+assur[ée]e\s+par|Ocupa\s+la\s+Presidencia)"
    r"|(?<=d[ée]cid[ée]\.)\s+|(?<=acordado\.)\s+"
)
_NUMBER_AT_START = re.compile(r"(?P<n>\d{1,3})\.\s*(?=[A-ZÀ-Þ«“\"]|(?:el|la|le)\s[A-ZÀ-Þ])")
_HEAD_RUN = 300  # a title line this long holds the masthead's other fields too
_BODY_RUN = 250  # a line of the body this long may be paragraphs run on


def has_romance_title(text: str) -> bool:
    """Whether the opening holds a French or Spanish summary record's title ("ACTA RESUMIDA", "Compte rendu
    analytique"): such a run is broken here, not by the English fields (a copy without accents prints the
    French "President:" as English does)."""
    return _title(text) is not None


def _title(text: str) -> re.Match[str] | None:
    if all(text.find(word, 0, 3000) < 0 for word in _TITLE_WORDS):  # most records: looks far cheaper than the regex
        return None
    return _TITLE.search(text, 0, 3000)


def romance_unflattened(text: str) -> str:
    """The text with a flattened French or Spanish masthead broken at its fields and turns, and the paragraphs run
    on after it broken at their numbers and speakers; else as it was."""
    if (title := _title(text)) is None:
        paged = _volume_page_apart(text)
        return _untitled_runs_apart(text) if paged is text else paged
    start = text.rfind("\n", 0, title.start()) + 1
    end = text.find("\n", title.start())
    end = len(text) if end < 0 else end
    if end - start <= _HEAD_RUN:  # a title on a line of its own; or a volume's cover above its page run on
        paged = _volume_page_apart(text)
        if paged is not text:
            return paged
        # A short masthead over a body run onto one line, its paragraphs numbered: "... 2.El Sr. X dice ... 3.La".
        return text[:end] + "\n".join(
            _turns_apart(part) if len(part) > _BODY_RUN and len(_running_numbers(part)) > 1 else part
            for part in text[end:].split("\n")
        )
    line = text[start:end]
    opening = _OPENING.search(line, title.start() - start)
    if opening is not None:
        body_start = opening.start()
    else:  # an excerpt without its opening line: the masthead ends where the paragraphs' running numbers begin
        numbers = _running_numbers(line[title.start() - start :])
        body_start = title.start() - start + numbers[0] if numbers else len(line)
    fields = _HEADING_AFTER_THE_NAME.sub("\n", _BREAKS.sub("\n", line[:body_start]))
    fields = _HEADING_AFTER_THE_STATE.sub("\\1\n", fields)
    head = "\n".join(_turns_apart(part) for part in f"{fields}\n{line[body_start:]}".split("\n") if part.strip())
    rest = "\n".join(_turns_apart(part) for part in text[end:].split("\n"))
    return text[:start] + head + rest


def _untitled_runs_apart(text: str) -> str:
    """A page run onto one line under no title and no meeting's heading (a yearbook's page that starts inside a
    meeting: "... consuetudinario. 23. En conclusión, el Sr. X dice ... 24. El Sr. Y dice ..."): each such run of
    French or Spanish turns broken at its paragraphs' running numbers and its named turns."""
    runs = [(start, end) for start, end in lines_at_least(text, _UNTITLED_RUN) if _holds_romance_turns(text[start:end])]
    if not runs:
        return text  # most texts: no line that long, or none that names a speaker as French or Spanish do
    pieces, last = [], 0
    for start, end in runs:
        pieces += [text[last:start], _turns_apart(text[start:end])]
        last = end
    return "".join([*pieces, text[last:]])


_UNTITLED_RUN = 1_200  # longer than most paragraphs' lines
_ROMANCE_SPEAKERS = (" El Sr. ", " La Sra. ", " M. ", " Mme ", " El PRESIDENTE", " La PRESIDENTA", " Le PRÉSIDENT")


def _holds_romance_turns(line: str) -> bool:
    return any(speaker in line for speaker in _ROMANCE_SPEAKERS) and len(_running_numbers(line)) > 0


def _volume_page_apart(text: str) -> str:
    """A page of a French or Spanish printed volume run onto one line (the ILC's Annuaire or Anuario, a conference's
    Documents officiels): under no record's title, the meeting's heading ("165.ª sesión Jueves, ..."), its
    presiding officer, its agenda heading and its numbered turns, each on a line of its own."""
    if all(text.find(word, 0, _VOLUME_HEADING_WITHIN) < 0 for word in _MEETING_WORDS):  # most texts: cheap to say
        return text
    if (heading := _VOLUME_HEADING.search(text, 0, _VOLUME_HEADING_WITHIN)) is None:
        return text
    start = text.rfind("\n", 0, heading.start()) + 1
    end = text.find("\n", heading.start())
    end = len(text) if end < 0 else end
    if end - start <= _HEAD_RUN:
        return text
    line, at = text[start:end], heading.start() - start
    numbers = _running_numbers(line[at:])  # the meeting's own: not those of the meeting before, above its heading
    body_start = at + numbers[0] if numbers else len(line)
    above, head = line[:at], line[at:body_start]
    fields = _AFTER_THE_OFFICER.sub("\n", _BREAKS.sub("\n", head))
    parts = [above, fields, _turns_apart(line[body_start:].strip())]
    return text[:start] + "\n".join(part.strip() for part in parts if part.strip()) + text[end:]


# A printed volume's heading of one meeting among others: "165a. sesión Jueves", "705e séance Mardi".
_VOLUME_HEADING = re.compile(rf"\b{VOLUME_MEETING}\s+{WEEKDAY}\b", re.IGNORECASE)
_VOLUME_HEADING_WITHIN = 4_000
_MEETING_WORDS = ("séance", "sesión", "SÉANCE", "SESIÓN", "seance", "sesion", "SEANCE", "SESION")
# The presiding officer's State, or name in capitals, ends the officer's line; the agenda's heading follows:
# "Presidente: Sr. Z. X (Yugoslavia). Examen de la cuestión ...", "Président: M. Y. X. Droit des traités".
# A name in capitals with no stop after it, a heading in title case next: "Président : M. Grigory I. TOUNKINE Examen
# du projet de rapport", "Presidente: Sr. X Examen de la cuestión".
_HEADING_AFTER_CAPITALS = r"(?<=[A-ZÀ-Þ]{3})\s+(?=[A-ZÀ-Þ][a-zà-ÿ]+\s+(?:du|de|des|del|d['’]|sur|sobre)\s)"
_HEADING_AFTER_THE_NAME = re.compile(_HEADING_AFTER_CAPITALS)
# The officer's State in brackets ends the officer's line, a heading in capitals after it: "Président : M. ARÉVALO
# (Guatemala) ARTICLE 9 (document ...)".
_HEADING_AFTER_THE_STATE = re.compile(
    r"(?m)^((?:Pr[ée]siden|PR[ÉE]SIDEN|Presiden|PRESIDEN)\w*\s*:\s*[^():\n]{3,80}?\([^()\n]{2,60}\))\s+(?=[A-ZÀ-Þ]{3,}\b)"
)
_AFTER_THE_OFFICER = re.compile(rf"(?:(?<=\)\.)|(?<=[A-ZÀ-Þ]{{2}}\.))\s+(?=[A-ZÀ-Þ][a-zà-ÿ])|{_HEADING_AFTER_CAPITALS}")


def _turns_apart(line: str) -> str:
    """A run of paragraphs broken before each running number, each turn named in mixed case and each decision."""
    if len(line) < 80:
        return line
    # The running numbers of the whole run first: an excerpt's that start past 2 are told by the three in a row.
    bounds = [0, *_running_numbers(line), len(line)]
    paragraphs = (line[start:end].strip() for start, end in pairwise(bounds))
    return "\n".join(
        _named_turns_apart(part) for paragraph in paragraphs for part in _BODY_BREAKS.sub("\n", paragraph).split("\n")
    )


def _named_turns_apart(line: str) -> str:
    """The line broken at its paragraphs' running numbers, its named turns and its decisions."""
    line = named_turns_apart(line, _NAMED_IN_MIXED_CASE, _running_numbers(line))
    return _PROCEDURAL_APART.sub("\n", line)


def _running_numbers(line: str) -> list[int]:
    """Where the paragraphs numbered 1, 2, 3 ... start: from the last "1." before the first "2.", so a figure
    before them ("artículo 1. El Comité") is no paragraph."""
    numbers = [(int(number.group("n")), number.start()) for number in _NUMBER_AFTER_SENTENCE.finditer(line)]
    if (at_start := _NUMBER_AT_START.match(line)) is not None:  # a line that is a numbered paragraph already
        numbers.insert(0, (int(at_start.group("n")), 0))
    first = _first_of_the_run(numbers, line)
    if first is None:
        return []
    cuts, expected = [], numbers[first][0]
    for value, start in numbers[first:]:
        if value == expected:
            cuts.append(start)
            expected += 1
    return [cut for cut in cuts if cut > 0]


def _first_of_the_run(numbers: list[tuple[int, int]], line: str) -> int | None:
    """Which of the numbers found starts the paragraphs' run, if one does."""
    if numbers and numbers[0][1] == 0:
        return 0
    seconds = [index for index, (value, _) in enumerate(numbers) if value == 2]
    for second in seconds:  # not a figure's "2." ("à 10 h 2. Examen"): one with a "1." before it
        if (first := next((index for index in range(second, -1, -1) if numbers[index][0] == 1), None)) is not None:
            return first
    if seconds:  # the first paragraph lost its number ("... a la Mesa del Comité. 2.El Sr. X (Jordania) dice"):
        # from the first "2." a turn follows
        return next((index for index in seconds if _turn_after(line, numbers[index][1])), None)
    # An excerpt cut in its first paragraph: "1." before a speaker only.
    first = next((index for index, (value, at) in enumerate(numbers) if value == 1 and _turn_after(line, at)), None)
    if first is not None:
        return first
    # An excerpt that starts past the record's first paragraphs ("... (A/CN.9/SR.327). 40. El Sr. X (Australia)
    # supone ... 41. Sin duda ... 42."): a number a turn follows and the two after it, in order, later in the line;
    # or the three after it, where a clause comes before the speaker ("3. Après avoir remercié ..., Mme X").
    return next((index for index in range(len(numbers)) if _starts_an_excerpts_run(numbers, index, line)), None)


def _starts_an_excerpts_run(numbers: list[tuple[int, int]], index: int, line: str) -> bool:
    """Whether the number at `index` starts the paragraphs of an excerpt that begins past its record's first: the
    two after it follow in order with a turn after it, or the three after it; or only the next follows, and a
    turn comes after each of the two ("23. En conclusión, el Sr. X dice ... 24. El Sr. Y dice ...")."""
    at = numbers[index][1]
    if _runs_on(numbers, index, 2):
        return _turn_after(line, at) or _runs_on(numbers, index, 3)
    following = next((at for value, at in numbers[index + 1 :] if value == numbers[index][0] + 1), None)
    return following is not None and _turn_after(line, at, clause_first=True) and _turn_after(line, following)


def _runs_on(numbers: list[tuple[int, int]], index: int, count: int) -> bool:
    """Whether the `count` numbers after the one at `index` follow it in the line, each after the one before."""
    expected = numbers[index][0] + 1
    for value, _ in numbers[index + 1 :]:
        if value == expected:
            expected += 1
            if expected > numbers[index][0] + count:
                return True
    return False


def _turn_after(line: str, at: int, *, clause_first: bool = False) -> bool:
    """Whether a speaker's turn follows the paragraph number found at `at`: one in capitals, or a name in mixed
    case with its verb ("1.Le Président dit"); with `clause_first`, a clause before the speaker too ("23. En
    conclusión, el Sr. X dice"), as the speaker grammar reads one."""
    start = line.index(".", at) + 1
    if _TURN_AHEAD.match(line, start) is not None or names_a_speaker(line, start, _MIXED_CASE_AHEAD, in_romance=True):
        return True
    return clause_first and attribute(line[start : start + _A_PARAGRAPHS_OPENING].strip(), in_romance=True) is not None


_A_PARAGRAPHS_OPENING = 300  # enough for a clause, the speaker and the verb
