"""Legacy Word (.doc) records: converted with LibreOffice or antiword when the machine has one."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from transforms.extract import ExtractedDocument
from transforms.extract.cleanup import CORRECTION_NOTICE, clean_line, is_page_furniture, number_with_tab
from transforms.record import RecordRejected

_TIMEOUT_SECONDS = 120


def document_from_doc(content: bytes) -> ExtractedDocument:
    """Clean text of a .doc record via LibreOffice (to .docx) or antiword (to text)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office:
        return _with_libreoffice(office, content)
    antiword = shutil.which("antiword")
    if antiword:
        return _with_antiword(antiword, content)
    raise RecordRejected("extract", "legacy .doc needs LibreOffice or antiword on this machine")


def _with_libreoffice(office: str, content: bytes) -> ExtractedDocument:
    from transforms.extract.docx import document_from_docx

    with tempfile.TemporaryDirectory(prefix="record-doc-") as folder:
        source = Path(folder) / "record.doc"
        source.write_bytes(content)
        # A profile of its own, so a LibreOffice already running for someone else does not take the job.
        profile = (Path(folder) / "profile").as_uri()
        command = [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            folder,
            str(source),
        ]
        _run(command)
        converted = Path(folder) / "record.docx"
        if not converted.exists():
            raise RecordRejected("extract", "LibreOffice could not convert this .doc file")
        return document_from_docx(converted.read_bytes(), format_name="doc")


def _with_antiword(antiword: str, content: bytes) -> ExtractedDocument:
    with tempfile.TemporaryDirectory(prefix="record-doc-") as folder:
        source = Path(folder) / "record.doc"
        source.write_bytes(content)
        output = _run([antiword, "-w", "0", "-m", "UTF-8.txt", str(source)])
    lines = [clean_line(line) for line in output.decode("utf-8", errors="replace").splitlines()]
    lines = [number_with_tab(line) for line in lines if line]
    footnotes = [line for line in lines if CORRECTION_NOTICE.match(line)]
    text = [
        line
        for line in lines
        if not CORRECTION_NOTICE.match(line) and not is_page_furniture(line, running_header=False)
    ]
    if not text:
        raise RecordRejected("extract", "antiword found no text in this .doc file")
    return ExtractedDocument("\n".join(text) + "\n", "doc", footnotes)


def _run(command: list[str]) -> bytes:
    try:
        finished = subprocess.run(command, capture_output=True, timeout=_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise RecordRejected("extract", f"converting the .doc file failed: {error}") from error
    if finished.returncode != 0:
        message = finished.stderr.decode("utf-8", errors="replace").strip()[:200]
        raise RecordRejected("extract", f"converting the .doc file failed: {message or finished.returncode}")
    return finished.stdout
