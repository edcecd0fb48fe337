"""Questions and answers printed word for word inside a summary record, and whose each paragraph is.

Records of the first years now and then print an exchange verbatim, announced by the Secretariat ("A verbatim
account of the questions put by the representative of Poland and of the replies given by the representative of
Israel follows."), each paragraph then opening "Question:" or "Answer:" and naming no speaker. The questions are
the delegate's who had the floor when the exchange began; the answers are the guest's, the representative of the
State the announcement names, seated at the table to answer them (`transforms.delegation_table`). A paragraph that
names its speaker ends the exchange.
"""

from __future__ import annotations

import re
from typing import Literal

from transforms.countries import iso3_for_country
from transforms.speakers import Attribution

Side = Literal["question", "answer"]

_QUESTION = re.compile(r"^(?:Question|Pregunta)\s?:\s")
_ANSWER = re.compile(r"^(?:Answer|Reply|R[ée]ponse|Respuesta)\s?:\s")
_ANNOUNCEMENT = re.compile(r"^An? (?:verbatim|textual|full) (?:account|record|text) of the questions\b")
_ANSWERED_FOR = re.compile(
    r"\b(?:replies|answers)\s+(?:given|made)\s+by\s+the\s+representative\s+of\s+(?:the\s+)?(?P<state>[A-Z][^,.;]+?)"
    r"\s+(?:follows?|is|are)\b"
)


def side_of(text: str) -> Side | None:
    """Whether the paragraph is a question or an answer of a verbatim exchange, or neither."""
    if text[:1] not in "QPARr":
        return None  # most paragraphs, at once
    if _QUESTION.match(text):
        return "question"
    return "answer" if _ANSWER.match(text) else None


class VerbatimExchange:
    """Who asks and who answers in the exchange under way, if one is."""

    def __init__(self) -> None:
        self._asker: Attribution | None = None
        self._answering_state: str | None = None

    def announces(self, text: str) -> bool:
        """Whether the paragraph announces an exchange (a procedural line of the Secretariat's); it notes which
        State's representative answers."""
        if _ANNOUNCEMENT.match(text) is None:
            return False
        if (answered := _ANSWERED_FOR.search(text)) is not None:
            self._answering_state = iso3_for_country(answered.group("state"))
        return True

    def speaker(self, side: Side, last_speaker: Attribution | None, seated: dict[str, str]) -> Attribution | None:
        """Who speaks a question (the delegate who had the floor) or an answer (the State's representative seated
        to answer, `seated` being ISO3 -> name); None where the record has not said."""
        if side == "question":
            if self._asker is None and last_speaker is not None and last_speaker.country_iso3 != self._answering_state:
                self._asker = last_speaker
            return self._asker
        state = self._answering_state or (next(iter(seated)) if len(seated) == 1 else None)
        if state is None:
            return None
        name = seated.get(state)
        return Attribution(
            label=f"{name} ({state})" if name else state,
            title=None,
            name=name,
            role="delegation",
            affiliation=None,
            country_iso3=state,
            on_behalf_of=None,
            spoke_in=None,
        )

    def end(self) -> None:
        """A paragraph that names its speaker: the exchange, if one was under way, is over."""
        self._asker = None
