"""Plain-text records: decode, normalise line endings, refuse binary."""

from __future__ import annotations

import unicodedata

from transforms.record import RecordRejected

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_text(content: bytes) -> str:
    """Text from bytes: BOM-marked encodings, then UTF-8, then Windows-1252."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding)
    if b"\x00" in content:
        raise RecordRejected("extract", "binary content: not a text, PDF, DOCX or HTML record")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def text_from_plain(content: bytes) -> str:
    text = unicodedata.normalize("NFC", decode_text(content))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text[:4096])
    if printable < 0.9 * min(len(text), 4096):
        raise RecordRejected("extract", "binary content: not a text, PDF, DOCX or HTML record")
    return text
