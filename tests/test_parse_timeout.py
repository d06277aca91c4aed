"""A parse that never ends (a hostile mail meeting a slow regex) is bounded by
`[limits] parse_timeout_seconds`: the message is stored raw and flagged "parse_timeout",
its UID recorded, and the rest of the batch goes on (parallel.py)."""

from __future__ import annotations

import signal
import time

import pytest
from helpers import alarm_guard, make_config, reply, stored_messages

from svarsinkorg import parallel, pipeline, service
from svarsinkorg.model import Reason
from svarsinkorg.parallel import ParsePool, ParseTimeout
from svarsinkorg.reports.labels import Labels

ROSTER = "name,email,org_number\nHyllie IF,kansli@hyllieif.se,802557-1038\n"
FULL = ("Hej!\n\n1. Hyllie IF är en fotbollsförening med 180 spelare.\n\n2. Ja\n\n"
        "3. Vi blandar spelare från olika områden.\n\n4. Det saknas ledare.\n\nHälsningar\nPer")


@pytest.fixture(autouse=True)
def _guard():
    """A hang here must fail the test, not the suite: a generous alarm of our own."""
    with alarm_guard(60, "the test hung: the parse time limit did not work"):
        yield


def _slow(raw: bytes, entries: list) -> bytes:
    if raw == b"forever":  # pure Python: the worker's own timer stops it
        while True:
            time.sleep(0.05)
    if raw == b"stuck":  # deaf to the timer (as C code can be): the caller must kill it
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        while True:
            time.sleep(0.05)
    return raw.upper()


def _check(out: dict[int, object], hung: set[int]) -> None:
    for t, res in out.items():
        if t in hung:
            assert isinstance(res, ParseTimeout) and "parse_timeout_seconds" in str(res)
        else:
            assert res == f"m{t}".upper().encode()


def test_a_parse_that_never_ends_times_out_in_a_worker_and_the_rest_goes_on():
    items = [(i, f"m{i}".encode()) for i in range(40)]
    items[5] = (5, b"forever")
    with ParsePool(_slow, [], workers=2, timeout=0.5) as pool:
        out = {t: res for t, _, res in pool.map(items)}
    assert len(out) == 40
    _check(out, {5})


def test_a_worker_deaf_to_its_timer_is_killed_and_the_others_parsed_again(monkeypatch):
    monkeypatch.setattr(parallel, "KILL_GRACE", 0.5)
    items = [(i, f"m{i}".encode()) for i in range(40)]
    items[9] = (9, b"stuck")
    items[30] = (30, b"forever")
    with ParsePool(_slow, [], workers=2, timeout=0.5) as pool:
        out = {t: res for t, _, res in pool.map(items)}
    assert len(out) == 40
    _check(out, {9, 30})


@pytest.mark.parametrize("workers", [0, 2])  # 0: SVARSINKORG_PARSE_WORKERS=0; 2: few items
def test_in_process_parses_have_the_limit_too(workers):
    with ParsePool(_slow, [], workers=workers, timeout=0.3) as pool:
        out = {t: res for t, _, res in pool.map([(0, b"m0"), (1, b"forever"), (2, b"m2")])}
        assert pool._executor is None  # really in-process
    _check(out, {1})
    assert signal.getsignal(signal.SIGALRM) is not parallel._on_alarm  # handler restored


def test_the_timer_is_not_swallowed_by_a_parsers_own_except():
    def careful(raw: bytes, entries: list) -> bytes:
        try:
            while True:
                time.sleep(0.05)
        except Exception:  # an attachment reader's catch-all must not eat the limit
            return b"swallowed"

    with ParsePool(careful, [], workers=0, timeout=0.3) as pool:
        (_, _, res), = pool.map([(0, b"x")])
    assert isinstance(res, ParseTimeout)


def test_no_limit_when_zero():
    with ParsePool(_slow, [], workers=0, timeout=0) as pool:
        assert pool.hard_limit is None
        (_, _, res), = pool.map([(0, b"m0")])
    assert res == b"M0"


def test_the_reason_has_a_label_in_both_languages():
    sv, en = (Labels(lang).reason(Reason("parse_timeout")) for lang in ("sv", "en"))
    assert "lång tid" in sv and "too long" in en


def _config(tmp_path, monkeypatch, workers: str):
    monkeypatch.setenv("SVARSINKORG_PARSE_WORKERS", workers)
    config = make_config(tmp_path, limits={"parse_timeout_seconds": 0.5})
    assert config.limits.parse_timeout_seconds == 0.5
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    service.import_roster(config, tmp_path / "roster.csv")
    return config


def _hang_on(marker: bytes):
    real = pipeline.parse_message

    def parse(raw, *a, **k):
        if marker in raw:
            while True:
                time.sleep(0.05)
        return real(raw, *a, **k)

    return parse


@pytest.mark.parametrize("workers,count", [("2", 20), ("0", 3)])
def test_an_import_flags_the_hanging_message_and_stores_the_rest(
    tmp_path, monkeypatch, workers, count
):
    config = _config(tmp_path, monkeypatch, workers)
    mail = tmp_path / "mail"
    mail.mkdir()
    for i in range(count):
        (mail / f"{i:02d}.eml").write_bytes(reply(FULL, message_id=f"<t{i}@x>"))
    monkeypatch.setattr(pipeline, "parse_message", _hang_on(b"<t1@x>"))
    summary = service.import_paths(config, [mail])
    assert (summary.seen, summary.stored, summary.failed) == (count, count, 1)
    rows = stored_messages(config)
    hung = rows["<t1@x>"]
    assert hung.parse_status == "failed" and b"<t1@x>" in hung.raw
    assert [r["code"] for r in hung.problems["reasons"]] == ["parse_timeout"]
    assert sum(m.parse_status == "ok" for m in rows.values()) == count - 1


@pytest.mark.dovecot
def test_a_fetch_flags_the_hanging_message_records_its_uid_and_goes_on(
    dovecot, tmp_path, monkeypatch
):
    from dovecot import fetch_with_one_bad_parse

    from svarsinkorg.fetch.run import run_fetch

    def hang() -> None:
        while True:
            time.sleep(0.05)

    got = fetch_with_one_bad_parse(dovecot, tmp_path, monkeypatch, 4, hang,
                                   limits={"parse_timeout_seconds": 0.5})
    try:
        assert (got.summary.stored, got.summary.parse_failed, got.summary.partial) == (8, 1, False)
        assert got.failed_uids == [4]
        hung = got.rows["<reply-4@test.example>"]
        assert hung.parse_status == "failed"
        assert [r["code"] for r in hung.problems["reasons"]] == ["parse_timeout"]
        assert sum(m.parse_status == "ok" for m in got.rows.values()) == 7
        again = run_fetch(got.config, got.store, progress=False, quiet=True)  # the next night
        assert (again.looked_at, again.stored) == (0, 0)
    finally:
        got.store.close()


def test_the_limit_defaults_to_a_minute(tmp_path):
    assert make_config(tmp_path).limits.parse_timeout_seconds == 60.0


def test_an_outer_timer_survives_an_in_process_parse():
    signal.alarm(0)
    signal.setitimer(signal.ITIMER_REAL, 50.0)
    with ParsePool(_slow, [], workers=0, timeout=5) as pool:
        list(pool.map([(0, b"m0")]))
    left, _ = signal.getitimer(signal.ITIMER_REAL)
    assert 40 < left <= 50


def test_the_fetch_progress_bar_runs_no_thread_to_fork_beside():
    import threading

    from svarsinkorg.fetch.run import _Progress

    bar = _Progress(True)
    with bar.running():
        bar.folder("INBOX", 2)
        bar.advance()
        assert threading.active_count() == 1
