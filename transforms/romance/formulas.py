"""The lines of a French or Spanish record that say when the meeting opened, paused and rose, and the
paragraphs that report what happened rather than what someone said.

"La séance est ouverte à 10 h 5.", "Le débat résumé commence à 16 h 5.", "La séance est levée à 13 h 15.";
"Se declara abierta la sesión a las 10.40 horas.", "El debate abarcado por el acta comienza a las 12.10
horas.", "Se levanta la sesión a las 13.05 horas."; "Il en est ainsi décidé.", "Así queda acordado.".
"""

from __future__ import annotations

import re
from datetime import time

from transforms.country_translations import iso3_for_translated_country
from transforms.masthead_mending import figures_read_again
from transforms.romance.dates import CLOCK, romance_clock_time

_PART = (
    r"(?:(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me)\s+partie\s*(?:\(\s*(?:publique|priv[ée]e)\s*\)\s*)?"
    r"|partie\s+(?:publique|priv[ée]e)\s+|(?:primera|segunda|tercera)\s+parte\s*(?:\(\s*(?:p[úu]blica|privada)\s*\)\s*)?"
    r"|parte\s+(?:p[úu]blica|privada)\s+)"
)
_MEETING_FR = (
    rf"(?:L\s?a\s+(?:{_PART}de\s+la\s+)?s[ée]ance\s*(?:\(\s*(?:publique|priv[ée]e)\s*\)\s*|publique\s+|priv[ée]e\s+)?)"
)
_MEETING_ES = (
    rf"(?:la\s+(?:{_PART}de\s+la\s+)?sesi\s?[óo]n\s*(?:\(\s*(?:p[úu]blica|privada)\s*\)\s*|p[úu]blica\s+|privada\s+)?)"
)
# The verb says which kind of line it is; the groups are read by `formula_times`.
ROMANCE_FORMULA = (
    rf"{_MEETING_FR}(?:est|a\s+[ée]t[ée])\s+(?:(?P<open_fr>ouverte|reprise)|(?P<pause_fr>suspendue)|(?P<end_fr>lev[ée]e|close))"
    rf"|{_MEETING_FR}(?:(?P<begin_fr>reprend|commence|se\s+poursuit)|(?P<finish_fr>prend\s+fin|s['’]ach[èe]ve))"
    r"|Le\s+d[ée]bat\s+r[ée]sum[ée]\s+(?:(?P<summary_begins_fr>commence|reprend)|(?P<summary_ends_fr>prend\s+fin|s['’]ach[èe]ve))"
    rf"|Se\s+(?:(?P<open_es>declara\s+abierta|abre|reanuda)|(?P<pause_es>suspende)|(?P<end_es>levanta|declara\s+(?:cerrada|levantada)))\s+{_MEETING_ES}"
    rf"|{_MEETING_ES}(?:(?P<begin_es>comienza|se\s+reanuda|se\s+declara\s+abierta|se\s+abre)|(?P<pause_es2>se\s+suspende)|(?P<finish_es>termina|concluye|se\s+levanta))"
    r"|El\s+debate\s+(?:abarcado|recogido|resumido)\s+(?:en|por)\s+el\s+acta(?:\s+resumida)?\s+"
    r"(?:(?P<summary_begins_es>comienza|se\s+inicia|empieza)|(?P<summary_ends_es>termina|concluye))"
)
_FORMULA = re.compile(rf"^(?:{ROMANCE_FORMULA})", re.IGNORECASE)
_AT = re.compile(rf"\b(?:à|a\s+las?|a)\s+(?P<time>{CLOCK})", re.IGNORECASE)  # "a la 15.00 horas": a misprint
# What ends a record.
ROMANCE_CLOSING = (
    r"La\s+s[ée]ance\s+est\s+lev[ée]e|Se\s+levanta\s+la\s+sesi[óo]n|(?:La\s+)?.{0,40}?s[ée]ance\s+prend\s+fin"
)
_OPENS = ("open_fr", "begin_fr", "summary_begins_fr", "open_es", "begin_es", "summary_begins_es")
_ENDS = ("end_fr", "finish_fr", "summary_ends_fr", "end_es", "finish_es", "summary_ends_es")

# Paragraphs that report what happened: seating, decisions, adoptions.
ROMANCE_PROCEDURAL = re.compile(
    r"^(?:(?:S\s?ur|[ÀA])\s+l['’]invitation\s+d[ue]\s+(?:la\s+)?Pr[ée]siden"
    r"|(?:Por|A)\s+invitaci[óo]n\s+de(?:l|\s+la)\s+Presiden"
    r"|Il\s+en\s+est\s+ainsi\s+d[ée]cid[ée]|As[íi]\s+queda\s+(?:acordado|decidido)"
    r"|La\s+d[ée]l[ée]gation\s+[^.]{2,80}?\s+(?:se\s+retire|prend\s+place|reprend\s+place)"
    r"|La\s+delegaci[óo]n\s+[^.]{2,80}?\s+(?:se\s+retira|toma\s+asiento|vuelve\s+a\s+tomar\s+asiento)"
    r"|Les\s+membres\s+de\s+la\s+d[ée]l[ée]gation\s+[^.]{2,80}?\s+(?:se\s+retirent|prennent\s+place|reprennent\s+place)"
    r"|Los\s+miembros\s+de\s+la\s+delegaci[óo]n\s+[^.]{2,80}?\s+(?:se\s+retiran|toman\s+asiento|vuelven\s+a\s+tomar)"
    # The verb first: "Se retira la delegación de Suecia.", "Se retiran los miembros de la delegación".
    r"|Se\s+retiran?\s+(?:la\s+delegaci[óo]n|los\s+miembros\s+de\s+la\s+delegaci[óo]n)\b"
    # A delegate named as the one seated: "M. X (France) prend place à la table", "El Sr. X (Chile) toma asiento".
    r"|(?:(?:El|La)\s+)?(?:M|Mme|Mlle|Sra?|Srta)\.?\s[^.]{2,120}?\s+(?:(?:re)?prend\s+place|toma\s+asiento)\b"
    # What is adopted may be a document by its symbol, whose stops end no sentence: "Le document CAT/C/28/2 est adopté".
    r"|(?:Le|La|Les|L['’])\s*(?:[^.]|\.(?=\w)){2,160}?\s+(?:est|sont)\s+(?:adopt[ée]e?s?|approuv[ée]e?s?)\b[^.]{0,60}\.?$"
    r"|(?:Queda|Quedan)\s+(?:aprobad[oa]s?|adoptad[oa]s?|rechazad[oa]s?)\b|Se\s+(?:aprueba|rechaza)"
    # A vote's result: "Por 19 votos contra 4 y 8 abstenciones, queda rechazada la enmienda", "Par 31 voix contre 12,
    # avec 9 abstentions, la proposition est rejetée".
    r"|Por\s+\d+\s+votos\s+contra\s+(?:\d+|ninguno)|Par\s+\d+\s+voix\s+contre\s+(?:\d+|z[ée]ro)"
    r"|(?:El|La|Los|Las)\s+(?:[^.]|\.(?=\w)){2,160}?\s+(?:queda|quedan)\s+(?:aprobad[oa]s?|adoptad[oa]s?)\b[^.]{0,60}\.?$)",
    re.IGNORECASE,
)


def is_romance_formula(line: str) -> bool:
    return _FORMULA.match(line) is not None


def formula_times(formulas: list[str]) -> tuple[time | None, time | None, int]:
    """When the meeting (or the part recorded) began and rose, and how often it was suspended."""
    called: time | None = None
    rose: time | None = None
    suspensions = 0
    for printed in formulas:
        match, formula = _FORMULA.match(printed), printed
        if match is None:
            continue
        if (at := _AT.search(formula, match.end())) is None:  # "à 15 h lO": a scan's l and O for digits
            match = _FORMULA.match(formula := figures_read_again(printed))
            at = _AT.search(formula, match.end()) if match else None
        if match is None:
            continue
        if any(match.group(name) for name in ("pause_fr", "pause_es", "pause_es2")):
            suspensions += 1
        elif at is not None and called is None and any(match.group(name) for name in _OPENS):
            called = romance_clock_time(at.group("time"))
        elif at is not None and any(match.group(name) for name in _ENDS):
            rose = romance_clock_time(at.group("time"))
    return called, rose, suspensions


# The State whose report the agenda names: "Deuxième rapport périodique du Mexique (suite)", "Informe inicial
# del Senegal", "Rapport valant cinquième et sixième rapports périodiques de l'Uruguay".
_REPORT_OF = re.compile(
    r"\b(?:[Rr]apports?|[Ii]nformes?)\b[^()]{0,120}?\s(?P<article>du|de\s+la|de\s+l['’]|des|de|del|de\s+los|de\s+las)"
    r"\s*(?P<country>[A-ZÀ-Þ][^()]{1,60}?)\s*(?:\(|$)",
)


def romance_state_party(titles: list[str]) -> tuple[str | None, str | None]:
    """The State party under review, by its French or Spanish name, and its ISO3 code; (None, None) if none."""
    for title in titles:
        for found in _REPORT_OF.finditer(title):
            name = found.group("country").strip()
            iso3 = iso3_for_translated_country(name)
            if iso3:
                return name, iso3
    return None, None
