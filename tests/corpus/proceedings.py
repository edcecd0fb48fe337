"""The proceedings of one record: its agenda headings and the turns of its dialogue or debate.

A treaty body's dialogue with a State party (a report, its delegation, members' questions and the
replies); or, with no State party, the Council's and the Assembly's debates, a treaty body's
reading of a draft general comment and the Subcommittee's opening. The truth about each paragraph
goes into the `Draft` as it is written.
"""

from __future__ import annotations

import random

from tests.corpus.delegation import Delegation
from tests.corpus.draft import Draft
from tests.corpus.formats import clock, full_stop, ordinal_words
from tests.corpus.meeting import Meeting
from tests.corpus.people import Cast, Person
from tests.corpus.states import country_pool, printed_country, with_article
from tests.corpus.vocabulary import (
    DECLARATIVE_VERBS,
    GROUPS,
    OBSERVER_ORGANISATIONS,
    OTHER_ORGANS,
    QUESTION_VERBS,
    REGION_OF,
)
from tests.corpus.writer import Writer

MIN_PARAGRAPHS, MAX_PARAGRAPHS = 20, 80
OTHER_ORGAN = 0.05  # of debates: the presiding officer of another organ presents its report
UNNAMED_OBSERVER = 0.1  # of observers' turns: "The observer for the International Labour Organization said"
DELEGATES_WITHDREW = 0.1  # of dialogues: "Mr. X (Chile) and the other members of the delegation withdrew."
RAPPORTEUR_BY_OFFICE = 0.2  # of dialogues: the rapporteur who closes is printed by office alone
# Of dialogues: the Chair calls on the rapporteur who closes by office ("invited the Country Rapporteur, Ms. X, to sum
# up"), who is then printed bare ("Ms. X thanked").
RAPPORTEUR_CALLED = 0.1
OTHER_ORGAN_BY_OFFICE = 0.25  # of those presiding officers' turns: "The President of the ... Council said"
VICE_BY_OFFICE = 0.2  # of hand-overs: the Vice-Chair who took the Chair is "The Vice-Chairperson" from there on
IN_CAPACITY = 0.15  # of a rapporteur's questions: "Mr. X, speaking as Country Rapporteur, asked"
# Of the Secretariat's officers on organizational matters: one of another office than the Committee's secretary.
OTHER_SECRETARIAT_OFFICE = 0.3
_SECRETARIAT_OFFICES = ("Office of Legal Affairs", "United Nations Office at Geneva", "Treaty Body Unit",
                        "Legal Adviser to the Committee")  # fmt: skip
_NAMES_WITHOUT_ARTICLE = ("Amnesty International", "Human Rights Watch", "Franciscans International")


class Proceedings:
    """Writes a record's body into a `Draft`; `later_chair` says who took the Chair, if anyone did."""

    def __init__(self, rng: random.Random, meeting: Meeting, cast: Cast) -> None:
        self.rng = rng
        self.meeting = meeting
        self.cast = cast
        self.writer = Writer(rng, meeting.style, meeting.year)
        self.later_chair: tuple[Person, str] | None = None

    def headings(self) -> tuple[list[str], list[str]]:
        """The agenda headings the body opens with, and the documents they cite."""
        if self.meeting.state is not None:
            return self._review_headings()
        return self._debate_headings()

    def write(self, draft: Draft, members: list[Person], vice: Person | None) -> None:
        """Every paragraph; `vice`, if any, takes the Chair part of the way through."""
        if self.meeting.state is not None:
            self._write_review(draft, members, vice)
        else:
            self._write_debate(draft, members, vice)

    def _hand_over(self, draft: Draft, vice: Person) -> None:
        """ "Ms. X, Vice-Chairperson, took the Chair." (or the office first): from here "The Chair" is Ms. X."""
        office = self.meeting.vice_office()
        who = draft.printed(vice)
        draft.procedural(self.rng.choice((f"{who}, {office}, took the Chair.", f"{who} ({office}) took the Chair.",
                                          f"The {office}, {who}, took the Chair.")))  # fmt: skip
        draft.chair = Person(vice.name, vice.title, "chair")
        draft.chair_ref = self.meeting.chair_ref(draft.chair)
        # Now and then the record calls the one presiding by the office held ("The VICE-CHAIRPERSON said"): a
        # stream of its own, so that the rest of the record stays as it was.
        if random.Random(f"{self.meeting.symbol} vice by office").random() < VICE_BY_OFFICE:
            draft.chair_ref = f"The {office.upper() if self.meeting.old_style else office}"
        self.later_chair = (vice, office)

    def _room_left(self, draft: Draft, reserve: int = 6) -> bool:
        return len(draft.statements) < MAX_PARAGRAPHS - reserve

    # ---- a treaty body's dialogue with a State party

    def _review_headings(self) -> tuple[list[str], list[str]]:
        meeting = self.meeting
        assert meeting.state is not None
        code, iso3 = meeting.style.code, meeting.state.iso3
        prefix = "E/C.12" if code == "CESCR" else f"{code}/C"
        number = self.rng.randint(1, 7)
        report, issues = f"{prefix}/{iso3}/{number}", f"{prefix}/{iso3}/Q/{number}"
        which = "Initial report" if number == 1 else f"{ordinal_words(number)} periodic report"
        state = with_article(printed_country(meeting.state, meeting.year))
        continued = " (continued)" if self.rng.random() < 0.5 else ""
        instrument = "the Covenant" if code in ("CESCR", "CCPR") else "the Convention"
        item = (
            f"Consideration of reports submitted by States parties under article "
            f"{meeting.style.report_article} of {instrument} (continued)"
        )
        if meeting.old_style:
            item = item.upper().replace("(CONTINUED)", "(continued)")
        heading = f"{which} of {state}{continued} ({report}; {issues} and Add.1)"
        return [item, heading], [report, issues, f"{issues}/Add.1"]

    def _write_review(self, draft: Draft, members: list[Person], vice: Person | None) -> None:
        rng, meeting = self.rng, self.meeting
        assert meeting.state is not None
        delegation = Delegation(rng, meeting, self.cast, self.writer)
        delegates = delegation.delegates
        rapporteurs = members[:2] if rng.random() < 0.4 else members[:1]
        offices = ["Country Rapporteur", "Rapporteur"]
        if meeting.style.code == "CRC":
            offices.append("Country Task Force")
        for rapporteur in rapporteurs:
            rapporteur.role, rapporteur.office = "rapporteur", rng.choice(offices)
        office = draft.chair_ref.split()[-1].capitalize()
        delegation.seat(draft, office)
        task = rng.choice(("introduce its report", "continue replying to the questions raised at the previous meeting"))
        draft.chair_turn(f"{draft.chair_ref} invited the delegation to {task}.")
        delegation.turn(draft, delegates[0], intro=True)
        for rapporteur in rapporteurs:
            self._member_turn(draft, rapporteur)
        askers = [m for m in members if m.role == "member"]
        if vice is not None:
            vice.office = meeting.vice_office()
            askers.append(vice)
        rng.shuffle(askers)
        for member in askers[: rng.randint(3, len(askers))]:
            self._member_turn(draft, member)
        if rng.random() < 0.35:
            start = rng.choice((11 * 60, 16 * 60)) + rng.randint(0, 50)
            draft.formula(
                full_stop(
                    f"The meeting was suspended at {clock(start)} and resumed at {clock(start + rng.randint(5, 25))}"
                )
            )
        if vice is not None:
            self._hand_over(draft, vice)
        self._replies(draft, delegation, [m for m in askers if m is not vice])
        if rng.random() < 0.5:
            chair_question = f"asked whether {self.writer.question()}"
            draft.chair_turn(f"{draft.chair_ref}, speaking as a member of the {meeting.forum}, {chair_question}.")
            delegation.turn(draft, rng.choice(delegates), intro=False)
        closing = rapporteurs[0]
        who = f"{draft.printed(closing)} ({closing.office})"
        # Now and then by office alone ("The Country Rapporteur thanked"), when the office is no one else's: the one
        # heard in it before (a stream of its own, so that the rest of the record stays as it was).
        alone = sum(rapporteur.office == closing.office for rapporteur in rapporteurs) == 1
        by_office = random.Random(f"{meeting.symbol} rapporteur by office").random() < RAPPORTEUR_BY_OFFICE
        if alone and by_office and closing.office in ("Country Rapporteur", "Rapporteur"):
            who = f"The {closing.office.upper() if draft.old_style else closing.office}"
        else:
            who = self._call_on(draft, closing, alone) or who
        draft.turn(
            closing,
            f"{who} thanked the delegation for the constructive dialogue. {self.writer.follow_up(closing)}",
            [],
        )
        draft.chair_turn(f"{draft.chair_ref} thanked the delegation.")
        # Now and then the record says the delegates left the table, named with their State: no words of theirs
        # (a stream of its own, so that the rest of the record stays as it was).
        if random.Random(f"{meeting.symbol} withdrew").random() < DELEGATES_WITHDREW:
            head = f"{draft.printed(delegates[0])} ({delegates[0].affiliation})"
            draft.procedural(f"{head} and the other members of the delegation withdrew.")
        self._organizational_item(draft)

    def _replies(self, draft: Draft, delegation: Delegation, askers: list[Person]) -> None:
        """The delegation's replies, with a misprinted name now and then."""
        rng, delegates = self.rng, delegation.delegates
        misprint_at = rng.randint(1, 4) if rng.random() < 0.25 else None
        turns = rng.randint(5, 14)
        unnamed_at = rng.randint(1, turns - 1)
        index = 0
        while (index < turns or len(draft.statements) < MIN_PARAGRAPHS - 3) and self._room_left(draft):
            if index == misprint_at and len(delegates[0].name.split()[-1]) >= 3:
                # The head of delegation once more, correctly, then once misprinted; not a name of two letters, whose
                # letter changed makes another name ("Ri", "Re") that no reader would take for a misprint.
                delegation.turn(draft, delegates[0], intro=False)
                delegation.turn(draft, delegates[0], intro=False, spelling=_misspelt(delegates[0].name))
            else:
                delegation.turn(draft, rng.choice(delegates), intro=False)
            if index == unnamed_at:
                delegation.unnamed_turn(draft)
            if askers and rng.random() < 0.25:
                self._member_turn(draft, rng.choice(askers))
            index += 1

    def _member_turn(self, draft: Draft, member: Person) -> None:
        rng, writer = self.rng, self.writer
        who = draft.printed(member) + (f" ({member.office})" if member.office else "")
        question = writer.question()
        topic, other_topic = rng.sample(self.meeting.style.topics, 2)
        openings = (
            f"{who}, referring to {writer.topic()}, asked whether {question}.",
            f"{who}, recalling that {writer.fact()}, asked whether {question}.",
            f"{who}, noting that {writer.fact()}, wondered whether {question}.",
            f"{who} supported {self.cast.mention(draft, member)}'s question on {topic} and "
            f"requested information on {other_topic}.",
            f"{who} thanked the {'delegation for its replies' if self.meeting.state else 'speaker'} "
            f"and asked whether {question}.",
            f"{who} expressed concern at {writer.topic()} and asked whether {question}.",
            f"{who} welcomed the progress made on {writer.topic()} but asked whether {question}.",
            f"{who} drew attention to {writer.topic()} and suggested that the State party "
            f"should adopt a time-bound plan.",
            f"{who} {rng.choice(QUESTION_VERBS)} whether {question}.",
        )
        opening = rng.choice(openings)
        # Now and then a rapporteur is printed in the capacity he speaks in: "Mr. X, speaking as Country Rapporteur,
        # asked" (a stream of its own, so that the rest of the record stays as it was).
        capacity = random.Random(f"{self.meeting.symbol} capacity {len(draft.statements)}")
        if member.office in ("Country Rapporteur", "Rapporteur") and capacity.random() < IN_CAPACITY:
            as_what = capacity.choice(("speaking as", f"in {'her' if member.title != 'Mr.' else 'his'} capacity as"))
            office = member.office
            if self.meeting.old_style and self.meeting.state and capacity.random() < 0.5:
                # The 1990s records in lower case, the State named: "speaking as country rapporteur for Ireland".
                office = f"{office.lower()} for {self.meeting.state.name}"
            printed = f"{draft.printed(member)}, {as_what} {office},"
            opening = f"{printed} {capacity.choice(QUESTION_VERBS)} whether {question}."
        if rng.random() < 0.5:
            opening += " " + writer.follow_up(member)
        more = [writer.follow_up(member, 2)] if rng.random() < 0.3 else []
        draft.turn(member, opening, more)

    def _organizational_item(self, draft: Draft) -> None:
        if self.rng.random() > 0.15 or not self._room_left(draft, reserve=3):
            return
        office = "Secretary of the Committee"
        other_office = random.Random(f"{self.meeting.symbol} secretariat office")  # a stream of its own
        if other_office.random() < OTHER_SECRETARIAT_OFFICE:
            office = other_office.choice(_SECRETARIAT_OFFICES)
        secretary = self.cast.person("secretariat", office=office)
        draft.formula(
            "ORGANIZATIONAL AND OTHER MATTERS" if self.meeting.old_style else "Organizational and other matters"
        )
        draft.turn(
            secretary,
            f"{draft.printed(secretary)} ({office}) said "
            f"that the programme of work for the next session would be "
            f"circulated shortly.",
            [],
        )
        draft.chair_turn(
            f"{draft.chair_ref} said that, if there was no objection, "
            f"{draft.chair.pronoun} would take it that the Committee wished to take "
            f"note of the information."
        )
        draft.procedural("It was so decided.")

    # ---- the Council's and the Assembly's debates, the Subcommittee's opening

    def _debate_headings(self) -> tuple[list[str], list[str]]:
        rng, meeting = self.rng, self.meeting
        style = meeting.style
        if style.code == "SPT":
            agenda = f"CAT/OP/{meeting.session}/1"
            return [f"Adoption of the agenda ({agenda})"], [agenda]
        if style.kind == "treaty":
            prefix = "E/C.12" if style.code == "CESCR" else f"{style.code}/C"
            draft_symbol = f"{prefix}/GC/R.{meeting.general_comment}"
            item = "General comments of the Committee (continued)"
            heading = (
                f"Draft general comment No. {meeting.general_comment} on {meeting.general_topic} "
                f"(continued) ({draft_symbol})"
            )
            if meeting.old_style:
                item = item.upper().replace("(CONTINUED)", "(continued)")
            return [item, heading], [draft_symbol]
        if style.kind == "assembly":
            numbers = sorted({rng.randint(50, 450) for _ in range(rng.randint(1, 4))})
            documents = [f"A/{meeting.session}/{number}" for number in numbers]
        else:
            documents = [f"A/HRC/{meeting.session}/{rng.randint(3, 70)}"]
        cited = (", ".join(documents[:-1]) + " and " if len(documents) > 1 else "") + documents[-1]
        topic = self.writer.topic()
        title = topic[0].upper() + topic[1:]
        item_number = rng.randint(60, 140) if style.kind == "assembly" else rng.randint(2, 10)
        if meeting.old_style:
            return [f"AGENDA ITEM {item_number}: {title.upper()} (continued) ({cited})"], documents
        return [f"Agenda item {item_number}: {title} (continued) ({cited})"], documents

    def _write_debate(self, draft: Draft, members: list[Person], vice: Person | None) -> None:
        rng, writer, meeting = self.rng, self.writer, self.meeting
        if meeting.style.code == "SPT":
            self._write_spt_opening(draft, members)
            return
        if meeting.style.kind == "treaty":
            self._write_general_comment(draft, members)
            return
        activity = "interactive dialogue" if meeting.style.kind == "council" else "general discussion"
        draft.chair_turn(
            f"{draft.chair_ref} invited the {meeting.forum} to continue its {activity} of the agenda item."
        )
        if rng.random() < OTHER_ORGAN:
            self._other_organ_turn(draft)
        pool = country_pool(meeting.year)
        speakers = rng.sample(pool, rng.randint(14, 40))
        for index, country in enumerate(speakers):
            if not self._room_left(draft, reserve=5):
                break
            printed = printed_country(country, meeting.year)
            delegate = self.cast.delegate(country, printed)
            who = f"{draft.printed(delegate)} ({printed})"
            extra: dict[str, str] = {}
            groups = [name for name, states in GROUPS if country.iso3 in states]
            if groups and rng.random() < 0.15:
                group = rng.choice(groups)
                who += f", speaking on behalf of the {group},"
                extra["on_behalf_of"] = group
            opening = f"{who} {rng.choice(DECLARATIVE_VERBS)} that {writer.fact()}."
            more = [writer.sentences(1, 3) for _ in range(rng.choices((0, 1, 2), (55, 35, 10))[0])]
            draft.turn(delegate, opening, more, **extra)
            if vice is not None and self.later_chair is None and index >= len(speakers) // 2:
                self._hand_over(draft, vice)
            if rng.random() < 0.1:
                self._observer_turn(draft)
        draft.chair_turn(f"{draft.chair_ref} said that the {meeting.forum} had concluded its {activity} of the item.")
        if rng.random() < 0.4:
            for country in rng.sample(pool, 2):
                printed = printed_country(country, meeting.year)
                delegate = self.cast.delegate(country, printed)
                draft.turn(
                    delegate,
                    f"{draft.printed(delegate)} ({printed}), speaking in "
                    f"exercise of the right of reply, said that "
                    f"{writer.fact()}.",
                    [],
                )

    def _call_on(self, draft: Draft, rapporteur: Person, alone: bool) -> str | None:
        """Now and then the Chair calls on the closing rapporteur by office, named or not, and the turn that answers
        prints the rapporteur bare: how that turn names its speaker, or None (a stream of its own, so that the rest of
        the record stays as it was)."""
        called = random.Random(f"{self.meeting.symbol} rapporteur called")
        if (
            not alone
            or rapporteur.office not in ("Country Rapporteur", "Rapporteur")
            or called.random() >= RAPPORTEUR_CALLED
        ):
            return None
        office = f"the {rapporteur.office}"
        whom = f"{office}, {draft.printed(rapporteur)}," if called.random() < 0.5 else office
        draft.chair_turn(f"{draft.chair_ref} invited {whom} to sum up the dialogue.")
        return draft.printed(rapporteur)

    def _write_general_comment(self, draft: Draft, members: list[Person]) -> None:
        """A thematic meeting: the Committee reads a draft general comment, paragraph by paragraph."""
        rng, writer = self.rng, self.writer
        rapporteur = members[0]
        rapporteur.role, rapporteur.office = "rapporteur", "Rapporteur for the general comment"
        paragraph = rng.randint(1, 30)
        draft.chair_turn(
            f"{draft.chair_ref} invited the {self.meeting.forum} to resume its reading of "
            f"the draft general comment, beginning with paragraph {paragraph}."
        )
        while len(draft.statements) < rng.randint(MIN_PARAGRAPHS, 50):
            who = f"{draft.printed(rapporteur)} ({rapporteur.office})"
            draft.turn(
                rapporteur,
                f"{who} {rng.choice(('recalled', 'explained', 'said'))} that "
                f"paragraph {paragraph} addressed {writer.topic()}. "
                f"{writer.sentences(0, 2)}".strip(),
                [],
            )
            for member in rng.sample(members[1:], min(len(members) - 1, rng.randint(1, 4))):
                self._member_turn(draft, member)
            if rng.random() < 0.7:
                draft.procedural(
                    f"Paragraph {paragraph}{rng.choice(('', ', as amended,'))} was adopted.".replace(" ,", ",")
                )
            else:
                draft.chair_turn(
                    f"{draft.chair_ref} suggested that the Rapporteur should "
                    f"prepare a revised version of paragraph {paragraph}."
                )
                draft.procedural("It was so decided.")
            paragraph += 1

    def _observer_turn(self, draft: Draft) -> None:
        organisation = self.rng.choice(OBSERVER_ORGANISATIONS[self.meeting.style.kind])
        observer = self.cast.person("observer", affiliation=organisation)
        fact = self.writer.fact()
        # Now and then by office alone, "The observer for the International Labour Organization said", drawn from a
        # stream of its own so that the rest of the record stays as it was.
        if random.Random(f"{self.meeting.symbol} observer {len(draft.statements)}").random() < UNNAMED_OBSERVER:
            named = organisation if organisation.endswith(_NAMES_WITHOUT_ARTICLE) else f"the {organisation}"
            draft.turn(observer, f"The observer for {named} said that {fact}.", [], speaker_name=None)
        else:
            draft.turn(observer, f"{draft.printed(observer)} ({organisation}) said that {fact}.", [])

    def _other_organ_turn(self, draft: Draft) -> None:
        """A State's delegate who presides over another organ presents its report: an observer here."""
        rng, meeting = self.rng, self.meeting
        organs = [organ for organ in OTHER_ORGANS[meeting.style.kind] if organ[3] <= meeting.year]
        office, organ, word, _ = rng.choice(organs)
        country = rng.choice(country_pool(meeting.year))
        president = self.cast.person("observer", REGION_OF.get(country.iso3), office=f"{office} of the {organ}")
        fact, more = self.writer.fact(), [self.writer.sentences(1, 3) for _ in range(rng.randint(0, 2))]
        # Now and then by office alone ("The President of the Economic and Social Council, introducing ..."), drawn
        # from a stream of its own so that the rest of the record stays as it was.
        if random.Random(f"{meeting.symbol} organ by office").random() < OTHER_ORGAN_BY_OFFICE:
            opening = f"The {president.office}, introducing the report of the {word}, said that {fact}."
            draft.turn(president, opening, more, speaker_name=None)
            return
        printed = printed_country(country, meeting.year)
        opening = f"{draft.printed(president)} ({printed}), {president.office}, introducing the report of the {word}, "
        draft.turn(president, f"{opening}said that {fact}.", more)

    def _write_spt_opening(self, draft: Draft, members: list[Person]) -> None:
        writer = self.writer
        draft.chair_turn(
            f"{draft.chair_ref} declared open the session. {writer.sentences(1, 2)}",
            [writer.sentences(1, 3) for _ in range(self.rng.randint(1, 3))],
        )
        official = self.cast.person("secretariat")
        office = (
            "Chief, Groups in Focus Section, Office of the United Nations High Commissioner for Human Rights (OHCHR)"
        )
        # Heard again, the official is printed bare in half of the records ("Ms. X said"): a stream of its own.
        bare_again = random.Random(f"{self.meeting.symbol} official bare again").random() < 0.5
        for time in range(2):
            printed = draft.printed(official) if time and bare_again else f"{draft.printed(official)} ({office})"
            draft.turn(official, f"{printed} said that {writer.fact()}.", [writer.sentences(1, 2)])
            for member in self.rng.sample(members, min(len(members), self.rng.randint(3, 6))):
                self._member_turn(draft, member)
        while len(draft.statements) < MIN_PARAGRAPHS - 1:
            self._member_turn(draft, self.rng.choice(members))
        draft.procedural("The agenda was adopted.")


def _misspelt(name: str) -> str:
    """The name with one vowel changed, as a misprint would leave it: in the name itself, not in a particle
    before it ("de Gouttes" misprinted "de Goettes"; "da Gouttes" may be another person)."""
    particles = len(name) - len(name.lstrip("abcdefghijklmnopqrstuvwxyz "))
    for index, letter in enumerate(name[particles + 1 :], start=particles + 1):
        if letter in "aeiou":
            return name[:index] + ("e" if letter != "e" else "a") + name[index + 1 :]
    return name + "e"
