"""The shared sample mailbox, APPENDed to Dovecot and fetched, gives the same stored
messages as importing the same files directly: same kinds, associations and answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from dovecot import Dovecot, imap_config
from helpers import make_config, require_samples
from sqlalchemy import select

from svarsinkorg import service
from svarsinkorg.fetch.run import run_fetch
from svarsinkorg.store.models import Message

pytestmark = pytest.mark.dovecot


def _rows(cfg: Any) -> list[dict[str, Any]]:
    store = service.open_store(cfg)
    try:
        with store.session() as s:
            return [
                {
                    "origin": m.origin,
                    "message_id": m.header_message_id,
                    "kind": m.kind,
                    "association": m.association.name if m.association else None,
                    "answers": {k: v.get("value") for k, v in (m.answers or {}).items()},
                    "wants_interview": m.wants_interview,
                    "bounced": m.bounced_list,
                    "parse_status": m.parse_status,
                }
                for m in s.scalars(select(Message).order_by(Message.id))
            ]
    finally:
        store.close()


def _records(cfg: Any, path: Path) -> list[dict[str, Any]]:
    service.export(cfg, "json", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    keep = ("association", "status", "bounced", "wants_interview", "answers")
    return [{k: a.get(k) for k in keep} for a in data["associations"]]


def test_fetched_samples_equal_imported_samples(dovecot: Dovecot, tmp_path: Path) -> None:
    samples = require_samples()
    files = sorted((samples / "messages").glob("*.eml"))
    assert files

    for sub in ("direct", "imap"):
        (tmp_path / sub).mkdir()
    direct = make_config(tmp_path / "direct")
    service.import_roster(direct, samples / "roster.csv")
    imported = service.import_paths(direct, files)
    assert imported.stored == len(files)

    dovecot.append(f.read_bytes() for f in files)
    fetched_cfg = imap_config(tmp_path / "imap", dovecot)
    service.import_roster(fetched_cfg, samples / "roster.csv")
    store = service.open_store(fetched_cfg)
    try:
        summary = run_fetch(fetched_cfg, store)
    finally:
        store.close()
    assert (summary.stored, summary.errors) == (len(files), 0)
    assert sum(summary.by_kind.values()) == len(files)

    by_file = {Path(r["origin"]).name: r for r in _rows(direct)}
    by_uid = {int(r["origin"].rsplit("UID=", 1)[1]): r for r in _rows(fetched_cfg)}
    assert len(by_file) == len(by_uid) == len(files)
    for uid, f in enumerate(files, start=1):
        a, b = dict(by_file[f.name]), dict(by_uid[uid])
        a.pop("origin"), b.pop("origin")
        assert b == a, f.name

    assert _records(fetched_cfg, tmp_path / "imap.json") == _records(
        direct, tmp_path / "direct.json")
