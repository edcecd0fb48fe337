"""UN bodies whose meeting records we read: codes, names and symbol patterns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Body:
    code: str
    name: str
    # Symbol prefixes of the body's meeting records, most specific first.
    prefixes: tuple[str, ...]


BODIES: tuple[Body, ...] = (
    Body(
        "CMW",
        "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families",
        ("CMW/C/",),
    ),
    Body("CRC", "Committee on the Rights of the Child", ("CRC/C/",)),
    Body("CEDAW", "Committee on the Elimination of Discrimination against Women", ("CEDAW/C/",)),
    Body("CCPR", "Human Rights Committee", ("CCPR/C/",)),
    Body("CESCR", "Committee on Economic, Social and Cultural Rights", ("E/C.12/",)),
    Body("CERD", "Committee on the Elimination of Racial Discrimination", ("CERD/C/",)),
    Body(
        "SPT",
        "Subcommittee on Prevention of Torture and other Cruel, Inhuman or Degrading Treatment or Punishment",
        ("CAT/OP/", "SPT/"),
    ),
    Body("CAT", "Committee against Torture", ("CAT/C/",)),
    Body("CRPD", "Committee on the Rights of Persons with Disabilities", ("CRPD/C/",)),
    Body("CED", "Committee on Enforced Disappearances", ("CED/C/",)),
    Body("HRC", "Human Rights Council", ("A/HRC/",)),
    Body("A/C.1", "General Assembly First Committee", ("A/C.1/",)),
    Body("A/C.2", "General Assembly Second Committee", ("A/C.2/",)),
    Body("A/C.3", "General Assembly Third Committee", ("A/C.3/",)),
    Body("A/C.4", "General Assembly Fourth Committee", ("A/C.4/",)),
    Body("A/C.5", "General Assembly Fifth Committee", ("A/C.5/",)),
    Body("A/C.6", "General Assembly Sixth Committee", ("A/C.6/",)),
    Body("SC", "Security Council", ("S/PV.", "S/")),
    Body("GA", "General Assembly", ("A/",)),
    Body("ECOSOC", "Economic and Social Council", ("E/",)),
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
    }
)


def body_for_symbol(symbol: str) -> Body | None:
    """The body whose records carry this symbol, by the longest matching prefix.

    Every prefix ends in "/" or ".", so the symbol's own prefixes ending there are looked up, longest first.
    """
    for end in range(len(symbol), 0, -1):
        if symbol[end - 1] in "/." and (body := _BY_PREFIX.get(symbol[:end])):
            return body
    return None


def body_for_name(line: str) -> Body | None:
    """The body named by a masthead line such as "Committee against Torture"."""
    key = " ".join(line.split()).casefold()
    return _BY_NAME.get(key)


def body_by_code(code: str) -> Body | None:
    return _BY_CODE.get(code)
