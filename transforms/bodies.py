"""UN bodies whose meeting records we read: codes, names and symbol patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches


@dataclass(frozen=True, slots=True)
class Body:
    code: str
    name: str
    # Symbol prefixes of the body's meeting records, most specific first.
    prefixes: tuple[str, ...]
    # How its summary records are numbered, for a rendition that prints no symbol: {n} the meeting,
    # {session} the session, {year} the year it met. None where the numbering is not regular.
    meeting_symbol: str | None = None
    # An older numbering, and the first year the one above was used.
    earlier_symbol: tuple[str, int] | None = None

    def symbol_format(self, year: int | None) -> str | None:
        """The meeting-symbol pattern in use in `year` (the current one when the year is unknown)."""
        if self.earlier_symbol and year is not None and year < self.earlier_symbol[1]:
            return self.earlier_symbol[0]
        return self.meeting_symbol


BODIES: tuple[Body, ...] = (
    Body(
        "CMW",
        "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families",
        ("CMW/C/",),
        "CMW/C/SR.{n}",
    ),
    Body("CRC", "Committee on the Rights of the Child", ("CRC/C/",), "CRC/C/SR.{n}"),
    Body("CEDAW", "Committee on the Elimination of Discrimination against Women", ("CEDAW/C/",), "CEDAW/C/SR.{n}"),
    Body("CCPR", "Human Rights Committee", ("CCPR/C/",), "CCPR/C/SR.{n}"),
    Body("CESCR", "Committee on Economic, Social and Cultural Rights", ("E/C.12/",), "E/C.12/{year}/SR.{n}"),
    Body("CERD", "Committee on the Elimination of Racial Discrimination", ("CERD/C/",), "CERD/C/SR.{n}"),
    Body(
        "SPT",
        "Subcommittee on Prevention of Torture and other Cruel, Inhuman or Degrading Treatment or Punishment",
        ("CAT/OP/", "SPT/"),
    ),
    Body("CAT", "Committee against Torture", ("CAT/C/",), "CAT/C/SR.{n}"),
    # Until 2011 the Committee numbered meetings within each session (CRPD/C/5/SR.3).
    Body(
        "CRPD",
        "Committee on the Rights of Persons with Disabilities",
        ("CRPD/C/",),
        "CRPD/C/SR.{n}",
        ("CRPD/C/{session}/SR.{n}", 2012),
    ),
    Body("CED", "Committee on Enforced Disappearances", ("CED/C/",), "CED/C/SR.{n}"),
    Body("HRC", "Human Rights Council", ("A/HRC/",), "A/HRC/{session}/SR.{n}"),
    Body(
        "SUBCOM",
        "Sub-Commission on the Promotion and Protection of Human Rights",
        ("E/CN.4/Sub.2/",),
        "E/CN.4/Sub.2/{year}/SR.{n}",
    ),
    # The Commission numbered its meetings on from session to session until 1981 (E/CN.4/SR.1635).
    Body("CSW", "Commission on the Status of Women", ("E/CN.6/",), "E/CN.6/{year}/SR.{n}", ("E/CN.6/SR.{n}", 1982)),
    Body("CHR", "Commission on Human Rights", ("E/CN.4/",), "E/CN.4/{year}/SR.{n}", ("E/CN.4/SR.{n}", 1982)),
    # The Commission's Drafting Committee of 1947-48, which drafted the Universal Declaration.
    Body(
        "CHR-DC",
        "Drafting Committee on an International Bill of Human Rights",
        ("E/CN.4/AC.1/",),
        "E/CN.4/AC.1/SR.{n}",
    ),
    # The Assembly's committees put the session in their symbols from its thirty-first session (1976) on.
    Body("A/C.1", "General Assembly First Committee", ("A/C.1/",), "A/C.1/{session}/SR.{n}", ("A/C.1/SR.{n}", 1976)),
    Body("A/C.2", "General Assembly Second Committee", ("A/C.2/",), "A/C.2/{session}/SR.{n}", ("A/C.2/SR.{n}", 1976)),
    Body("A/C.3", "General Assembly Third Committee", ("A/C.3/",), "A/C.3/{session}/SR.{n}", ("A/C.3/SR.{n}", 1976)),
    Body("A/C.4", "General Assembly Fourth Committee", ("A/C.4/",), "A/C.4/{session}/SR.{n}", ("A/C.4/SR.{n}", 1976)),
    Body("A/C.5", "General Assembly Fifth Committee", ("A/C.5/",), "A/C.5/{session}/SR.{n}", ("A/C.5/SR.{n}", 1976)),
    Body("A/C.6", "General Assembly Sixth Committee", ("A/C.6/",), "A/C.6/{session}/SR.{n}", ("A/C.6/SR.{n}", 1976)),
    Body(
        "A/SPC",
        "General Assembly Special Political Committee",
        ("A/SPC/",),
        "A/SPC/{session}/SR.{n}",
        ("A/SPC/SR.{n}", 1976),
    ),
    Body(
        "CEIRPP",
        "Committee on the Exercise of the Inalienable Rights of the Palestinian People",
        ("A/AC.183/",),
        "A/AC.183/SR.{n}",
    ),
    # The Assembly's commission of legal experts, whose Yearbook prints its summary records.
    Body("ILC", "International Law Commission", ("A/CN.4/",), "A/CN.4/SR.{n}"),
    # Its sister commission for the law of international trade, since 1968.
    Body("UNCITRAL", "United Nations Commission on International Trade Law", ("A/CN.9/",), "A/CN.9/SR.{n}"),
    # The General Assembly's and the Council's early committees on Palestine and on refugees, 1947-50.
    Body("UNSCOP", "United Nations Special Committee on Palestine", ("A/AC.13/",), "A/AC.13/SR.{n}"),
    Body("A/AC.14", "Ad Hoc Committee on the Palestinian Question", ("A/AC.14/",), "A/AC.14/SR.{n}"),
    Body("UNPC", "United Nations Palestine Commission", ("A/AC.21/",), "A/AC.21/SR.{n}"),
    Body("UNCCP", "United Nations Conciliation Commission for Palestine", ("A/AC.25/",), "A/AC.25/SR.{n}"),
    # Its committees number their meetings apart: the Committee on Jerusalem's 18th is not the Commission's.
    Body(
        "A/AC.25/Com.Gen",
        "General Committee of the United Nations Conciliation Commission for Palestine",
        ("A/AC.25/Com.Gen/",),
        "A/AC.25/Com.Gen/SR.{n}",
    ),
    Body(
        "A/AC.25/Com.Jer",
        "Committee on Jerusalem of the United Nations Conciliation Commission for Palestine",
        ("A/AC.25/Com.Jer/",),
        "A/AC.25/Com.Jer/SR.{n}",
    ),
    Body("E/AC.32", "Ad Hoc Committee on Statelessness and Related Problems", ("E/AC.32/",), "E/AC.32/SR.{n}"),
    Body(
        "CAT-SP",
        "Meeting of the States Parties to the Convention against Torture and Other Cruel, Inhuman or Degrading "
        "Treatment or Punishment",
        ("CAT/SP/",),
        "CAT/SP/SR.{n}",
    ),
    # The Council's regional commission for Latin America: records of the 1950s are read in Spanish.
    Body("ECLAC", "Economic Commission for Latin America and the Caribbean", ("E/CN.12/", "E/CEPAL/", "LC/")),
    Body("T", "Trusteeship Council", ("T/",), "T/SR.{n}"),
    Body("SC", "Security Council", ("S/PV.", "S/")),
    Body("GA", "General Assembly", ("A/",)),
    # The Council numbered its meetings from its first (E/SR.1085 met in 1959) until it began each year's
    # count in 1978.
    Body("ECOSOC", "Economic and Social Council", ("E/",), "E/{year}/SR.{n}", ("E/SR.{n}", 1978)),
)

_BY_CODE = {body.code: body for body in BODIES}
_BY_PREFIX = {prefix: body for body in BODIES for prefix in body.prefixes}
_BY_NAME = {body.name.casefold(): body for body in BODIES}
# Names used in older mastheads and by other renditions.
_BY_NAME.update(
    {
        "committee on migrant workers": _BY_CODE["CMW"],
        "committee on the protection of the rights of all migrant workers and members of their families": _BY_CODE[
            "CMW"
        ],
        "committee on the elimination of racial discrimination": _BY_CODE["CERD"],
        "subcommittee on prevention of torture": _BY_CODE["SPT"],
        "third committee": _BY_CODE["A/C.3"],
        "sixth committee": _BY_CODE["A/C.6"],
        "first committee": _BY_CODE["A/C.1"],
        "second committee": _BY_CODE["A/C.2"],
        "fourth committee": _BY_CODE["A/C.4"],
        "special political and decolonization committee (fourth committee)": _BY_CODE["A/C.4"],
        "fifth committee": _BY_CODE["A/C.5"],
        "special political committee": _BY_CODE["A/SPC"],
        "meeting of the states parties to the convention against torture and other cruel, inhuman or degrading "
        "treatment or punishment": _BY_CODE["CAT-SP"],
        "meeting of states parties to the convention against torture and other cruel, inhuman or degrading "
        "treatment or punishment": _BY_CODE["CAT-SP"],
        "sub-commission on prevention of discrimination and protection of minorities": _BY_CODE["SUBCOM"],
        "subcommission on the promotion and protection of human rights": _BY_CODE["SUBCOM"],
        "sub-commission on the promotion and protection of human rights": _BY_CODE["SUBCOM"],
        "special committee on palestine": _BY_CODE["UNSCOP"],
        "ad hoc committee on palestinian question": _BY_CODE["A/AC.14"],
        "palestine commission": _BY_CODE["UNPC"],
        "conciliation commission for palestine": _BY_CODE["UNCCP"],
        "united nations conciliation commission on palestine": _BY_CODE["UNCCP"],  # as some of its records print it
        "conciliation commission on palestine": _BY_CODE["UNCCP"],
        "drafting committee on an international bill of rights": _BY_CODE["CHR-DC"],
        "commission on human rights drafting committee": _BY_CODE["CHR-DC"],  # its first session's masthead
        # The Ad Hoc Committee on Statelessness, as its second session (August 1950) was named.
        "ad hoc committee on refugees and stateless persons": _BY_CODE["E/AC.32"],
        "economic commission for latin america": _BY_CODE["ECLAC"],
        "commission on international trade law": _BY_CODE["UNCITRAL"],
    }
)


# Bodies a masthead names below the body they report to ("Commission on Human Rights" / "Sub-Commission
# on ..."): the subsidiary is the record's.
PARENT_BODY = {"SUBCOM": "CHR", "CHR-DC": "CHR"}
# Committees a masthead names by a name that is theirs only below their parent's ("UNITED NATIONS CONCILIATION
# COMMISSION FOR PALESTINE" / "GENERAL COMMITTEE"; a conference's or the Assembly's General Committee is another).
_SUBSIDIARY_NAMES = {
    "CHR": {"drafting committee": "CHR-DC"},  # "COMMISSION ON HUMAN RIGHTS" / "DRAFTING COMMITTEE", 1947-48
    "UNCCP": {
        "general committee": "A/AC.25/Com.Gen",
        "comité général": "A/AC.25/Com.Gen",
        "comite general": "A/AC.25/Com.Gen",
        "committee on jerusalem": "A/AC.25/Com.Jer",
        "comité de jérusalem": "A/AC.25/Com.Jer",
        "comite de jerusalem": "A/AC.25/Com.Jer",
    },
}


def subsidiary_named(parent: str, lines: list[str]) -> Body | None:
    """The committee of body `parent` that a masthead names on a line of its own below the parent's name."""
    names = _SUBSIDIARY_NAMES.get(parent)
    if names is None:
        return None
    return next(
        (_BY_CODE[code] for line in lines if (code := names.get(" ".join(line.split()).casefold())) is not None),
        None,
    )


# Every name a masthead may give a body, case-folded, longest first (a longer name before its part).
BODY_NAMES: tuple[str, ...] = tuple(sorted(_BY_NAME, key=len, reverse=True))


_CONFERENCE = re.compile(r"A/CONF\.\d+(?:/(?:C\.\d+|BUR|[A-Z]{2,4}(?=/SR\.))(?=/|$))?(?=/|$)")


# The conferences whose records we read, by the names their mastheads give them, and the organs each numbered its
# records under: a conference's "SECOND COMMITTEE" is its own (A/CONF.62/C.2), not the Assembly's.
_CONFERENCE_NAMES = (
    ("third united nations conference on the law of the sea", "A/CONF.62"),
    ("third conference on the law of the sea", "A/CONF.62"),
    ("conference on the law of treaties", "A/CONF.39"),
    ("conference on the law of the sea", "A/CONF.13"),  # the first, of 1958: the third is named "third" above
    ("conference of plenipotentiaries on the status of refugees and stateless persons", "A/CONF.2"),
)
_CONFERENCE_ORGANS = (
    ("committee of the whole", "/C.1"),
    ("first committee", "/C.1"),
    ("second committee", "/C.2"),
    ("third committee", "/C.3"),
    ("fourth committee", "/C.4"),
    ("fifth committee", "/C.5"),
    ("general committee", "/BUR"),
)
_NOT_A_LETTER = re.compile(r"[^a-z]+")


def conference_body(masthead_text: str) -> Body | None:
    """The conference organ a masthead names ("THIRD CONFERENCE ON THE LAW OF THE SEA ... SECOND COMMITTEE"): the
    conference itself when it names none of its committees. Scans break and speck the name ("ON THE. _LAW"), so
    it is looked for in the masthead's letters alone."""
    letters = _letters_of(masthead_text)
    conference = next((code for name, code in _CONFERENCE_NAMES if name in letters), None)
    if conference is None:
        return None
    return body_for_symbol(f"{conference}{_organ_named(letters) or ''}/SR.1")


def conference_organ(conference: str, masthead_lines: list[str]) -> Body | None:
    """The organ of a conference (A/CONF.97, or one of its organs) whose meeting a masthead names ("Summary Records
    of Meetings of the Second Committee", "1st plenary meeting"); None when it names none. A page that names the
    conference only by a document its agenda cites still names the organ that met, and the organs number their
    meetings apart: the Second Committee's 7th meeting is not the plenary's."""
    letters = _letters_of(" ".join(masthead_lines))
    stem = "/".join(conference.split("/")[:2])
    if "plenary" in letters:
        return body_for_symbol(f"{stem}/SR.1")
    organ = _organ_named(letters)
    return body_for_symbol(f"{stem}{organ}/SR.1") if organ else None


def _letters_of(text: str) -> str:
    """The text's letters alone, case-folded, a space between words: scans break and speck names ("ON THE. _LAW")."""
    return " ".join(_NOT_A_LETTER.split(text.casefold()))


def _organ_named(letters: str) -> str | None:
    """The symbol's part of the conference organ the letters name ("second committee": "/C.2"), if any."""
    return next((suffix for name, suffix in _CONFERENCE_ORGANS if name in letters), None)


def body_for_symbol(symbol: str) -> Body | None:
    """The body whose records carry this symbol, by the longest matching prefix.

    Every prefix ends in "/" or ".", so the symbol's own prefixes ending there are looked up, longest first. A
    conference (A/CONF.62) and each of its committees (A/CONF.62/C.1, its General Committee A/CONF.62/BUR) is a
    body of its own, named by its symbol: its "First Committee" is not the Assembly's.
    """
    if symbol.startswith("A/CONF.") and (conference := _CONFERENCE.match(symbol)) is not None:
        code = conference.group(0)
        return Body(code, f"United Nations conference {code}", (f"{code}/",))
    for end in range(len(symbol), 0, -1):
        if symbol[end - 1] in "/." and (body := _BY_PREFIX.get(symbol[:end])):
            return body
    return None


# A site that titles each page by the body's abbreviation: "CEIRPP meeting – Summary record", "Mr. X appointed
# chairman – UNPC 1st meeting (N.Y.) – Summary record", where the masthead's own name of the body was cut.
_SITE_TITLE = re.compile(
    r"\b(?P<code>CEIRPP|UNPC)(?:\s+\d{1,4}(?:st|nd|rd|th))?\s+(?i:meeting|mtg\.).*(?i:\bsummary\s+record)"
)
_SITE_TITLE_LINES = 3


def body_in_site_title(lines: list[str]) -> Body | None:
    """The body a site's title over the masthead names by its abbreviation."""
    for line in lines[:_SITE_TITLE_LINES]:
        if "ummary" in line and (title := _SITE_TITLE.search(line)) is not None:
            return _BY_CODE[title.group("code")]
    return None


def body_for_name(line: str) -> Body | None:
    """The body named by a masthead line such as "Committee against Torture"."""
    key = " ".join(line.split()).casefold()
    # "SUMMARY RECORD OF THE FIFTH MEETING OF" / "THE UNITED NATIONS PALESTINE COMMISSION"
    return _BY_NAME.get(key) or (_BY_NAME.get(key[4:]) if key.startswith("the ") else None)


# The words a body's name begins with, where a scan's misread name is looked for.
_BODY_WORDS = ("commission", "committee", "sub-commission", "subcommission", "comité", "comisión", "council")
_BODY_WORD_STARTS = frozenset(word[:3] for word in _BODY_WORDS)


def body_named_by(line: str) -> Body | None:
    """The body a masthead line names: the whole line, or what comes before its comma ("THIRD COMMITTEE,
    1217th meeting"), or a scan's misreading of a name."""
    if (body := body_for_name(line)) is not None:
        return body
    if "," in line and (body := body_for_name(line.split(",", 1)[0])) is not None:
        return body
    return _body_for_misread_name(line) if line[:3].casefold() in _BODY_WORD_STARTS else None


def _body_for_misread_name(line: str) -> Body | None:
    """The body a scan's misread masthead line names ("COMMISSION ON HUMAN EIGHTS"): the one body whose name
    is 93% like the line, of twenty letters or more; a line that opens otherwise is never looked at."""
    key = " ".join(line.split()).casefold()
    if len(key) < 20 or not key.startswith(_BODY_WORDS):
        return None
    close = {_BY_NAME[name].code for name in get_close_matches(key, _BY_NAME, n=3, cutoff=0.93)}
    return _BY_CODE[close.pop()] if len(close) == 1 else None


def body_by_code(code: str) -> Body | None:
    return _BY_CODE.get(code)
