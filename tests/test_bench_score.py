"""bench/score_corpus.py's per-reason table: which review reasons fire on right answers
(false alarms) and which on wrong ones (true alarms). Tallied on hand-made units, so the
counting itself is tested without parsing a corpus."""

from __future__ import annotations

from helpers import bench_module


def test_reasons_are_counted_as_false_or_true_alarms() -> None:
    b = bench_module("score_corpus")
    s = b.Score()
    right = [("about", "Vi är en kör.", "Vi är en kör.")]
    wrong = [("about", "Hej! Vi är en kör.", "Vi är en kör.")]
    b._tally(s, "a.eml", right, True, ["by_position"], {"by_position"})
    b._tally(s, "b.eml", wrong, True, ["by_position", "partial"], {"by_position", "partial"})
    b._tally(s, "c.eml", right, True, ["by_position", "match_by_name"],
             {"by_position", "match_by_name"})
    b._tally(s, "d.eml", right, False, [], set())
    # [false alarms, true alarms, false alarms with no other reason]
    assert s.by_reason == {"by_position": [2, 1, 1], "partial": [0, 1, 0],
                           "match_by_name": [1, 0, 0]}
    lines = b.reason_table("per message", [s])
    assert lines[0] == "per message: 3/4 flagged, 2 of them fully right (false alarms)"
    assert lines[2].split() == ["by_position", "2", "1", "1"]


def test_write_known_lists_a_flagged_must_not_flag_mail_as_a_false_alarm(tmp_path) -> None:
    import json

    from helpers import reply

    b = bench_module("score_corpus")
    (tmp_path / "messages").mkdir()
    (tmp_path / "roster.csv").write_text("name,email,org_number\nHusie Kör,info@koren.se,\n",
                                         encoding="utf-8")
    # one paragraph split at its sentences: always flagged (by_position), though right
    body = ("Hej! Vi är en kör i Husie med 30 sångare. Ja vi jobbar mot segregation. "
            "Vi sjunger på äldreboenden i hela stan.\n\n/Eva\n")
    (tmp_path / "messages" / "01_koren.eml").write_bytes(reply(body, sender="info@koren.se"))
    truth = {"messages": [{"file": "messages/01_koren.eml", "kind": "reply",
                           "association": "Husie Kör", "must_not_flag": True}]}
    (tmp_path / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    assert b.main([str(tmp_path), "--write-known"]) == 0
    known = json.loads((tmp_path / "known.json").read_text(encoding="utf-8"))
    assert known["messages"] == {}
    assert list(known["false_alarms"]) == ["messages/01_koren.eml"]
    assert known["false_alarms"]["messages/01_koren.eml"].startswith("must_not_flag, flagged:")
