"""How published renditions depart from a clean record: the traits the UN's web pages and old conversions show.

Symbol lines dropped, symbols run into dates, words broken apart, colons without spaces, notices
before the masthead, "Held at" lines broken by blank lines, numbers lost, typographic characters,
ends lost, whole records run onto one line (`tests/fixtures/real/README.md` catalogues them).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from tests.corpus.formats import ordinal_figures, ordinal_words_in_hundreds
from tests.corpus.meeting import Meeting
from transforms.countries import iso3_for_country, iso3_for_misread_country
from transforms.dates import MONTH_NAME


class Rendition:
    """How a published rendition departs from the clean record: the traits real renditions show.

    Each trait is drawn on its own, at about the rate the labelled real records show it
    (`tests/fixtures/real/README.md`); none changes what a careful reader would label, except a
    lost end, which loses the closing line and cuts the last paragraph after its speaker's verb.
    """

    def __init__(self, rng: random.Random, meeting: Meeting) -> None:
        self.rng = rng
        self.meeting = meeting
        self.old_style = meeting.old_style
        self.end_lost = False
        self.symbol_alone = False  # whether the masthead prints the symbol on a line of its own

    def masthead(self, lines: list[str]) -> list[str]:
        if not lines:
            return lines
        rng = self.rng
        lines = list(lines)
        symbol = self.meeting.symbol
        if not self.old_style and rng.random() < 0.06 and self._derivable():
            lines = [line for line in lines if line != symbol]  # the web rendition dropped the symbol line
        if self.old_style and symbol in lines and self._symbol_in_the_running_header_only():
            lines = [line for line in lines if line != symbol]
        if self.old_style and rng.random() < 0.05 and symbol in lines:
            at = lines.index(symbol)  # "CCPR/C/SR.2136/Add.117 November 2003"
            lines[at : at + 2] = [lines[at] + lines[at + 1]]
        if rng.random() < 0.05:
            lines = [_broken_words(line, rng) for line in lines]
        if not self.old_style and rng.random() < 0.4:
            lines = [line.replace(":\t", ":", 1) for line in lines]  # "Chairperson:Mr. X"
        if self.old_style and rng.random() < 0.15:
            lines = [f"{line}\n" if line.startswith("Held at") else line for line in lines]  # a blank line inside
        elif not self.old_style and rng.random() < 0.05:
            lines = [line.replace(", on ", ",on ", 1) if line.startswith("Held at") else line for line in lines]
        if self.old_style and rng.random() < 0.12:
            # The correction notice and the job number printed first, run into the masthead's first line.
            notice = [
                line for line in lines[-3:] if line.startswith(("This record", "Corrections", "GE.")) or "(E)" in line
            ]
            kept = [line for line in lines if line not in notice]
            lines = ["".join(notice) + " " + kept[0], *kept[1:]]
        if self.old_style and rng.random() < 0.1:
            lines = [part for line in lines for part in _title_in_two(line)]
        if self.old_style and rng.random() < 0.05:
            lines = [part for line in lines for part in _officer_in_a_column(line)]
        if rng.random() < 0.04:
            lines = [*self._site_header(), *lines]
        if self.old_style:
            lines = self._figures_misread(self._stray_full_stops(self._held_in_lower_case(lines)))
            self._meeting_in_words(lines)
            lines = self._officers_on_the_held_line(lines)
            lines = self._next_column_after_the_officer(lines)
        lines = self._masthead_broken_apart(lines)
        self.symbol_alone = self.meeting.symbol in lines
        return lines

    def _masthead_broken_apart(self, lines: list[str]) -> list[str]:
        """A conversion that set the chair's colon at the start of the officer's line ("Chairperson" / ": Mr. X"),
        or spaces inside a session's tens ("Si xt y-second session"), each in one record in forty: from random
        streams of their own."""
        colon = random.Random(f"{self.meeting.symbol} colon on the officer's line")
        if colon.random() < 1 / 40:
            found = next(
                ((at, officer) for at, line in enumerate(lines) if (officer := _LABEL_THEN_OFFICER.match(line))), None
            )
            if found is not None:
                at, officer = found
                lines = [*lines[:at], officer.group("label"), f": {officer.group('who')}", *lines[at + 1 :]]
        tens = random.Random(f"{self.meeting.symbol} session's tens broken")
        if tens.random() < 1 / 40:
            session = next((at for at, line in enumerate(lines) if _SESSION_IN_WORDS.match(line)), None)
            if session is not None:
                word, rest = lines[session].split("-", 1)
                cuts = sorted(tens.sample(range(1, len(word)), min(2, len(word) - 1)), reverse=True)
                for cut in cuts:
                    word = f"{word[:cut]} {word[cut:]}"
                lines[session] = f"{word}-{rest}"
        return lines

    def _officers_on_the_held_line(self, lines: list[str]) -> list[str]:
        """A scan that ran the presiding officer onto the held line ("Held at ..., at 10 a.m. Chairman: Mr. X"), in
        one old record in twenty, and in half of those misread the label past spelling ("Qhairman r':.. Mr. X"):
        from a random stream of its own."""
        rng = random.Random(f"{self.meeting.symbol} officers on the held line")
        if rng.random() >= 0.05:
            return lines
        held = next((at for at, line in enumerate(lines) if line.startswith("Held at")), None)
        officer = next((at for at, line in enumerate(lines) if _OFFICER_LINE.match(line)), None)
        if held is None or officer is None or not held < officer <= held + 2:
            return lines
        presiding = lines[officer]
        if presiding.startswith("Chairman:") and rng.random() < 0.5:
            presiding = rng.choice(_CHAIR_LABEL_MISREADINGS) + presiding[len("Chairman:") :]
        return [*lines[:held], " ".join([*lines[held:officer], presiding]), *lines[officer + 1 :]]

    def _next_column_after_the_officer(self, lines: list[str]) -> list[str]:
        """A scan that read a two-column page across, running the next column's words onto the presiding officer's
        name in capitals before the State ("Chairman: Mr. Ana MORALES IBANEZ of the territories with a view to
        (Chile)"): in one old record in five whose officer's name has two words or more, from a random stream of
        its own."""
        at = next((at for at, line in enumerate(lines) if _OFFICER_LINE.match(line)), None)
        if at is None or (officer := _OFFICER_IN_CAPITALS.match(lines[at])) is None:
            return lines
        rng = random.Random(f"{self.meeting.symbol} next column after the officer")
        if rng.random() >= 0.2:
            return lines
        run_on = rng.choice(_NEXT_COLUMN_WORDS)
        lines = list(lines)
        lines[at] = f"{lines[at][: officer.end('name')]} {run_on}{lines[at][officer.end('name') :]}"
        return lines

    def _meeting_in_words(self, lines: list[str]) -> None:
        """The first years' title numbers its meeting in words ("SUMMARY RECORD OF THE HUNDRED AND FORTY-FIFTH
        MEETING"), leaving "one" out half the time: in one old record of a meeting from 100 to 999 in twenty,
        from a random stream of its own; a quarter of them a scan misread ("SUMMlRY RECORD OF THE ... MEETIHG")."""
        rng = random.Random(f"{self.meeting.symbol} meeting in words")
        number = self.meeting.number
        if not 100 <= number < 1000 or rng.random() >= 0.05:
            return
        figures = f"OF THE {ordinal_figures(number)} MEETING"
        words = ordinal_words_in_hundreds(number, one_left_out=rng.random() < 0.5).upper()
        title = f"OF THE {words} MEETING"
        if rng.random() < 0.25:  # the scan misread the title's letters: "SUMMlRY ... OF THE ... MEETIHG"
            title = f"OF THE {words} MEETIHG"
        for at, line in enumerate(lines):
            if figures in line:
                lines[at] = line.replace(figures, title).replace("SUMMARY RECORD", "SUMMlRY RECORD")

    def _held_in_lower_case(self, lines: list[str]) -> list[str]:
        """ "held at the Palais des Nations, Geneva," over "on Monday, ...": the mimeographed title's second
        line, in about one old record in ten, from a random stream of its own."""
        rng = random.Random(f"{self.meeting.symbol} held in lower case")
        if rng.random() >= 0.1:
            return lines
        broken = [
            part
            for line in lines
            for part in (line.replace(", on ", ",\non ", 1).split("\n") if line.startswith("Held at") else [line])
        ]
        return [f"held{line[4:]}" if line.startswith("Held at") else line for line in broken]

    def _figures_misread(self, lines: list[str]) -> list[str]:
        """A scan's l for a one and O for a zero in the held line's figures ("on Monday, l7 June l985, at 1O.3O
        a.m."), in about one old record in twenty, from a generator of its own."""
        rng = random.Random(f"{self.meeting.symbol} figures misread")
        if rng.random() >= 0.05:
            return lines
        misread = str.maketrans("10", "lO")
        held = ("Held at", "on ")
        return [
            re.sub(r"\b\d{2,4}\b", lambda figure: figure.group().translate(misread), line)
            if line.startswith(held)
            else line
            for line in lines
        ]

    def _stray_full_stops(self, lines: list[str]) -> list[str]:
        """A scan's full stops in the held line, in about one old record in twenty: "at 10.45 a..m.", and for
        the space before the year ("20 October.1965."). Drawn from a generator of its own, so the rest of the
        corpus stays as it was."""
        rng = random.Random(f"{self.meeting.symbol} stray full stops")
        if rng.random() >= 0.05:
            return lines
        held = ("Held at", "on ")
        return [_STRAY_STOPS.sub(r"\1.\2.", line, count=1) if line.startswith(held) else line for line in lines]

    def _site_header(self) -> list[str]:
        """What a site that republishes records prints above them: a title, the symbol, an abbreviation."""
        meeting = self.meeting
        day = meeting.day
        about = f" : {meeting.state.name}" if meeting.state is not None else ""
        return [
            f"Summary record of the {ordinal_figures(meeting.number)} meeting{about}. "
            f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}.",
            f"{meeting.symbol}. (Summary Record)",
            f"Convention Abbreviation: {meeting.style.code}",
        ]

    def body(self, lines: list[str], expected: dict[str, Any]) -> list[str]:
        rng = self.rng
        lines = list(lines)
        self._speakers_misread(lines, expected["statements"])
        if not self.old_style and rng.random() < 0.1:
            lines = [_NUMBER_PREFIX.sub("", line, count=1) for line in lines]  # numbers lost in conversion
            expected["numbering"] = "missing"
            self._page_head_between_blank_lines(lines)
        if rng.random() < 0.05:
            lines = [_typographic(line, rng) for line in lines]
        if lines and lines[0].startswith("The public part of the meeting was called") and rng.random() < 0.5:
            lines[0] = lines[0].replace("The public part of the meeting", "The first part (public) of the meeting")
        if rng.random() < 0.03 and self._cut_last(lines):
            self.end_lost = True
            expected["meeting"]["rose_at"] = None
        if self.old_style:
            self._running_header(lines)
            self._title_of_nobility(lines, expected["statements"])
            self._views_in_auxiliaries(lines)
            self._verb_run_into_that(lines)
            lines = self._numbers_misread(self._turns_run_together(lines, expected))
        self._clause_before_the_speaker(lines)
        self._opening_line_broken(lines)
        if self.old_style:
            self._stop_after_headings_in_capitals(lines)
        self._word_broken_over_a_blank_line(lines)
        if expected.get("numbering") != "missing":  # in a record without numbers, each line is a paragraph
            self._sentences_broken_apart(lines)
        return self._spacing_broken(lines)

    def _opening_line_broken(self, lines: list[str]) -> None:
        """A conversion that broke "meeting" in the opening line with a space ("The mee ting was called to order"),
        or set a stop after its "at" ("at. 3.40 p.m."), in one record in thirty: from a random stream of its own."""
        rng = random.Random(f"{self.meeting.symbol} opening line broken")
        if rng.random() >= 1 / 30 or not lines or not lines[0].startswith("The meeting was called to order at "):
            return
        if rng.random() < 0.5:
            cut = rng.randrange(1, len("meeting"))
            lines[0] = lines[0].replace("meeting", f"{'meeting'[:cut]} {'meeting'[cut:]}", 1)
        else:
            lines[0] = lines[0].replace(" at ", " at. ", 1)

    def _verb_run_into_that(self, lines: list[str]) -> None:
        """A scan that lost the space after a delegate's verb ("Mr. X (Ghana) saidthat"): in one old record in
        thirty, the first such opening, from a random stream of its own."""
        if random.Random(f"{self.meeting.symbol} verb run into that").random() >= 1 / 30:
            return
        for at, line in enumerate(lines):
            if (opening := _DELEGATE_SAID_THAT.match(line)) is not None:
                lines[at] = f"{opening.group(1)} saidthat{line[opening.end() :]}"
                return

    def _stop_after_headings_in_capitals(self, lines: list[str]) -> None:
        """A full stop after each agenda heading set in capitals ("... (A/C.3/L.1033)."), in one old record in
        ten, from a random stream of its own."""
        if random.Random(f"{self.meeting.symbol} stop after headings").random() >= 0.1:
            return
        for at, line in enumerate(lines):
            if _is_heading(line) and line[:2].isupper() and re.sub(r"\([^()]*\)", "", line).isupper():
                lines[at] = f"{line}."

    def _word_broken_over_a_blank_line(self, lines: list[str]) -> None:
        """A scan's paragraph whose word is broken at a line's end, a blank line before the rest ("... of the
        provi-", "", "sions of article 2 ..."), in one record in thirty, from a random stream of its own."""
        rng = random.Random(f"{self.meeting.symbol} word broken over a blank line")
        if rng.random() >= 1 / 30:
            return
        for at in rng.sample(range(len(lines)), len(lines)):
            words = lines[at].split(" ")
            cut = next((i for i in range(len(words) // 2, len(words) - 3) if re.fullmatch("[a-z]{8,}", words[i])), None)
            if len(lines[at]) > 160 and cut is not None:
                word = words[cut]
                lines[at : at + 1] = [
                    " ".join([*words[:cut], word[:4] + "-"]),
                    "",
                    " ".join([word[4:], *words[cut + 1 :]]),
                ]
                return

    def present(self, lines: list[str]) -> list[str]:
        """The list of those present the first decades printed below the officers ("Members:", "Mr. STRAND
        Iceland"), whose delegates the paragraphs then print bare ("Mrs. STRAND said"): in about one old
        record of a General Assembly committee in twenty, from a generator of its own. The body's lines lose
        the State after each listed delegate; the labels keep it, as the list gives it."""
        rng = random.Random(f"{self.meeting.symbol} present")
        if not (self.old_style and self.meeting.style.code.startswith("A/C.")) or rng.random() >= 0.05:
            return []
        listed: dict[str, str] = {}
        for at, line in enumerate(lines):
            opening = _DELEGATE_IN_CAPITALS.match(line)
            if opening is None or iso3_for_country(opening.group("state")) is None:
                continue
            person = f"{opening.group('title')}. {opening.group('surname')}"
            listed.setdefault(person, opening.group("state"))
            if listed[person] == opening.group("state"):
                lines[at] = line[: opening.end("surname")] + line[opening.end("state") + 1 :]
        return ["Members:", *(f"{person} {state}" for person, state in listed.items())] if listed else []

    def _numbers_misread(self, lines: list[str]) -> list[str]:
        """A scan's l for a one and O for a zero in the paragraph numbers ("l0. The CHAIRMAN"), in about one old
        record in twenty, from a generator of its own, and in a third of those a comma for the stop before a
        speaker's opening ("1, The CHAIRMAN"); the numbers read back the same."""
        rng = random.Random(f"{self.meeting.symbol} numbers misread")
        if rng.random() >= 0.05:
            return lines
        misread = str.maketrans("10", "lO")
        lines = [re.sub(r"^\d{1,3}(?=\.)", lambda n: n.group().translate(misread), line) for line in lines]
        if rng.random() < 0.3:  # and a comma for the stop before a speaker's opening ("1, The CHAIRMAN")
            lines = [re.sub(r"^(\d{1,3})\.[ \t]*(?=The CHAIRMAN|Mr\.|Mrs\.|Ms\.)", r"\1, ", line) for line in lines]
        return lines

    def _spacing_broken(self, lines: list[str]) -> list[str]:
        """Spacing a conversion broke, none of it changing a label: commas run onto the next word, a space
        before commas and full stops, spaces doubled, paragraph numbers on lines of their own. Drawn from a
        generator of its own, so the rest of the corpus stays as it was."""
        rng = random.Random(f"{self.meeting.symbol} spacing")
        if rng.random() < 0.03:
            lines = [re.sub(r", (?=[A-Za-z])", ",", line) for line in lines]
        if rng.random() < 0.02:
            lines = [re.sub(r"(?<=[\w)])([,.])(?= )", r" \1", line) for line in lines]
        if rng.random() < 0.03:
            lines = [line.replace(" ", "  ") if rng.random() < 0.3 else line for line in lines]
        if rng.random() < 0.02:
            lines = [_NUMBER_PREFIX.sub("\\1.\n", line, count=1) for line in lines]
        return lines

    def _title_of_nobility(self, lines: list[str], statements: list[dict[str, Any]]) -> None:
        """A delegate who is a peer ("Viscount ASHBY (United Kingdom) said"), in about one old record in
        twenty, from a random stream of its own: every "Mr. ASHBY" of the record takes the title, and the
        label (name, role, State) is the one "Mr." had."""
        rng = random.Random(f"{self.meeting.symbol} title of nobility")
        if rng.random() >= 0.05:
            return
        # Not a delegate whose name the record also misprints: the misprint would have to carry the title too.
        misprinted = {
            name.upper()
            for label in statements
            if label.get("printed_name")
            for name in (label["speaker_name"], label["printed_name"])
        }
        openings = (opening.group(2) for line in lines if (opening := _DELEGATE_OPENING.match(line)))
        # Nor one whose title a scan misread somewhere ("Mr, ASHBY"): the title of nobility would not replace it.
        misread = " ".join(line for line in lines if any(title in line for title in _TITLE_MISREADINGS))
        # Nor one printed bare after the seating ("Mr. NASSER, replying"), whom the seating names without the title.
        bare = " ".join(line for line in lines if _BARE_DELEGATE.match(line))
        peer = next(
            (
                name
                for name in openings
                if name not in misprinted
                and f"Mr. {name}," not in bare
                and not any(f"{t} {name} " in misread for t in _TITLE_MISREADINGS)
            ),
            None,
        )
        if peer is not None:
            title = rng.choice(("Viscount", "Baron", "Count"))
            # A peer of the realm may carry his seat after the name ("Viscount ASHBY of HARTLEY"), which the name
            # the record gives him keeps: a third of them, from a stream of their own.
            seated = random.Random(f"{self.meeting.symbol} seat").random() < 1 / 3 and title != "Count"
            seat = f" of {random.Random(peer).choice(_SEATS)}" if seated else ""
            lines[:] = [line.replace(f"Mr. {peer} ", f"{title} {peer}{seat} ") for line in lines]
            if seat:
                for label in statements:
                    if (label["speaker_name"] or "").upper() == peer:
                        label["speaker_name"] += seat.title().replace(" Of ", " of ")

    def _views_in_auxiliaries(self, lines: list[str]) -> None:
        """Delegates' views in an auxiliary's words ("Mr. X (France) was of the opinion that", "could not
        agree that"), as the older records put them, in about one old record in four, from a random stream
        of its own: half its delegates' "said that" take one. Who speaks is unchanged."""
        rng = random.Random(f"{self.meeting.symbol} views in auxiliaries")
        if rng.random() >= 0.25:
            return
        for at, line in enumerate(lines):
            if _DELEGATE_SAID_THAT.match(line) and rng.random() < 0.5:
                lines[at] = _DELEGATE_SAID_THAT.sub(rf"\1 {rng.choice(_VIEWS_IN_AUXILIARIES)} that", line, count=1)

    def _turns_run_together(self, lines: list[str], expected: dict[str, Any]) -> list[str]:
        """A mimeographed record whose text layer lost its paragraph numbers and, for half its turns, the break
        before them ("... of time. Mr. CASSIN (France) stated ..."), in about one old record in twenty, from a
        random stream of its own. The turns and their paragraphs read back as they were."""
        rng = random.Random(f"{self.meeting.symbol} turns run together")
        if rng.random() >= 0.05:
            return lines
        expected["numbering"] = "missing"
        joined: list[str] = []
        for line in (_NUMBER_PREFIX.sub("", line, count=1) for line in lines):
            if (
                joined
                and joined[-1].endswith(".")
                and _TURN_IN_CAPITALS.match(joined[-1])
                and _TURN_IN_CAPITALS.match(line)
            ) and rng.random() < 0.5:
                joined[-1] = f"{joined[-1]} {line}"
                continue
            joined.append(line)
        return joined

    def _clause_before_the_speaker(self, lines: list[str]) -> None:
        """A clause before a delegate's name ("Replying to the questions raised, Mr. X (Chile) said that"), in one
        record in ten, for a delegate or two, from a random stream of its own. Who speaks is unchanged."""
        rng = random.Random(f"{self.meeting.symbol} clause before the speaker")
        if rng.random() >= 0.1:
            return
        openings = [at for at, line in enumerate(lines) if _DELEGATE_SAID_THAT.match(line)]
        for at in rng.sample(openings, min(len(openings), rng.randint(1, 2))):
            number = re.match(r"^\d{1,3}\.\s*", lines[at])
            assert number is not None  # as `_DELEGATE_SAID_THAT` matched
            lines[at] = f"{number.group()}{rng.choice(_CLAUSES_BEFORE_THE_SPEAKER)}, {lines[at][number.end() :]}"

    def _symbol_in_the_running_header_only(self) -> bool:
        """A scan whose masthead lost its symbol line, which its running header still prints, in about one old
        record in twenty, from a random stream of its own; only where the body's numbering gives the symbol back
        should the record have no paragraph long enough to take the header."""
        rng = random.Random(f"{self.meeting.symbol} symbol in the running header only")
        return rng.random() < 0.05 and self._derivable()

    def _running_header(self, lines: list[str]) -> None:
        """A scan's running header ("E/CN.4/1984/SR.33 page 2", "A/C.3/39/SR.65 English Page 2") between two lines of
        a paragraph, in about one old record in ten. Drawn from a generator of its own, so the rest of the corpus stays
        as it was."""
        rng = random.Random(f"{self.meeting.symbol} running header")
        if rng.random() >= 0.1 and not self._symbol_in_the_running_header_only():
            return
        found = _a_line_cut_mid_sentence(lines, rng, lambda line, _: _NUMBER_PREFIX.match(line) is not None)
        if found is None:
            return
        at, first, rest = found
        page = rng.randint(2, 9)
        # New York's heads print the version's language too, on the symbol's line or on lines of their own.
        header = rng.choice(
            [
                f"{self.meeting.symbol} page {page}",
                f"{self.meeting.symbol} English Page {page}",
                f"{self.meeting.symbol}\nEnglish\nPage {page}",
            ]
        )
        lines[at : at + 1] = [first, header, rest]

    def _sentences_broken_apart(self, lines: list[str]) -> None:
        """A numbered paragraph a conversion broke where a sentence ended, its next sentences on a line of their own
        ("... to the fisheries of the region." / "The new plan, which ..."), in about one numbered record in ten. A
        stream of its own, so the rest of the corpus stays as it was."""
        rng = random.Random(f"{self.meeting.symbol} sentences broken apart")
        if rng.random() >= 0.1:
            return
        for at in rng.sample(range(len(lines)), len(lines)):
            number = _NUMBER_PREFIX.match(lines[at])
            following = next((line for line in lines[at + 1 :] if _NUMBER_PREFIX.match(line)), None)
            if number is None or following is None or not following.startswith(f"{int(number.group(1)) + 1}."):
                continue
            stops = [stop.end() for stop in _SENTENCE_BREAK.finditer(lines[at], number.end())]
            rest = lines[at][stops[0] :] if stops else ""
            if len(rest) >= 60 and rest.count(" ") >= 8 and not rest.startswith(_TURN_OPENINGS):
                lines[at : at + 1] = [lines[at][: stops[0]].rstrip(), rest]
                return

    def _page_head_between_blank_lines(self, lines: list[str]) -> None:
        """The next page's head (the symbol over "page 2") between blank lines, in mid-sentence, under the page's foot
        (its number, or its job number and barcode) in two in three, as a text extraction of a whole unnumbered
        record prints them, in about one such record in five; in half of those whose masthead prints the symbol
        alone, the page's number over the symbol alone, as recent records head their pages. A stream of its own, so
        the rest of the corpus stays as it was."""
        rng = random.Random(f"{self.meeting.symbol} page head between blank lines")
        if rng.random() >= 0.2:
            return
        found = _a_line_cut_mid_sentence(lines, rng, lambda _, before: not before.endswith((".", ":", ";", ")")))
        if found is None:
            return
        at, first, rest = found
        number = rng.randint(2, 9)
        foot = rng.choice([[], [str(number - 1)], ["GE.16-12345 (E) 120516 130516", "*1612345*"]])
        page = [*foot, "", self.meeting.symbol, f"page {number}"]
        if self.symbol_alone and rng.random() < 0.5:
            page = [str(number), "", self.meeting.symbol]  # a recent record's: its symbol alone, numbered
        lines[at : at + 1] = [first, "", *page, "", rest]

    def _speakers_misread(self, lines: list[str], statements: list[dict[str, Any]]) -> None:
        """A conversion's "T he Chair said"; a scan's State one letter off ("Mr. X (Franco)").

        Each in one opening of a few records; the label stays what the record meant.
        """
        rng = self.rng
        openings = []  # (line index, where its text starts, its label) of each turn's first paragraph
        for at, line in enumerate(lines):
            number = _NUMBER_PREFIX.match(line)
            paragraph = int(number.group(1)) if number else 0
            if number and 0 < paragraph <= len(statements) and not statements[paragraph - 1]["is_continuation"]:
                openings.append((at, number.end(), statements[paragraph - 1]))
        if rng.random() < SPLIT_THE:
            chairs = [(at, start) for at, start, label in openings if label["speaker_role"] == "chair"]
            chairs = [(at, start) for at, start in chairs if lines[at].startswith("The ", start)]
            if chairs:
                at, start = rng.choice(chairs)
                lines[at] = f"{lines[at][:start]}T he{lines[at][start + 3 :]}"
        # A scan's misreading of the Chair's office in capitals ("The CIIAIRMAN", "Tho CHAIRMAN"): a stream of its own,
        # so that the rest of the corpus stays as it was.
        misreading = random.Random(f"{self.meeting.symbol} the Chair misread")
        if self.old_style and misreading.random() < CHAIR_MISREAD:
            chairs = [(at, start) for at, start, label in openings if label["speaker_role"] == "chair"]
            chairs = [(at, start) for at, start in chairs if lines[at].startswith("The CHAIRMAN ", start)]
            if chairs:
                at, start = misreading.choice(chairs)
                office = misreading.choice(_CHAIR_MISREADINGS)
                lines[at] = f"{lines[at][:start]}{office}{lines[at][start + len('The CHAIRMAN') :]}"
        # A scan's misreading of a delegate's "Mr." before a name in capitals ("MYlr. VALLARTA (Mexico)"): a stream
        # of its own too.
        misreading = random.Random(f"{self.meeting.symbol} a title misread")
        if self.old_style and misreading.random() < TITLE_MISREAD:
            titled = [(at, start) for at, start, label in openings if label["speaker_role"] == "delegation"]
            titled = [(at, start) for at, start in titled if _IN_CAPITALS_AFTER_MR.match(lines[at], start)]
            if titled:
                at, start = misreading.choice(titled)
                title = misreading.choice(_TITLE_MISREADINGS)
                lines[at] = f"{lines[at][:start]}{title}{lines[at][start + len('Mr.') :]}"
        # A scan's misreading of a State's bracket ("{Ghana)", "(Ghana]") or of "said" ("sald"): a stream of its own.
        misreading = random.Random(f"{self.meeting.symbol} a bracket or verb misread")
        if self.old_style and misreading.random() < BRACKET_OR_VERB_MISREAD:
            said = [(at, found) for at, start, label in openings if label["speaker_role"] == "delegation"
                    if (found := _STATE_THEN_SAID.match(lines[at], start)) is not None]  # fmt: skip
            if said:
                at, found = misreading.choice(said)
                group, as_read = misreading.choice(_BRACKET_OR_VERB_MISREADINGS)
                lines[at] = f"{lines[at][: found.start(group)]}{as_read}{lines[at][found.end(group) :]}"
        if self.old_style and rng.random() < MISREAD_STATE:
            delegates = [(at, label) for at, _, label in openings if label["speaker_role"] == "delegation"]
            for at, label in rng.sample(delegates, len(delegates)):
                state = _DELEGATE_STATE.match(lines[at])
                if state is None or iso3_for_country(state.group(1)) != label["country_iso3"]:
                    continue
                if (misread := misread_state(state.group(1), label["country_iso3"], rng)) is not None:
                    lines[at] = f"{lines[at][: state.start(1)]}{misread}{lines[at][state.end(1) :]}"
                    return

    def flattened(self, lines: list[str]) -> list[str]:
        """The whole record run onto one line, as some web renditions and catalogue extracts print it.

        Only records whose paragraphs are all numbered, with no event between them (headings may stand
        there: "... thanked the delegation. Organizational and other matters 47. Ms. X (Secretary of the
        Committee) said"); on one line, where such a line ends is lost to a reader too. Half of them glue
        each number to its paragraph ("2.Ms. X", as PDF extracts print them). Headings and glued numbers are
        drawn from generators of their own, so the rest of the corpus stays as it was.
        """
        first = next((i for i, line in enumerate(lines) if _NUMBER_PREFIX.match(line)), None)
        if first is None or self.rng.random() >= 0.04:
            return lines
        body = lines[first:]
        if not all(_NUMBER_PREFIX.match(line) or line.startswith("The meeting") for line in body):
            headings_only = all(
                _NUMBER_PREFIX.match(line) or line.startswith("The meeting") or _is_heading(line) for line in body
            )
            if not headings_only or random.Random(f"{self.meeting.symbol} run on over headings").random() >= 0.5:
                return lines
        if random.Random(f"{self.meeting.symbol} numbers glued").random() < 0.5:
            lines = [*lines[:first], *(_NUMBER_PREFIX.sub(r"\1.", line, count=1) for line in body)]
        return [" ".join(line.strip() for line in [*self._previous_tail(lines[0]), *lines] if line.strip())]

    def _previous_tail(self, first_line: str) -> list[str]:
        """The end of the previous meeting above the masthead, as the printed volumes' pages begin, in a
        third of the old records run onto one line. Drawn from a generator of its own, so the rest of the
        corpus stays as it was; the labels do not change, since a reader skips the earlier meeting."""
        rng = random.Random(f"{self.meeting.symbol} previous tail")
        # The printed volumes' masthead opens the meeting: no correction notice or site header above it.
        if not self.old_style or not first_line.upper().startswith("UNITED NATIONS") or rng.random() >= 0.33:
            return []
        last, rose = rng.randint(12, 60), f"{rng.randint(5, 6)}.{rng.choice(('05', '20', '45'))} p.m."
        return [
            f"{last}. The CHAIRMAN said that the Committee would continue its work at the next meeting.",
            f"{last + 1}. It was so decided. The meeting rose at {rose}",
        ]

    def in_a_volume(self, lines: list[str], *, numbered: bool) -> list[str]:
        """The meeting as the pages of a printed volume, in 3% of old records: the cover the Office of Legal
        Affairs puts on them, the end of the meeting before, half the time the volume's heading of the meeting
        ("123rd MEETING Tuesday, 4 June 1976"), and, after a record that kept its end, the start of the meeting
        after. Drawn from a generator of its own; the labels do not change, since a reader skips the other
        meetings. Only `numbered` records: the volumes print every paragraph's number, which only a mimeographed
        record's text layer loses."""
        rng = random.Random(f"{self.meeting.symbol} in a volume")
        if not self.old_style or not numbered or rng.random() >= 0.03:
            return lines
        meeting, day = self.meeting, self.meeting.day
        dated = f"{day:%A}, {day.day} {day:%B} {day.year}"
        cover = (
            f"Document:- {meeting.symbol} Summary record of the {ordinal_figures(meeting.number)} meeting "
            f"Extract from the Official Records of the {meeting.style.name}, {day.year} Copyright United Nations"
        )
        last = rng.randint(12, 60)
        before = [
            f"{rng.randint(20, 400)} Official Records of the {meeting.style.name}",
            f"{last}. The CHAIRMAN said that the discussion of the item would continue at the next meeting.",
            f"The meeting rose at {rng.randint(5, 6)}.{rng.choice(('05', '20', '45'))} p.m.",
        ]
        if rng.random() < 0.5:
            before.append(f"{ordinal_figures(meeting.number).upper()} MEETING {dated}")
        after = []
        if not self.end_lost:
            after = [
                f"{ordinal_figures(meeting.number + 1).upper()} MEETING {dated}",
                "1. The CHAIRMAN said that the Committee would resume its general discussion.",
            ]
        return [cover, *before, *lines, *after]

    def _derivable(self) -> bool:
        """Whether the body's numbering gives the symbol back (CRPD numbered per session until 2012)."""
        style = self.meeting.style
        return style.code != "SPT" and not (style.code == "CRPD" and self.meeting.year < 2012)

    def _cut_last(self, lines: list[str]) -> bool:
        """The file's end lost: the last paragraph cut after its verb ("... said that the") and no closing line; a
        Chair's, now and then, inside the office ("12. The Cha")."""
        last = lines[-1]
        if (chair := _CHAIR_OPENS.match(last)) is not None and self.rng.random() < 0.3:
            lines[-1] = last[: chair.start("office") + self.rng.randint(3, len(chair.group("office")) - 1)]
            return True
        verb = last.find(" said that ")
        if verb < 0 or len(last) < verb + 40:
            return False
        lines[-1] = last[: self.rng.randint(verb + 12, len(last) - 10)].rstrip(" .,;")
        return True


# "October 1965," in a held line, as a scan may print it: "October.1965.,".
_STRAY_STOPS = re.compile(rf"\b({MONTH_NAME}) (\d{{4}})(?=,)")
# A delegate's opening, "12. Mr. SMITH (Canada) said": the name as printed in group 2.
_TURN_IN_CAPITALS = re.compile(
    r"^(?:The CHAIRMAN|(?:Mr|Mrs|Ms|Miss)\. [A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]{2,})* \([^()]{3,60}\)) [a-z]"
)
_CLAUSES_BEFORE_THE_SPEAKER = (
    "Replying to the questions raised", "In reply to the Committee's questions", "Turning to the next issue",
    "On a point of order", "With regard to the matter under discussion",
)  # fmt: skip
_CHAIR_OPENS = re.compile(r"^\d{1,3}\.\s*The (?P<office>Chairperson|Chairman|CHAIRMAN|President|PRESIDENT) [a-z]")
_DELEGATE_SAID_THAT = re.compile(r"^(\d{1,3}\.\s*(?:Mr|Mrs|Ms|Miss)\. [^()]{1,60} \([A-Z][^()]{2,60}\)) said that\b")
_VIEWS_IN_AUXILIARIES = (
    "was of the opinion", "was convinced", "did not doubt", "had no doubt", "could confirm", "would stress",
    "was glad", "fully agreed", "could not agree",
)  # fmt: skip
_DELEGATE_OPENING = re.compile(r"^(\d{1,3}\.\s*)Mr\. ([A-Z][A-Z'\-]+) \([A-Z][^()]{2,60}\) said\b")
_NUMBER_PREFIX = re.compile(r"^(\d{1,4})\.\s*")


def _a_line_cut_mid_sentence(
    lines: list[str], rng: random.Random, fits: Callable[[str, str], bool]
) -> tuple[int, str, str] | None:
    """A long line, drawn at random, cut before a word in lower case in its second half where `fits(line, the word
    before the cut)` says so: its index and its two parts; None when no line is long enough."""
    for at in rng.sample(range(len(lines)), len(lines)):
        words = lines[at].split(" ")
        cut = next((i for i in range(len(words) // 2, len(words) - 3) if words[i][:1].islower()), None)
        if len(lines[at]) > 160 and cut is not None and fits(lines[at], words[cut - 1]):
            return at, " ".join(words[:cut]), " ".join(words[cut:])
    return None


# A sentence's end inside a paragraph, before a sentence that opens with a capital; not after a title ("Mr.").
_SENTENCE_BREAK = re.compile(r"(?<!\b(?:Mr|Ms|Dr|No))(?<!\bMrs)\. (?=[A-Z][a-z])")
# What a line the parser would read as a new turn opens with.
_TURN_OPENINGS = ("The ", "Mr", "Ms", "Mrs", "Miss", "Dr", "Sir", "At the", "In ", "On ", "Referring", "Speaking")
_DELEGATE_IN_CAPITALS = re.compile(
    r"^\d{1,3}\.\s*(?P<title>Mr|Mrs|Ms|Miss)\. (?P<surname>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?)"
    r" \((?P<state>[A-Z][^()]{2,60})\)"
)
# The presiding officer's line of an old masthead: "Chairman: Mr. X", "President: Mr. X (Ghana)".
_OFFICER_LINE = re.compile(r"^(Chairman|Chairperson|President):\s")
# A chair's label and officer on one line ("Chairperson: Ms. X", "Chair:\tMr. Y"); a session in words ("Seventy-first
# session"), its tens before the hyphen.
_LABEL_THEN_OFFICER = re.compile(
    r"^(?P<label>Chair(?:man|person)?|President)\s*:\s*(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\..*)$"
)
_SESSION_IN_WORDS = re.compile(r"^[A-Z][a-z]{4,}-[a-z]+ session$")
# An officer's name of two words or more, the last in capitals: "Chairman: Mr. Ana MORALES IBANEZ (Chile)".
_OFFICER_IN_CAPITALS = re.compile(
    r"^\w+:\s*(?:Mr|Mrs|Ms|Miss)\. (?P<name>[\w'-]+(?: [\w'-]+)*? [A-ZÀ-Þ'-]{2,})(?= \(|$)"
)
# The next column's words a scan read across into the officer's line.
_NEXT_COLUMN_WORDS = ("of the territories with a view to", "for the region in the", "to the whole of the",
                      "of the population under", "and the other Powers on")  # fmt: skip
_CHAIR_LABEL_MISREADINGS = ("Qhairman r':..", "Chainnan;", "Chajrman:", "Ghairman :")
SPLIT_THE = 0.04  # of records: one chair's "The" with its first letter set apart
MISREAD_STATE = 0.08  # of old-style records (scans): one delegate's State one letter off
CHAIR_MISREAD = 0.1  # of records in capitals: one Chair's opening as a scan misread it
_CHAIR_MISREADINGS = ("The CIIAIRMAN", "The CHA1RMAN", "The C HAIRMAN", "Tho CHAIRMAN", "Thc CHAIRMAN", "The CHAIRMAld",
                      "The CI&IRMAF", "The CHAT1ii1':N")  # fmt: skip
TITLE_MISREAD = 0.06  # of old-style records (scans): one delegate's "Mr." as a scan misread it
_TITLE_MISREADINGS = ("MYlr.", "lIr.", "Mlr.", "IIr.", "Mr,", "Mr..", "MR.", "Hr.", "Mt.")
BRACKET_OR_VERB_MISREAD = 0.05  # of old-style records (scans): one delegate's bracket or "said" misread
_STATE_THEN_SAID = re.compile(
    r"(?:Mr|Mrs|Ms|Miss)\. [A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,3} "
    r"(?P<open>\()[A-Z][^()]{1,60}(?P<close>\)) (?P<said>said)\b"
)
_BRACKET_OR_VERB_MISREADINGS = (("open", "{"), ("open", "["), ("close", "]"), ("close", "}"), ("said", "sald"),
                                ("said", "eaid"), ("said", "sa id"))  # fmt: skip
_BARE_DELEGATE = re.compile(r"^\d{1,4}\.\s*Mr\. [A-Z'\-]+(?: [A-Z'\-]+)*,")
_IN_CAPITALS_AFTER_MR = re.compile(r"Mr\. [A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+)* \(")
# The State in brackets right after a delegate's name: "Mr. KÄLIN (Switzerland)".
_DELEGATE_STATE = re.compile(r"^\d{1,4}\.\s*(?:Mr|Ms|Mrs)\. [^()\d,.]+? \(([^()]+)\)")
# Letters a scan reads for others.
_LOOK_ALIKE = {"a": "o", "c": "e", "e": "c", "h": "b", "i": "l", "l": "i", "m": "n", "n": "u", "o": "e", "u": "n"}


def _is_heading(line: str) -> bool:
    """An agenda heading between paragraphs: no closing stop, no running header, no event."""
    return bool(line) and line[-1] not in ".:;" and " page " not in line and "/SR." not in line


def misread_state(name: str, iso3: str, rng: random.Random) -> str | None:
    """The State's name with one letter misread, when it is no State's name and one State only is that close."""
    spots = [at for at, letter in enumerate(name) if at > 0 and letter in _LOOK_ALIKE]
    for at in rng.sample(spots, len(spots)):
        misread = name[:at] + _LOOK_ALIKE[name[at]] + name[at + 1 :]
        if iso3_for_country(misread) is None and iso3_for_misread_country(misread) == iso3:
            return misread
    return None


def _title_in_two(line: str) -> list[str]:
    """ "SUMMARY RECORD OF THE FIRST PART (PUBLIC)*" / "OF THE 790th MEETING": a title over two lines."""
    if not line.startswith("SUMMARY RECORD OF THE "):
        return [line]
    cut = line.rfind(" OF THE ")
    return [line[:cut], line[cut + 1 :]] if cut > len("SUMMARY RECORD") else [line[:22].rstrip(), line[22:]]


def _officer_in_a_column(line: str) -> list[str]:
    """ "Chairman:" / "Mr. X" / "(Belgium)": a presiding officer printed in a column."""
    label, colon, who = line.partition(": ")
    if not colon or label not in ("Chairman", "Chairperson", "Chair", "President"):
        return [line]
    name, _, country = who.partition(" (")
    return [f"{label}:", name, *([f"({country}"] if country else [])]


def _broken_words(line: str, rng: random.Random) -> str:
    """What old conversions do to a title line: "Forty- seventh session", "1504 th meeting", "( p artial )"."""
    if line.endswith(" session") and "-" in line:
        return line.replace("-", "- ", 1)
    if "meeting" in line.lower() and (ordinal := re.search(r"\b(\d+)(st|nd|rd|th)\b", line)):
        line = f"{line[: ordinal.end(1)]} {line[ordinal.end(1) :]}"
    return line.replace("(partial)", "( p artial )") if rng.random() < 0.5 else line


def _typographic(line: str, rng: random.Random) -> str:
    """A word processor's characters: no-break spaces after titles, no-break hyphens, soft hyphens."""
    line = re.sub(r"\b(Mr|Ms|Mrs)\. ", "\\1.\u00a0", line)
    line = re.sub(r"(?<=[A-Za-z])-(?=[A-Z])", "\u2011", line)
    if rng.random() < 0.5:
        line = line.replace("Government", "Gov\u00adern\u00adment")
    return line.replace(", ", ",\u200b ", 1) if rng.random() < 0.3 else line


# The seats of invented peers: "Viscount X of HARTLEY".
_SEATS = ("HARTLEY", "BRAMLEY", "KINLOSS", "ASHFORD", "DUNMORE", "WESTBURY")
