"""The first fetch of a folder whose mail the store already holds (an import first, then
the nightly fetch; or a UIDVALIDITY change), against a real Dovecot: the UIDs with nothing
to store are recorded together, one transaction per run of them, with the same outcomes,
links and crash safety as one transaction per UID."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dovecot import Dovecot, folder_flags, imap_config, survey_replies, unrelated
from sqlalchemy import event, func, select
from test_imap_fetch import Spy, count, fetch

from svarsinkorg.fetch import run as fetch_mod
from svarsinkorg.store.db import Store
from svarsinkorg.store.imap_state import ImapFolder, ImapSeen
from svarsinkorg.store.models import Message

pytestmark = pytest.mark.dovecot


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """SQLite, and PostgreSQL when INTAKE_TEST_DATABASE_URL is set (conftest.store_url):
    the batched lookups and INSERT run on both backends."""
    s = Store(store_url)
    yield s
    s.close()


def _stored_first(dovecot: Dovecot, tmp_path: Path, store: Store, mails: list[bytes]) -> None:
    """Put `mails` in the store the way an import would: fetched from another folder."""
    dovecot.append(mails, folder="Arkiv")
    assert fetch(imap_config(tmp_path, dovecot, folders=["Arkiv"]), store).stored == len(mails)


def _inbox(store: Store) -> dict[int, ImapSeen]:
    with store.session() as s:
        rows = s.scalars(select(ImapSeen).where(ImapSeen.folder == "INBOX"))
        return {r.uid: r for r in rows}


def _watermark(store: Store) -> int:
    with store.session() as s:
        return int(s.scalars(select(ImapFolder.last_uid)
                             .where(ImapFolder.folder == "INBOX")).one())


def test_stored_mail_is_recorded_as_duplicates_without_downloading(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stored_first(dovecot, tmp_path, store, survey_replies(4))
    # UIDs 1, 2 stored; 3 left out by the filter; 4 stored; 5 new; 6 stored
    replies = survey_replies(4)
    dovecot.append([replies[0], replies[1], unrelated(1), replies[2],
                    *survey_replies(1, start=10), replies[3]])
    cfg = imap_config(tmp_path, dovecot, batch_size=3, subject_filter=["Kartläggning"])
    spy = Spy(monkeypatch)
    told: list[tuple[int, str]] = []
    summary = fetch(cfg, store, on_message=lambda _f, uid, outcome: told.append((uid, outcome)))

    assert (summary.duplicates, summary.skipped, summary.stored, summary.failed) == (4, 1, 1, 0)
    assert summary.downloaded == 1
    assert [uids for uids, data in spy.fetches if "BODY.PEEK[]" in data] == [[5]]
    assert told == [(1, "duplicate"), (2, "duplicate"), (3, "skipped"), (4, "duplicate"),
                    (5, "stored"), (6, "duplicate")]
    seen = _inbox(store)
    with store.session() as s:
        ids = dict(s.execute(select(Message.message_key, Message.id)).all())
    assert {u: r.outcome for u, r in seen.items()} == dict(told)
    for uid, n in ((1, 1), (2, 2), (4, 3), (6, 4)):
        key = f"<reply-{n}@test.example>"
        assert (seen[uid].message_key, seen[uid].message_id) == (key, ids[key])
        assert seen[uid].error is None and seen[uid].subject
    assert seen[3].message_id is None and seen[3].subject == "Veckans erbjudanden 1"
    assert seen[5].message_key == "<reply-10@test.example>"
    assert all(r.action is None for r in seen.values())  # no post-store action configured
    assert all(r.seen_at is not None and r.action_error is None for r in seen.values())
    assert _watermark(store) == 6
    assert count(store, Message) == 5
    assert fetch(cfg, store).looked_at == 0


def test_one_commit_per_batch_not_per_uid(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    mails = survey_replies(30)
    _stored_first(dovecot, tmp_path, store, mails)
    dovecot.append(mails)
    cfg = imap_config(tmp_path, dovecot, batch_size=10)
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    summary = fetch(cfg, store)
    assert (summary.duplicates, summary.downloaded) == (30, 0)
    # 3 batches: a read of their Message-IDs and one writing transaction each, plus the
    # folder's state, roster and seen UIDs; one commit per UID would be 30 more
    assert len(commits) <= 3 * 2 + 4
    assert _watermark(store) == 30 and len(_inbox(store)) == 30


def test_crash_inside_a_run_of_duplicates_records_none_of_it(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    mails = survey_replies(7)
    _stored_first(dovecot, tmp_path, store, mails)
    dovecot.append(mails)
    cfg = imap_config(tmp_path, dovecot, batch_size=4)
    real = fetch_mod._FolderRun._outcome_without_bytes
    calls: list[int] = []

    def dies_at_the_sixth(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 6:
            raise KeyboardInterrupt  # as good as SIGKILL before the second batch's commit
        return real(*args)

    monkeypatch.setattr(fetch_mod._FolderRun, "_outcome_without_bytes",
                        staticmethod(dies_at_the_sixth))
    with pytest.raises(KeyboardInterrupt):
        fetch(cfg, store)
    # the first batch (UIDs 1-4) is committed whole; of the second (5-7) nothing, and
    # the watermark stands behind the first
    assert sorted(_inbox(store)) == [1, 2, 3, 4] and _watermark(store) == 4
    monkeypatch.setattr(fetch_mod._FolderRun, "_outcome_without_bytes", staticmethod(real))
    rest = fetch(cfg, store)
    assert (rest.duplicates, rest.stored, rest.downloaded) == (3, 0, 0)
    seen = _inbox(store)
    assert sorted(seen) == list(range(1, 8)) and _watermark(store) == 7
    assert {r.outcome for r in seen.values()} == {"duplicate"}
    assert count(store, Message) == 7


def test_hook_stopping_the_run_after_a_committed_run_of_duplicates(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    mails = survey_replies(5)
    _stored_first(dovecot, tmp_path, store, mails)
    dovecot.append([*mails, *survey_replies(2, start=20)])
    cfg = imap_config(tmp_path, dovecot, batch_size=10)
    told: list[int] = []

    def die_at_second(_folder: str, uid: int, _outcome: str) -> None:
        told.append(uid)
        if len(told) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fetch(cfg, store, on_message=die_at_second)
    # the hook runs after the commit: the whole run of five duplicates is recorded, the
    # watermark behind it, the two new messages not yet stored
    assert sorted(_inbox(store)) == [1, 2, 3, 4, 5] and _watermark(store) == 5
    assert count(store, Message) == 5
    rest = fetch(cfg, store)
    assert (rest.stored, rest.duplicates, rest.downloaded) == (2, 0, 2)
    assert count(store, Message) == 7 and len(_inbox(store)) == 7


def test_message_deleted_from_the_store_after_the_plan_is_a_failed_uid(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan says "already stored" but the row is gone by the writing transaction (as
    before batching: the UID fails, nothing points at a missing row, the mail is not lost
    on the server)."""
    mails = survey_replies(2)
    _stored_first(dovecot, tmp_path, store, mails)
    dovecot.append([*mails, *survey_replies(1, start=9)])
    cfg = imap_config(tmp_path, dovecot)
    real_known = fetch_mod._FolderRun._known

    def known_then_deleted(self: Any, keys: list[str]) -> set[str]:
        found = real_known(self, keys)
        with self.store.session() as s:
            s.execute(Message.__table__.delete().where(
                Message.message_key == "<reply-2@test.example>"))
        return found

    monkeypatch.setattr(fetch_mod._FolderRun, "_known", known_then_deleted)
    summary = fetch(cfg, store)
    assert (summary.duplicates, summary.failed, summary.stored) == (1, 1, 1)
    seen = _inbox(store)
    assert seen[1].outcome == "duplicate" and seen[1].message_id is not None
    assert seen[2].outcome == "failed" and seen[2].message_id is None
    assert "expunged meanwhile" in (seen[2].error or "")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 2


def test_duplicates_get_the_after_store_action(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    """A UID recorded as a duplicate is safely stored: the keyword is set on it, and only
    on it (the UID left out by the filter keeps its flags)."""
    mails = survey_replies(3)
    _stored_first(dovecot, tmp_path, store, mails)
    dovecot.append([mails[0], unrelated(1), mails[1], mails[2]])
    cfg = imap_config(tmp_path, dovecot, batch_size=2, subject_filter=["Kartläggning"],
                      after_store="keyword", keyword="Inlast")
    summary = fetch(cfg, store)
    assert (summary.duplicates, summary.skipped, summary.actions_done) == (3, 1, 3)
    flags = folder_flags(dovecot)
    assert [u for u, f in sorted(flags.items()) if b"Inlast" in f] == [1, 3, 4]
    seen = _inbox(store)
    assert {u: r.action for u, r in seen.items()} == {1: "done", 2: None, 3: "done", 4: "done"}
