"""Characters that print as a space or a hyphen, or not at all, read as the plain ones.

Word processors and web renditions keep names and words together with non-breaking spaces and
hyphens ("Ms. Kyung-wha Kang", its hyphen U+2011), hide soft hyphens and zero-width marks inside words, and old
conversions leave them where a line was broken. The parser reads "-" and " "; these become them.
Curly quotes stay: they are the text as published, and names fold them where they are compared.
A comma run onto the next word gets its space back ("Geneva,on Monday", "Mr. X
(Chile),replying"); a comma between digits ("1,325") is a figure's and stays. A space a conversion set
before a comma or a word's full stop goes ("Mr . X (Chile) , replying"); an ellipsis keeps its space.
A brace a scan read for one of a parenthesis's brackets is the bracket ("Mr. CASSIN (France} said"), and a
not sign some conversions print for a soft hyphen inside a word goes ("Socialist Repub¬lics"), and so do an
underline a scan read after a title's stop ("Mr._MATELA (Poland)") and spaces inside brackets ("( Brazil )"), and a
speck a scan read before a turn's first letter ("'The CHAIRMAN said"). A
web table's cells flattened one a line keep their text, not the rule that closes each ("Mr. CHANCE |"). A Spanish
article a conversion glued to the title after it gets its space back ("ElSr. Al Ahmad", "LaSra. Gaer"), and a
delegate's name it spaced out at its start is closed up ("La Sra. M e lnikova (Letonia)").
"""

from __future__ import annotations

import re

_AS_SPACE = "\u00a0\u2007\u202f\u2002\u2003\u2009"  # no-break, figure, narrow no-break, en, em, thin
_AS_HYPHEN = "\u2010\u2011"  # hyphen, non-breaking hyphen
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width marks, word joiner, BOM
_PLAIN = {**dict.fromkeys(_AS_SPACE, " "), **dict.fromkeys(_AS_HYPHEN, "-"), **dict.fromkeys(_INVISIBLE, "")}
_SPECIALS = _AS_SPACE + _AS_HYPHEN + _INVISIBLE
_COMMA_RUN_ON = re.compile(r",(?=[^\W\d_])")
_SPACE_BEFORE_STOP = re.compile(r"(?<=[\w)])[ \t]+([,.])(?=\s|$)")
_NOT_SIGN_IN_A_WORD = re.compile(r"(?<=[^\W\d_])\u00ac(?=[^\W\d_])")
_UNDERLINE_AFTER_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|M|Mme|Sr|Sra)\._+\s?(?=[^\W\d_])")
_CELL_RULE_AT_LINE_END = re.compile(r"[ \t]*\|[ \t|]*$", re.MULTILINE)
_SPACE_INSIDE_BRACKETS = re.compile(r"(?<=\()[ \t]+|[ \t]+(?=\))")
_ARTICLE_GLUED_TO_TITLE = re.compile(r"\b(El|La)(?=Sra?\.|Srta\.)")
# A delegate's name a conversion spaced out letter by letter at its start: "La Sra. M e lnikova (Letonia) dice".
# Its ". " first: `re` then looks for that literal alone through the text, fifteen times faster than a lookbehind.
_SPACED_OUT_NAME = re.compile(r"\. (?P<name>[A-Z] [a-z](?: [a-z]){0,2} [a-z]{2,})(?= ?\()")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|M|Mme|Mlle|Sr|Sra|Srta)\. $")
# Found from the newline before it, a literal `re` looks for fast ("^" in multiline mode tries every position).
_SPECK_BEFORE_A_TURN = re.compile(r"\n['‘’`](?=The [A-Z]{4}|(?:Mr|Mrs|Ms|Dr|M|Mme)\.? [A-Z]{2})")
_OPENED_WITH_A_SPACE = re.compile(r"\( ")
_SR = re.compile("Sr")
_BRACE_FOR_BRACKET = re.compile(r"\(([^(){}\n]{2,60})\}|\{([^(){}\n]{2,60})\)")


def plain_typography(text: str) -> str:
    """The text with typographic spaces and hyphens as plain ones, invisible marks removed and a space after a
    comma."""
    if not text.isascii():
        for character in _SPECIALS:  # most records hold none; `replace` is much faster than `translate` here
            if character in text:
                text = text.replace(character, _PLAIN[character])
        if "\u00ac" in text:
            text = _NOT_SIGN_IN_A_WORD.sub("", text)
    if " ." in text:  # one look, not two: a text that spaces its commas so spaces its stops too
        text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    # The looks below are ordered for speed: `in` finds one character at once, but two ("|\n") ten times slower
    # than a regex with that literal, through most texts' 10,000 characters; a rare first character goes first.
    if "_" in text and "._" in text:
        text = _UNDERLINE_AFTER_TITLE.sub(r"\1. ", text)
    if "|" in text and "|\n" in text:  # a web table flattened to text: "Chairman: |", "Mr. CHANCE |", "Canada |", "|"
        text = _CELL_RULE_AT_LINE_END.sub("", text)
    if _OPENED_WITH_A_SPACE.search(text) or " )" in text:  # "( continued )", "( Brazil )": a conversion's spaces
        text = _SPACE_INSIDE_BRACKETS.sub("", text)
    if _SR.search(text) and ("lSr" in text or "aSr" in text):  # "ElSr. Al Ahmad (República Árabe Siria) dice"
        text = _ARTICLE_GLUED_TO_TITLE.sub(r"\1 ", text)
    text = without_specks_before_turns(text)
    if "}" in text or "{" in text:
        text = _BRACE_FOR_BRACKET.sub(lambda brace: f"({brace.group(1) or brace.group(2)})", text)
    if (spaced := _SPACED_OUT_NAME.search(text)) is not None:
        text = _names_closed_up(text, spaced)
    return _COMMA_RUN_ON.sub(", ", text)


def _names_closed_up(text: str, first: re.Match[str]) -> str:
    """The text with each name spaced out after a title closed up again ("Sra. M e lnikova (" is "Sra. Melnikova (")."""
    parts, end = [], 0
    for spaced in _SPACED_OUT_NAME.finditer(text, first.start()):
        if _TITLE_BEFORE.search(text, max(0, spaced.start("name") - 6), spaced.start("name")):
            parts += [text[end : spaced.start("name")], spaced.group("name").replace(" ", "")]
            end = spaced.end()
    return "".join(parts) + text[end:]


def without_specks_before_turns(text: str) -> str:
    """ "'The CHAIRMAN pointed out": a scan's speck before a turn at a line's start, taken away."""
    return _SPECK_BEFORE_A_TURN.sub("\n", text) if _SPECK_BEFORE_A_TURN.search(text) else text
