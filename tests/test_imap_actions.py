"""After-store actions (keyword, move) against the real Dovecot: only messages whose
bytes are safely in the store are touched, and \\Seen never is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dovecot import Dovecot, folder_flags, folder_uids, imap_config, survey_replies, unrelated
from helpers import reply
from imapclient import IMAPClient
from sqlalchemy import select

from svarsinkorg.fetch.run import run_fetch
from svarsinkorg.intake.imap.actions import MoveTo, NoAction, SetKeyword, make_action
from svarsinkorg.intake.imap.parsing import SelectInfo
from svarsinkorg.store.db import Store
from svarsinkorg.store.imap_state import ImapSeen

pytestmark = pytest.mark.dovecot


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()


def big_reply() -> bytes:
    raw = reply("1. Se bilagan.\n", message_id="<big@test.example>")
    return raw.replace(b"\n1. Se", b"\n" + b"Padding " * 5000 + b"\n1. Se")


def mailbox(server: Dovecot) -> None:
    """UID 1-3 survey replies (2 of them read), 4 unrelated, 5 oversized."""
    server.append(survey_replies(1))
    server.append(survey_replies(2, start=2), flags=[b"\\Seen"])
    server.append([unrelated(1), big_reply()])


def subjects(server: Dovecot, folder: str) -> list[str]:
    c = server.client()
    try:
        c.select_folder(folder, readonly=True)
        data = c.fetch(c.search("ALL"), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        return sorted(
            v[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
            for v in data.values()
        )
    finally:
        c.logout()


def settings(**kw: Any) -> dict[str, Any]:
    return {"subject_filter": ["kartläggning"], "max_message_bytes": 20_000, **kw}


def test_move_after_processing_moves_only_stored_messages(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    mailbox(dovecot)
    c = dovecot.client()
    c.create_folder("Behandlat")
    c.logout()
    cfg = imap_config(tmp_path, dovecot, **settings(after_store="move", move_to="Behandlat"))
    summary = run_fetch(cfg, store)
    assert (summary.stored, summary.skipped, summary.oversized) == (3, 1, 1)
    assert summary.actions_done == 3 and not summary.partial
    moved = subjects(dovecot, "Behandlat")
    assert moved == [f"<reply-{i}@test.example>" for i in (1, 2, 3)]
    assert subjects(dovecot, "INBOX") == ["<big@test.example>", "<news-1@shop.example>"]
    # \Seen travelled as it was: the two read ones are read, the unread one is not
    flags = folder_flags(dovecot, "Behandlat")
    assert sorted(flags.values()) == [(), (b"\\Seen",), (b"\\Seen",)]
    again = run_fetch(cfg, store)
    assert (again.looked_at, again.actions_done, again.downloaded) == (0, 0, 0)


def test_move_without_the_move_capability_copies_and_expunges_exactly_those(
    dovecot: Dovecot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox(dovecot)
    c = dovecot.client()
    c.create_folder("Behandlat")
    c.select_folder("INBOX")
    c.add_flags([4], [b"\\Deleted"])  # the user's own deleted mail must not be expunged
    c.logout()
    real = IMAPClient.has_capability
    monkeypatch.setattr(IMAPClient, "has_capability",
                        lambda self, cap: cap.upper() != "MOVE" and real(self, cap))
    used: list[str] = []
    monkeypatch.setattr(IMAPClient, "move", lambda *a, **k: used.append("move"))
    cfg = imap_config(tmp_path, dovecot, **settings(after_store="move", move_to="Behandlat"))
    assert run_fetch(cfg, store).actions_done == 3
    assert used == []
    assert len(folder_uids(dovecot, "Behandlat")) == 3
    assert folder_uids(dovecot, "INBOX") == [4, 5]


def test_missing_move_target_keeps_actions_pending_until_it_exists(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    mailbox(dovecot)
    cfg = imap_config(tmp_path, dovecot, **settings(after_store="move", move_to="Behandlat"))
    first = run_fetch(cfg, store)
    assert first.stored == 3 and first.partial and first.exit_code == 5
    assert "'Behandlat' (imap.move_to) does not exist" in first.line()
    assert len(folder_uids(dovecot, "INBOX")) == 5
    with store.session() as s:
        assert Counter(s.scalars(select(ImapSeen.action))) == {"pending": 3, None: 2}
    c = dovecot.client()
    c.create_folder("Behandlat")
    c.logout()
    second = run_fetch(cfg, store)
    assert (second.looked_at, second.downloaded, second.actions_done) == (0, 0, 3)
    assert not second.partial
    assert len(folder_uids(dovecot, "Behandlat")) == 3


def test_keyword_marks_stored_messages_and_leaves_seen_alone(
    dovecot: Dovecot, tmp_path: Path, store: Store
) -> None:
    mailbox(dovecot)
    before = folder_flags(dovecot)
    cfg = imap_config(tmp_path, dovecot, **settings(after_store="keyword", keyword="Inlast"))
    summary = run_fetch(cfg, store)
    assert summary.actions_done == 3
    after = folder_flags(dovecot)
    for uid in (1, 2, 3):
        assert set(after[uid]) == set(before[uid]) | {b"Inlast"}
    assert after[4] == before[4] and after[5] == before[5]


# -- unit: the strategy objects -----------------------------------------------------------


def info(flags: tuple[bytes, ...]) -> SelectInfo:
    return SelectInfo(uidvalidity=1, uidnext=10, exists=3, read_write=True,
                      permanent_flags=flags)


def test_make_action_choices() -> None:
    from svarsinkorg.config import ImapConfig

    assert isinstance(make_action(ImapConfig(host="h"), "INBOX"), NoAction)
    assert not make_action(ImapConfig(host="h"), "INBOX").needs_write
    kw = make_action(ImapConfig(host="h", after_store="keyword"), "INBOX")
    assert isinstance(kw, SetKeyword) and kw.needs_write
    mv = make_action(ImapConfig(host="h", after_store="move", move_to="Done"), "INBOX")
    assert isinstance(mv, MoveTo) and mv.folder == "Done"
    # the target folder itself, when also fetched, is not moved into itself
    assert isinstance(
        make_action(ImapConfig(host="h", after_store="move", move_to="Done"), "Done"), NoAction)


def test_keyword_unavailable_on_exchange_style_flags() -> None:
    from svarsinkorg.intake.imap.actions import ActionUnavailable

    exchange = info((b"\\Seen", b"\\Answered", b"\\Flagged", b"\\Deleted", b"\\Draft"))
    with pytest.raises(ActionUnavailable, match=r"use imap\.after_store = 'move'"):
        SetKeyword("Inlast").check(None, "INBOX", exchange)  # type: ignore[arg-type]
    SetKeyword("Inlast").check(None, "INBOX", info((b"\\Seen", b"\\*")))  # type: ignore[arg-type]
    SetKeyword("Inlast").check(None, "INBOX", info((b"inlast",)))  # type: ignore[arg-type]
