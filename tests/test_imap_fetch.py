"""The nightly fetch against a real Dovecot: incremental, idempotent, crash-safe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dovecot import (
    Dovecot,
    folder_flags,
    imap_config,
    survey_replies,
    unrelated,
)
from helpers import reply
from imapclient import IMAPClient
from sqlalchemy import func, select

from svarsinkorg.config import Config
from svarsinkorg.fetch import run as fetch_mod
from svarsinkorg.fetch.run import FetchSummary, failures, run_fetch
from svarsinkorg.intake.imap.errors import EXIT_PARTIAL
from svarsinkorg.store.db import Store
from svarsinkorg.store.imap_state import ImapFolder, ImapSeen
from svarsinkorg.store.models import Message

pytestmark = pytest.mark.dovecot


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()


class Spy:
    """Counts the IMAP commands a run sends (FETCH items, SEARCH criteria, SELECTs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.fetches: list[tuple[list[int], list[str]]] = []
        self.searches: list[Any] = []
        self.selects: list[tuple[str, bool]] = []
        spy = self
        real_fetch, real_search = IMAPClient.fetch, IMAPClient.search
        real_select = IMAPClient.select_folder

        def fetch(self: IMAPClient, messages: Any, data: Any, modifiers: Any = None) -> Any:
            spy.fetches.append((list(messages), list(data)))
            return real_fetch(self, messages, data, modifiers)

        def search(self: IMAPClient, criteria: Any = "ALL", charset: Any = None) -> Any:
            spy.searches.append(criteria)
            return real_search(self, criteria, charset)

        def select_folder(self: IMAPClient, folder: str, readonly: bool = False) -> Any:
            spy.selects.append((folder, readonly))
            return real_select(self, folder, readonly)

        monkeypatch.setattr(IMAPClient, "fetch", fetch)
        monkeypatch.setattr(IMAPClient, "search", search)
        monkeypatch.setattr(IMAPClient, "select_folder", select_folder)

    @property
    def body_fetches(self) -> int:
        return sum(1 for _, data in self.fetches if "BODY.PEEK[]" in data)


def count(store: Store, model: Any) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def fetch(cfg: Config, store: Store, **kw: Any) -> FetchSummary:
    return run_fetch(cfg, store, progress=False, quiet=True, **kw)


def test_first_fetch_stores_everything(dovecot: Dovecot, tmp_path: Path, store: Store) -> None:
    dovecot.append(survey_replies(5))
    cfg = imap_config(tmp_path, dovecot, batch_size=2)
    summary = fetch(cfg, store)
    assert (summary.stored, summary.downloaded, summary.errors) == (5, 5, 0)
    assert summary.by_kind["reply"] == 5
    assert not summary.partial and summary.exit_code == 0
    assert "5 new messages (5 replies" in summary.line()
    with store.session() as s:
        origins = sorted(s.scalars(select(Message.origin)))
        state = s.scalars(select(ImapFolder)).one()
        outcomes = list(s.scalars(select(ImapSeen.outcome)))
    assert all(o.startswith("imap://coordinator%40example.org@127.0.0.1/INBOX;UIDVALIDITY=")
               for o in origins)
    assert (state.folder, state.last_uid) == ("INBOX", 5)
    assert outcomes == ["stored"] * 5


def test_second_fetch_downloads_nothing(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.append(survey_replies(4))
    cfg = imap_config(tmp_path, dovecot)
    assert fetch(cfg, store).stored == 4
    spy = Spy(monkeypatch)
    again = fetch(cfg, store)
    assert (again.stored, again.looked_at, again.downloaded) == (0, 0, 0)
    # a quiet night: one EXAMINE, one SEARCH, no FETCH at all
    assert spy.fetches == []
    assert spy.selects == [("INBOX", True)]
    assert len(spy.searches) == 1
    assert count(store, Message) == 4 and count(store, ImapSeen) == 4


def test_only_the_new_mail_is_fetched(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.append(survey_replies(3))
    cfg = imap_config(tmp_path, dovecot)
    fetch(cfg, store)
    dovecot.append(survey_replies(1, start=10))
    spy = Spy(monkeypatch)
    summary = run_fetch(cfg, store, progress=True)  # the rich bar, on a non-terminal here
    assert (summary.stored, summary.downloaded) == (1, 1)
    assert [uids for uids, data in spy.fetches if "BODY.PEEK[]" in data] == [[4]]
    with store.session() as s:
        assert s.scalars(select(ImapFolder.last_uid)).one() == 4
        assert s.scalar(select(Message.message_key).where(Message.origin.like("%UID=4"))) == (
            "<reply-10@test.example>")


def test_search_is_ascii_even_with_a_swedish_subject_filter(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    dovecot.append([*survey_replies(2), unrelated(1), unrelated(2)])
    cfg = imap_config(tmp_path, dovecot, subject_filter=["Kartläggning"],
                      since=dt.date(2019, 12, 1))
    spy = Spy(monkeypatch)
    summary = fetch(cfg, store)
    assert (summary.stored, summary.skipped, summary.downloaded) == (2, 2, 2)
    for criteria in spy.searches:
        assert all(str(c).isascii() for c in criteria), criteria
    with store.session() as s:
        skipped = list(s.scalars(select(ImapSeen.subject).where(ImapSeen.outcome == "skipped")))
    assert skipped == ["Veckans erbjudanden 1", "Veckans erbjudanden 2"]
    # skipped mail is recorded: not looked at again
    assert fetch(cfg, store).looked_at == 0


def test_uidvalidity_change_reads_again_without_doubles(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    mails = [*survey_replies(3), unrelated(7, message_id=False)]
    dovecot.append(mails, folder="Enkät")
    cfg = imap_config(tmp_path, dovecot, folders=["Enkät"])
    first = fetch(cfg, store)
    assert first.stored == 4
    with store.session() as s:
        old_validity = s.scalars(select(ImapFolder.uidvalidity)).one()
    c = dovecot.client()
    c.delete_folder("Enkät")
    c.logout()
    dovecot.append([*mails, *survey_replies(1, start=50)], folder="Enkät")

    spy = Spy(monkeypatch)
    again = fetch(cfg, store)
    assert again.stored == 1 and again.duplicates == 4
    assert any("UIDVALIDITY changed" in w for w in again.warnings)
    # known Message-IDs are recognised from the headers; only the mail without one
    # and the new mail are downloaded (and the first de-duplicated by its bytes)
    assert again.downloaded == 2 and spy.body_fetches == 1
    assert count(store, Message) == 5
    with store.session() as s:
        state = s.scalars(select(ImapFolder)).one()
        assert state.uidvalidity != old_validity and state.last_uid == 5
        assert s.scalar(select(func.count()).select_from(ImapSeen)
                        .where(ImapSeen.uidvalidity == state.uidvalidity)) == 5


def test_server_stopped_mid_run_then_next_run_completes(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    dovecot.append(survey_replies(12))
    cfg = imap_config(tmp_path, dovecot, batch_size=3, timeout_seconds=5.0)
    committed: list[int] = []

    def stop_after_four(folder: str, uid: int, outcome: str) -> None:
        committed.append(uid)
        if len(committed) == 4:
            dovecot.stop()

    first = fetch(cfg, store, on_message=stop_after_four)
    assert first.partial and first.exit_code == EXIT_PARTIAL
    assert "connection lost" in first.line()
    # what was committed stays, and the watermark is exactly behind it
    stored_first = count(store, Message)
    assert 4 <= stored_first < 12
    with store.session() as s:
        assert s.scalars(select(ImapFolder.last_uid)).one() == stored_first

    dovecot.start()
    second = fetch(cfg, store)
    assert not second.partial
    assert second.stored == 12 - stored_first and second.duplicates == 0
    assert count(store, Message) == 12 and count(store, ImapSeen) == 12
    with store.session() as s:
        keys = list(s.scalars(select(Message.message_key)))
    assert sorted(keys) == sorted(f"<reply-{i}@test.example>" for i in range(1, 13))


def test_killed_process_mid_run_loses_and_doubles_nothing(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    dovecot.append(survey_replies(6))
    cfg = imap_config(tmp_path, dovecot, batch_size=4)
    seen: list[int] = []

    def die_after_two(folder: str, uid: int, outcome: str) -> None:
        seen.append(uid)
        if len(seen) == 2:
            raise KeyboardInterrupt  # as good as SIGKILL between two commits

    with pytest.raises(KeyboardInterrupt):
        fetch(cfg, store, on_message=die_after_two)
    assert count(store, Message) == 2
    rest = fetch(cfg, store)
    assert (rest.stored, rest.duplicates) == (4, 0)
    assert count(store, Message) == 6 and count(store, ImapSeen) == 6


def test_parser_error_is_stored_raw_flagged_and_listed(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.append(survey_replies(3))
    cfg = imap_config(tmp_path, dovecot)
    real = fetch_mod.make_parser

    def flaky_parser(config: Config) -> Any:
        parse = real(config)

        def p(raw: bytes, roster: Any) -> Any:
            if b"<reply-2@" in raw:
                raise ValueError("parser exploded")
            return parse(raw, roster)

        return p

    monkeypatch.setattr(fetch_mod, "make_parser", flaky_parser)
    summary = fetch(cfg, store)
    assert (summary.stored, summary.parse_failed, summary.errors) == (3, 1, 1)
    assert not summary.partial
    with store.session() as s:
        bad = s.scalars(select(Message).where(Message.parse_status == "failed")).one()
        assert b"<reply-2@test.example>" in bad.raw
        assert "parser exploded" in bad.problem_list[0]
        listed = failures(s)
        assert [r.uid for r in listed] == [2]
    assert fetch(cfg, store).looked_at == 0  # not downloaded again


def test_oversized_message_is_recorded_from_its_headers(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = reply("1. Bilaga.\n" + "x" * 120 + "\n" * 1, message_id="<big@test.example>")
    big = big.replace(b"\n1. Bil", b"\n" + b"Padding " * 5000 + b"\n1. Bil")
    dovecot.append([*survey_replies(2), big])
    cfg = imap_config(tmp_path, dovecot, max_message_bytes=20_000)
    spy = Spy(monkeypatch)
    summary = fetch(cfg, store)
    assert (summary.stored, summary.oversized, summary.downloaded) == (2, 1, 2)
    assert [uids for uids, data in spy.fetches if "BODY.PEEK[HEADER]" in data] == [[3]]
    assert all(3 not in uids for uids, data in spy.fetches if "BODY.PEEK[]" in data)
    with store.session() as s:
        row = s.scalars(select(Message).where(Message.message_key == "<big@test.example>")).one()
        assert row.parse_status == "oversized"
        assert row.size < 2_000 and b"Padding" not in row.raw
        assert any(r.code == "headers_only" for r in row.reason_list)
        assert [r.outcome for r in failures(s)] == ["oversized"]


def test_seen_flags_are_untouched_in_read_only_mode(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.append(survey_replies(2))
    dovecot.append(survey_replies(2, start=3), flags=[b"\\Seen"])
    dovecot.append(survey_replies(1, start=5), flags=[b"\\Flagged"])
    before = folder_flags(dovecot)
    spy = Spy(monkeypatch)
    assert fetch(imap_config(tmp_path, dovecot), store).stored == 5
    assert spy.selects == [("INBOX", True)]  # EXAMINE
    assert folder_flags(dovecot) == before
    assert before[1] == () and before[3] == (b"\\Seen",)


def test_missing_folder_is_a_partial_run_other_folders_still_read(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    dovecot.append(survey_replies(2))
    cfg = imap_config(tmp_path, dovecot, folders=["Finns-inte", "INBOX"])
    summary = fetch(cfg, store)
    assert summary.partial and summary.stored == 2
    assert summary.problems and summary.problems[0].startswith("Finns-inte: cannot open")


def test_folder_override(dovecot: Dovecot, tmp_path: Path, store: Store) -> None:
    dovecot.append(survey_replies(1))
    dovecot.append(survey_replies(2, start=5), folder="Arkiv")
    cfg = imap_config(tmp_path, dovecot)
    summary = fetch(cfg, store, folders=["Arkiv"])
    assert summary.stored == 2 and summary.folders == ["Arkiv"]


def test_each_store_backend(dovecot: Dovecot, tmp_path: Path, store_url: str) -> None:
    """SQLite and PostgreSQL (when INTAKE_TEST_DATABASE_URL is set): state, outcomes,
    a second run and a UIDVALIDITY change."""
    dovecot.append([*survey_replies(3), unrelated(1)], folder="Enkät")
    cfg = imap_config(tmp_path, dovecot, store_url=store_url, folders=["Enkät"],
                      subject_filter=["Kartläggning"])
    db = Store(store_url)
    try:
        first = fetch(cfg, db)
        assert (first.stored, first.skipped) == (3, 1)
        assert fetch(cfg, db).looked_at == 0
        c = dovecot.client()
        c.delete_folder("Enkät")
        c.logout()
        dovecot.append(survey_replies(4), folder="Enkät")
        third = fetch(cfg, db)
        assert (third.stored, third.duplicates) == (1, 3)
        assert count(db, Message) == 4 and count(db, ImapSeen) == 8
        with db.session() as s:
            state = s.scalars(select(ImapFolder)).one()
            assert state.uidvalidity > 2**30 and state.last_uid == 4  # Dovecot: time-based
    finally:
        db.close()
