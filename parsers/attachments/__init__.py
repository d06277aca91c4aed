"""Attachments to text: Word, PDF, Excel, OpenDocument, legacy Office, RTF, text, HTML.

`read_attachment` never raises: every failure comes back as `AttachmentText.problem`, a
short human reason. The type is judged from the content (the name and the content type
are hints only), zip containers are checked for bombs from their central directory before
anything is decompressed, and parsing runs in a worker process under a time limit.
"""

from __future__ import annotations

import time

from svarsinkorg.config import Limits
from svarsinkorg.parsers.model import AttachmentText

from .containers import tnef_members, zip_members
from .legacy import ConversionError, convert_with_libreoffice, missing_libreoffice, soffice_binary
from .readers import parse, reason
from .safety import check_size, check_zip
from .sniff import READABLE_KINDS, Sniffed, describe, expected_kind, sniff
from .worker import run_bounded, shutdown

__all__ = [
    "read_attachment",
    "read_attachment_in_process",
    "shutdown",
    "sniff",
]

_ZIP_KINDS = frozenset({"docx", "xlsx", "odt", "ods"})
_LEGACY_KINDS = frozenset({"doc", "xls", "rtf"})
_ZIP_LABEL = {"docx": "DOCX", "xlsx": "XLSX", "odt": "ODT", "ods": "ODS"}
# kinds reported as such although there is no reader for them
_NAMED_UNREADABLE = frozenset({"image", "zip", "pptx", "ppt", "gzip", "rar", "7z"})
# a container inside a container inside the attachment is read; one more level is not
_MAX_CONTAINER_DEPTH = 2


def read_attachment(
    filename: str, content_type: str, data: bytes, limits: Limits
) -> AttachmentText:
    """DATA (an attachment named FILENAME, declared as CONTENT_TYPE) as text in reading order,
    or the reason it could not be read. An attached mail or Outlook .msg comes back as
    `nested_message` for the caller to read recursively."""
    return _guarded(filename, content_type, data, limits, bounded=True)


def read_attachment_in_process(
    filename: str, content_type: str, data: bytes, limits: Limits
) -> AttachmentText:
    """Like read_attachment, but parses in this process: no time limit. For tests,
    benchmarks and trusted files."""
    return _guarded(filename, content_type, data, limits, bounded=False)


def _guarded(
    filename: str, content_type: str, data: bytes, limits: Limits, bounded: bool
) -> AttachmentText:
    name = filename or ""
    try:
        return _read(name, content_type or "", data, limits, bounded)
    except Exception as exc:  # the contract: never raise
        expected = expected_kind(name, content_type or "")
        kind = expected[0] if expected else "unknown"
        return AttachmentText(name, kind, None, f"could not read the attachment: {reason(exc)}")


def _unreadable(name: str, sniffed: Sniffed, expected: tuple[str, str] | None) -> AttachmentText:
    kind = sniffed.kind
    out_kind = kind if kind in _NAMED_UNREADABLE else "unknown"
    if kind == "encrypted-office":
        return AttachmentText(name, expected[0] if expected else "unknown", None,
                              "password-protected Office document: cannot be read")
    what = describe(kind)
    if expected is not None:
        problem = f"not {expected[1]} (content is {what})"
    elif kind == "image":
        problem = _IMAGE_PROBLEM + " no text to read (a photo or a scan?)"
    else:
        problem = f"cannot read {what}"
    return AttachmentText(name, out_kind, None, problem)


_IMAGE_PROBLEM = "an image:"


def _read_container(
    name: str, kind: str, data: bytes, limits: Limits, bounded: bool, depth: int
) -> AttachmentText:
    """The files a ZIP or a TNEF file carries, each read as an attachment: the container
    comes back with them as `members` (containers inside flattened), and one problem that
    says what of it could not be read."""
    what = "zip archive" if kind == "zip" else "winmail.dat (TNEF)"
    if depth >= _MAX_CONTAINER_DEPTH:
        return AttachmentText(name, kind, None, f"a {what} inside an archive: not opened")
    files, problems = zip_members(data, limits) if kind == "zip" else tnef_members(data)
    members: list[AttachmentText] = []
    for member_name, member_data in files:
        result = _read(member_name, "", member_data, limits, bounded, depth + 1)
        members.extend(result.members or (result,))
        # an image in the archive (a logo, Outlook's image001.png in a winmail.dat) is no
        # doubt, as beside the answers in the mail itself: "no file with text" says it when
        # nothing else was there
        if result.problem and not (result.kind == "image" and not result.members
                                   and result.problem.startswith(_IMAGE_PROBLEM)):
            problems.append(result.problem if result.members
                            else f"{member_name}: {result.problem}")
    if not any(m.text or m.nested_message for m in members) and not problems:
        problems.append(f"no file with text in the {what}")
    problem = f"in the {what}: " + "; ".join(problems) if problems else None
    return AttachmentText(name, kind, None, problem, members=tuple(members))


def _read(
    name: str, content_type: str, data: bytes, limits: Limits, bounded: bool,
    depth: int = 0,
) -> AttachmentText:
    expected = expected_kind(name, content_type)
    hint_kind = expected[0] if expected else "unknown"
    if not data:
        return AttachmentText(name, hint_kind, None, "empty file")
    too_big = check_size(data, limits)
    if too_big:
        return AttachmentText(name, hint_kind, None, too_big)

    sniffed = sniff(data, name, content_type)
    kind = sniffed.kind
    if kind in ("eml", "msg"):
        return AttachmentText(name, kind, None, None, nested_message=data)
    if kind == "signature":  # a signed mail's signature: it signs, it holds no answer
        return AttachmentText(name, kind, None, None)
    if kind == "zip" or kind == "tnef":
        return _read_container(name, kind, data, limits, bounded, depth)
    if kind == "zip-corrupt":
        if expected and expected[0] in _ZIP_KINDS:
            label = _ZIP_LABEL[expected[0]]
            return AttachmentText(
                name, expected[0], None, f"truncated or corrupt {label}: {sniffed.detail}"
            )
        return AttachmentText(name, "zip", None, f"corrupt zip archive: {sniffed.detail}")
    if kind not in READABLE_KINDS:
        return _unreadable(name, sniffed, expected)

    timeout = float(limits.attachment_timeout_seconds)
    if kind in _ZIP_KINDS:
        refused = check_zip(data, limits)
        if refused:
            if refused.startswith("corrupt zip"):
                refused = f"truncated or corrupt {_ZIP_LABEL[kind]}: {refused.split(': ', 1)[-1]}"
            return AttachmentText(name, kind, None, refused)

    parse_kind = kind
    payload = data
    parse_timeout = timeout
    if kind in _LEGACY_KINDS:
        started = time.monotonic()
        if soffice_binary() is None:
            if kind != "rtf":
                return AttachmentText(name, kind, None, missing_libreoffice(kind))
            parse_kind = "rtf-text"
        else:
            try:
                payload, parse_kind = convert_with_libreoffice(data, kind, timeout)
            except ConversionError as exc:
                if kind != "rtf":
                    return AttachmentText(name, kind, None, str(exc))
                parse_kind, payload = "rtf-text", data  # LibreOffice failed: read it ourselves
            else:
                refused = check_zip(payload, limits)
                if refused:
                    return AttachmentText(name, kind, None, f"converted .{kind}: {refused}")
            parse_timeout = max(timeout - (time.monotonic() - started), min(timeout, 5.0))

    if parse_kind == "txt" or not bounded:
        return parse(parse_kind, name, payload, limits, kind)
    result = run_bounded(parse_kind, name, payload, limits, kind, parse_timeout)
    if result.problem and result.problem.startswith("took longer than") and parse_kind != kind:
        return AttachmentText(name, kind, None, f"took longer than {timeout:g} s")
    return result
