"""What the parentheses after a speaker's name say: a country, a role, an organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.ascii_folding import ascii_folded
from transforms.countries import country_words, iso3_for_country, iso3_for_misread_country
from transforms.country_translations import (
    iso3_for_name_cut_short,
    iso3_for_spaced_out_name,
    iso3_for_translated_country,
)
from transforms.romance.speakers import (
    ROMANCE_CAPACITY,
    ROMANCE_MANDATE_HOLDER,
    ROMANCE_OBSERVER_FOR,
    ROMANCE_OFFICES,
    ROMANCE_OWN_MANDATE,
    ROMANCE_OWN_ORGAN,
    ROMANCE_SECRETARIAT_WORDS,
    ROMANCE_TEMPORARY,
)
from transforms.scan_lookalikes import corrected, vocabulary_of


@dataclass(frozen=True, slots=True)
class Affiliation:
    printed: str
    role: str | None = None
    affiliation: str | None = None
    country_iso3: str | None = None
    spoke_in: str | None = None
    office: str | None = None


# Offices held inside the meeting, in the order they are tried (longest first).
_OFFICES: tuple[tuple[str, str], ...] = (
    ("alternate country rapporteur", "rapporteur"),
    ("country co-rapporteur", "rapporteur"),
    ("country rapporteur", "rapporteur"),
    ("co-rapporteur", "rapporteur"),
    ("rapporteur", "rapporteur"),
    ("secretary of the committee", "secretariat"),
    ("secretary of the subcommittee", "secretariat"),
    ("secretary of the council", "secretariat"),
    ("secretary", "secretariat"),
    ("vice-chairperson", "member"),
    ("vice-chairman", "member"),
    ("vice-chair", "member"),
    ("vice-president", "member"),
    ("chairperson", "chair"),
    ("chairman", "chair"),
    ("chair", "chair"),
    ("president", "chair"),
    ("country task force", "rapporteur"),
    ("task force", "rapporteur"),
)
_SECRETARIAT_WORDS = re.compile(
    r"\b(?:Office of the United Nations High Commissioner for Human Rights|OHCHR|Secretariat|"
    r"Division|Section|Branch|Department of|Director|Chief|Officer|Under-Secretary-General|"
    r"Assistant Secretary-General|Deputy Secretary-General|Secretary-General|Deputy High Commissioner|"
    r"High Commissioner for Human Rights|Executive[- ]Secretary|"
    # The Secretariat's offices and units beyond the Office: "Office of Legal Affairs", "Legal Counsel", "United
    # Nations Office at Geneva", "Office for Disarmament Affairs", "Treaty Body Unit", "Controller".
    r"Office of Legal Affairs|Legal Counsel|United Nations Office (?:at|in) \w+|Office for Disarmament Affairs|"
    r"Office of Human Resources|(?<=\w )Unit|Controller)\b"
)
# The United Nations' funds, programmes and agencies, each with a head and staff of its own.
_AGENCY_OF_ITS_OWN = re.compile(
    r"\b(?:UNRWA|UNICEF|UNDP|UNFPA|UNESCO|IRO|ILO|FAO|WHO|WFP|United Nations Relief and Works Agency"
    r"|United Nations Children's Fund|United Nations Development Programme|International Refugee Organi[sz]ation"
    r"|International Labour (?:Organi[sz]ation|Office)|World Health Organi[sz]ation"
    r"|Food and Agriculture Organi[sz]ation|World Food Programme|High Commissioner for Refugees)\b"
)
# Mandate holders of the Council; a committee's own "Special Rapporteur for follow-up on Views" or
# "on new communications" is one of its members, speaking as rapporteur.
_MANDATE_HOLDER = re.compile(
    r"^(?:Special Rapporteur|Special Representative|Independent Expert|Chair(?:person)?-Rapporteur)\b"
    rf"|(?i:{ROMANCE_MANDATE_HOLDER})"  # "(Rapporteur spécial sur ...)", "(Relatora Especial ...)"
)
_COMMITTEE_RAPPORTEUR = re.compile(
    r"^Special Rapporteur\b.*\b(?i:follow-up|communications|reprisals|views)\b"
    rf"|(?i:{ROMANCE_MANDATE_HOLDER}.*{ROMANCE_OWN_MANDATE})"
)
# The body's own staff named by their post: "Land Expert of the Commission", "Legal Adviser to the Conference"; an
# expert is named by a field first, since a committee's members are experts too.
_OWN_STAFF = re.compile(
    r"^(?:(?:[A-Z][\w-]*\s+){1,3}Expert|(?:[A-Z][\w-]*\s+){0,3}(?:Adviser|Advisor|Consultant|Officer))"
    r"\s+(?:of|to)\s+the\s+(?:Commission|Committee|Conference|Council|Sub-Commission|Subcommittee)$"
)
# An official or member who presides for the moment is the chair while presiding.
_PRESIDING_NOW = re.compile(r"\b(?:Temporary|Acting)\s+(?:Chair\w*|President)\b", re.IGNORECASE)
_SPOKE_IN = re.compile(r"^\s*(?:spoke|speaking) in (?P<language>[A-Z][a-z]+)\s*$", re.IGNORECASE)
# "Observer for Norway", "Observer of Israel", "Observer from Nepal", "Observer, Palestine Liberation Organization";
# "Permanent Observer of the Holy See", as the Assembly names a non-member State's.
_OBSERVER_FOR = re.compile(
    r"^\s*(?:(?:Permanent|PERMANENT|permanent)\s+)?(?:Observer|observer)(?: (?:for|of|from)|,) (?:the )?(?P<who>.+)$"
)


@lru_cache(maxsize=16384)
def classify_parenthetical(inner: str) -> Affiliation:
    """Classify the text between a speaker's parentheses (nested ones included)."""
    printed = re.sub(r"\s+", " ", inner).strip()
    spoke = _SPOKE_IN.match(printed)
    if spoke:
        return Affiliation(printed, spoke_in=spoke.group("language").capitalize())
    iso3 = iso3_for_country(printed)
    if iso3:
        return Affiliation(printed, role="delegation", affiliation=printed, country_iso3=iso3)
    lowered = printed.casefold()
    for office, role in _OFFICES:
        if lowered in (office, f"acting {office}"):
            return Affiliation(printed, role=role, office=printed)
    observer = _OBSERVER_FOR.match(printed)
    if observer:
        who = observer.group("who").strip()
        country = iso3_for_country(who) or iso3_for_misread_country(who)  # "Observer for Semalia", a scan's
        # Observer States (the Holy See, the State of Palestine) speak as delegations.
        return Affiliation(printed, role="delegation" if country else "observer", affiliation=who, country_iso3=country)
    if _MANDATE_HOLDER.search(printed):  # special procedures report to the body; they are not its staff
        if _COMMITTEE_RAPPORTEUR.search(printed):
            return Affiliation(printed, role="rapporteur", office=printed)
        return Affiliation(printed, role="observer", affiliation=printed)
    if (state := _state_whose_officer(printed)) is not None:
        # "(Minister of Justice of Colombia)", "(Embajador de Colombia)", "(Représentant permanent du Mexique ...)":
        # an office of the State's own, so its delegate.
        return Affiliation(printed, role="delegation", affiliation=printed, country_iso3=state)
    if printed[-1:] in "nel" and _OWN_STAFF.match(printed):  # "(Land Expert of the Commission)": its staff
        return Affiliation(printed, role="secretariat", office=printed)
    if _PRESIDING_NOW.search(printed):  # "(Representative of the Secretary-General, Temporary Chairman)"
        return Affiliation(printed, role="chair", affiliation=printed, office=printed)
    if _SECRETARIAT_WORDS.search(printed):
        # The head of a fund, programme or agency ("Director of UNRWA") is the body's guest, not its staff.
        role = "observer" if _AGENCY_OF_ITS_OWN.search(printed) else "secretariat"
        return Affiliation(printed, role=role, affiliation=printed)
    for office, role in _OFFICES:
        if lowered.startswith(office + " ") or lowered.endswith(" " + office):
            if role == "chair" and (presided := _PRESIDES_OVER.match(lowered)) is not None:
                return _office_elsewhere(printed, presided.group("organ"))
            return Affiliation(printed, role=role, office=printed)
    if (romance := _romance_affiliation(printed, lowered)) is not None:  # after every English reading
        return romance
    if " " in printed and (unspaced := iso3_for_spaced_out_name(printed)) is not None:  # "(Federaci ó n de Rusia)"
        return Affiliation(printed, role="delegation", affiliation=printed, country_iso3=unspaced)
    if (misread := iso3_for_misread_country(printed)) is not None:  # a scan's "(Franco)" for France
        return Affiliation(printed, role="delegation", affiliation=printed, country_iso3=misread)
    if (cut := iso3_for_name_cut_short(printed)) is not None:  # "(Unión de Repúblicas Socialistas)"
        return Affiliation(printed, role="delegation", affiliation=printed, country_iso3=cut)
    if (spelt := corrected(printed, _OFFICE_VOCABULARY)) != printed:
        # "(Under-Sccretary-General for Human Rights)", "(Dlrector, Human Rights Treaties Dlvision)": an office's words
        # a scan misread into lookalikes, read as spelt.
        return classify_parenthetical(spelt)
    return Affiliation(printed, role="observer", affiliation=printed)


# The words the offices above and the States are read by, for a scan's misreading of them ("Obscrver for Palestine",
# "Conqo, Leopoldville").
_OFFICE_VOCABULARY = vocabulary_of(
    [
        *re.findall(r"[A-Za-z][a-z]{3,}", " ".join([_SECRETARIAT_WORDS.pattern, *(office for office, _ in _OFFICES)])),
        *("observer", "permanent", "representative", "special", "minister", "ambassador", "adviser"),
        *country_words(),
    ]
)


def _romance_affiliation(printed: str, lowered: str) -> Affiliation | None:
    """A French or Spanish parenthesis: "(Suisse)", "(Rapporteuse pour le pays)", "(Jefe, Subdivisión de Tratados)"."""
    iso3 = iso3_for_translated_country(printed)
    if iso3:
        return Affiliation(printed, role="delegation", affiliation=printed, country_iso3=iso3)
    if (capacity := _ROMANCE_CAPACITY.match(printed)) is not None:  # "en su calidad de Relator para el país"
        inner = _romance_affiliation(printed[capacity.end() :], lowered[capacity.end() :])
        return Affiliation(printed, role=inner.role, office=printed) if inner and inner.role else None
    folded = ascii_folded(lowered)  # "(President provisoire)": a copy that lost its accents
    for office, role in _FOLDED_OFFICES:
        if folded == office or folded.startswith(f"{office} ") or folded.startswith(f"{office},"):
            rest = folded[len(office) :].lstrip(" ,")
            # The body's own organ, named alone as in English: "Presidente del Subcomité para la Prevención de la
            # Tortura" at a CAT meeting is a guest; "Président du Groupe de travail", one of the members.
            own = not rest or _ROMANCE_OWN_ORGAN.fullmatch(rest.rstrip(" .")) or _ROMANCE_TEMPORARY.fullmatch(rest)
            if role == "chair" and not own:  # "Presidenta de la Asamblea General"
                if _ROMANCE_GROUP_OF_MEMBERS.search(rest):
                    return Affiliation(printed, role="member", office=printed)
                return Affiliation(printed, role="observer", affiliation=printed, office=printed)
            return Affiliation(printed, role=role, office=printed)
    if (observer := _ROMANCE_OBSERVER_FOR.match(printed)) is not None:
        who = printed[observer.end() :].strip()
        country = iso3_for_country(who) or iso3_for_translated_country(who)
        return Affiliation(printed, role="delegation" if country else "observer", affiliation=who, country_iso3=country)
    if _ROMANCE_SECRETARIAT.search(printed) and "fugi" not in lowered:  # the refugees' High Commissioner is a guest
        return Affiliation(printed, role="secretariat", affiliation=printed)
    return None


_FOLDED_OFFICES = tuple((ascii_folded(office), role) for office, role in ROMANCE_OFFICES)
_ROMANCE_OBSERVER_FOR = re.compile(ROMANCE_OBSERVER_FOR, re.IGNORECASE)
_ROMANCE_CAPACITY = re.compile(ROMANCE_CAPACITY, re.IGNORECASE)
_ROMANCE_OWN_ORGAN = re.compile(ROMANCE_OWN_ORGAN, re.IGNORECASE)
_ROMANCE_GROUP_OF_MEMBERS = re.compile(r"\b(?:groupe de travail|grupo de trabajo|pr[ée]-?sessi|anterior al per[íi]odo)")
_ROMANCE_TEMPORARY = re.compile(ROMANCE_TEMPORARY, re.IGNORECASE)
_ROMANCE_SECRETARIAT = re.compile(rf"\b(?:{ROMANCE_SECRETARIAT_WORDS})\b")


# "President of the Human Rights Council", "Chair of the working group on communications": an office
# of some other organ or group, not the presiding officer of this meeting (who is "the Chairperson").
_PRESIDES_OVER = re.compile(r"^(?:chairperson|chairman|chairwoman|chair|president) of (?:the )?(?P<organ>.+)$")
_OWN_BODY = re.compile(r"^(?:committee|subcommittee|commission|sub-commission|meeting|session)$")
# A conference's own committees of delegates count too: "Mr. X (Kenya), Chairman of the Credentials Committee".
_GROUP_OF_MEMBERS = re.compile(
    r"\b(?:working group|task force|drafting group|pre-sessional|sessional|credentials committee|drafting committee)\b"
)


def _office_elsewhere(printed: str, organ: str) -> Affiliation:
    if _OWN_BODY.match(organ):
        return Affiliation(printed, role="chair", office=printed)
    if _GROUP_OF_MEMBERS.search(organ):  # a group of the body's own members: one of them speaks
        return Affiliation(printed, role="member", office=printed)
    return Affiliation(printed, role="observer", affiliation=printed, office=printed)


# The offices a State's own officials hold, in three languages: ministers, ambassadors, permanent representatives,
# the head of its delegation; the English ones named, since only the others need the French and Spanish names.
_STATES_OFFICE = re.compile(
    r"^(?:(?:Deputy|Vice|Vice-|Assistant)\s*)?(?:(?P<english>Minister|Ambassador|Permanent\s+Representative"
    r"|Secretary\s+of\s+State|Attorney[- ]General|Head\s+of\s+(?:the\s+)?[Dd]elegation)|Ministro|Ministra|Ministre"
    r"|Viceministr[oa]|Embajador[a]?|Ambassadeur|Ambassadrice|Representante\s+Permanente"
    r"|Repr[ée]sentante?\s+permanente?|Secretari[oa]\s+de\s+Estado|Fiscal\s+General|Procurador[a]?\s+General"
    r"|Jef[ea]\s+de\s+la\s+delegaci[óo]n|Chef\s+de\s+la\s+d[ée]l[ée]gation)\b",
    re.IGNORECASE,
)
# Where a State's name may follow inside the office: "of (the)", "de (la)", "du", "del", "des", "d'".
_OF_A_STATE = re.compile(r"\b(?:of|de|du|del|des|d['’])\s+(?:(?:the|la|las|los|le|les|l['’])\s*)?")
# Where the State's name ends: "... of Colombia to the United Nations", "... de Colombia ante ...", a comma.
_AFTER_THE_STATE = re.compile(r",|\s+(?:to|ante|aupr[èe]s|at|in|en|a|para|pour|for)\s")


def _state_whose_officer(printed: str) -> str | None:
    """The State whose own office the parenthesis names ("Minister of Justice of Colombia" -> COL), if it does."""
    if (office := _STATES_OFFICE.match(printed)) is None:
        return None
    # The French and Spanish names only after a French or Spanish office: an English record loads no translations.
    in_english = office.group("english") is not None
    for of in _OF_A_STATE.finditer(printed):
        rest = printed[of.end() :]
        name = rest[: end.start()] if (end := _AFTER_THE_STATE.search(rest)) else rest
        if (iso3 := iso3_for_country(name) or (None if in_english else iso3_for_translated_country(name))) is not None:
            return iso3
    return None
