"""Parsing in worker processes (parallel.py): results in order, a parser exception or a
dying worker flags that one message, and an import through the pool loses nothing."""

from __future__ import annotations

import os

import pytest
from helpers import make_config, reply, stored_messages

from svarsinkorg import parallel, pipeline, service
from svarsinkorg.parallel import ParsePool, WorkerDied

ROSTER = "name,email,org_number\nHyllie IF,kansli@hyllieif.se,802557-1038\n"
FULL = ("Hej!\n\n1. Hyllie IF är en fotbollsförening med 180 spelare.\n\n2. Ja\n\n"
        "3. Vi blandar spelare från olika områden.\n\n4. Det saknas ledare.\n\nHälsningar\nPer")


def _shout(raw: bytes, entries: list) -> bytes:  # a stand-in parser: pure, picklable result
    if raw == b"raise":
        raise ValueError("parser exploded")
    if raw == b"die":
        os._exit(3)  # a segfault or the OOM killer, as the pool sees it
    return raw.upper() + str(os.getpid()).encode()


def test_results_come_back_in_order_from_other_processes():
    items = [(i, f"m{i}".encode()) for i in range(60)]
    with ParsePool(_shout, [], workers=2) as pool:
        out = list(pool.map(items))
    assert [t for t, _, _ in out] == list(range(60))
    assert all(res.startswith(raw.upper()) for _, raw, res in out)
    pids = {res[len(raw):] for _, raw, res in out}
    assert str(os.getpid()).encode() not in pids  # parsed in the workers


def test_map_sends_its_messages_a_few_to_a_task():
    # one round trip per CHUNK messages (the pool's per-task cost is most of its overhead):
    # a task runs whole in one worker, so each group of CHUNK shares a process
    items = [(i, f"m{i}".encode()) for i in range(40)]
    with ParsePool(_shout, [], workers=2) as pool:
        pids = [res[len(raw):] for _, raw, res in pool.map(items)]
    assert parallel.CHUNK > 1
    for start in range(0, 40, parallel.CHUNK):
        assert len(set(pids[start:start + parallel.CHUNK])) == 1


def test_an_exception_and_a_dead_worker_flag_only_their_message():
    items = [(i, f"m{i}".encode()) for i in range(40)]
    items[7] = (7, b"raise")
    items[23] = (23, b"die")
    with ParsePool(_shout, [], workers=2) as pool:
        out = {t: res for t, _, res in pool.map(items)}
    assert len(out) == 40
    assert isinstance(out[7], ValueError) and "exploded" in str(out[7])
    assert isinstance(out[23], WorkerDied)
    others = [res for t, res in out.items() if t not in (7, 23)]
    assert all(isinstance(r, bytes) for r in others)


def test_few_messages_are_parsed_in_process():
    with ParsePool(_shout, [], workers=2) as pool:
        out = [res for _, _, res in pool.map([(0, b"a"), (1, b"b")])]
    assert out == [b"A" + str(os.getpid()).encode(), b"B" + str(os.getpid()).encode()]


@pytest.fixture
def cfg(tmp_path, store_url, monkeypatch):
    monkeypatch.setenv("SVARSINKORG_PARSE_WORKERS", "2")
    config = make_config(tmp_path, store_url)
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    service.import_roster(config, tmp_path / "roster.csv")
    return config


def test_a_worker_dying_in_an_import_flags_that_message_and_stores_the_rest(
    cfg, tmp_path, monkeypatch
):
    mail = tmp_path / "mail"
    mail.mkdir()
    for i in range(40):
        (mail / f"{i:02d}.eml").write_bytes(reply(FULL, message_id=f"<pool{i}@x>"))
    real = pipeline.parse_message

    def dies_on_one(raw, *a, **k):
        if b"<pool17@x>" in raw:
            os._exit(9)
        if b"<pool30@x>" in raw:
            raise ValueError("kaputt")
        return real(raw, *a, **k)

    monkeypatch.setattr(pipeline, "parse_message", dies_on_one)
    summary = service.import_paths(cfg, [mail])
    assert (summary.seen, summary.stored, summary.failed) == (40, 40, 2)
    rows = stored_messages(cfg)
    assert len(rows) == 40
    dead, bad = rows["<pool17@x>"], rows["<pool30@x>"]
    assert dead.parse_status == "failed" and "WorkerDied" in dead.problem_list[0]
    assert bad.parse_status == "failed" and "kaputt" in bad.problem_list[0]
    assert b"<pool17@x>" in dead.raw
    ok = [m for k, m in rows.items() if k not in ("<pool17@x>", "<pool30@x>")]
    assert all(m.parse_status == "ok" and m.kind == "reply" for m in ok)
    assert all(m.association_id is not None for m in ok)
    again = service.import_paths(cfg, [mail])
    assert (again.stored, again.duplicates) == (0, 40)


def test_reparse_through_the_pool_updates_every_message(cfg, tmp_path, monkeypatch):
    mail = tmp_path / "mail"
    mail.mkdir()
    for i in range(30):
        (mail / f"{i:02d}.eml").write_bytes(reply(FULL, message_id=f"<re{i}@x>"))
    assert service.import_paths(cfg, [mail]).stored == 30
    real = pipeline.parse_message

    def one_fails(raw, *a, **k):
        if b"<re4@x>" in raw:
            raise ValueError("ny regel kraschar")
        return real(raw, *a, **k)

    monkeypatch.setattr(pipeline, "parse_message", one_fails)
    monkeypatch.setattr(service, "REPARSE_BATCH", 7)  # several commits
    assert service.reparse(cfg) == 30
    rows = stored_messages(cfg)
    assert rows["<re4@x>"].parse_status == "failed"
    assert rows["<re4@x>"].answers == {}
    assert sum(m.parse_status == "ok" and m.answers != {} for m in rows.values()) == 29


@pytest.mark.dovecot
def test_a_worker_dying_in_a_fetch_flags_that_message_and_stores_the_rest(
    dovecot, tmp_path, monkeypatch
):
    from dovecot import fetch_with_one_bad_parse

    got = fetch_with_one_bad_parse(dovecot, tmp_path, monkeypatch, 5, lambda: os._exit(11))
    try:
        assert (got.summary.stored, got.summary.parse_failed, got.summary.partial) == (8, 1, False)
        assert got.failed_uids == [5]
        assert len(got.rows) == 8
        dead = got.rows["<reply-5@test.example>"]
        assert dead.parse_status == "failed"
        assert "WorkerDied" in dead.problem_list[0]
        assert sum(m.parse_status == "ok" for m in got.rows.values()) == 7
    finally:
        got.store.close()


def test_the_writer_thread_stores_in_order_and_a_failed_write_stops_the_import(
    cfg, tmp_path, monkeypatch
):
    # The batches are written by a thread of their own while the next are parsed
    # (service._BatchWriter): in their order, counted once; a write that fails stops the
    # import with its error, and nothing after it is written (a rerun completes it).
    mail = tmp_path / "mail"
    mail.mkdir()
    for i in range(40):
        (mail / f"{i:02d}.eml").write_bytes(reply(FULL, message_id=f"<wt{i}@x>"))
    monkeypatch.setattr(service, "IMPORT_BATCH", 10)
    real = service._store_batch
    threads: set[str] = set()
    calls = {"n": 0}

    def fails_third(store, batch):
        import threading

        threads.add(threading.current_thread().name)
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return real(store, batch)

    monkeypatch.setattr(service, "_store_batch", fails_third)
    with pytest.raises(RuntimeError, match="disk full"):
        service.import_paths(cfg, [mail])
    assert threads == {"intake-import-writer"}
    rows = stored_messages(cfg)
    keys = sorted(rows, key=lambda k: rows[k].id)
    assert keys == [f"<wt{i}@x>" for i in range(20)]  # the first two batches, in order
    monkeypatch.setattr(service, "_store_batch", real)
    again = service.import_paths(cfg, [mail])
    assert (again.seen, again.stored, again.duplicates) == (40, 20, 20)
