"""PDF records as clean text, read with PDFium.

PDFium gives the text of each page in the order it was drawn, with line breaks; `pdfium_pages`
asks it for the geometry of each line as well, and from that geometry the other modules
decide what the text alone cannot tell:

- which lines are running headers, footers and footnotes (`furniture`: known shapes in the
  margins, text recurring at the same height apart from the body, small type at the foot of
  the page);
- the reading order of two-column pages (`columns`, `reading_order`: left column, then right,
  band by band between lines that span the page);
- where a paragraph ends (`paragraphs`: a vertical gap, a first-line indent, a bold speaker's
  name or heading, a size change, the next paragraph number, or a line that stops short
  although the next word would have fitted).
"""

from __future__ import annotations

from transforms.collector import collector_paused
from transforms.extract import ExtractedDocument
from transforms.extract.cleanup import CORRECTION_NOTICE
from transforms.extract.pdf.furniture import body_line_height, drop_page_furniture, split_footnotes
from transforms.extract.pdf.lines import Line
from transforms.extract.pdf.paragraphs import line_pitch, paragraph_texts, vocabulary_if_needed
from transforms.extract.pdf.pdfium_pages import read_pages
from transforms.extract.pdf.reading_order import reading_order
from transforms.record import RecordRejected

__all__ = ["document_from_pdf"]


def document_from_pdf(content: bytes) -> ExtractedDocument:
    """Clean text and footnotes of a PDF record; `RecordRejected` when it has no readable text."""
    # Every printed line is an object that lives until the end, in no cycle.
    with collector_paused():
        return _document_from_pdf(content)


def _document_from_pdf(content: bytes) -> ExtractedDocument:
    pages = read_pages(content)
    if not any(page.lines for page in pages):
        raise RecordRejected("extract", "PDF has no text layer (a scan without OCR?)")
    drop_page_furniture(pages)
    body_height = body_line_height(pages)
    footnote_lines: list[Line] = []
    ordered: list[Line] = []
    for page in pages:
        body, notes = split_footnotes(page.lines, page.height, body_height)
        footnote_lines.extend(notes)
        ordered.extend(reading_order(body))
    pitch = line_pitch(ordered)
    words = vocabulary_if_needed(ordered + footnote_lines)
    texts = paragraph_texts(ordered, pitch, words)
    footnotes = [text for text in paragraph_texts(footnote_lines, pitch, words, numbered=False) if text]
    notices: list[str] = []
    text_lines: list[str] = []
    for text in texts:
        if CORRECTION_NOTICE.match(text):
            notices.append(text)
        elif text:
            text_lines.append(text)
    return ExtractedDocument("\n".join(text_lines) + "\n", "pdf", notices + footnotes)
