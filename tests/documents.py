"""Records written for the format tests, and the PDF, Word and HTML files made from them.

The records are written for this test suite (not UN documents): the layouts and formulas
are the UN's, the people and exchanges invented. Each generator lays a record out as the UN
publishes it in that format, with the defects real files have (running headers and footers,
job numbers, barcodes, words hyphenated across lines, two columns, automatic paragraph
numbers, OHCHR HTML with words broken by stray spaces), so that a test can check that the
extracted clean text gives back the record it was made from.
"""

from __future__ import annotations

import importlib.util
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # python-docx is imported where a Word file is built, as needed
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

FONT_DIRECTORIES = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


@dataclass(frozen=True)
class SummaryRecord:
    """A summary record as clean text, split into the parts a layout places differently."""

    name: str
    symbol: str
    job_number: str  # "GE.11-41758 (E)"
    organ_left: tuple[str, ...]  # the masthead's left cell under "United Nations"
    distribution: tuple[str, ...]  # the right cell: "Distr.: General", date, "Original: English"
    masthead: tuple[str, ...]  # committee, session, title, "Held at", chair, contents
    notes: tuple[str, ...]  # footnotes of the first page: the correction notice
    body: tuple[str, ...]  # formulas, headings and "N.\ttext" paragraphs
    old_style: bool = False  # capitals, "page N" under the running symbol

    @property
    def heading_lines(self) -> tuple[str, ...]:
        return ("UNITED NATIONS" if self.old_style else "United Nations", self.symbol)

    @property
    def text(self) -> str:
        """The record as a clean-text file, in the order of the hand-labelled corpus."""
        lines = [
            *self.heading_lines,
            *self.organ_left,
            *self.distribution,
            *self.masthead,
            *self.notes,
            self.job_number,
            *self.body,
        ]
        return "\n".join(lines) + "\n"

    @property
    def barcode(self) -> str:
        digits = re.sub(r"\D", "", self.job_number)
        return f"*{digits}*"


@dataclass(frozen=True)
class VerbatimRecord:
    name: str
    symbol: str
    job_number: str
    masthead: tuple[str, ...]  # organ, year, meeting, date, place
    members: tuple[tuple[str, str], ...]  # (country, representative); the first is the President
    agenda: tuple[str, ...]
    notes: tuple[str, ...]
    body: tuple[str, ...]  # formulas, headings, speaker turns and their further paragraphs
    speakers: tuple[str, ...] = field(default=())  # the bold openings of turns ("The President")


def numbered(paragraphs: list[str]) -> list[str]:
    """Body lines with paragraph numbers: strings starting "¶" are numbered in order."""
    lines, number = [], 0
    for paragraph in paragraphs:
        if paragraph.startswith("¶"):
            number += 1
            lines.append(f"{number}.\t{paragraph[1:]}")
        else:
            lines.append(paragraph)
    return lines


CORRECTION_NOTES = (
    "This record is subject to correction.",
    "Corrections should be submitted in one of the working languages. They should be set forth in a memorandum "
    "and also incorporated in a copy of the record. They should be sent within one week of the date of this "
    "document to the Editing Unit, room E.4108, Palais des Nations, Geneva.",
    "Any corrected records of the public meetings of the Committee at this session will be reissued for "
    "technical reasons after the end of the session.",
)

CMW_2011 = SummaryRecord(
    name="cmw-2011-sr161-paraguay",
    symbol="CMW/C/SR.161",
    job_number="GE.11-41758 (E)",
    organ_left=(
        "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    ),
    distribution=("Distr.: General", "14 April 2011", "Original: English"),
    masthead=(
        "Committee on Migrant Workers",
        "Fourteenth session",
        "Summary record of the 161st meeting",
        "Held at the Palais Wilson, Geneva, on Wednesday, 6 April 2011, at 3 p.m.",
        "Chairperson: Mr. El Jamri",
        "Contents",
        "Consideration of reports submitted by States parties under article 73 of the Convention (continued)",
        "Initial report of Paraguay",
    ),
    notes=CORRECTION_NOTES,
    body=tuple(
        numbered(
            [
                "The meeting was called to order at 3.05 p.m.",
                "Consideration of reports submitted by States parties under article 73 of the Convention (continued)",
                "Initial report of Paraguay (CMW/C/PRY/1; CMW/C/PRY/Q/1 and Add.1)",
                "¶At the invitation of the Chairperson, the delegation of Paraguay took places at the Committee table.",
                "¶Mr. Martínez Lezcano (Paraguay), introducing the initial report of his country, said that "
                "Paraguay had ratified the Convention in 2008 and that the Directorate-General for Migration had "
                "since been reorganized. The new migration policy, adopted after consultations with civil society, "
                "covered both immigrants and the nearly 800,000 Paraguayans living abroad, most of them in "
                "Argentina, Spain and the United States of America.",
                "¶The Government had set up a unit to assist returning nationals, which had helped more than "
                "3,000 families since 2009, and had signed agreements on social security with Argentina, Brazil, "
                "Chile and Uruguay. Those agreements recognized periods of contribution completed in each State, "
                "so that a worker who had moved during his or her working life did not lose entitlement to a "
                "pension.",
                "¶Ms. Miller-Stennett (Country Rapporteur) welcomed the report and the dialogue with the "
                "delegation. She wished to know what measures had been taken to address the situation of "
                "Paraguayan women employed as domestic workers in Argentina and Spain, many of whom lacked "
                "employment contracts, and whether the consular services offered them legal assistance.",
                "¶She also asked whether the bill on migration, which was before Parliament, established a "
                "procedure by which migrant workers in an irregular situation could regularize their status, and "
                "what medium- to long-term strategy the State party had adopted to prevent trafficking in persons "
                "along the border with Brazil.",
                "¶Mr. Carrión-Mena asked how many migrant workers had been expelled in 2010 and whether the "
                "decisions could be appealed with suspensive effect. He also wished to know whether the Ministry "
                "of Labour carried out inspections in the agricultural sector, where Brazilian seasonal workers "
                "were employed in large numbers.",
                "¶Ms. Poussi Konsimbo asked whether the children of migrant workers born in Paraguay were "
                "registered at birth, irrespective of their parents' migration status, and whether they had access "
                "to secondary education on the same footing as nationals.",
                "The meeting was suspended at 4.20 p.m. and resumed at 4.35 p.m.",
                "¶Mr. Martínez Lezcano (Paraguay) said that the consular services in Buenos Aires and Madrid "
                "employed lawyers who advised domestic workers free of charge. In 2010, they had handled more than "
                "1,200 cases, most of which concerned unpaid wages and the confiscation of identity documents by "
                "employers.",
                "¶The migration bill provided for the regularization of persons who had entered the country "
                "irregularly, provided that they had no criminal record. Expulsion decisions could be appealed "
                "before the courts, and the appeal suspended the expulsion. In 2010, 14 persons had been expelled, "
                "all of them following criminal convictions.",
                "¶The Chairperson thanked the delegation for its replies and said that the Committee would "
                "continue its consideration of the initial report of Paraguay at its next meeting.",
                "The meeting rose at 6 p.m.",
            ]
        )
    ),
)

CRC_2013 = SummaryRecord(
    name="crc-2013-sr1792-portugal",
    symbol="CRC/C/SR.1792",
    job_number="GE.13-44023 (E)",
    organ_left=("Convention on the Rights of the Child",),
    distribution=("Distr.: General", "4 October 2013", "Original: English"),
    masthead=(
        "Committee on the Rights of the Child",
        "Sixty-fourth session",
        "Summary record of the 1792nd meeting",
        "Held at the Palais Wilson, Geneva, on Friday, 20 September 2013, at 10 a.m.",
        "Chairperson: Ms. Sandberg",
        "Contents",
        "Consideration of reports of States parties (continued)",
        "Combined third and fourth periodic reports of Portugal",
    ),
    notes=CORRECTION_NOTES,
    body=tuple(
        numbered(
            [
                "The meeting was called to order at 10 a.m.",
                "Consideration of reports of States parties (continued)",
                "Combined third and fourth periodic reports of Portugal (CRC/C/PRT/3-4; CRC/C/PRT/Q/3-4 and Add.1)",
                "¶At the invitation of the Chairperson, the delegation of Portugal took places at the Committee table.",
                "¶Ms. Gonçalves (Portugal) said that the economic and financial crisis had hit families with "
                "children particularly hard. Nevertheless, the Government had maintained the child benefit for the "
                "poorest households and had increased the number of places in crèches by 12 per cent since 2011. "
                "The National Commission for the Protection of Children and Young People at Risk coordinated the "
                "work of 305 local commissions, one in almost every municipality.",
                "¶Mr. Cardona Llorens (Country Task Force) asked how the State party ensured that austerity "
                "measures did not reduce the resources allocated to children, and whether a child-rights impact "
                "assessment was carried out before the budget was adopted. He would also like to know how the "
                "views of children were taken into account in judicial proceedings concerning custody.",
                "¶Ms. Aidoo (Country Task Force) said that the Committee was concerned at reports that Roma "
                "children left school early and were overrepresented in classes for pupils with learning "
                "difficulties. What steps had been taken to overcome prejudice among teachers and to involve Roma "
                "mediators in schools?",
                "¶The Chairperson, speaking as a member of the Committee, asked whether corporal punishment was "
                "prohibited in all settings, including the home, and what follow-up had been given to the "
                "Committee's previous recommendations on that matter.",
                "¶Ms. Gonçalves (Portugal) said that the Criminal Code had prohibited all corporal punishment "
                "since 2007 and that the courts had applied the prohibition to parents on several occasions. "
                "Awareness-raising campaigns had been conducted in schools and health centres.",
                "¶Mr. Sousa Pinto (Portugal) said that the programme for the inclusion of Roma communities, "
                "launched in 2012, had trained 40 mediators, who worked in the schools with the highest dropout "
                "rates. The number of Roma children completing compulsory education had doubled in three years.",
                "The meeting rose at 1 p.m.",
            ]
        )
    ),
)

CEDAW_2006 = SummaryRecord(
    name="cedaw-2006-sr741-oldstyle-malawi",
    symbol="CEDAW/C/SR.741",
    job_number="GE.06-43516 (E)",
    organ_left=("Convention on the Elimination of All Forms of Discrimination against Women",),
    distribution=("Distr.: General", "10 August 2006", "Original: English"),
    masthead=(
        "Committee on the Elimination of Discrimination against Women",
        "Thirty-fifth session",
        "Summary record of the 741st meeting",
        "Held at Headquarters, New York, on Thursday, 18 May 2006, at 10 a.m.",
        "Chairperson: Ms. Manalo",
        "Contents",
        "Consideration of reports submitted by States parties under article 18 of the Convention (continued)",
        "Combined second, third, fourth and fifth periodic reports of Malawi",
    ),
    notes=CORRECTION_NOTES,
    body=tuple(
        numbered(
            [
                "The meeting was called to order at 10.05 a.m.",
                "Consideration of reports submitted by States parties under article 18 of the Convention (continued)",
                "Combined second, third, fourth and fifth periodic reports of Malawi (CEDAW/C/MWI/2-5)",
                "¶At the invitation of the Chairperson, the members of the delegation of Malawi took places at "
                "the Committee table.",
                "¶Ms. Kachika (Malawi) said that the Constitution guaranteed equality between women and men, but "
                "that customary law continued to govern marriage, inheritance and the ownership of land in rural "
                "areas. The Law Commission had completed a review of the laws on marriage and divorce, and the "
                "Prevention of Domestic Violence Act had entered into force in April 2006.",
                "¶Ms. Šimonović asked whether the Convention had been incorporated into domestic law and whether "
                "it had ever been invoked before the courts. She also wished to know whether the Law Commission's "
                "recommendations on the minimum age of marriage, which the Committee had addressed in its general "
                "recommendation No. 21, would be adopted before the next elections.",
                "¶Ms. Gabr welcomed the adoption of the Prevention of Domestic Violence Act, but wondered how it "
                "would be implemented in practice, given the shortage of shelters and trained police officers. "
                "Were there plans to establish victim support units in every district?",
                "¶Ms. Tavares da Silva said that the Government's commitment to gender equality was not "
                "reflected in the representation of women in Parliament, which had fallen to 14 per cent. Had the "
                "Government considered temporary special measures, such as quotas, within the meaning of article "
                "4, paragraph 1, of the Convention?",
                "¶Ms. Kachika (Malawi) said that victim support units had been established in 28 of the 30 police "
                "stations of the country and that non-governmental organizations ran shelters in Blantyre and "
                "Lilongwe. The Government intended to introduce a quota of 30 per cent for women in the civil "
                "service.",
                "The meeting rose at 1 p.m.",
            ]
        )
    ),
)

CAT_2004 = SummaryRecord(
    name="cat-2004-sr612-oldstyle-switzerland",
    symbol="CAT/C/SR.612",
    job_number="GE.04-41897 (E)",
    organ_left=("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",),
    distribution=("Distr. GENERAL", "25 November 2004", "Original: FRENCH"),
    masthead=(
        "COMMITTEE AGAINST TORTURE",
        "Thirty-third session",
        "SUMMARY RECORD OF THE 612th MEETING",
        "Held at the Palais Wilson, Geneva, on Monday, 15 November 2004, at 3 p.m.",
        "Chairman: Mr. MARIÑO MENÉNDEZ",
        "CONTENTS",
        "CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 19 OF THE CONVENTION (continued)",
        "Fourth periodic report of Switzerland",
    ),
    notes=(
        "This record is subject to correction.",
        "Corrections should be submitted in one of the working languages. They should be set forth in a memorandum "
        "and also incorporated in a copy of the record. They should be sent within one week of the date of this "
        "document to the Editing Section, room E.4108, Palais des Nations, Geneva.",
        "Any corrections to the records of the public meetings of the Committee at this session will be "
        "consolidated in a single corrigendum, to be issued shortly after the end of the session.",
    ),
    old_style=True,
    body=tuple(
        numbered(
            [
                "The meeting was called to order at 3 p.m.",
                "CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 19 OF THE CONVENTION "
                "(agenda item 4) (continued)",
                "Fourth periodic report of Switzerland (CAT/C/55/Add.9)",
                "¶At the invitation of the Chairman, the members of the delegation of Switzerland took places at "
                "the Committee table.",
                "¶Mr. KÄLIN (Switzerland), introducing the fourth periodic report of his country, said that the "
                "new Federal Constitution, which had entered into force in 2000, expressly prohibited torture and "
                "any other kind of cruel, inhuman or degrading treatment or punishment. The cantons remained "
                "responsible for the police and for the prisons, which explained certain differences in practice "
                "from one canton to another.",
                "¶Following the visit of the European Committee for the Prevention of Torture in 2003, several "
                "cantons had introduced the right of persons in police custody to inform a relative and to have "
                "access to a lawyer from the outset. A draft federal code of criminal procedure, which would "
                "harmonize those guarantees throughout the country, would be submitted to Parliament in 2005.",
                "¶Mr. CAMARA (Country Rapporteur) thanked the delegation for its detailed report. He wished to "
                "know whether an independent body had been established in each canton to receive complaints "
                "against the police, and how many complaints of ill-treatment had been lodged in 2003 and 2004.",
                "¶He also asked for information on the use of restraints during the forcible deportation of "
                "foreigners by air. Two persons had died during such operations since 1999. What instructions had "
                "been given to the police officers accompanying deportees?",
                "¶Mr. EL MASRY (Alternate Country Rapporteur) asked whether the Federal Government had considered "
                "ratifying the Optional Protocol to the Convention, which Switzerland had signed, and whether a "
                "national preventive mechanism would be set up at the federal or the cantonal level.",
                "¶The CHAIRMAN invited the delegation to reply to the questions at the following meeting.",
                "The delegation of Switzerland withdrew.",
                "The meeting rose at 5.10 p.m.",
            ]
        )
    ),
)

SUMMARY_RECORDS = (CMW_2011, CRC_2013, CEDAW_2006, CAT_2004)

SECURITY_COUNCIL_5012 = VerbatimRecord(
    name="s-pv-5012-burundi",
    symbol="S/PV.5012",
    job_number="04-51874 (E)",
    masthead=(
        "Security Council",
        "Fifty-ninth year",
        "5012th meeting",
        "Tuesday, 3 August 2004, 10.30 a.m.",
        "New York",
    ),
    members=(
        ("Russian Federation", "Mr. Konuzin"),
        ("Algeria", "Mr. Baali"),
        ("Angola", "Mr. Gaspar Martins"),
        ("Benin", "Mr. Adechi"),
        ("Brazil", "Mr. Sardenberg"),
        ("Chile", "Mr. Muñoz"),
        ("China", "Mr. Wang Guangya"),
        ("France", "Mr. De La Sablière"),
    ),
    agenda=("The situation in Burundi",),
    notes=(
        "This record contains the text of speeches delivered in English and of the interpretation of speeches "
        "delivered in the other languages. The final text will be printed in the Official Records of the "
        "Security Council. Corrections should be submitted to the original languages only.",
    ),
    body=(
        "The meeting was called to order at 10.35 a.m.",
        "Adoption of the agenda",
        "The agenda was adopted.",
        "The situation in Burundi",
        "The President (spoke in Russian): The Security Council will now begin its consideration of the item on "
        "its agenda. The Council is meeting in accordance with the understanding reached in its prior "
        "consultations. I welcome the presence of the Special Representative of the Secretary-General, and I "
        "give him the floor.",
        "Mr. Ould-Abdallah: I thank you, Mr. President, for the opportunity to brief the Council on the peace "
        "process in Burundi. Since the Council last considered the situation, the transitional Government has "
        "made real progress in the cantonment of former combatants, and more than 12,000 of them have now been "
        "disarmed under the supervision of the United Nations Operation in Burundi.",
        "Much remains to be done, however. The electoral calendar agreed at Pretoria requires the adoption of a "
        "post-transition constitution before the end of October, and the parties are still divided on the "
        "sharing of power between the communities. The humanitarian situation in the north of the country also "
        "remains worrying, with some 140,000 persons still displaced.",
        "Mr. De La Sablière (France) (spoke in French): France welcomes the progress made in the cantonment of "
        "combatants and commends the commitment of the Special Representative. The Council must remain united "
        "and vigilant: the transition cannot be extended indefinitely, and the parties must respect the "
        "timetable they have agreed upon.",
        "We also call on the remaining armed group to join the peace process without delay. Impunity for the "
        "massacre at Gatumba cannot be tolerated, and those responsible must be brought to justice.",
        "Mr. Muñoz (Chile) (spoke in Spanish): My delegation is grateful for the briefing. Chile attaches great "
        "importance to the reform of the security sector, without which no election can be held in conditions of "
        "security. We should like to know what support the international community could provide to the "
        "integrated national army.",
        "The President (spoke in Russian): I shall now make a statement in my capacity as the representative "
        "of the Russian Federation. The Russian Federation supports the efforts of the regional initiative and "
        "of the facilitator, and believes that the elections must be held within the agreed time frame.",
        "I now resume my functions as President of the Council. There are no further speakers on my list. The "
        "Security Council has thus concluded the present stage of its consideration of the item on its agenda.",
        "The meeting rose at 12.05 p.m.",
    ),
    speakers=("The President", "Mr. Ould-Abdallah", "Mr. De La Sablière", "Mr. Muñoz"),
)


# --- fonts ---------------------------------------------------------------------------------


def font_file(name: str) -> Path:
    """A DejaVu font: the copy matplotlib ships (a dev dependency), else the system's."""
    spec = importlib.util.find_spec("matplotlib")
    locations = spec.submodule_search_locations if spec else None
    bundled = [Path(next(iter(locations))) / "mpl-data" / "fonts" / "ttf"] if locations else []
    for directory in (*bundled, *FONT_DIRECTORIES):
        candidate = directory / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name}: install the dev dependencies (uv sync) to get matplotlib's DejaVu fonts")


# --- PDF ---------------------------------------------------------------------------------------

# Word stems a typesetter may hyphenate; chosen so that the hyphen is a break, not part of the word.
_NO_BREAK_AFTER = frozenset({"non", "self", "long", "short", "medium", "well", "cross", "multi", "follow"})


@dataclass
class _Run:
    text: str
    style: str  # "", "B" or "I"


@dataclass
class _PlacedLine:
    runs: list[_Run]
    x: float
    width: float  # the column width, for justified lines
    justify: bool
    hyphen: bool = False


class _PdfWriter:
    """Places lines on pages with fpdf2; columns, running heads and footnotes are the caller's."""

    def __init__(self, page_format: str | tuple[float, float], size: float) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(unit="pt", format=page_format)
        self.pdf.set_auto_page_break(auto=False)
        self.pdf.set_compression(True)
        for style, name in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.pdf.add_font("serif", style, str(font_file(name)))
        self.size = size
        self.draws: list[tuple[int, float, float, str, str, float]] = []  # page, y, x, text, style, size

    def width(self, text: str, style: str = "", size: float | None = None) -> float:
        self.pdf.set_font("serif", style, size or self.size)
        return self.pdf.get_string_width(text)

    def draw(self, page: int, x: float, y: float, text: str, style: str = "", size: float | None = None) -> None:
        self.draws.append((page, y, x, text, style, size or self.size))

    def draw_line(self, page: int, placed: _PlacedLine, y: float) -> None:
        """Draw runs left to right; a justified line is drawn word by word with the spare room shared out."""
        words = [(word, run.style) for run in placed.runs for word in run.text.split(" ") if word]
        natural = sum(self.width(word, style) for word, style in words)
        gaps = len(words) - 1
        space = self.width(" ")
        if placed.justify and gaps > 0:
            space = max(space, (placed.width - natural) / gaps)
        if not placed.justify:
            x = placed.x
            for run in placed.runs:
                if run.text:
                    self.draw(page, x, y, run.text, run.style)
                    x += self.width(run.text, run.style)
            return
        x = placed.x
        for word, style in words:
            self.draw(page, x, y, word, style)
            x += self.width(word, style) + space

    def output(self, pages: int, *, interleave: bool = False) -> bytes:
        """The PDF; with `interleave`, each page's text drawn row by row across the columns."""
        for page in range(pages):
            self.pdf.add_page()
            draws = [draw for draw in self.draws if draw[0] == page]
            if interleave:
                draws.sort(key=lambda draw: (round(draw[1], 1), draw[2]))
            for _, y, x, text, style, size in draws:
                self.pdf.set_font("serif", style, size)
                self.pdf.text(x, y, text)
        return bytes(self.pdf.output())


def _wrap(
    writer: _PdfWriter, runs: list[_Run], width: float, first_indent: float, *, hyphenate: bool, size: float = 10
) -> list:
    """Break runs into lines of at most `width`, hyphenating long words as a typesetter would."""
    tokens: list[tuple[str, str]] = [(word, run.style) for run in runs for word in run.text.split(" ") if word]
    lines: list[list[tuple[str, str]]] = [[]]
    hyphens: list[bool] = [False]
    used = first_indent
    space = writer.width(" ", "", size)
    queue = list(tokens)
    while queue:
        word, style = queue.pop(0)
        needed = writer.width(word, style, size) + (space if lines[-1] else 0)
        if used + needed <= width or not lines[-1]:
            lines[-1].append((word, style))
            used += needed
            continue
        head = _break_word(writer, word, style, width - used - space) if hyphenate else None
        if head is not None:
            lines[-1].append((head[0], style))
            hyphens[-1] = True
            queue.insert(0, (head[1], style))
        else:
            queue.insert(0, (word, style))
        lines.append([])
        hyphens.append(False)
        used = 0.0
    result = []
    for words, hyphen in zip(lines, hyphens, strict=True):
        merged: list[_Run] = []
        for word, style in words:
            if merged and merged[-1].style == style:
                merged[-1].text += " " + word
            else:
                merged.append(_Run((" " if merged else "") + word, style))
        result.append((merged, hyphen))
    return result


def _break_word(writer: _PdfWriter, word: str, style: str, room: float) -> tuple[str, str] | None:
    """Split `word` so its head and a hyphen fit in `room`: at its own hyphen, or between syllables."""
    if "-" in word.strip("-"):
        head, _, tail = word.partition("-")
        if tail and writer.width(head + "-", style) <= room:
            return head + "-", tail
        return None
    letters = word.rstrip(".,;:)")
    if len(letters) < 9 or not letters.isalpha() or not letters.islower():
        return None
    for cut in range(len(letters) - 4, 4, -1):
        head = letters[:cut]
        if head in _NO_BREAK_AFTER or (head[-1] not in "aeiouy" and head[-2] not in "aeiouy"):
            continue
        if writer.width(head + "-", style) <= room:
            return head + "-", word[cut:]
    return None


def summary_record_pdf(record: SummaryRecord, *, hyphenate: bool = True) -> bytes:
    """The record laid out as a UN summary record: A4, one column, masthead, footnote, running heads."""
    writer = _PdfWriter("A4", 10)
    left, right, top, bottom, leading = 70.0, 525.0, 110.0, 760.0, 12.0
    page, y = 0, 62.0
    # Masthead: "United Nations" and the symbol on one row, then two cells side by side.
    writer.draw(0, left, y, record.heading_lines[0], "B", 11)
    symbol_size = 14
    writer.draw(0, right - writer.width(record.symbol, "B", symbol_size), y, record.symbol, "B", symbol_size)
    y += 24
    cell_y = y
    for placed, _ in _wrap(writer, [_Run(record.organ_left[0], "")], 250, 0, hyphenate=False):
        writer.draw_line(0, _PlacedLine(placed, left, 250, justify=False), cell_y)
        cell_y += leading
    for row, text in enumerate(record.distribution):
        writer.draw(0, 390, y + row * leading, text)
    y = max(cell_y, y + len(record.distribution) * leading) + 18
    for text in record.masthead:
        style = "B" if text.startswith(("Committee", "COMMITTEE", "Summary", "SUMMARY")) else ""
        for placed, _ in _wrap(writer, [_Run(text, style)], right - left, 0, hyphenate=False):
            writer.draw_line(0, _PlacedLine(placed, left, right - left, justify=False), y)
            y += leading + 2
        y += 4
    # First-page foot: the correction notice as footnotes, the job number, barcode and recycling mark.
    note_lines = [
        (placed, index == 0)
        for note in record.notes
        for index, (placed, _) in enumerate(_wrap(writer, [_Run(note, "")], right - left, 0, hyphenate=False, size=8))
    ]
    note_y = 742.0 - len(note_lines) * 9.5
    for placed, _first in note_lines:
        writer.draw(0, left, note_y, placed[0].text.strip(), "", 8)
        note_y += 9.5
    first_page_bottom = 742.0 - len(note_lines) * 9.5 - 16
    writer.draw(0, left, 800, record.job_number + "    110411    140411", "", 8)
    writer.draw(0, 420, 800, record.barcode, "", 12)
    writer.draw(0, left, 812, "Please recycle", "", 7)
    page_bottom = first_page_bottom
    y += 10
    for text in record.body:
        runs, style, indent = _body_runs(text)
        wrapped = _wrap(writer, runs, right - left, indent, hyphenate=hyphenate)
        if y + leading > page_bottom:
            page, y, page_bottom = page + 1, top, bottom
        for index, (placed, hyphen) in enumerate(wrapped):
            if y > page_bottom:
                page, y, page_bottom = page + 1, top, bottom
            x = left + (indent if index == 0 else 0)
            if index == 0 and text[:1].isdigit():
                number, _, _ = text.partition("\t")
                writer.draw(page, left, y, number, "")
                x = left + 28
            writer.draw_line(page, _PlacedLine(placed, x, right - x, justify=False, hyphen=hyphen), y)
            y += leading
        y += 6 if style != "B" else 8
    pages = page + 1
    for later_page in range(1, pages):
        _running_heads(writer, record, later_page, left, right)
    return writer.output(pages)


def _body_runs(text: str) -> tuple[list[_Run], str, float]:
    """Runs of one body line, its dominant style and the first-line indent for its text."""
    if text[:1].isdigit() and "\t" in text:
        return [_Run(text.partition("\t")[2], "")], "", 28.0
    if text.startswith("The meeting") or text.startswith("The delegation"):
        return [_Run(text, "I")], "I", 0.0
    return [_Run(text, "B")], "B", 0.0


def _running_heads(writer: _PdfWriter, record: SummaryRecord, page: int, left: float, right: float) -> None:
    """Symbol at the head of pages after the first; page number and job number at the foot."""
    even = page % 2 == 1  # the second page is page 2
    symbol_x = left if even else right - writer.width(record.symbol, "B", 9)
    writer.draw(page, symbol_x, 60, record.symbol, "B", 9)
    if record.old_style:
        writer.draw(page, symbol_x, 71, f"page {page + 1}", "", 9)
    job = record.job_number.replace(" (E)", "")
    number = str(page + 1)
    if even:
        writer.draw(page, left, 800, number, "B", 9)
        writer.draw(page, right - writer.width(job, "", 8), 800, job, "", 8)
    else:
        writer.draw(page, left, 800, job, "", 8)
        writer.draw(page, right - writer.width(number, "B", 9), 800, number, "B", 9)


def verbatim_record_pdf(record: VerbatimRecord, *, interleave: bool = False) -> bytes:
    """A Security Council verbatim record: a one-column first page, then two justified columns."""
    writer = _PdfWriter("Letter", 10)
    left, right = 60.0, 552.0
    y = 60.0
    writer.draw(0, 124, y, "United Nations", "", 12)
    writer.draw(0, right - writer.width(record.symbol, "B", 14), y, record.symbol, "B", 14)
    y += 30
    for index, text in enumerate(record.masthead):
        size = 18 if index == 0 else 10
        writer.draw(0, 124, y, text, "B" if index in (0, 2) else "", size)
        y += size + 6
    writer.draw(0, 500, 90, "Provisional", "I", 10)
    y += 30
    for index, (country, person) in enumerate(record.members):
        label = "President:" if index == 0 else "Members:" if index == 1 else ""
        if label:
            writer.draw(0, left, y, label, "I", 10)
        left_text, right_text = (person, f"({country})") if index == 0 else (country, person)
        dots = " ." * int((330 - writer.width(left_text)) / writer.width(" ."))
        writer.draw(0, 124, y, left_text + dots, "")
        writer.draw(0, 470, y, right_text, "")
        y += 12 + (12 if index == 0 else 0)
    y += 20
    writer.draw(0, left, y, "Agenda", "B", 12)
    y += 24
    for text in record.agenda:
        writer.draw(0, 124, y, text)
        y += 14
    note_y = 650.0
    for note in record.notes:
        for placed, _ in _wrap(writer, [_Run(note, "")], 430, 0, hyphenate=False, size=8):
            writer.draw(0, 124, note_y, placed[0].text.strip(), "", 8)
            note_y += 9.5
    writer.draw(0, left, 735, record.job_number, "", 9)
    writer.draw(0, left, 752, "*" + re.sub(r"\D", "", record.job_number) + "*", "", 14)
    columns = ((left, 300.0), (312.0, right))
    page, column, y, top, bottom, leading = 1, 0, 80.0, 80.0, 720.0, 12.0
    for text in record.body:
        runs, indent, justify_all = _verbatim_runs(text, record.speakers)
        x0, x1 = columns[column]
        wrapped = _wrap(writer, runs, x1 - x0, indent, hyphenate=True)
        if y + leading > bottom:
            page, column, y = (page, 1, top) if column == 0 else (page + 1, 0, top)
        for index, (placed, hyphen) in enumerate(wrapped):
            if y > bottom:
                page, column, y = (page, 1, top) if column == 0 else (page + 1, 0, top)
            x0, x1 = columns[column]
            x = x0 + (indent if index == 0 else 0)
            last = index == len(wrapped) - 1
            writer.draw_line(page, _PlacedLine(placed, x, x1 - x, justify=justify_all and not last, hyphen=hyphen), y)
            y += leading
        # Drawn row by row, the two columns share one baseline grid, as typesetting systems do.
        y += 0 if interleave else 6
    pages = page + 1
    for number in range(1, pages):
        writer.draw(
            number, left if number % 2 else right - writer.width(record.symbol, "B", 8), 50, record.symbol, "B", 8
        )
        writer.draw(number, left if number % 2 else right - 6, 760, str(number + 1), "B", 8)
    return writer.output(pages, interleave=interleave)


def _verbatim_runs(text: str, speakers: tuple[str, ...]) -> tuple[list[_Run], float, bool]:
    if text.startswith(("The meeting", "The agenda")):
        return [_Run(text, "I")], 24.0, False
    speaker = next((name for name in speakers if text.startswith(name + " (") or text.startswith(name + ":")), None)
    if speaker:
        rest = text[len(speaker) :]
        if rest.startswith(":"):  # the colon is set with the name, not as a word of its own
            speaker, rest = speaker + ":", rest[1:]
        return [_Run(speaker, "B"), _Run(rest, "")], 24.0, True
    if text[-1:] in ".?!:”":
        return [_Run(text, "")], 24.0, True
    return [_Run(text, "B")], 0.0, False


def pdf_from_lines(paragraphs: list[list[str]]) -> bytes:
    """A one-column page with each paragraph's lines set exactly as given and justified to the
    longest of them, as a typesetter would (to test words hyphenated at line ends)."""
    writer = _PdfWriter("A4", 10)
    width = max(writer.width(line) for lines in paragraphs for line in lines)
    y = 100.0
    for lines in paragraphs:
        for index, line in enumerate(lines):
            last = index == len(lines) - 1
            writer.draw_line(0, _PlacedLine([_Run(line, "")], 70, width, justify=not last), y)
            y += 12
        y += 8
    return writer.output(1)


def pdf_from_pages(pages: list[list[tuple[str, bool]]], running_heads: tuple[str, ...]) -> bytes:
    """Pages of lines set exactly as given, `(text, ends_paragraph)`, justified but for a paragraph's
    last line; from the second page on, `running_heads` above the body and the page number below it."""
    writer = _PdfWriter("A4", 10)
    width = max(writer.width(text) for lines in pages for text, _ in lines)
    for page, lines in enumerate(pages):
        if page:
            for row, head in enumerate(running_heads):
                writer.draw(page, 70, 40 + 11 * row, head, "B" if row == 0 else "", 9)
            writer.draw(page, 70, 800, str(page + 1), "B", 9)
        y = 80.0
        for text, ends_paragraph in lines:
            writer.draw_line(page, _PlacedLine([_Run(text, "")], 70, width, justify=not ends_paragraph), y)
            y += 12 + (6 if ends_paragraph else 0)
    return writer.output(len(pages))


# --- Word ---------------------------------------------------------------------------------------


def summary_record_docx(record: SummaryRecord) -> bytes:
    """The record as the UN's Word file: masthead table, automatic paragraph numbers, real footnotes."""
    from docx import Document

    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = record.symbol
    section.footer.paragraphs[0].text = f"{record.job_number}\t{record.barcode}"
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = record.heading_lines[0]
    table.cell(0, 1).text = record.symbol
    table.cell(1, 0).text = record.organ_left[0]
    distribution = table.cell(1, 1).paragraphs[0]
    for index, text in enumerate(record.distribution):
        run = distribution.add_run(text)
        if index < len(record.distribution) - 1:
            run.add_break()
    for text in record.masthead:
        paragraph = document.add_paragraph(text)
        if text.lower().startswith("summary record"):
            _add_footnotes(document, paragraph, record.notes)
    number_id = _decimal_numbering(document)
    for text in record.body:
        if text[:1].isdigit() and "\t" in text:
            paragraph = document.add_paragraph(text.partition("\t")[2])
            _number(paragraph, number_id)
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _decimal_numbering(document: WordDocument) -> int:
    """A decimal list ("1.", "2.", ...) in the numbering part; returns its w:numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:suff w:val="tab"/></w:lvl></w:abstractNum>'
    )
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def _number(paragraph: Paragraph, number_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    properties = paragraph._p.get_or_add_pPr()
    properties.insert(
        0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{number_id}"/></w:numPr>')
    )


def _add_footnotes(document: WordDocument, paragraph: Paragraph, notes: tuple[str, ...]) -> None:
    """A footnotes part holding `notes`, referenced from `paragraph` as Word does."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    body = "".join(
        f'<w:footnote w:id="{index}"><w:p><w:r><w:t xml:space="preserve">{escape(note)}</w:t></w:r></w:p></w:footnote>'
        for index, note in enumerate(notes, start=1)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:footnote>{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>'
        )
    )


# --- HTML ---------------------------------------------------------------------------------------


def summary_record_html(record: SummaryRecord, *, defects: bool = True) -> bytes:
    """The record as an OHCHR HTML rendition, with that rendition's known defects when `defects`."""
    from html import escape

    masthead_fields = [record.symbol, *record.distribution]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{record.symbol}</title>",
        "</head><body>",
        '<div class="masthead">',
    ]
    parts.append(f"<p>{escape(record.heading_lines[0])}</p>")
    if defects:
        parts.append(
            f"<p><b>{''.join(escape(text) for text in masthead_fields[:1])}</b>"
            f"{''.join(escape(text) for text in masthead_fields[1:2])}"
            f"<span>{''.join(escape(text) for text in masthead_fields[2:])}</span></p>"
        )
        parts.append(f"<p>{escape(_with_stray_spaces(record.organ_left[0]))}</p>")
    else:
        parts.extend(f"<p>{escape(text)}</p>" for text in masthead_fields)
        parts.append(f"<p>{escape(record.organ_left[0])}</p>")
    for text in record.masthead:
        parts.append(f"<p>{escape(_with_stray_spaces(text) if defects else text)}</p>")
    parts.append('</div><div class="notes">')
    parts.extend(f'<p class="footnote">{escape(note)}</p>' for note in record.notes)
    parts.append(f'<p class="jobnumber">{escape(record.job_number)}</p></div><div class="body">')
    in_list = False
    for index, text in enumerate(record.body):
        number, _, paragraph = text.partition("\t")
        is_numbered = bool(paragraph) and number.endswith(".")
        as_list = defects and is_numbered and int(number[:-1]) % 3 == 0
        if in_list and not as_list:
            parts.append("</ol>")
            in_list = False
        if as_list:
            if not in_list:
                parts.append(f'<ol start="{number[:-1]}">')
                in_list = True
            parts.append(f"<li><p>{escape(paragraph)}</p></li>")
        elif is_numbered and defects and index % 2:
            # Lost its tab; the first numbered paragraph also has the stray spaces.
            broken = _with_stray_spaces(paragraph) if number == "1." else paragraph
            parts.append(f"<p>{escape(number)}{escape(broken)}</p>")
        elif is_numbered:
            parts.append(f"<p>{escape(number)}&nbsp;&nbsp;{escape(paragraph)}</p>")
        else:
            parts.append(f"<h3>{escape(text)}</h3>" if not text.startswith("The meeting") else f"<p><i>{text}</i></p>")
    if in_list:
        parts.append("</ol>")
    parts.append("</div></body></html>")
    return "\n".join(parts).encode("utf-8")


# The OHCHR renditions break a few words with a stray space, always the same ones.
_STRAY_SPACES = (
    ("Committee", "Com mittee"),
    ("All Forms", "A ll Forms"),
    ("Sixty-fourth", "Sixty- fourth"),
    ("Thirty-fifth", "Thirty- fifth"),
    ("Thirty-third", "Thirty- third"),
    ("Ninety-fifth", "Ninety- fifth"),
)


def _with_stray_spaces(text: str) -> str:
    for whole, broken in _STRAY_SPACES:
        text = text.replace(whole, broken, 1)
    return text
