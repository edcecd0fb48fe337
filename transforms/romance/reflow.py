"""A French or Spanish record flattened onto one line: its masthead fields and speakers' turns on lines of their own.

Scans of the 1950s provisional records come as one run of text: "PROVISIONAL E/CN.12/AC.40/SR.4 8 de abril de 1958
ORIGINAL: ESPAÑOL COMISION ECONOMICA PARA AMERICA LATINA Sexto período de sesiones ACTA RESUMIDA PROVISIONAL DE LA
CUARTA SESION Celebrada en la Sede de la CEPAL ... PRESENTES: Presidente: Sr. X Chile Relator: Sr. Y Colombia ...
El PRESIDENTE abre el debate". `transforms.extract.reflow` breaks English runs so; this breaks French and Spanish
ones where a field, the list of those present or a turn begins, so the masthead and speakers read line by line.
"""

from __future__ import annotations

import re

_FLATTENED = 600  # a first line this long that holds a record's title is a flattened record
_TITLE = re.compile(r"(?i:acta\s+resumida|compte\s+rendu\s+analytique)")
_OFFICER = r"(?:Sra?|Srta|M|Mme|Mlle)\.?\s"
_BREAKS = re.compile(
    r"\s+(?="
    r"(?i:acta\s+resumida|compte\s+rendu\s+analytique|celebrada[\s.]|tenue\s|sumario\b|sommaire\b|presentes\b"
    r"|pr[ée]sents\b|original\s*:)"
    # A scan may read the colon as a letter: "Relator i Sr. GOMEZ".
    rf"|(?:Presidente|PRESIDENTE|Pr[ée]sident|PR[ÉE]SIDENT|Relator|RELATOR|Rapporteur|Miembros|Membres)"
    rf"(?:\s*[:;]|\s+[il!|])?\s+{_OFFICER}"
    r"|(?:COMISI[OÓ]N|Comisi[óo]n|COMMISSION|Commission)\s+(?:ECON|Econ|DE|de|DES|des)"
    r"|(?:COMIT[EÉ]|Comit[ée])\s+[A-Za-zÀ-ÿ]"
    # A session's ordinal, one capital to start it: "Sexto período de sesiones", "Soixante et onzième session".
    r"|[A-ZÁÉÍÓÚ][a-záéíóú]+(?:\s+[a-záéíóú]+)?\s+per[íi]odo\s+de\s+sesiones"
    r"|[A-ZÉ][a-zéèêàâîôûç\-]+(?:\s+[a-zéèêàâîôûç\-]+){0,2}\s+session\b"
    r"|[A-Z]{1,6}(?:/[A-Za-z0-9.]+)+/SR\.\d"  # the symbol
    r"|Se\s+(?:declara\s+abierta|suspende|reanuda|levanta)|La\s+s[ée]ance\s+est\s+(?:ouverte|suspendue|reprise|levée)"
    r"|As[íi]\s+queda\s+acordado|Il\s+en\s+est\s+ainsi\s+d[ée]cid[ée]"
    # A speaker's turn: "El PRESIDENTE abre el debate", "El Sr. PÉREZ (Chile) dice", "M. DUPONT (France) dit".
    r"|(?:El|La|Le)\s+(?:PRESIDENTE?|PR[ÉE]SIDENTE?|PRESIDENTA)\s+[a-zé]"
    r"|(?:El|La)\s+Sra?\.\s*[A-ZÀ-Þ]{2,}|M(?:me|lle)?\.?\s+[A-ZÀ-Þ]{3,}\s*\()"
)


def romance_unflattened(text: str) -> str:
    """The text with a flattened French or Spanish first line broken at its fields and turns; else as it was."""
    first_line_end = text.find("\n")
    first_line = text if first_line_end < 0 else text[:first_line_end]
    if len(first_line) <= _FLATTENED or not _TITLE.search(first_line, 0, 1500):
        return text
    return _BREAKS.sub("\n", first_line) + text[len(first_line) :]
