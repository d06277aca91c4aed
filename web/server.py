"""Starting `intake serve`: decide whether it may start (loopback, or a password), make
the one-time token and the URL that carries it, and run uvicorn. Enter in the server's
terminal prints a new one-time link (another browser, a lost cookie) without a restart."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TextIO

from ..config import Config
from ..service import default_author
from .security import Auth, is_loopback


class ServeRefused(RuntimeError):
    """The server must not start as asked; the message says why and what to do. `code`
    is labelled in reports/labels.py ("err_<code>"); str() is the English text."""

    def __init__(self, code: str, english: str, **values: object) -> None:
        super().__init__(english)
        self.code = code
        self.values = values


@dataclass
class Plan:
    host: str
    port: int
    auth: Auth
    allowed_hosts: list[str]
    warning: str | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/?token={self.auth.token}"


def prepare(config: Config, host: str | None = None, port: int | None = None) -> Plan:
    """Refuses a non-loopback host without `[serve] password_env`, and a password_env
    naming an unset variable: the pages show people's mail."""
    host = (host or config.serve.host).strip()
    port = port or config.serve.port
    password = None
    if config.serve.password_env:
        password = os.environ.get(config.serve.password_env) or None
        if password is None:
            raise ServeRefused("serve_env_unset",
                               f"serve.password_env names ${config.serve.password_env}, which "
                               "is not set (or empty): set it, or remove password_env",
                               env=config.serve.password_env)
    if not is_loopback(host) and password is None:
        raise ServeRefused(
            "serve_not_loopback",
            f"--host {host} would show people's mail to the network: set [serve] "
            "password_env (a sign-in password) first, or serve on 127.0.0.1", host=host)
    auth = Auth.create(default_author(config), password)
    if is_loopback(host):
        allowed = ["127.0.0.1", "localhost", "::1", "[::1]"]
    elif host in ("0.0.0.0", "::"):
        allowed = ["*"]  # any address of this machine; the password guards it
    else:
        allowed = [host, f"[{host}]"]
    warning = None if is_loopback(host) else (
        "plain HTTP: the password, the session and people's mail cross the network "
        "unencrypted; put the server behind HTTPS (a reverse proxy) or use an SSH tunnel "
        "to 127.0.0.1")
    return Plan(host, port, auth, allowed, warning)


def may_read_keys(stream: TextIO) -> bool:
    """Enter is read only from a terminal we are in the foreground of: a server started in
    the background (`intake serve &`) that read its terminal would be stopped (SIGTTIN);
    without a terminal (a service) there is nobody to press it."""
    try:
        if not stream.isatty():
            return False
        fd = stream.fileno()
    except (OSError, ValueError):
        return False
    try:
        return os.tcgetpgrp(fd) == os.getpgrp()
    except OSError:
        return True  # a terminal that is not our controlling one: no job control on it


def watch_for_new_links(plan: Plan, stream: TextIO, show: Callable[[str], None]
                        ) -> threading.Thread:
    """Each line read from STREAM (Enter in the terminal) renews the one-time token and
    shows the new link there. The link goes only where the first one went, to whoever holds
    the server's terminal: no port, file or request can ask for one."""
    def loop() -> None:
        for _line in stream:
            plan.auth.renew_token()
            show(plan.url)

    thread = threading.Thread(target=loop, name="intake-serve-new-link", daemon=True)
    thread.start()
    return thread


def run(config: Config, plan: Plan,
        show_new_link: Callable[[str], None] | None = None) -> None:
    import uvicorn

    from .app import create_app

    app = create_app(config, auth=plan.auth, allowed_hosts=plan.allowed_hosts)
    if show_new_link is not None and may_read_keys(sys.stdin):
        watch_for_new_links(plan, sys.stdin, show_new_link)
    uvicorn.run(app, host=plan.host, port=plan.port, log_level="warning",
                server_header=False, proxy_headers=False)


@contextmanager
def serving_in_thread(app: Any) -> Iterator[str]:
    """APP under uvicorn on a free port of 127.0.0.1, in a background thread, for as long
    as the block runs; yields its base URL. For the pages driven in a real browser (the
    Chromium tests, bench/review_walkthrough.py): `intake serve` itself runs in front."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                          log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
