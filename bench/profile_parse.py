"""CPU per reply of the parse (pipeline.parse_message), one process, no store.

    python bench/profile_parse.py                      # ms CPU per body-only reply
    python bench/profile_parse.py --profile 25         # and a cProfile: the top 25 functions
    python bench/profile_parse.py --corpora tests/corpora/*/   # the real-shaped corpora instead
    python bench/profile_parse.py --stages             # and where a reply's time goes, by stage

The replies are the body-only ones of bench/synthetic.py's corpus (the rows where `bench.py`
compares `intake import` with bare mail-parser decoding), parsed with the roster and survey
`bench.py` imports with (the corpus's roster, config.example.toml's survey). With
--corpora: every message of those corpus folders, each with its own roster (and config).

Each number is one pass over all messages in a fresh process, so the parsers' caches start
cold as in a new import's worker and warm up only across different messages, never by
parsing the same one twice; the best of --runs such processes is printed. Next to it, on the
same messages: our decoding alone (intake.decode.decode_message) and bare mail-parser, the
baseline `bench.py` divides by. CPU time (time.process_time): other jobs on the machine
inflate it less than wall time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402


def _jobs(args: argparse.Namespace) -> list[tuple[list[bytes], Any, list[Any]]]:
    """(raw messages, survey, roster) per corpus."""
    from svarsinkorg.config import example_config_path, parse_config
    from svarsinkorg.intake.addresses import normalize_address
    from svarsinkorg.intake.match import RosterEntry
    from svarsinkorg.intake.roster import read_roster

    def roster(csv: Path) -> list[RosterEntry]:
        rows = read_roster(csv).rows
        return [RosterEntry(i, r.name, tuple(normalize_address(e) or e for e in r.emails))
                for i, r in enumerate(rows)]

    def survey(folder: Path | None) -> Any:
        own = folder / "config.toml" if folder else None
        path = own if own and own.exists() else example_config_path()
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        raw["store"] = {"url": "sqlite://"}
        return parse_config(raw, path).survey

    if args.corpora:
        out = []
        for folder in map(Path, args.corpora):
            files = sorted((folder / "messages").glob("*.eml"))
            out.append(([f.read_bytes() for f in files], survey(folder),
                        roster(folder / "roster.csv")))
        return out
    corpus = synthetic.generate(args.size, args.seed)
    files = corpus.files("body")
    if args.limit:
        files = files[: args.limit]
    return [([f.read_bytes() for f in files], survey(None), roster(corpus.roster))]


# The stages of one reply's parse, each the cumulative time of the functions that do it
# (cProfile's cumulative time counts a recursive call once): (label, module path, name).
# Indented labels are parts of the stage above them. A function called from several
# stages is counted in each, so the parts need not add up to their stage.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("parse_message (all)", "pipeline.py", "parse_message"),
    ("decode", "intake/decode.py", "decode_message"),
    ("answers: extract_answers (all)", "parsers/answers.py", "extract_answers"),
    ("  numbering rewrites", "parsers/markers.py", "bare_numbers_as_markers"),
    ("  numbering rewrites", "parsers/markers.py", "sequence_markers_as_numbers"),
    ("  numbering rewrites", "parsers/markers.py", "split_inline_numbering"),
    ("  numbering rewrites", "parsers/markers.py", "tab_table_as_lines"),
    ("  split / quote stripping", "parsers/quotes.py", "split_reply"),
    ("  cues of the own text (interview, attachment, correction)", "parsers/interview.py",
     "wants_interview"),
    ("  cues of the own text (interview, attachment, correction)", "parsers/cues.py",
     "refers_to_attachment"),
    ("  cues of the own text (interview, attachment, correction)", "parsers/cues.py",
     "is_correction"),
    ("  structure: markers and headings (by_markers)", "parsers/markers.py", "by_markers"),
    ("  position / prose fallbacks", "parsers/prose.py", "answers_by_position"),
    ("  position / prose fallbacks", "parsers/prose.py", "about_from_prose"),
    ("  closing cut (trim_closing, only_sign_off)", "parsers/framing.py", "trim_closing"),
    ("  closing cut (trim_closing, only_sign_off)", "parsers/framing.py", "only_sign_off"),
    ("  yes/no (parse_yes_no, yes_no_statement)", "parsers/yes_no.py", "parse_yes_no"),
    ("  yes/no (parse_yes_no, yes_no_statement)", "parsers/yes_no.py", "yes_no_statement"),
    ("  statements / evidence readers", "parsers/answers.py", "_yes_no_from_prose"),
    ("  statements / evidence readers", "parsers/answers.py", "_yes_no_by_number_in_note"),
    ("  statements / evidence readers", "parsers/answers.py", "_position_agrees"),
    ("  answer clean-up (labels, wishes, quoted questions)", "parsers/answers.py",
     "_strip_common_label"),
    ("  answer clean-up (labels, wishes, quoted questions)", "parsers/answers.py",
     "_strip_own_label"),
    ("  answer clean-up (labels, wishes, quoted questions)", "parsers/answers.py",
     "_drop_interview_wishes"),
    ("  answer clean-up (labels, wishes, quoted questions)", "parsers/answers.py",
     "_drop_quoted_questions"),
    ("  self-check (selfcheck.check)", "parsers/selfcheck.py", "check"),
    ("  reply doubts (reply_doubts + _answered_under_note)", "parsers/reply_doubts.py",
     "reply_doubts"),
    ("  reply doubts (reply_doubts + _answered_under_note)", "parsers/answers.py",
     "_answered_under_note"),
    ("own words (text_above_quote)", "parsers/quotes.py", "text_above_quote"),
    ("topic (about_survey, off_topic)", "intake/topic.py", "about_survey"),
    ("topic (about_survey, off_topic)", "intake/topic.py", "off_topic"),
    ("opt-out cue", "parsers/cues.py", "asks_to_opt_out"),
    ("classify", "intake/classify.py", "classify"),
    ("match", "intake/match.py", "match_message"),
    ("also named / maybe from", "intake/match.py", "also_named"),
    ("also named / maybe from", "intake/maybe_from.py", "maybe_from"),
)


def _stage_table(prof: cProfile.Profile, count: int) -> str:
    """ms per message by stage (STAGES) and by module (own time of its functions)."""
    import svarsinkorg

    root = str(Path(svarsinkorg.__file__).resolve().parent) + "/"
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    stage: dict[str, float] = {}
    module: dict[str, float] = {}
    for (path, _line, name), (_cc, _nc, tt, ct, _callers) in stats.items():
        path = path.replace("\\", "/")
        for label, where, fn in STAGES:
            if name == fn and path.endswith("/" + where):
                stage[label] = stage.get(label, 0.0) + ct
        mod = path[len(root):] if path.startswith(root) else (
            "(python, libraries: re, email, rapidfuzz, ...)")
        module[mod] = module.get(mod, 0.0) + tt
    total = stage.get(STAGES[0][0], 0.0) or 1.0
    out = ["--- by stage: cumulative ms per message (one pass, under cProfile) ---"]
    seen: set[str] = set()
    for label, _, _ in STAGES:
        if label not in seen:
            seen.add(label)
            ms = stage.get(label, 0.0) * 1000 / count
            out.append(f"  {label:<62} {ms:7.3f}  {100 * stage.get(label, 0.0) / total:5.1f} %")
    out.append("--- by module: own time, ms per message ---")
    for mod, tt in sorted(module.items(), key=lambda kv: -kv[1])[:25]:
        out.append(f"  {mod:<62} {tt * 1000 / count:7.3f}  {100 * tt / total:5.1f} %")
    return "\n".join(out)


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(args: argparse.Namespace) -> dict[str, Any]:
    """One pass of one measurement over every message, in this (fresh) process."""
    import mailparser

    from svarsinkorg.intake.decode import decode_message
    from svarsinkorg.pipeline import parse_message

    jobs = _jobs(args)
    count = sum(len(raws) for raws, _, _ in jobs)
    # the stage table in CPU time: other jobs on a shared machine inflate wall time unevenly
    prof = (cProfile.Profile(time.process_time) if args.stages else cProfile.Profile()) \
        if args.profile else None
    t0 = time.process_time()
    if prof:
        prof.enable()
    for raws, survey, roster in jobs:
        for raw in raws:
            if args.child == "parse":
                parse_message(raw, survey, roster)
            elif args.child == "decode":
                decode_message(raw)
            else:
                mailparser.parse_from_bytes(raw)
    if prof:
        prof.disable()
    ms = (time.process_time() - t0) * 1000 / count
    out: dict[str, Any] = {"ms": ms, "count": count, "rss_mb": _peak_rss_mb()}
    if prof:
        text = []
        for key in ("cumulative", "tottime"):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(args.profile)
            lines = buf.getvalue().splitlines()
            start = next((i for i, ln in enumerate(lines) if "ncalls" in ln), 0)
            text.append(f"--- sorted by {key} (one pass, under cProfile) ---")
            text.extend(lines[start:])
        out["profile"] = "\n".join(text)
        if args.stages:
            out["profile"] = _stage_table(prof, count)
    return out


def _run(mode: str, argv: list[str], profile: int = 0, stages: bool = False) -> dict[str, Any]:
    cmd = [sys.executable, __file__, *argv, "--child", mode]
    if profile:
        cmd += ["--profile", str(profile)]
    if stages:
        cmd += ["--stages"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1000, help="synthetic corpus size (cached)")
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--limit", type=int, default=0, help="at most this many replies")
    ap.add_argument("--corpora", nargs="+", metavar="FOLDER",
                    help="corpus folders (messages/*.eml, roster.csv) instead of the synthetic")
    ap.add_argument("--runs", type=int, default=3, help="fresh processes per measurement")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also profile one parse pass and print the top N functions")
    ap.add_argument("--stages", action="store_true",
                    help="also profile one parse pass and print its time by stage and module")
    ap.add_argument("--child", choices=("parse", "decode", "bare"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args)))
        return

    argv = [f"--size={args.size}", f"--seed={args.seed}", f"--limit={args.limit}"]
    if args.corpora:
        argv += ["--corpora", *args.corpora]
    results: dict[str, list[float]] = {}
    rss: dict[str, float] = {}
    count = 0
    for mode in ("parse", "decode", "bare"):
        runs = [_run(mode, argv) for _ in range(args.runs)]
        results[mode] = [r["ms"] for r in runs]
        rss[mode] = max(r["rss_mb"] for r in runs)
        count = runs[0]["count"]
    what = ("messages of " + ", ".join(Path(c).name for c in args.corpora) if args.corpora
            else f"body-only replies (synthetic s{args.seed}-n{args.size})")
    print(f"{count} {what}; CPU ms per message, one pass per fresh process, "
          f"best (median) of {args.runs}:")
    labels = {"parse": "parse_message (decode, answers, classify, match)",
              "decode": "decode_message alone",
              "bare": "bare mail-parser (bench.py's baseline)"}
    for mode, label in labels.items():
        ms = results[mode]
        print(f"  {label:<50} {min(ms):7.3f} ({statistics.median(ms):.3f})"
              f"   peak RSS {rss[mode]:.0f} MB")
    parse, bare = min(results["parse"]), min(results["bare"])
    print(f"  parse / bare mail-parser: {parse / bare:.1f}x, so at most ~{bare / parse:.2f} "
          "of bare decoding per core, before the store")
    if args.profile:
        print()
        print(_run("parse", argv, args.profile)["profile"])
    if args.stages:
        print()
        print(_run("parse", argv, 1, stages=True)["profile"])


if __name__ == "__main__":
    main()
