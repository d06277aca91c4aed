"""Per-kind parsing of an attachment already sniffed and checked: never raises."""

from __future__ import annotations

import warnings
import zipfile

from svarsinkorg.config import Limits
from svarsinkorg.parsers.model import AttachmentText

# kinds parsed by parse() (in the worker process)
PARSED_KINDS = frozenset({"docx", "xlsx", "odt", "ods", "pdf", "txt", "html", "rtf-text"})

_LABEL = {"docx": "DOCX", "xlsx": "XLSX", "odt": "ODT", "ods": "ODS", "pdf": "PDF"}


def reason(exc: BaseException, limit: int = 200) -> str:
    """A short human reason from a parser's exception."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if isinstance(exc, KeyError) and text:
        text = f"missing part {text}"
    if not text:
        text = type(exc).__name__
    elif type(exc).__name__ not in ("ValueError", "KeyError", "Exception"):
        text = f"{type(exc).__name__}: {text}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _result(
    filename: str, kind: str, text: str | None, problem: str | None, label: str
) -> AttachmentText:
    if text is not None and not text.strip():
        empty = f"no text found in the {label}"
        return AttachmentText(filename, kind, None, empty if problem is None else problem)
    return AttachmentText(filename, kind, text, problem)


def parse(
    parse_kind: str, filename: str, data: bytes, limits: Limits, kind: str | None = None
) -> AttachmentText:
    """Read DATA as PARSE_KIND; KIND is what to report (e.g. "doc" for a converted .doc).
    Library warnings about odd files (openpyxl's "extension is not supported") are dropped:
    a stranger's file is odd by nature, and what matters comes back as `problem`."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _parse(parse_kind, filename, data, limits, kind)


def _parse(
    parse_kind: str, filename: str, data: bytes, limits: Limits, kind: str | None
) -> AttachmentText:
    kind = kind or parse_kind
    label = _LABEL.get(parse_kind, parse_kind.upper())
    converted = kind != parse_kind
    corrupt = (
        f"could not read the converted .{kind}" if converted else f"truncated or corrupt {label}"
    )
    try:
        if parse_kind == "docx":
            from .docx import read_docx

            return _result(filename, kind, read_docx(data), None, "document")
        if parse_kind == "xlsx":
            from .xlsx import read_xlsx

            text, problem = read_xlsx(data)
            return _result(filename, kind, text, problem, "spreadsheet")
        if parse_kind in ("odt", "ods"):
            from .odt import read_odf

            text, problem = read_odf(data)
            return _result(filename, kind, text, problem, "document")
        if parse_kind == "pdf":
            from .pdf import PdfEncrypted, read_pdf

            try:
                result = read_pdf(data, limits.max_pdf_pages)
            except PdfEncrypted as exc:
                return AttachmentText(filename, kind, None, str(exc))
            return AttachmentText(filename, kind, result.text, result.problem)
        if parse_kind == "txt":
            from .plain import read_txt

            return _result(filename, kind, read_txt(data), None, "text file")
        if parse_kind == "html":
            from .plain import read_html

            return _result(filename, kind, read_html(data), None, "HTML file")
        if parse_kind == "rtf-text":
            from .legacy import rtf_to_text

            return _result(filename, kind, rtf_to_text(data), None, "RTF document")
    except MemoryError:
        return AttachmentText(filename, kind, None, f"{corrupt}: ran out of memory")
    except zipfile.BadZipFile as exc:
        return AttachmentText(filename, kind, None, f"{corrupt}: {reason(exc)}")
    except RecursionError:
        return AttachmentText(filename, kind, None, f"{corrupt}: nested too deeply")
    except Exception as exc:
        return AttachmentText(filename, kind, None, f"{corrupt}: {reason(exc)}")
    return AttachmentText(filename, kind, None, f"no reader for {parse_kind}")
