"""Where raw mail comes from on disk: .eml files, folders of them, mbox files, .msg files.

Yields (origin, raw bytes) one message at a time, so a large mbox is never held whole."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .outlook_msg import is_outlook_msg

MAIL_SUFFIXES = {".eml", ".msg", ".txt", ""}
MBOX_SUFFIXES = {".mbox", ".mbx"}


@dataclass(frozen=True)
class SourceError:
    """A source that could not be read: `reason` in English (logs); `code` and `detail`
    (the OS's message) for the coordinator's words (reports/labels.py, "source_<code>")."""

    origin: str
    reason: str
    code: str = ""
    detail: str = ""


def _looks_like_mbox(path: Path) -> bool:
    if path.suffix.lower() in MBOX_SUFFIXES:
        return True
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def _iter_mbox(path: Path) -> Iterator[tuple[str, bytes]]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for i, key in enumerate(box.iterkeys()):
            # get_bytes gives the message without the mbox "From " line, as received.
            yield f"{path}#{i + 1}", box.get_bytes(key)
    finally:
        box.close()


def _is_mail_file(path: Path) -> bool:
    return path.suffix.lower() in MAIL_SUFFIXES | MBOX_SUFFIXES and not path.name.startswith(".")


def iter_sources(paths: list[Path]) -> Iterator[tuple[str, bytes] | SourceError]:
    """Every message under `paths`, in a stable order (sorted names), or why not."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_mail_file(p))
            yield from iter_sources(files)
            continue
        if not path.exists():
            yield SourceError(str(path), "no such file or folder", "missing")
            continue
        try:
            if _looks_like_mbox(path):
                yield from _iter_mbox(path)
                continue
            data = path.read_bytes()
        except (OSError, mailbox.Error) as exc:
            yield SourceError(str(path), f"cannot be read: {exc}", "unreadable", str(exc))
            continue
        if not data.strip():
            yield SourceError(str(path), "empty file", "empty")
            continue
        if is_outlook_msg(data) or b":" in data[:2000]:
            yield str(path), data
        else:
            yield SourceError(str(path), "does not look like an e-mail (no header lines)",
                              "not_mail")
