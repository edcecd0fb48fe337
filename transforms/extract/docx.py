"""Word (.docx) records as clean text, read with python-docx.

The body is read in document order, tables included (a UN masthead is a table); headers and
footers (the running symbol, job number and barcode) are separate parts and stay out.
Paragraph numbers that Word generates (a `w:numPr` on the paragraph or its style) are not
in the text runs: they are counted here per list and level and written as "N.<TAB>".
Footnotes and endnotes come back apart.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from defusedxml import ElementTree

from transforms.extract import ExtractedDocument
from transforms.extract.cleanup import CORRECTION_NOTICE, clean_line, is_page_furniture, number_with_tab
from transforms.record import RecordRejected

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_MAX_UNPACKED = 200 * 1024 * 1024  # a Word record is a few MB; more is a zip bomb or not a record
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
# Text of these elements belongs elsewhere (deleted revisions, field codes, text boxes read apart).
_SKIPPED = frozenset({f"{W}delText", f"{W}instrText", f"{W}txbxContent", _MC_FALLBACK, f"{W}footnoteReference"})
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def document_from_docx(content: bytes, *, format_name: str = "docx") -> ExtractedDocument:
    """Clean text and footnotes of a Word record; `RecordRejected` when it is not a readable one."""
    _check_package(content)
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(content))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise RecordRejected("extract", f"not a readable Word document: {error}") from error
    numbering = Numbering.from_document(document)
    lines: list[str] = []
    for paragraph in _body_paragraphs(document.element.body):
        text = paragraph_text(paragraph)
        label = numbering.label(paragraph)
        for part in filter(None, map(clean_line, text.split("\n"))):
            lines.append(number_with_tab(f"{label}\t{part}" if label else part))
            label = None
    footnotes = _notes(document)
    footnotes[:0] = [line for line in lines if CORRECTION_NOTICE.match(line)]
    text_lines = [
        line
        for line in lines
        if not CORRECTION_NOTICE.match(line) and not is_page_furniture(line, running_header=False)
    ]
    if not text_lines:
        raise RecordRejected("extract", "Word document has no text")
    return ExtractedDocument("\n".join(text_lines) + "\n", format_name, footnotes)


def _check_package(content: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            names = set(package.namelist())
            unpacked = sum(info.file_size for info in package.infolist())
    except zipfile.BadZipFile as error:
        raise RecordRejected("extract", f"not a readable Word document: {error}") from error
    if "word/document.xml" not in names:
        raise RecordRejected("extract", "a zip file that is not a Word document (no word/document.xml)")
    if unpacked > _MAX_UNPACKED:
        raise RecordRejected("extract", f"Word document unpacks to {unpacked} bytes: too large to be a record")


def _body_paragraphs(container: BaseOxmlElement) -> list[BaseOxmlElement]:
    """Paragraphs in reading order, those of table cells included (a merged cell once)."""
    paragraphs: list[BaseOxmlElement] = []
    for child in container.iterchildren():
        if child.tag == f"{W}p":
            paragraphs.append(child)
        elif child.tag == f"{W}tbl":
            for row in child.iterchildren(f"{W}tr"):
                seen: set[int] = set()
                for cell in row.iterchildren(f"{W}tc"):
                    if id(cell) not in seen:
                        seen.add(id(cell))
                        paragraphs.extend(_body_paragraphs(cell))
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                paragraphs.extend(_body_paragraphs(content))
    return paragraphs


def paragraph_text(paragraph: BaseOxmlElement | Element) -> str:
    """The text a reader sees: runs, tabs, line breaks (as new lines), no field codes or deletions."""
    parts: list[str] = []
    _collect_text(paragraph, parts)
    return "".join(parts)


def _collect_text(element: BaseOxmlElement | Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}sym":
            parts.append(_symbol(child.get(f"{W}char")))
        else:
            _collect_text(child, parts)


def _symbol(code: str | None) -> str:
    try:
        return chr(int(code or "", 16))
    except ValueError:
        return ""


@dataclass
class Level:
    start: int = 1
    number_format: str = "decimal"
    text: str = "%1."


@dataclass
class Numbering:
    """Word's automatic numbering: which list each paragraph is in, and the counts so far."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> level -> format
    style_numbers: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> (numId, level)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: Document) -> Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            abstract = {
                element.get(f"{W}abstractNumId"): _levels(element) for element in root.iterchildren(f"{W}abstractNum")
            }
            for number in root.iterchildren(f"{W}num"):
                reference = number.find(f"{W}abstractNumId")
                levels = dict(abstract.get(reference.get(f"{W}val") if reference is not None else None, {}))
                for override in number.iterchildren(f"{W}lvlOverride"):
                    start = override.find(f"{W}startOverride")
                    level = int(override.get(f"{W}ilvl", "0"))
                    if start is not None and level in levels:
                        levels[level] = Level(
                            int(start.get(f"{W}val", "1")), levels[level].number_format, levels[level].text
                        )
                numbering.levels[number.get(f"{W}numId")] = levels
        for style in document.styles.element.iterchildren(f"{W}style"):
            reference = _number_reference(style)
            if reference:
                numbering.style_numbers[style.get(f"{W}styleId")] = reference
        return numbering

    def label(self, paragraph: BaseOxmlElement) -> str | None:
        """The number Word shows before `paragraph` ("12."), or None when it has none."""
        reference = _number_reference(paragraph)
        if reference is None:
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            reference = self.style_numbers.get(style.get(f"{W}val")) if style is not None else None
        if reference is None or reference[0] in ("0", None) or reference[0] not in self.levels:
            return None
        number_id, level = reference
        format_ = self.levels[number_id].get(level, Level())
        counts = self.counters.setdefault(number_id, {})
        counts[level] = counts.get(level, format_.start - 1) + 1
        for deeper in [key for key in counts if key > level]:
            del counts[deeper]
        if format_.number_format in ("bullet", "none"):
            return None
        text = format_.text
        for shown in range(level + 1):
            shown_format = self.levels[number_id].get(shown, Level())
            value = counts.get(shown, shown_format.start)
            text = text.replace(f"%{shown + 1}", _formatted(value, shown_format.number_format))
        return text.strip() or None


def _levels(abstract: BaseOxmlElement) -> dict[int, Level]:
    levels = {}
    for level in abstract.iterchildren(f"{W}lvl"):
        start, number_format, text = level.find(f"{W}start"), level.find(f"{W}numFmt"), level.find(f"{W}lvlText")
        levels[int(level.get(f"{W}ilvl", "0"))] = Level(
            int(start.get(f"{W}val", "1")) if start is not None else 1,
            number_format.get(f"{W}val", "decimal") if number_format is not None else "decimal",
            text.get(f"{W}val", "") if text is not None else "",
        )
    return levels


def _number_reference(element: BaseOxmlElement) -> tuple[str, int] | None:
    properties = element.find(f"{W}pPr/{W}numPr")
    if properties is None:
        return None
    number, level = properties.find(f"{W}numId"), properties.find(f"{W}ilvl")
    if number is None:
        return None
    return number.get(f"{W}val"), int(level.get(f"{W}val", "0")) if level is not None else 0


def _formatted(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if number_format == "upperRoman" else roman
    return str(value)


def _roman(value: int) -> str:
    digits = []
    for amount, symbol in _ROMAN:
        while value >= amount:
            digits.append(symbol)
            value -= amount
    return "".join(digits)


def _notes(document: Document) -> list[str]:
    """Footnote and endnote texts, separators left out, parsed with defusedxml."""
    notes: list[str] = []
    for relationship in document.part.rels.values():
        if relationship.is_external or relationship.reltype not in (_FOOTNOTES, _ENDNOTES):
            continue
        root = ElementTree.fromstring(relationship.target_part.blob)
        for note in root:
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            texts = [clean_line(paragraph_text(paragraph)) for paragraph in note.iter(f"{W}p")]
            text = " ".join(text for text in texts if text)
            if text:
                notes.append(text)
    return notes
