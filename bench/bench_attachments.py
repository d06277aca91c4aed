"""Mean time per attachment kind: read_attachment (worker process, warm), the same pipeline
in-process, and the bare library call it wraps.

    python bench/bench_attachments.py [-n 30] [--legacy]

The files are the test factories' typical questionnaires (tests/attachment_factories.py):
four questions with answers, as headings+paragraphs (DOCX), a bold-question PDF, a
column A/B sheet (XLSX) and a list+table ODT. --legacy adds .doc/.xls through LibreOffice.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def _bare_docx(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)


def _bare_pdf(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _bare_xlsx(data: bytes) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return "\n".join(
            str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
            for v in row if v is not None
        )
    finally:
        wb.close()


def _bare_odt(data: bytes) -> str:
    import xml.etree.ElementTree as ET

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return "".join(ET.fromstring(zf.read("content.xml")).itertext())


def _mean_ms(fn: Callable[[], object], n: int) -> float:
    fn()  # warm-up (imports, worker start)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.mean(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=30, help="repetitions per measurement")
    parser.add_argument("--legacy", action="store_true", help="also .doc/.xls via LibreOffice")
    args = parser.parse_args(argv)

    import attachment_factories as f

    from svarsinkorg.config import Limits
    from svarsinkorg.parsers.attachments import (
        read_attachment,
        read_attachment_in_process,
        shutdown,
    )

    limits = Limits()
    started = time.perf_counter()
    read_attachment("warm.txt", "text/plain", b"x", limits)  # txt is read in-process
    read_attachment("warm.docx", "", f.docx_headings(), limits)
    cold = (time.perf_counter() - started) * 1000

    cases: list[tuple[str, str, bytes, Callable[[bytes], str] | None]] = [
        ("docx", "svar.docx", f.docx_headings(), _bare_docx),
        ("docx table", "svar.docx", f.docx_form_cells(), _bare_docx),
        ("pdf 1 page", "svar.pdf", f.pdf_questionnaire(), _bare_pdf),
        ("pdf 11 pages", "svar.pdf", f.pdf_questionnaire(extra_pages=10), _bare_pdf),
        ("xlsx", "svar.xlsx", f.xlsx_columns_ab(), _bare_xlsx),
        ("odt", "svar.odt", f.odt_document(), _bare_odt),
        ("txt", "svar.txt", "\n".join(f.QUESTIONS + f.ANSWERS).encode(), None),
    ]
    if args.legacy and f.soffice():
        cases.append(("doc (LibreOffice)", "svar.doc",
                      f.convert_with_soffice(f.docx_headings(), ".docx", "doc"), None))
        cases.append(("xls (LibreOffice)", "svar.xls",
                      f.convert_with_soffice(f.xlsx_columns_ab(), ".xlsx", "xls"), None))

    print(f"worker cold start + first docx: {cold:.0f} ms; n = {args.n}")
    header = f"{'kind':<18} {'size':>8} {'read_attachment':>16} {'in-process':>11} {'bare lib':>9}"
    print(header)
    print("-" * len(header))
    for label, name, data, bare in cases:
        n = args.n if "LibreOffice" not in label else max(2, args.n // 10)
        result = read_attachment(name, "", data, limits)
        if result.problem:
            print(f"{label:<18} problem: {result.problem}")
            continue
        bounded = _mean_ms(lambda: read_attachment(name, "", data, limits), n)  # noqa: B023
        local = _mean_ms(lambda: read_attachment_in_process(name, "", data, limits), n)  # noqa: B023
        bare_ms = f"{_mean_ms(lambda: bare(data), n):.1f}" if bare else "-"  # noqa: B023
        print(f"{label:<18} {len(data) / 1024:>6.0f}KB {bounded:>14.1f}ms {local:>9.1f}ms "
              f"{bare_ms:>7}ms")
    shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
