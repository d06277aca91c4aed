"""The shared sample set, end to end: import the roster and every mail, export JSON, and
compare with the records a person wrote down (truth.json), field by field."""

from __future__ import annotations

import json

import pytest
from helpers import make_config, require_samples

from svarsinkorg import service
from svarsinkorg.parsers.text import normalize_ws


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    samples = require_samples()
    tmp = tmp_path_factory.mktemp("samples")
    cfg = make_config(tmp)
    service.import_roster(cfg, samples / "roster.csv")
    summary = service.import_paths(cfg, [samples / "messages"])
    out = tmp / "export.json"
    service.export(cfg, "json", out)
    truth = json.loads((samples / "truth.json").read_text(encoding="utf-8"))
    return json.loads(out.read_text(encoding="utf-8")), truth, summary


def _pairs(exported):
    got, truth, _ = exported
    return list(zip(got["associations"], truth["associations"], strict=True))


def test_one_record_per_roster_association_in_roster_order(exported):
    got, truth, summary = exported
    assert [a["association"] for a in got["associations"]] == [
        a["name"] for a in truth["associations"]]
    assert summary.stored == len(truth["messages"])
    assert summary.failed == 0


@pytest.mark.parametrize("field", ["status", "bounced", "wants_interview"])
def test_flags_match_truth(exported, field):
    wrong = [(g["association"], g[field], t[field]) for g, t in _pairs(exported)
             if g[field] != t[field]]
    assert wrong == []


def test_yes_no_answers_exactly(exported):
    key = "works_against_segregation"
    wrong = [(g["association"], g["answers"][key], t["answers"][key])
             for g, t in _pairs(exported) if g["answers"][key] is not t["answers"][key]]
    assert wrong == []


@pytest.mark.parametrize("key", ["about", "how", "obstacles_opportunities"])
def test_text_answers_after_whitespace_normalisation(exported, key):
    def norm(v):
        return normalize_ws(v) if isinstance(v, str) else v

    wrong = [(g["association"], g["answers"][key], t["answers"][key])
             for g, t in _pairs(exported) if norm(g["answers"][key]) != norm(t["answers"][key])]
    assert wrong == []


def test_unmatched_holds_the_unrelated_mail_only(exported):
    got, truth, _ = exported
    expected = {m["file"] for m in truth["messages"] if m["association"] is None}
    assert len(got["unmatched"]) == len(expected)
    assert all(u["kind"] == "other" for u in got["unmatched"])


def test_message_kinds_match_truth(tmp_path):
    samples = require_samples()
    from svarsinkorg.intake.match import RosterEntry
    from svarsinkorg.intake.roster import read_roster
    from svarsinkorg.pipeline import parse_message

    cfg = make_config(tmp_path)
    rows = read_roster(samples / "roster.csv").rows
    roster = [RosterEntry(i, r.name, tuple(service_norm(e) for e in r.emails))
              for i, r in enumerate(rows)]
    names = {i: r.name for i, r in enumerate(rows)}
    truth = json.loads((samples / "truth.json").read_text(encoding="utf-8"))
    wrong = []
    for m in truth["messages"]:
        parsed = parse_message((samples / m["file"]).read_bytes(), cfg.survey, roster)
        got = (parsed.kind, names.get(parsed.association_id))
        if got != (m["kind"], m["association"]):
            wrong.append((m["file"], got, (m["kind"], m["association"])))
    assert wrong == []


def service_norm(addr: str) -> str:
    from svarsinkorg.intake.addresses import normalize_address

    return normalize_address(addr) or addr
