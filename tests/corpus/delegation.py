"""A State party's delegation in a dialogue: how the record seats it and how it prints its members' turns.

Most records seat "the delegation of" the State and print each delegate with the State after the
name. Now and then a record names the delegates it seats, with the State after the first name
only ("Ms. A (Ruritania), Mr. B and Ms. C took places at the Committee table"), and then prints
them bare ("Mr. B said"); in half of those, a delegate the seating paragraph did not name also
speaks printed bare, of "his delegation". A reader, and `transforms.delegation_table`, still knows
whom they speak for: the State at the table. (Only there: a flattened rendition's agenda, which
names the State party, is lost to the parser.) A delegate once heard with the State is now and then
printed bare when they speak again ("Mr. B added that"), seated by name or not.
"""

from __future__ import annotations

import random

from tests.corpus.draft import Draft
from tests.corpus.formats import title_name, upper_name
from tests.corpus.meeting import Meeting
from tests.corpus.people import Cast, Person
from tests.corpus.states import printed_country, with_article
from tests.corpus.vocabulary import DECLARATIVE_VERBS
from tests.corpus.writer import Writer

SEATED_BY_NAME = 0.06  # of dialogues with three delegates or more
BARE_WHEN_SEATED = 0.6  # of a seated delegate's later turns
OWN_DELEGATION = 0.5  # of those dialogues: a delegate not named at the table speaks, bare, of "his delegation"
BARE_WHEN_HEARD = 0.01  # of a delegate's later turns, once heard with the State
SEATING_WORDS = ("took places", "took their places", "took seats", "took their seats")
SEATING_WEIGHTS = (0.75, 0.1, 0.1, 0.05)


class Delegation:
    """The delegates of the State under review, and how the record prints each of their turns."""

    def __init__(self, rng: random.Random, meeting: Meeting, cast: Cast, writer: Writer) -> None:
        assert meeting.state is not None
        self.rng, self.cast, self.writer = rng, cast, writer
        self.old_style = meeting.old_style
        self.state = printed_country(meeting.state, meeting.year)
        self.delegates = [cast.delegate(meeting.state, self.state) for _ in range(rng.randint(2, 6))]
        self.seated: list[Person] = []  # named in the seating paragraph
        # Not a State with brackets of its own ("Bolivia (Plurinational State of)"): in this form
        # `transforms.delegation_table` reads a State's name without them.
        if len(self.delegates) >= 3 and "(" not in self.state and rng.random() < SEATED_BY_NAME:
            self.seated = self.delegates[: rng.randint(3, len(self.delegates))]
        self.unnamed: Person | None = None
        if self.seated and rng.random() < OWN_DELEGATION:
            self.unnamed = cast.delegate(meeting.state, self.state)
        self.heard: set[str] = set()  # the delegates printed with the State so far
        # A stream of its own, so that the trait leaves every other draw of the record as it was.
        self.bare_again = random.Random(f"{meeting.symbol} heard again, printed bare")
        self.seating_words = random.Random(f"{meeting.symbol} seating words")

    def seat(self, draft: Draft, office: str) -> None:
        """ "At the invitation of the Chairperson, the delegation of X took places (or seats) at the Committee
        table." """
        if not self.seated:
            seated = f"the delegation of {with_article(self.state)}"
        else:
            first, *others = (f"{person.title} {person.name}" for person in self.seated)
            seated = f"{first} ({self.state}), {', '.join(others[:-1])} and {others[-1]}"
        # Records word it several ways; most say "took places".
        took = self.seating_words.choices(SEATING_WORDS, weights=SEATING_WEIGHTS)[0]
        draft.procedural(f"At the invitation of the {office}, {seated} {took} at the Committee table.")

    def turn(self, draft: Draft, delegate: Person, *, intro: bool, spelling: str | None = None) -> None:
        """A delegate's paragraph and its continuations; the head of delegation introduces the report."""
        rng, writer = self.rng, self.writer
        who = f"{draft.printed(delegate, spelling)} ({delegate.affiliation})"
        seated_bare = spelling is None and not intro and delegate in self.seated and rng.random() < BARE_WHEN_SEATED
        if seated_bare or (spelling is None and self._bare_again(delegate)):
            who = draft.printed(delegate)
        elif spelling is None:
            self.heard.add(delegate.name)
        if intro:
            opening = (
                f"{who}, introducing {delegate.possessive} country's report, said that "
                f"{writer.fact()}. {writer.sentences(1, 3)}"
            )
        else:
            form = rng.randint(0, 5)
            if form == 0:
                opening = f"{who}, replying to the questions on {writer.topic()}, said that {writer.fact()}."
                # A participle clause with no comma after the State, in one such opening in five, from a stream of its
                # own: "Mr. X (Chile) expressing appreciation for the questions on ..., said that".
                clause = random.Random(f"{delegate.name} {delegate.affiliation} participle")
                if clause.random() < 0.2:
                    participle = clause.choice(("expressing appreciation for", "responding to", "thanking members for"))
                    opening = opening.replace(", replying to", f" {participle}", 1)
            elif form == 1:
                opening = f"{who}, on the subject of {writer.topic()}, explained that {writer.fact()}."
            else:
                opening = f"{who} {rng.choice(DECLARATIVE_VERBS)} that {writer.fact()}."
            if rng.random() < 0.6:
                opening += " " + writer.sentences(1, 3)
        extra = {}
        if spelling is not None:
            extra["printed_name"] = title_name(upper_name(spelling)) if self.old_style else spelling
        draft.turn(delegate, opening, self._continuations(draft, delegate), **extra)

    def _bare_again(self, delegate: Person) -> bool:
        return delegate.name in self.heard and self.bare_again.random() < BARE_WHEN_HEARD

    def unnamed_turn(self, draft: Draft) -> None:
        """The delegate the seating paragraph did not name, printed bare, speaking of their delegation."""
        if self.unnamed is None:
            return
        delegate, writer = self.unnamed, self.writer
        own = f"{delegate.possessive} delegation"
        opening = self.rng.choice(
            (
                f"{draft.printed(delegate)} said that {own} wished to add that {writer.fact()}.",
                f"{draft.printed(delegate)} thanked the members on behalf of {own} and said that {writer.fact()}.",
                f"{draft.printed(delegate)}, speaking for {own} on {writer.topic()}, said that {writer.fact()}.",
            )
        )
        draft.turn(delegate, opening, self._continuations(draft, delegate))

    def _continuations(self, draft: Draft, delegate: Person) -> list[str]:
        count = self.rng.choices((0, 1, 2, 3), (45, 30, 15, 10))[0]
        return [self._continuation(draft, delegate) for _ in range(count)]

    def _continuation(self, draft: Draft, speaker: Person) -> str:
        writer = self.writer
        form = self.rng.randint(0, 4)
        if form == 0:
            # Opens with a name, yet the speaker does not change.
            return (
                f"As to {self.cast.mention(draft, speaker)}'s question on {writer.topic()}, "
                f"{writer.fact()}. {writer.sentences(0, 2)}"
            ).strip()
        if form == 1:
            return f"With regard to {writer.topic()}, {writer.fact()}. {writer.sentences(0, 2)}".strip()
        return writer.sentences(1, 4)
