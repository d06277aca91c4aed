"""Parsing in a separate, reusable worker process, so a slow or hostile file can be stopped.

One long-lived worker (`python -m svarsinkorg.parsers.attachments._child`, libraries
imported once) parses one attachment at a time over a socket pair. When a parse overruns
its time limit the worker is killed and a fresh one is started for the next attachment.
The worker runs under an address-space limit, so a decompression bomb inside a PDF stream
ends in MemoryError, not in swapping. A plain subprocess (not multiprocessing's spawn) is
used so the caller's __main__ module is never re-imported.

Set SVARSINKORG_ATTACHMENT_WORKER=0 to parse in-process instead (no time limit).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection

from svarsinkorg.config import Limits
from svarsinkorg.parsers.model import AttachmentText

from .readers import parse

log = logging.getLogger(__name__)

MEMORY_LIMIT_BYTES = 4 * 1024**3
STARTUP_TIMEOUT_SECONDS = 60.0
ENV_SWITCH = "SVARSINKORG_ATTACHMENT_WORKER"


class WorkerUnavailable(Exception):
    pass


class _Worker:
    def __init__(self) -> None:
        self.owner_pid = os.getpid()
        parent_sock, child_sock = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        try:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "svarsinkorg.parsers.attachments._child",
                    str(child_sock.fileno()),
                    str(MEMORY_LIMIT_BYTES),
                ],
                pass_fds=(child_sock.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        except OSError as exc:
            parent_sock.close()
            child_sock.close()
            raise WorkerUnavailable(f"cannot start the attachment reader: {exc}") from exc
        child_sock.close()
        self.conn = Connection(parent_sock.detach())
        if not self.conn.poll(STARTUP_TIMEOUT_SECONDS):
            self.kill()
            raise WorkerUnavailable("the attachment reader process did not start")
        try:
            self.conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise WorkerUnavailable(f"the attachment reader process died at start: {exc}") from exc

    def alive(self) -> bool:
        return self.owner_pid == os.getpid() and self.proc.poll() is None

    def exitcode(self) -> int | None:
        try:
            return self.proc.wait(1)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        if self.owner_pid != os.getpid():
            return  # a forked copy: the worker belongs to our parent
        try:
            self.proc.kill()
            self.proc.wait(5)
        except Exception:  # pragma: no cover
            pass
        with contextlib.suppress(Exception):
            self.conn.close()


_lock = threading.Lock()
_worker: _Worker | None = None


def worker_enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in ("0", "false", "no", "off")


def shutdown() -> None:
    """Stop the worker process (it is also stopped when this process exits)."""
    global _worker
    with _lock:
        if _worker is not None:
            try:
                _worker.conn.send(None)
                _worker.proc.wait(2)
            except Exception:
                pass
            _worker.kill()
            _worker = None


def run_bounded(
    parse_kind: str,
    filename: str,
    data: bytes,
    limits: Limits,
    kind: str,
    timeout: float,
) -> AttachmentText:
    """parse() in the worker process, stopped after TIMEOUT seconds."""
    global _worker
    if not worker_enabled():
        return parse(parse_kind, filename, data, limits, kind)
    with _lock:
        for attempt in (1, 2):
            try:
                if _worker is None or not _worker.alive():
                    _worker = _Worker()
            except Exception as exc:
                log.warning("attachment worker unavailable (%s); parsing in-process", exc)
                return parse(parse_kind, filename, data, limits, kind)
            worker = _worker
            try:
                worker.conn.send((parse_kind, filename, data, limits, kind))
            except (BrokenPipeError, EOFError, OSError):
                worker.kill()
                _worker = None
                if attempt == 2:
                    return AttachmentText(filename, kind, None, "reader process unavailable")
                continue
            if not worker.conn.poll(timeout):
                worker.kill()
                _worker = None
                return AttachmentText(filename, kind, None, f"took longer than {timeout:g} s")
            try:
                _status, result = worker.conn.recv()
            except (EOFError, OSError):
                code = worker.exitcode()
                worker.kill()
                _worker = None
                return AttachmentText(
                    filename, kind, None, f"reader crashed on this file (exit code {code})"
                )
            if isinstance(result, AttachmentText):
                return result
            return AttachmentText(filename, kind, None, "reader returned nothing")
    return AttachmentText(filename, kind, None, "reader process unavailable")  # pragma: no cover


atexit.register(shutdown)
