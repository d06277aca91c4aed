"""Can the SHAPE of a reply confirm answers the reader placed by order (issue 9, point 3)?

    python bench/calibrate_position.py tests/corpora/*/ [--features rows.json] [--model]
    python bench/calibrate_position.py x --rows rows.json     # the search again, no parsing

Each true reply of each corpus is parsed alone (as bench/score_corpus.py does at message
level). Kept are the replies whose only review reasons are among {by_position,
yes_no_from_prose} (group "A"), and separately those that also carry "partial" (group
"B"). For each, SHAPE features of the reply and its reading are recorded - never its words
as such: own paragraphs against questions answered, whether each text answer is exactly one
whole paragraph, where the yes/no was said (the first sentence of the follow-up's
paragraph, a sentence opening with a clear yes or no word, elsewhere), a hedge in that
sentence, own paragraphs no answer holds, whether the answers stand in question order, a
quoted original, lengths. Each reply is labelled right (every answer equals the truth) or
wrong.

Then a search over conjunctions of up to three of these conditions: the condition that
confirms the most right readings with NO wrong one confirmed, chosen leave-one-corpus-out
(chosen on the other corpora, applied to the held-out one) and in-sample. It prints the
table per fold (confirmed right / confirmed wrong / left flagged) and in total.

--model (pip install -e ".[train]") adds a learned alternative over the same shape: a
logistic regression whose threshold sits above every wrong training reply, also chosen and
applied leave-one-corpus-out.

Measured 2026-12-06 (main 785d368, 61 corpora, 2,354 true replies, 16.3 % flagged): 156
replies with only these reasons (130 right, 26 wrong; 83 of them one paragraph split at its
sentences). Best of three conditions: 15 right in-sample (12 replies unflagged), left out 17
right and 5 WRONG. Best of four: 46 right in-sample (37 unflagged), left out 46 right and 3
WRONG. The model: 48 right in-sample, left out 43 right and 2 WRONG. None passes the bar
(20 false alarms gone, no wrong reading confirmed left out): not merged (docs/reading.md).
Re-run after merging main 124416f (62 corpora, 2,394 true replies, 16.2 % flagged): every
number the same (unseen63 adds no reply of this kind).

A past attempt (branch r20-topic) confirmed placement by a content model and let wrong cuts
through; this looks only at shape, because the wrong readings here are bad cuts.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_corpus as sc

from svarsinkorg.intake.addresses import normalize_address
from svarsinkorg.intake.decode import decode_message
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.intake.roster import read_roster
from svarsinkorg.parsers.framing import body_paragraphs
from svarsinkorg.parsers.lines import to_lines
from svarsinkorg.parsers.quotes import split_reply
from svarsinkorg.parsers.statements import yes_no_statement
from svarsinkorg.parsers.text import normalize_ws, split_sentences
from svarsinkorg.parsers.yes_no import parse_yes_no
from svarsinkorg.pipeline import parse_message

POSITION = {"by_position", "yes_no_from_prose"}
_CLEAR_WORD = re.compile(r"^\W*(?:ja|nej|yes|no|absolut|jajamän|javisst|jo|nä|nope|yep|"
                         r"självklart|definitivt|inte)\b", re.I)
_HEDGE = re.compile(r"\b(?:nog|kanske|delvis|typ|indirekt|på\s+sätt\s+och\s+vis|i\s+viss\s+mån|"
                    r"inte\s+uttalat|inte\s+direkt|inte\s+riktigt|väl|liksom|sort\s+of|kind\s+of|"
                    r"partly|maybe|perhaps|probably|not\s+really|i\s+guess|antar)\b", re.I)


_SENTENCE_START = re.compile(r"^[\"'(«»”“]?[A-ZÅÄÖÉ0-9]")
_LABEL = re.compile(r"^[^.!?:\n]{1,40}[:?]\s")


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _key(s: str) -> str:
    return re.sub(r"\W+", " ", normalize_ws(s).lower()).strip()


def features(raw: bytes, answers: dict[str, Any], questions: list[Any]) -> dict[str, Any]:
    """The shape of one reply and of its reading (ANSWERS: the parse's answers by key)."""
    msg = decode_message(raw)
    reply = split_reply(msg.text)
    lines = to_lines(reply.own)
    pars = body_paragraphs(lines, [q.text for q in questions])
    pkeys = [_key(p) for p in pars]
    text_qs = [q for q in questions if q.kind == "text"]
    yn_qs = [q for q in questions if q.kind == "yes_no"]
    answered = [q for q in questions if (answers.get(q.key) or {}).get("value") is not None]
    f: dict[str, Any] = {"n_q": len(questions), "n_ans": len(answered), "n_par": len(pars),
                         "quoted": bool(reply.quoted.strip()) if reply.quoted else False}
    # where each text answer stands: the paragraph that holds it, whole or in part
    where: list[int] = []
    whole = True
    lengths = []
    for q in text_qs:
        v = (answers.get(q.key) or {}).get("value")
        if not isinstance(v, str) or not v.strip():
            continue
        k = _key(v)
        lengths.append(_words(v))
        hits = [i for i, p in enumerate(pkeys) if k and (k in p or p in k)]
        where.append(hits[0] if hits else -1)
        if not any(p == k for p in pkeys):
            whole = False
    f["each_whole_par"] = whole and bool(where)
    f["all_found"] = all(i >= 0 for i in where)
    f["in_order"] = all(i >= 0 for i in where) and where == sorted(where) \
        and len(set(where)) == len(where)
    used = set(where)
    f["unassigned_pars"] = sum(1 for i, p in enumerate(pars) if i not in used and _words(p) > 6)
    f["min_words"] = min(lengths) if lengths else 0
    f["max_words"] = max(lengths) if lengths else 0
    f["n_text_ans"] = len(lengths)
    texts = [v for q in text_qs
             if isinstance(v := (answers.get(q.key) or {}).get("value"), str) and v.strip()]
    # clean cuts: every text answer starts where a sentence starts and ends where one ends
    f["whole_sentences"] = bool(texts) and all(
        _SENTENCE_START.match(v.strip()) and v.strip()[-1] in ".!?)" for v in texts)
    # a leading label kept ("Hinder: ...") or a leading clause ending in ":" or "?"
    f["label_kept"] = any(_LABEL.match(v.strip()) for v in texts)
    f["n_sentences"] = sum(len(split_sentences(normalize_ws(p))) for p in pars)
    # the yes/no: where it was said
    f["yn_src"] = "none"
    f["yn_clear_word"] = False
    f["yn_hedged"] = False
    f["yn_sentence_words"] = 0
    f["yn_par_index"] = -1
    f["yn_kept"] = False
    if yn_qs:
        q = yn_qs[0]
        val = (answers.get(q.key) or {}).get("value")
        if val is not None:
            idx = questions.index(q)
            follow = questions[idx + 1] if idx + 1 < len(questions) else None
            fv = (answers.get(follow.key) or {}).get("value") if follow else None
            fpar = next((i for i, p in enumerate(pkeys)
                         if isinstance(fv, str) and _key(fv) and (_key(fv) in p or p in _key(fv))),
                        -1)
            found = None
            for i, p in enumerate(pars):
                for j, s in enumerate(split_sentences(normalize_ws(p))):
                    st = yes_no_statement(s, q)
                    yn = parse_yes_no(s).value if st is None else st.value
                    if yn is val:
                        found = (i, j, s)
                        break
                if found:
                    break
            if found is None:
                f["yn_src"] = "elsewhere"
            else:
                i, j, s = found
                f["yn_par_index"] = i
                f["yn_sentence_words"] = _words(s)
                f["yn_clear_word"] = bool(_CLEAR_WORD.match(s))
                f["yn_hedged"] = bool(_HEDGE.search(s))
                f["yn_kept"] = any(_key(s) in _key(v) for v in texts)
                if _words(pars[i]) <= 3:
                    f["yn_src"] = "own_par"
                elif j == 0 and i == fpar:
                    f["yn_src"] = "first_of_follow"
                elif j == 0:
                    f["yn_src"] = "first_of_other"
                else:
                    f["yn_src"] = "inside"
    return f


def collect(folders: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for folder in folders:
        with tempfile.TemporaryDirectory() as t:
            cfg = sc.corpus_config(folder, Path(t))
        truth = json.loads((folder / "truth.json").read_text())
        rr = read_roster(folder / "roster.csv").rows
        roster = [RosterEntry(i, r.name, tuple(normalize_address(e) or e for e in r.emails))
                  for i, r in enumerate(rr)]
        questions = list(cfg.survey.questions)
        for m in truth["messages"]:
            if m["kind"] != "reply" or "answers" not in m:
                continue
            raw = (folder / m["file"]).read_bytes()
            p = parse_message(raw, cfg.survey, roster, cfg.limits)
            codes = {r.code for r in p.reasons}
            if p.kind == "reply" and p.association_id is None:
                codes.add("unmatched")
            if not codes or not (codes & POSITION) or not codes <= POSITION | {"partial"}:
                continue
            wrong = [k for k in cfg.survey.keys
                     if sc._norm((p.answers.get(k) or {}).get("value"))
                     != sc._norm(m["answers"].get(k))]
            row = {"corpus": folder.name, "file": m["file"], "codes": sorted(codes),
                   "group": "B" if "partial" in codes else "A", "right": not wrong,
                   "wrong_keys": wrong}
            row.update(features(raw, p.answers, questions))
            rows.append(row)
    return rows


# the conditions a rule is made of: (name, test); each readable in a sentence
CONDITIONS: list[tuple[str, Any]] = [
    ("paragraphs == questions", lambda r: r["n_par"] == r["n_q"]),
    ("paragraphs == questions - 1", lambda r: r["n_par"] == r["n_q"] - 1),
    ("paragraphs <= questions", lambda r: r["n_par"] <= r["n_q"]),
    ("all questions answered", lambda r: r["n_ans"] == r["n_q"]),
    ("each text answer one whole paragraph", lambda r: r["each_whole_par"]),
    ("answers in question order", lambda r: r["in_order"]),
    ("no unassigned paragraph", lambda r: r["unassigned_pars"] == 0),
    ("yes/no first sentence of follow-up", lambda r: r["yn_src"] == "first_of_follow"),
    ("yes/no own paragraph", lambda r: r["yn_src"] == "own_par"),
    ("yes/no sentence opens with clear word", lambda r: r["yn_clear_word"]),
    ("yes/no not hedged", lambda r: not r["yn_hedged"]),
    ("yes/no sentence <= 12 words", lambda r: 0 < r["yn_sentence_words"] <= 12),
    ("no quoted original", lambda r: not r["quoted"]),
    ("shortest answer >= 8 words", lambda r: r["min_words"] >= 8),
    ("group A (no partial)", lambda r: r["group"] == "A"),
    ("each answer whole sentences", lambda r: r["whole_sentences"]),
    ("no leading label kept", lambda r: not r["label_kept"]),
    ("yes/no sentence not kept in an answer", lambda r: not r["yn_kept"]),
    ("yes/no sentence kept in an answer", lambda r: r["yn_kept"]),
    ("one paragraph", lambda r: r["n_par"] == 1),
    ("at most 6 sentences", lambda r: r["n_sentences"] <= 6),
]


def best_rule(rows: list[dict[str, Any]], size: int = 3) -> tuple[tuple[int, ...], int]:
    """The conjunction of at most SIZE conditions confirming the most right rows and no
    wrong one (fewest conditions on a tie): indices into CONDITIONS and its count."""
    table = [[bool(t(r)) for _, t in CONDITIONS] for r in rows]
    best: tuple[tuple[int, ...], int] = ((), -1)
    for k in range(1, size + 1):
        for combo in itertools.combinations(range(len(CONDITIONS)), k):
            ok = [all(table[i][c] for c in combo) for i in range(len(rows))]
            if any(o and not r["right"] for o, r in zip(ok, rows, strict=True)):
                continue
            n = sum(ok)
            if n > best[1]:
                best = (combo, n)
    return best


def applies(combo: tuple[int, ...], r: dict[str, Any]) -> bool:
    return bool(combo) and all(CONDITIONS[c][1](r) for c in combo)


def describe(combo: tuple[int, ...]) -> str:
    return " AND ".join(CONDITIONS[c][0] for c in combo) or "(none)"


def _unflagged(combo: tuple[int, ...], rows: list[dict[str, Any]]) -> int:
    """False alarms the rule removes: right replies it confirms whose reasons are all
    position ones (a reply also "partial" stays flagged)."""
    return sum(applies(combo, r) and r["right"] and set(r["codes"]) <= POSITION for r in rows)


def _report(rows: list[dict[str, Any]], size: int) -> None:
    combo, n = best_rule(rows, size)
    print(f"\n=== rules of at most {size} conditions")
    print(f"in-sample best: {describe(combo)}: confirms {n} right, 0 wrong; "
          f"{_unflagged(combo, rows)} replies no longer flagged")
    print("leave one corpus out (rule chosen on the others; '=' the in-sample rule):")
    print(f"  {'corpus':10s} {'right':>5s} {'wrong':>5s} {'left':>5s} {'unflag':>6s}  rule")
    tot: Counter[str] = Counter()
    chosen: Counter[str] = Counter()
    for c in sorted({r["corpus"] for r in rows}):
        train = [r for r in rows if r["corpus"] != c]
        test = [r for r in rows if r["corpus"] == c]
        cb, _ = best_rule(train, size)
        chosen[describe(cb)] += 1
        cr = sum(applies(cb, r) and r["right"] for r in test)
        cw = sum(applies(cb, r) and not r["right"] for r in test)
        un = _unflagged(cb, test)
        left = len(test) - cr - cw
        tot.update(right=cr, wrong=cw, left=left, unflag=un)
        leaked = [Path(r["file"]).name for r in test if applies(cb, r) and not r["right"]]
        rule = describe(cb) if cb != combo else "="
        if leaked:
            rule += "  WRONG: " + ", ".join(leaked)
        print(f"  {c:10s} {cr:5d} {cw:5d} {left:5d} {un:6d}  {rule}")
    print(f"  {'TOTAL':10s} {tot['right']:5d} {tot['wrong']:5d} {tot['left']:5d} "
          f"{tot['unflag']:6d}")
    print("rules chosen across folds:")
    for d, k in chosen.most_common():
        print(f"  {k:3d}  {d}")


def _vector(r: dict[str, Any]) -> list[float]:
    """The conditions as 0/1 and a few lengths: what the model sees (shape only)."""
    return [float(bool(t(r))) for _, t in CONDITIONS] + [
        r["n_par"] / 4, r["n_ans"] / 4, min(r["min_words"], 40) / 40,
        min(r["yn_sentence_words"], 30) / 30, min(r["n_sentences"], 15) / 15]


def _model_report(rows: list[dict[str, Any]]) -> None:
    """A learned alternative (scikit-learn, pip install -e ".[train]"): logistic regression
    over the same shape, the threshold just above every wrong training reply's score, chosen
    and applied leave-one-corpus-out as the rules are."""
    from sklearn.linear_model import LogisticRegression

    def fit(train: list[dict[str, Any]]) -> tuple[Any, float]:
        m = LogisticRegression(solver="liblinear", C=1.0, random_state=0)
        m.fit([_vector(r) for r in train], [int(r["right"]) for r in train])
        scores = m.predict_proba([_vector(r) for r in train])[:, 1]
        return m, max((sc for sc, r in zip(scores, train, strict=True) if not r["right"]),
                      default=0.0) + 1e-9

    m, th = fit(rows)
    ok = m.predict_proba([_vector(r) for r in rows])[:, 1] >= th
    held = [r for o, r in zip(ok, rows, strict=True) if o]
    print(f"\n=== logistic regression: in-sample confirms {sum(r['right'] for r in held)} "
          f"right, {sum(not r['right'] for r in held)} wrong; "
          f"{sum(r['right'] and set(r['codes']) <= POSITION for r in held)} unflagged")
    tot: Counter[str] = Counter()
    for c in sorted({r["corpus"] for r in rows}):
        train = [r for r in rows if r["corpus"] != c]
        test = [r for r in rows if r["corpus"] == c]
        m, th = fit(train)
        ok = m.predict_proba([_vector(r) for r in test])[:, 1] >= th
        tot.update(right=sum(o and r["right"] for o, r in zip(ok, test, strict=True)),
                   wrong=sum(o and not r["right"] for o, r in zip(ok, test, strict=True)))
    print(f"leave one corpus out: {tot['right']} right, {tot['wrong']} wrong confirmed")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--features", type=Path, help="write the rows here (JSON)")
    ap.add_argument("--rows", type=Path, help="read rows written by --features instead")
    ap.add_argument("--size", type=int, default=3, help="fewest conditions searched up to")
    ap.add_argument("--model", action="store_true", help="also the learned alternative")
    ap.add_argument("--max-size", type=int, default=4, help="... and most (a table each)")
    args = ap.parse_args()
    rows = json.loads(args.rows.read_text()) if args.rows else collect(args.folders)
    if args.features:
        args.features.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    for g in ("A", "B"):
        sub = [r for r in rows if r["group"] == g]
        print(f"group {g}: {len(sub)} replies, {sum(r['right'] for r in sub)} right, "
              f"{sum(not r['right'] for r in sub)} wrong")
    print("yes/no source (right/wrong):", {k: (sum(r['right'] for r in rows if r['yn_src'] == k),
                                              sum(not r['right'] for r in rows
                                                  if r['yn_src'] == k))
                                          for k in sorted({r['yn_src'] for r in rows})})
    print("\nper condition: right / wrong rows it holds for")
    for name, t in CONDITIONS:
        print(f"  {sum(bool(t(r)) and r['right'] for r in rows):4d} / "
              f"{sum(bool(t(r)) and not r['right'] for r in rows):3d}  {name}")
    for size in range(args.size, args.max_size + 1):
        _report(rows, size)
    if args.model:
        _model_report(rows)
    wrong = [r for r in rows if not r["right"]]
    print(f"\nwrong readings ({len(wrong)}), which conditions they fail:")
    for r in wrong:
        fails = [name for name, t in CONDITIONS if not t(r)]
        print(f"  {r['corpus']}/{Path(r['file']).name} {r['wrong_keys']} yn={r['yn_src']}"
              f" par={r['n_par']} ans={r['n_ans']}: fails {len(fails)}")


if __name__ == "__main__":
    main()
