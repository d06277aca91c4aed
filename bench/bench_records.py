"""Records and exports on a large store, without the rest of bench.py.

    python bench/bench_records.py --sizes 1000,10000          # build (cached) and time
    python bench/bench_records.py --sizes 10000 --profile     # and where the time goes

Builds the full-mix synthetic store of each size once (bench/synthetic.py, seed 2020;
`intake import` of roster and mail, then a few hundred corrections of every kind so the
correction paths are read too) and keeps it under --stores (default: the system's temp
folder), so a second run only times. Each timing runs in a fresh child process on a copy
of the store, best of --runs warm, wall clock and the process's CPU time (steadier on a
shared machine: it leaves out waiting for a core): records (`service.survey_state`: what
`intake status`, the report and the pages read), then `intake export` as JSON, CSV, XLSX.

`--code DIR` times another checkout of the package (DIR holds a `svarsinkorg` folder,
e.g. `git archive main --prefix=svarsinkorg/ | tar -x -C DIR`) on its own copy of the
same store: the before and after of a change, side by side on the same machine."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402


def _config(folder: Path, db: Path) -> Path:
    from svarsinkorg.config import example_config_path

    text = example_config_path().read_text(encoding="utf-8")
    text = text.replace('url = "sqlite:///intake.db"', f'url = "sqlite:///{db}"')
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _corrections(cfg: Any) -> int:
    """Every kind of correction, on a fixed share of the store: what a busy review leaves."""
    from sqlalchemy import select

    from svarsinkorg import service
    from svarsinkorg.store.models import Association, Message

    n = 0
    with service.store_session(cfg) as s:
        assocs = list(s.scalars(select(Association.name).order_by(Association.id)))
        unmatched = list(s.scalars(select(Message.id).where(Message.association_id.is_(None))
                                   .order_by(Message.id)))
    for i, name in enumerate(assocs):
        if i % 7 == 0:
            service.approve(cfg, name, author="bench")
            n += 1
        if i % 11 == 0:
            service.set_value(cfg, name, "how", f"Med hand: svar {i}", author="bench")
            n += 1
        if i % 13 == 0:
            service.set_value(cfg, name, "works_against_segregation", "ja", author="bench")
            n += 1
        if i % 29 == 0:
            service.set_value(cfg, name, "status", "late", author="bench")
            n += 1
    for j, mid in enumerate(unmatched[:200]):
        target = "none" if j % 5 == 0 else assocs[j % len(assocs)]
        service.assign(cfg, str(mid), target, author="bench")
        n += 1
    return n


def build(size: int, stores: Path) -> Path:
    """The store of SIZE, built once: import (as bench.py does), then corrections."""
    from svarsinkorg import service
    from svarsinkorg.config import load_config

    folder = stores / f"records-s2020-n{size}"
    db = folder / "store.db"
    done = folder / "built.json"
    if done.exists():
        return db
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    corpus = synthetic.generate(size, 2020)
    cfg = load_config(_config(folder, db))
    t0 = time.perf_counter()
    service.import_roster(cfg, corpus.roster)
    summary = service.import_paths(cfg, corpus.files())
    fixes = _corrections(cfg)
    info = {"stored": summary.stored, "corrections": fixes,
            "seconds": round(time.perf_counter() - t0, 1)}
    done.write_text(json.dumps(info), encoding="utf-8")
    print(f"built {db}: {info}", file=sys.stderr, flush=True)
    return db


def child(args: dict[str, Any]) -> dict[str, Any]:
    from svarsinkorg import service
    from svarsinkorg.config import load_config

    cfg = load_config(args["config"])
    out = Path(args["out"])
    if args.get("profile"):
        import cProfile
        import pstats

        service.survey_state(cfg)
        prof = cProfile.Profile()
        prof.enable()
        service.survey_state(cfg)
        prof.disable()
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    times: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for what in ("state", "json", "csv", "xlsx"):
        best = best_cpu = float("inf")
        for _ in range(args["runs"]):
            t0, c0 = time.perf_counter(), time.process_time()
            if what == "state":
                state = service.survey_state(cfg)
            else:
                service.export(cfg, what, out / f"export.{what}")
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        times[what], cpu[what] = best, best_cpu
    return {"times": times, "cpu": cpu, "associations": len(state.associations),
            "module": service.__file__, "digest": digest(state)}


def digest(state: Any) -> str:
    """A fingerprint of every value of every record, message summary and review entry:
    two checkouts that derive the same records print the same digest."""
    import dataclasses
    import hashlib

    dump = json.dumps(dataclasses.asdict(state), sort_keys=True, default=repr)
    return hashlib.sha256(dump.encode()).hexdigest()[:16]


def run(db: Path, code: str | None, runs: int, profile: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="svk-records-") as tmp:
        d = Path(tmp)
        shutil.copy(db, d / "store.db")  # a migration of one code never meets the other
        cfg = _config(d, d / "store.db")
        env = dict(os.environ)
        if code:
            env["PYTHONPATH"] = os.pathsep.join([code, env.get("PYTHONPATH", "")])
        arg = json.dumps({"config": str(cfg), "out": tmp, "runs": runs, "profile": profile})
        proc = subprocess.run([sys.executable, __file__, "--child", arg], env=env,
                              capture_output=True, text=True, timeout=3600)
        if profile:
            print(proc.stderr, file=sys.stderr)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-4000:])
        return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--stores", type=Path, default=Path(tempfile.gettempdir()) / "svk-bench")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--code", action="append", default=[],
                    help="another checkout to time beside this one (repeatable)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    for n in (int(s) for s in args.sizes.split(",")):
        db = build(n, args.stores)
        for code in [None, *args.code]:
            r = run(db, code, args.runs, args.profile)
            t, c = r["times"], r["cpu"]
            print(f"n={n} {code or 'this checkout':20s} " + "  ".join(
                f"{what} {t[key]:.3f} s (cpu {c[key]:.3f})" for what, key in (
                    ("records", "state"), ("json", "json"), ("csv", "csv"), ("xlsx", "xlsx")))
                  + "  "
                  f"({r['associations']} associations; digest {r['digest']}; "
                  f"load {os.getloadavg()[0]:.2f})",
                  flush=True)


if __name__ == "__main__":
    main()
