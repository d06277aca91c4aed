"""A Message-ID reused for another mail (a web form, a script, an old phone app that gives
every mail from one sender the same id), met by the nightly fetch against a real Dovecot:
two mails under one id with different Date headers are two mails, as `intake import` has
them (model.mail_key); a real copy (same id, same Date) is still stored once, with no
body downloaded for it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from dovecot import Dovecot, imap_config
from helpers import CET, reply
from sqlalchemy import event, select
from test_imap_fetch import Spy, fetch

from svarsinkorg import service
from svarsinkorg.config import Config
from svarsinkorg.store.imap_state import ImapSeen
from svarsinkorg.store.models import Message

pytestmark = pytest.mark.dovecot

ROSTER = "name,email,org_number\nHyllie IF,kansli@hyllieif.se,802557-1038\n"
MID = "<same@hyllieif.se>"
# the first mail answers question 1; the second, days later under the same id, the rest
FIRST = reply("1. Hyllie IF är en fotbollsförening.\n\nHälsningar\nPer", message_id=MID,
              when=dt.datetime(2020, 1, 5, 10, 0, tzinfo=CET))
SECOND = reply("Here is the rest:\n\n2. Yes\n\n3. Mixed teams from every district.\n\n"
               "4. We lack coaches.\n\nPer", message_id=MID,
               when=dt.datetime(2020, 1, 9, 18, 30, tzinfo=CET))
SECOND_KEY = f"{MID} 2020-01-09T17:30:00+00:00"  # model.reused_id_key


def _config(tmp_path: Path, dovecot: Dovecot, **imap: Any) -> Config:
    config = imap_config(tmp_path, dovecot, **imap)
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    service.import_roster(config, tmp_path / "roster.csv")
    return config


def _stored(config: Config) -> dict[str, int]:
    store = service.open_store(config)
    try:
        with store.session() as s:
            return dict(s.execute(select(Message.message_key, Message.id)).all())
    finally:
        store.close()


def _seen(config: Config, folder: str = "INBOX") -> dict[int, tuple[str, str | None]]:
    store = service.open_store(config)
    try:
        with store.session() as s:
            rows = s.scalars(select(ImapSeen).where(ImapSeen.folder == folder))
            return {r.uid: (r.outcome, r.message_key) for r in rows}
    finally:
        store.close()


def _both_answers_count(config: Config) -> None:
    rec = next(r for r in service.survey_state(config).associations if r.name == "Hyllie IF")
    assert rec.answers["about"] == "Hyllie IF är en fotbollsförening."
    assert rec.answers["works_against_segregation"] is True
    assert rec.answers["obstacles_opportunities"] == "We lack coaches."


def _fetch(config: Config) -> Any:
    store = service.open_store(config)
    try:
        return fetch(config, store)
    finally:
        store.close()


def test_two_mails_under_one_message_id_in_one_night_are_both_stored(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    config = _config(tmp_path, dovecot)
    dovecot.append([FIRST, SECOND])
    summary = _fetch(config)
    # in one batch the plan finds neither stored: both are downloaded and store_message
    # tells them apart (this passed before; a night apart, below, did not)
    assert (summary.stored, summary.duplicates, summary.downloaded) == (2, 0, 2)
    assert set(_stored(config)) == {MID, SECOND_KEY}
    assert _seen(config) == {1: ("stored", MID), 2: ("stored", SECOND_KEY)}
    _both_answers_count(config)
    assert _fetch(config).looked_at == 0


def test_the_second_mail_under_one_message_id_a_night_later_is_stored(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    config = _config(tmp_path, dovecot)
    dovecot.append([FIRST])
    assert _fetch(config).stored == 1
    dovecot.append([SECOND])
    summary = _fetch(config)
    assert (summary.stored, summary.duplicates, summary.downloaded) == (1, 0, 1)
    assert set(_stored(config)) == {MID, SECOND_KEY}
    assert _seen(config) == {1: ("stored", MID), 2: ("stored", SECOND_KEY)}
    _both_answers_count(config)


def test_copies_of_both_mails_are_duplicates_without_a_download(
    dovecot: Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # imported first (one rule for import and fetch), then the folder holding both mails,
    # a copy of each again and another folder with the second: all copies, no body FETCH
    config = _config(tmp_path, dovecot, folders=["INBOX", "Arkiv"], batch_size=10)
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "1.eml").write_bytes(FIRST)
    (mail / "2.eml").write_bytes(SECOND)
    assert service.import_paths(config, [mail]).stored == 2
    ids = _stored(config)
    dovecot.append([FIRST, SECOND, SECOND, FIRST])
    dovecot.append([SECOND], folder="Arkiv")
    spy = Spy(monkeypatch)
    summary = _fetch(config)
    assert (summary.stored, summary.duplicates, summary.downloaded) == (0, 5, 0)
    assert spy.body_fetches == 0
    assert _seen(config) == {1: ("duplicate", MID), 2: ("duplicate", SECOND_KEY),
                             3: ("duplicate", SECOND_KEY), 4: ("duplicate", MID)}
    assert _seen(config, "Arkiv") == {1: ("duplicate", SECOND_KEY)}
    assert _stored(config) == ids
    _both_answers_count(config)


def test_a_folder_already_stored_is_still_one_plan_lookup_per_batch(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    # mail whose Message-IDs no other mail reuses (the usual case): the plan of a batch
    # reads the store once, as before (docs/performance.md, first fetch of a folder
    # already stored); the reused-id lookup is only made for a batch that needs it
    from dovecot import survey_replies

    config = _config(tmp_path, dovecot, folders=["Arkiv", "INBOX"], batch_size=5)
    mails = survey_replies(10)
    dovecot.append(mails, folder="Arkiv")
    dovecot.append(mails)
    store = service.open_store(config)
    plan_reads: list[str] = []

    def seen(_conn: Any, _cur: Any, statement: str, *_a: Any) -> None:
        # the plan's lookup (fetch.run._stored_dates), not store_message's row reads
        if statement.lstrip().startswith("SELECT messages.message_key, messages.sent_at"):
            plan_reads.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        summary = fetch(config, store)
    finally:
        store.close()
    assert (summary.stored, summary.duplicates) == (10, 10)
    assert len(plan_reads) == 4  # 2 folders x 2 batches of 5: no second lookup
