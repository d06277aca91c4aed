"""The same samples give the same records on PostgreSQL as on SQLite (the JSON export,
byte for byte), and a second import changes nothing on either."""

from __future__ import annotations

import json

from helpers import make_config, require_samples

from svarsinkorg import service


def _export(config, path) -> dict:
    service.export(config, "json", path)
    return json.loads(path.read_text(encoding="utf-8"))


def _run(config, samples, tmp_path, tag: str) -> tuple[dict, service.ImportSummary]:
    service.import_roster(config, samples / "roster.csv")
    first = service.import_paths(config, [samples / "messages"])
    again = service.import_paths(config, [samples / "messages"])
    assert again.stored == 0 and again.duplicates == first.seen, tag
    return _export(config, tmp_path / f"{tag}.json"), first


def test_samples_give_the_same_export_on_postgres_and_sqlite(pg_store_url, tmp_path):
    samples = require_samples()
    (tmp_path / "lite").mkdir()
    (tmp_path / "pg").mkdir()
    lite_cfg = make_config(tmp_path / "lite")
    pg_cfg = make_config(tmp_path / "pg", pg_store_url)
    assert pg_cfg.store_url.startswith("postgresql")
    lite, lite_summary = _run(lite_cfg, samples, tmp_path, "sqlite")
    pg, pg_summary = _run(pg_cfg, samples, tmp_path, "postgres")
    assert pg_summary.stored == lite_summary.stored == len(list((samples / "messages").iterdir()))
    assert pg_summary.by_kind == lite_summary.by_kind
    assert pg == lite
