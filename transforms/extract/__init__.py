"""Turn a published file (text, PDF, DOCX, HTML) into the clean text the parser reads.

Clean text: one paragraph per line, masthead lines as their own lines, numbered paragraphs
starting "N." then a tab or space; running headers, footers, page numbers, job numbers and
barcodes removed; footnotes returned apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.extract.letterspacing import closed_up
from transforms.extract.paragraph_numbers import numbers_read_again
from transforms.extract.reflow import unflattened
from transforms.extract.typography import plain_typography
from transforms.extract.wordpress import is_wordpress_entry, wordpress_entry
from transforms.record import RecordRejected


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    text: str
    format: str
    footnotes: list[str] = field(default_factory=list)
    # What the file says of itself beside its text (a WordPress entry's title); a source's catalogue wins over it.
    metadata: dict[str, str] = field(default_factory=dict)


def detect_format(content: bytes, filename: str, media_type: str | None) -> str:
    """The document format from its magic bytes first, then its name and media type."""
    head = content[:8]
    lowered = filename.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    sniff = content[:512].lstrip().lower()
    if sniff[:1] == b"{" and is_wordpress_entry(content[:4096].lstrip()):  # most files: one byte looked at
        return "wordpress"
    if sniff.startswith((b"<!doctype html", b"<html")) or lowered.endswith((".html", ".htm")):
        return "html"
    if media_type and "html" in media_type:
        return "html"
    return "text"


def extract_document(content: bytes, filename: str, media_type: str | None = None) -> ExtractedDocument:
    """Clean text of a published record, or `RecordRejected` saying why there is none."""
    extracted = _extract(content, filename, media_type)
    # A scan's text layer, whatever the format carried it: letters spaced apart, numbers misread.
    read = numbers_read_again(closed_up(plain_typography(extracted.text)))
    text = unflattened(read)
    if text is not read:  # a run broken at its paragraphs' numbers, misread ones too, that now open lines
        text = numbers_read_again(text)
    if text is extracted.text:
        return extracted
    return ExtractedDocument(text, extracted.format, extracted.footnotes, extracted.metadata)


def _extract(content: bytes, filename: str, media_type: str | None) -> ExtractedDocument:
    if not content or content.isspace():
        raise RecordRejected("extract", "empty file")
    fmt = detect_format(content, filename, media_type)
    if fmt == "text":
        from transforms.extract.plain import text_from_plain

        text, running_head = text_from_plain(content)
        return ExtractedDocument(text, "text", metadata={"running_head": running_head} if running_head else {})
    if fmt == "pdf":
        from transforms.extract.pdf import document_from_pdf

        return document_from_pdf(content)
    if fmt == "docx":
        from transforms.extract.docx import document_from_docx

        return document_from_docx(content)
    if fmt == "html":
        from transforms.extract.html import document_from_html

        return document_from_html(content)
    if fmt == "wordpress":
        from transforms.extract.html import document_from_html

        entry = wordpress_entry(content)
        page = document_from_html(entry.html)
        return ExtractedDocument(page.text, fmt, page.footnotes, entry.metadata)
    if fmt == "doc":
        from transforms.extract.doc import document_from_doc

        return document_from_doc(content)
    raise RecordRejected("extract", f"{fmt} files are not supported")
