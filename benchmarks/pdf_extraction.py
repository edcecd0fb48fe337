"""PDF extraction cost: our clean-text reader against PDFium's bare text of the same files.

    uv run python -m benchmarks.pdf_extraction [ROUNDS]

The floor is what any PDF reader pays: open the file, load every page's text layer and take
its text (`page.get_textpage().get_text_range()`). `document_from_pdf` does that too, then
reads line geometry and rebuilds paragraphs; the ratio says what that costs on top. Target:
at most 1.25 times the floor. Each figure is the best of ROUNDS batches, interleaved, so
that another process on the machine slows both sides alike rather than one; the clock is the
process's CPU time, which does not run while another process has the core.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from transforms.extract.pdf import document_from_pdf

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "samples" / "verbatim" / "S_PV.4507-EN.pdf"


def corpus() -> dict[str, bytes]:
    """The real Security Council record, and generated ones (the dev dependencies bring their fonts)."""
    files = {"S_PV.4507-EN.pdf (real, 11 pages, two columns)": REAL.read_bytes()} if REAL.exists() else {}
    try:
        from tests import documents
    except ImportError:
        return files
    for record in documents.SUMMARY_RECORDS:
        files[f"{record.name}.pdf (generated)"] = documents.summary_record_pdf(record)
    files["s-pv-5012.pdf (generated, two columns)"] = documents.verbatim_record_pdf(documents.SECURITY_COUNCIL_5012)
    return files


def raw_text(content: bytes) -> None:
    pdf = pdfium.PdfDocument(content)
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()


def best_seconds(function: Callable[[bytes], object], content: bytes, repeat: int) -> float:
    start = time.process_time()
    for _ in range(repeat):
        function(content)
    return (time.process_time() - start) / repeat


def main(rounds: int = 15, repeat: int = 5) -> int:
    files = corpus()
    if not files:
        print("no PDF to measure")
        return 1
    total_raw = total_ours = 0.0
    print(f"{'file':58} {'raw ms':>8} {'ours ms':>8} {'ratio':>6}")
    for name, content in files.items():
        raw = ours = float("inf")
        for _ in range(rounds):
            raw = min(raw, best_seconds(raw_text, content, repeat))
            ours = min(ours, best_seconds(document_from_pdf, content, repeat))
        total_raw, total_ours = total_raw + raw, total_ours + ours
        print(f"{name:58} {raw * 1000:8.2f} {ours * 1000:8.2f} {ours / raw:6.2f}")
    ratio = total_ours / total_raw
    print(f"{'all files':58} {total_raw * 1000:8.2f} {total_ours * 1000:8.2f} {ratio:6.2f}  (target <= 1.25)")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
