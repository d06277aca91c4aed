"""The attachment reader worker process: `python -m svarsinkorg.parsers.attachments._child FD
MEMORY_LIMIT`. Reads (parse_kind, filename, data, limits, kind) requests from the socket FD
and answers each with ("ok", AttachmentText); exits at end of input or on None."""

from __future__ import annotations

import logging
import sys
from multiprocessing.connection import Connection
from typing import Any


def _limit_memory(limit: int) -> None:
    try:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except Exception:
        pass


def serve(conn: Connection) -> None:
    from svarsinkorg.parsers.model import AttachmentText

    from .readers import parse

    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:  # import the libraries once, before the first timed parse
        import docx  # noqa: F401
        import openpyxl  # noqa: F401
        import pdfplumber  # noqa: F401

        from . import docx as _docx  # noqa: F401
    except Exception:
        pass
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if request is None:
            return
        parse_kind, filename, data, limits, kind = request
        result: Any
        try:
            result = parse(parse_kind, filename, data, limits, kind)
        except BaseException as exc:  # parse() catches Exception; this is the last net
            result = AttachmentText(filename, kind, None, f"reader failed: {type(exc).__name__}")
        try:
            conn.send(("ok", result))
        except Exception as exc:
            conn.send(("ok", AttachmentText(filename, kind, None, f"reader failed: {exc}")))


def main(argv: list[str]) -> int:
    fd = int(argv[1])
    if len(argv) > 2:
        _limit_memory(int(argv[2]))
    serve(Connection(fd))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
