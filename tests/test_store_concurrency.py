"""Two coordinators importing the same mail into one store at the same moment: every
message is stored exactly once and neither process fails. Each importer is a separate
process, as two people (or a nightly fetch and a person) would be."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from helpers import reply, write_config
from sqlalchemy import func, select

from svarsinkorg import service
from svarsinkorg.config import load_config
from svarsinkorg.store.db import Store
from svarsinkorg.store.models import Message

N = 200

WORKER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from svarsinkorg import service
    from svarsinkorg.config import load_config
    config, folder, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    cfg = load_config(config)
    while time.time() < start:  # both begin together
        time.sleep(0.005)
    s = service.import_paths(cfg, [Path(folder)])
    print(json.dumps({"stored": s.stored, "duplicates": s.duplicates, "failed": s.failed,
                      "errors": s.errors}))
""")

OPEN_WORKER = textwrap.dedent("""
    import sys, time
    from svarsinkorg.store.db import Store
    url, start = sys.argv[1], float(sys.argv[2])
    while time.time() < start:
        time.sleep(0.005)
    Store(url).close()
    print("ok")
""")

ROSTER = "name,email,org_number\nHyllie IF,kansli@hyllieif.se,802557-1038\n"


def _mail(tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    for i in range(N):
        # Every tenth has no Message-ID: its identity is then the hash of its bytes.
        mid = None if i % 10 == 0 else f"<conc-{i}@hyllieif.se>"
        body = f"1. Vi är förening nummer {i}.\n\n2. Ja\n\n3. På sätt {i}.\n\n4. Inga hinder."
        (folder / f"{i:04d}.eml").write_bytes(reply(body, message_id=mid))
    return folder


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen[str]) -> str:
    out, errors = proc.communicate(timeout=600)
    assert proc.returncode == 0, errors
    return out


def test_two_processes_import_the_same_mail_at_once(store_url, tmp_path):
    import time

    folder = _mail(tmp_path)
    config_path = write_config(tmp_path, store_url)
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    service.import_roster(load_config(config_path), tmp_path / "roster.csv")

    start = str(time.time() + 2.0)
    procs = [_start(WORKER, str(config_path), str(folder), start) for _ in range(2)]
    results = [json.loads(_finish(p).strip().splitlines()[-1]) for p in procs]

    assert [r["errors"] for r in results] == [[], []]
    assert sum(r["stored"] for r in results) == N
    assert sum(r["duplicates"] for r in results) == N
    assert sum(r["failed"] for r in results) == 0
    store = Store(store_url)
    try:
        with store.session() as s:
            assert s.scalar(select(func.count(Message.id))) == N
            assert s.scalar(select(func.count(func.distinct(Message.message_key)))) == N
    finally:
        store.close()


def test_processes_opening_a_new_store_at_once_create_the_schema_once(store_url):
    import time

    from svarsinkorg.store import migrations

    start = str(time.time() + 2.0)
    procs = [_start(OPEN_WORKER, store_url, start) for _ in range(4)]
    for p in procs:
        assert _finish(p).strip() == "ok"
    store = Store(store_url)
    try:
        assert migrations.current_revision(store.engine) == migrations.head_revision()
        with store.engine.connect() as conn:
            assert migrations.differences(conn) == []
    finally:
        store.close()
