"""Sentences for one record: facts, positions and questions on the body's topics, drawn from a seeded generator."""

from __future__ import annotations

import random

from tests.corpus.people import Person
from tests.corpus.vocabulary import GROUPS_OF_PEOPLE, INSTITUTIONS, OFFICIALS, BodyStyle


class Writer:
    """Sentences for one record, drawn from a seeded generator."""

    def __init__(self, rng: random.Random, style: BodyStyle, year: int) -> None:
        self.rng = rng
        self.style = style
        self.year = year

    def topic(self) -> str:
        return self.rng.choice(self.style.topics)

    def figure(self) -> str:
        value = self.rng.choice((self.rng.randint(12, 999), self.rng.randint(1000, 99_999)))
        return f"{value:,}"

    def per_cent(self) -> str:
        return f"{self.rng.choice((self.rng.randint(3, 95), self.rng.randint(10, 99) / 10))} per cent"

    def past_year(self, back: int = 8) -> int:
        return self.rng.randint(max(1990, self.year - back), self.year - 1)

    def money(self) -> str:
        return self.rng.choice(
            (
                f"US$ {self.rng.randint(11, 95) / 10} million",
                f"US$ {self.rng.randint(100, 950):,},000",
                f"{self.rng.randint(2, 40)} million euros",
            )
        )

    def fact(self) -> str:
        """A declarative clause, lower case, without a full stop."""
        rng = self.rng
        later = self.past_year(3)
        earlier = rng.randint(max(1985, later - 12), later - 1)
        if self.style.kind != "treaty" and rng.random() < 0.5:
            return self.position()
        options = (
            f"in {later}, {self.figure()} complaints concerning {self.topic()} had been "
            f"registered, compared with {self.figure()} in {earlier}",
            f"{rng.choice(INSTITUTIONS)} had received {self.figure()} complaints in {later}, "
            f"of which {rng.randint(2, 90)} had been upheld",
            f"the budget allocated to {self.topic()} had increased by {self.per_cent()} between "
            f"{earlier} and {later}, to {self.money()}",
            f"a national plan of action on {self.topic()} had been adopted in {later} and would "
            f"be evaluated in {later + 3}",
            f"training on {self.topic()} had been provided to {self.figure()} {rng.choice(OFFICIALS)} since {earlier}",
            f"some {self.per_cent()} of {rng.choice(GROUPS_OF_PEOPLE)} were now covered by the measures taken",
            f"the relevant legislation had been amended in {later} to bring it into line with "
            f"the country's international obligations",
            f"the Government was working with civil society organizations and development partners on {self.topic()}",
        )
        return rng.choice(options)

    def position(self) -> str:
        """A delegation's stance in a debate, lower case, without a full stop."""
        rng = self.rng
        topic, other = rng.sample(self.style.topics, 2)
        options = (
            f"the international community must redouble its efforts on {topic}",
            f"the Government had contributed {self.money()} to United Nations activities on "
            f"{topic} since {self.past_year()}",
            f"{topic} could not be addressed in isolation from {other}",
            f"the report of the Secretary-General on {topic} deserved careful consideration",
            f"any decision on {topic} must be taken by consensus",
            f"the delegation supported the proposal to convene a high-level meeting on {topic} in {self.year + 1}",
        )
        return rng.choice(options)

    def question(self) -> str:
        """A "whether" clause, lower case, without a full stop."""
        rng = self.rng
        options = (
            f"the State party had adopted a comprehensive strategy on {self.topic()}",
            f"an independent mechanism monitored {self.topic()} and, if so, what resources it had",
            f"data disaggregated by sex, age and region were available on {self.topic()}",
            "the measures taken had been evaluated and with what results",
            f"{rng.choice(GROUPS_OF_PEOPLE)} had effective access to remedies",
            "the Government intended to withdraw its reservations",
            f"the {self.past_year()} reform had led to any prosecutions",
        )
        return rng.choice(options)

    def sentence(self) -> str:
        fact = self.fact()
        return fact[0].upper() + fact[1:] + "."

    def sentences(self, low: int, high: int) -> str:
        """Between `low` and `high` different sentences."""
        wanted = self.rng.randint(low, high)
        chosen: list[str] = []
        for _ in range(wanted * 4):
            if len(chosen) == wanted:
                break
            sentence = self.sentence()
            if sentence.split(" ", 4)[:4] not in [c.split(" ", 4)[:4] for c in chosen]:
                chosen.append(sentence)
        return " ".join(chosen)

    def follow_up(self, person: Person, count: int = 1) -> str:
        """`count` different sentences that carry on a member's questions."""
        he = person.pronoun.capitalize()
        options = (
            f"{he} would also welcome information on {self.topic()}.",
            f"According to information before the Committee, {self.figure()} cases had been "
            f"reported in {self.past_year()}.",
            f"It would be useful to know how many {self.rng.choice(GROUPS_OF_PEOPLE)} had "
            f"benefited from those measures.",
            f"{he} also asked whether {self.question()}.",
        )
        return " ".join(self.rng.sample(options, count))
