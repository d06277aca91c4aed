"""Train, and measure honestly, the line model of `parsers/line_model.py`: is a line at the end
of a reply's own text a closing/signature line, or part of the last answer?

    pip install -e ".[train]"
    python bench/train_line_model.py              # train on TRAIN, write parsers/line_model.json
    python bench/train_line_model.py --measure    # also score rule vs model on the held-out
    python bench/train_line_model.py --measure --heldout /work/heldout4/unseen10 --no-write

Line labels come from the corpora's truth, never by hand: in each reply whose truth has
answers, a line of the own text (quotes stripped as the parser strips them) that holds a
true text answer's words is answer text (0); a line after the last such line is not part of
any answer: a closing (1). Lines between answers (headings, yes/no lines) and above the first
are another decision and left out. scikit-learn's LogisticRegression (liblinear, fixed seed,
standardised features, the scaling then folded into the weights) learns it; the threshold is
the lowest one whose leave-one-corpus-out precision on the training corpora is at least
PRECISION (a line cut wrongly loses answer text, a closing kept is flagged). Inference needs
no scikit-learn: `line_model.LineModel` is a dot product.

Measured apart, on corpora it never saw: line-level precision/recall of the rules alone
(`framing._trim_closing_rules`) against rules + model (`framing.trim_closing`), and the whole
parser's score (bench/score_corpus.py) with the model off and on.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from svarsinkorg.parsers import framing, line_model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from truth_lines import holds_answer, own_lines, replies_with_answers, survey_questions

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "tests" / "corpora"
TRAIN = ("unseen1", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8",
         "clients", "clients2")
HELDOUT = ("unseen9", "clients3")
SEED = 20261206
PRECISION = 0.98


@dataclass
class Example:
    corpus: str
    file: str
    lines: list[str]  # the own text's lines, quoted ones blank
    index: int
    label: int  # 1: a closing, 0: answer text
    questions: tuple[str, ...]
    path: Path  # the message file


def _questions(folder: Path) -> tuple[str, ...]:
    return tuple(q.text for q in survey_questions(folder))


def examples(corpus: Path, *, signature: bool = True) -> list[Example]:
    qtexts = _questions(corpus)
    out: list[Example] = []
    for m, keys in replies_with_answers(corpus):
        raw = (corpus / m["file"]).read_bytes()
        for sig in ((True, False) if signature else (False,)):
            lines = own_lines(raw, len(qtexts), signature=sig)
            inside = [i for i, ln in enumerate(lines)
                      if ln.strip() and holds_answer(lines, i, keys)]
            if inside:
                break
        if not inside:
            continue  # the answers are elsewhere (a forward, an attachment)
        last = inside[-1]
        for i in range(inside[0], len(lines)):
            if not lines[i].strip() or (i < last and i not in inside):
                continue
            out.append(Example(corpus.name, m["file"], lines, i, int(i > last), qtexts,
                               corpus / m["file"]))
    return out


def _fit(xs: list[list[float]], ys: list[int]) -> tuple[list[float], float]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array(xs, dtype=float)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    clf = LogisticRegression(C=1.0, solver="liblinear", random_state=SEED, max_iter=1000)
    clf.fit((x - mean) / std, np.array(ys))
    w = clf.coef_[0] / std
    b = float(clf.intercept_[0] - (clf.coef_[0] * mean / std).sum())
    return [float(v) for v in w], b


def _prob(w: list[float], b: float, feats: list[float]) -> float:
    return line_model.LineModel(tuple(w), b, 0.5).probability(feats)


def _choose_threshold(exs: list[Example], feats: list[list[float]]) -> tuple[float, str]:
    """The lowest threshold with leave-one-corpus-out precision >= PRECISION."""
    scored: list[tuple[float, int]] = []
    for held in sorted({e.corpus for e in exs}):
        tr = [i for i, e in enumerate(exs) if e.corpus != held]
        w, b = _fit([feats[i] for i in tr], [exs[i].label for i in tr])
        scored += [(_prob(w, b, feats[i]), e.label) for i, e in enumerate(exs)
                   if e.corpus == held]
    for t in [x / 100 for x in range(30, 100)]:
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        if tp + fp and tp / (tp + fp) >= PRECISION:
            pos = sum(y for _, y in scored)
            return t, (f"leave-one-corpus-out at {t:.2f}: precision {tp}/{tp + fp},"
                       f" recall {tp}/{pos}")
    return 0.99, "no threshold reached the precision"


def _rule_cut(e: Example, with_model: bool) -> bool:
    """Does the parser's end trimming (rules, or rules + model) drop line e.index when it
    reads the last answer from the first answer line to the end?"""
    first = next(i for i, ln in enumerate(e.lines) if ln.strip())
    block = e.lines[first:]
    old = line_model.ENABLED
    line_model.ENABLED = with_model
    try:
        kept = framing.trim_closing(block, e.questions)
    finally:
        line_model.ENABLED = old
    return e.index - first >= len(kept)


def _rules_drop(e: Example, start: int) -> bool:
    """Do the rules alone drop line e.index of the text above the quote: cut with the
    signature by the quote splitter (`split_reply`), or by the closing trim of the last
    answer, read from the first answer line (START) on as the parser would?"""
    sig = [ln.strip() for ln in e.lines]
    own = [ln.strip() for ln in _own(e.path, len(e.questions))]
    filled = [i for i, ln in enumerate(own) if ln]

    def rank(i: int) -> int:  # line i's place among the filled lines
        return sum(1 for ln in sig[: i + 1] if ln)

    at = rank(e.index)
    if at > len(filled) or own[filled[at - 1]] != sig[e.index]:
        return True  # the quote splitter cut it (or everything from it on)
    first = filled[min(rank(start), len(filled)) - 1]
    trimmed = framing.trim_closing(own[first:])
    return at - rank(start) >= sum(1 for ln in trimmed if ln.strip())


@functools.cache
def _own(path: Path, n_questions: int) -> list[str]:
    return own_lines(path.read_bytes(), n_questions, signature=False)


def _line_scores(exs: list[Example], label: str) -> list[str]:
    out = []
    pos = sum(e.label for e in exs)
    for name, with_model in (("rules", False), ("rules+model", True)):
        # the block from the first answer line on, as the last answer would hold it
        firsts: dict[str, int] = {}
        for e in exs:
            firsts.setdefault(e.corpus + e.file, e.index)
        preds = []
        for e in exs:
            start = firsts[e.corpus + e.file]
            sub = Example(e.corpus, e.file, [""] * start + e.lines[start:], e.index, e.label,
                          e.questions, e.path)
            preds.append(_rule_cut(sub, with_model))
        tp = sum(1 for p, e in zip(preds, exs, strict=True) if p and e.label)
        fp = sum(1 for p, e in zip(preds, exs, strict=True) if p and not e.label)
        out.append(f"  {label:<22} {name:<12} closing lines cut {tp}/{pos}, answer lines cut {fp}"
                   f" (of {len(exs) - pos})")
    return out


def _corpus_scores(folder: Path) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    import score_corpus

    out = []
    for name, on in (("rules", False), ("rules+model", True)):
        line_model.ENABLED = on
        with tempfile.TemporaryDirectory() as tmp:
            cfg = score_corpus.corpus_config(folder, Path(tmp))
            truth = json.loads((folder / "truth.json").read_text("utf-8"))
            s = score_corpus.score_messages(folder, cfg, truth)
            out.append(s.line(f"{folder.name} {name}, per message"))
            if truth.get("associations"):
                a = score_corpus.score_associations(folder, cfg, truth)
                out.append(a.line(f"{folder.name} {name}, per association"))
    line_model.ENABLED = True
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--measure", action="store_true", help="score rule vs model, held out")
    ap.add_argument("--heldout", type=Path, action="append", default=[],
                    help="another held-out corpus folder (repeatable)")
    ap.add_argument("--no-write", action="store_true", help="do not write the model file")
    ap.add_argument("--output", type=Path, default=line_model.MODEL_FILE,
                    help="where to write the model (default: the shipped file)")
    args = ap.parse_args(argv)

    train = [e for c in TRAIN for e in examples(CORPORA / c)]
    feats = [line_model.line_features(e.lines, e.index, e.questions) for e in train]
    threshold, how = _choose_threshold(train, feats)
    w, b = _fit(feats, [e.label for e in train])
    pos = sum(e.label for e in train)
    print(f"training: {len(train)} lines from {len({(e.corpus, e.file) for e in train})} replies"
          f" in {len(TRAIN)} corpora ({pos} closing, {len(train) - pos} answer text)")
    print(f"threshold {threshold:.2f} ({how})")
    for name, wt in sorted(zip(line_model.FEATURES, w, strict=True), key=lambda x: -abs(x[1])):
        print(f"  {name:<18} {wt:+.3f}")
    model: dict[str, Any] = {
        "about": "closing/signature line vs answer text; bench/train_line_model.py",
        "trained_on": list(TRAIN), "examples": len(train), "seed": SEED,
        "features": list(line_model.FEATURES),
        "weights": [round(x, 6) for x in w], "bias": round(b, 6), "threshold": threshold,
    }
    if not args.no_write:
        args.output.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
        line_model.load_model.cache_clear()
        print(f"wrote {args.output}")
    if args.measure:
        folders = [CORPORA / c for c in HELDOUT] + list(args.heldout)
        print("held out, line level, every line to the end (signatures in): the rules alone"
              " (quote splitter's signature cut, then the closing trim) vs the model alone:")
        for f in folders:
            exs = examples(f)
            pos = sum(e.label for e in exs)
            starts: dict[Path, int] = {}
            for e in exs:
                starts.setdefault(e.path, e.index)
            rules = [_rules_drop(e, starts[e.path]) for e in exs]
            ps = [(line_model.closing_probability(e.lines, e.index, e.questions) or 0.0)
                  >= threshold for e in exs]
            for name, preds in (("rules", rules), ("model", ps)):
                tp = sum(1 for p, e in zip(preds, exs, strict=True) if p and e.label)
                fp = sum(1 for p, e in zip(preds, exs, strict=True) if p and not e.label)
                print(f"  {f.name:<22} {name:<12} closing lines found {tp}/{pos}, answer lines"
                      f" taken {fp} (of {len(exs) - pos})")
        print("held out, line level: the end of the last answer as the parser trims it"
              " (quote splitter's signatures gone):")
        for f in folders:
            print("\n".join(_line_scores(examples(f, signature=False), f.name)))
        print("held out, the whole parser (bench/score_corpus.py):")
        for f in folders:
            print("\n".join(_corpus_scores(f)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
