"""How records print numbers, times, dates and names: "Seventy-fifth", "2210th", "10.05 a.m.", "de GOUTTES"."""

from __future__ import annotations

import calendar
import unicodedata
from datetime import date

from tests.corpus.vocabulary import PARTICLES

# Spelt here, not taken from `transforms.numbers`: the generator is the oracle the parser's
# reading of ordinals is tested against, so it must not share the parser's word list.
_UNITS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")


def ordinal_words(number: int) -> str:
    """ "Seventy-fifth" for 75 (1-99), as session lines print them."""
    if number < 20:
        return _UNITS[number].capitalize()
    tens, units = divmod(number, 10)
    if units == 0:
        return f"{_TENS[tens]}ieth".capitalize()
    return f"{_TENS[tens]}y-{_UNITS[units]}".capitalize()


def ordinal_words_in_hundreds(number: int, *, one_left_out: bool) -> str:
    """ "Two hundred and third" for 203 (100-999), as the first years' titles print meetings; "Hundred and
    forty-fifth" for 145 where the title leaves "one" out."""
    hundreds, rest = divmod(number, 100)
    count = "" if hundreds == 1 and one_left_out else f"{_CARDINAL_UNITS[hundreds]} "
    if rest == 0:
        return f"{count}hundredth".capitalize()
    return f"{count}hundred and {ordinal_words(rest).lower()}".capitalize()


_CARDINAL_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def ordinal_figures(number: int) -> str:
    """ "2210th", "102nd", "3391st"."""
    teens = 10 <= number % 100 <= 20
    return f"{number}{'th' if teens else {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"


def clock(minutes: int) -> str:
    """ "10.05 a.m.", "3 p.m.", "12.40 p.m." from minutes after midnight."""
    hour, minute = divmod(minutes, 60)
    meridian = "a.m." if hour < 12 else "p.m."
    hour12 = hour - 12 if hour > 12 else hour
    return f"{hour12}.{minute:02d} {meridian}" if minute else f"{hour12} {meridian}"


def full_stop(text: str) -> str:
    """End a sentence once: "at 10 a.m." stays, "at 10.05" gains its full stop."""
    return text if text.endswith(".") else text + "."


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def long_date(day: date, weekday: bool = True) -> str:
    text = f"{day.day} {calendar.month_name[day.month]} {day.year}"
    return f"{day.strftime('%A')}, {text}" if weekday else text


def upper_name(name: str) -> str:
    """The capitals of old records: "de Gouttes" -> "de GOUTTES"."""
    return " ".join(w if w in PARTICLES else w.upper() for w in name.split())


def title_name(printed: str) -> str:
    """Undo `upper_name` the way a reader would: "O'FLAHERTY" -> "O'Flaherty"."""
    words = []
    for word in printed.split():
        if word in PARTICLES:
            words.append(word)
            continue
        parts = []
        for part in word.replace("'", "'\0").replace("-", "-\0").split("\0"):
            parts.append(part[:1] + part[1:].lower())
        words.append("".join(parts))
    return " ".join(words)


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
