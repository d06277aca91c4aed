"""The first fetch of a folder whose mail the store already holds, without the rest of
bench.py: before/after pairs of a change to the fetch, interleaved on one machine.

    python bench/bench_first_fetch.py --sizes 1000 --runs 3
    python bench/bench_first_fetch.py --sizes 1000 --code /tmp/main-code --runs 3
    python bench/bench_first_fetch.py --sizes 1000 --profile

What a coordinator meets when she imports an mbox or a folder first and then turns on the
nightly fetch, and after every UIDVALIDITY change (a server migration): every UID of the
folder is already in the store and is recorded as a duplicate (from its Message-ID, without
downloading the body). The full-mix synthetic store of each size (bench/synthetic.py, seed
2020, `intake import`) is built once under --stores; each run copies it, fills nothing
(the private Dovecot of tests/dovecot.py holds the same mail in folder NightN) and times
`intake fetch` as the CLI runs it (bench.py's "fetch" child), wall clock and CPU of the
fetching process.

`--code DIR` runs another checkout of the package (DIR holds a `svarsinkorg` folder or
symlink) on its own copy of the same store, alternating with this one run by run."""

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

import bench  # noqa: E402


def build(size: int, stores: Path) -> Path:
    """The full-mix store of SIZE, imported once (as bench.py's import rows do)."""
    from svarsinkorg import service
    from svarsinkorg.config import load_config

    folder = stores / f"first-fetch-s2020-n{size}"
    db = folder / "store.db"
    if (folder / "built.json").exists():
        return db
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    corpus = synthetic.generate(size, 2020)
    cfg = load_config(bench._config(folder, f"sqlite:///{db}"))
    t0 = time.perf_counter()
    service.import_roster(cfg, corpus.roster)
    summary = service.import_paths(cfg, corpus.files())
    info = {"stored": summary.stored, "seconds": round(time.perf_counter() - t0, 1)}
    (folder / "built.json").write_text(json.dumps(info), encoding="utf-8")
    print(f"built {db}: {info}", file=sys.stderr, flush=True)
    return db


def child(args: dict[str, Any]) -> dict[str, Any]:
    import io

    from rich.console import Console

    import svarsinkorg
    from svarsinkorg.cli import fetch_command

    cfg = bench._load_config(args["config"])
    out = io.StringIO()
    prof = None
    if args.get("profile"):
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    code = fetch_command(cfg, quiet=True, out=Console(file=out), err=Console(file=out))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    if prof is not None:
        import pstats

        prof.disable()
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(35)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    return {"seconds": seconds, "cpu": cpu, "code": code, "line": out.getvalue().strip(),
            "module": svarsinkorg.__file__}


def run(code: Path | None, args: dict[str, Any], env: dict[str, str]) -> dict[str, Any]:
    extra = dict(env)
    if code is not None:
        extra["PYTHONPATH"] = str(code)
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(args)],
        capture_output=True, text=True, env={**os.environ, **extra}, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-4000:])
    if args.get("profile"):
        print(proc.stderr, file=sys.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=50, help="imap.batch_size")
    ap.add_argument("--code", type=Path, help="another checkout, run alternately")
    ap.add_argument("--profile", action="store_true", help="cProfile one run of this code")
    ap.add_argument("--stores", type=Path, default=Path(tempfile.gettempdir()))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(json.loads(a.child))))
        return
    dv = bench._dovecot()
    if isinstance(dv, str):
        sys.exit(dv)
    sizes = [int(s) for s in a.sizes.split(",")]
    dbs = {n: build(n, a.stores) for n in sizes}
    root = dv.new_server_root()
    server = dv.Dovecot(root=root, certs=dv.make_certificates(root / "certs"))
    server.write_config()
    work = Path(tempfile.mkdtemp(prefix="svk-first-fetch-"))
    codes: list[tuple[str, Path | None]] = [("this", None)]
    if a.code is not None:
        codes.insert(0, ("other", a.code.resolve()))
    try:
        count: dict[int, int] = {}
        for n in sizes:
            files = synthetic.generate(n, 2020).files()
            count[n] = len(files)
            bench._fill_maildir(server, files, folder=f"Night{n}")
        server.start()
        env = {bench.IMAP_PASSWORD_ENV: server.password}
        for n in sizes:
            imap = server.imap_settings(folders=[f"Night{n}"], batch_size=a.batch)
            results: dict[str, list[dict[str, Any]]] = {label: [] for label, _ in codes}
            for i in range(1 if a.profile else a.runs):
                for label, code in codes if not a.profile else [("this", None)]:
                    d = Path(tempfile.mkdtemp(dir=work))
                    shutil.copy(dbs[n], d / "store.db")
                    cfg = bench._config(d, f"sqlite:///{d / 'store.db'}", imap)
                    r = run(code, {"config": str(cfg), "profile": a.profile}, env)
                    results[label].append(r)
                    load = os.getloadavg()[0]
                    print(f"n={n} run {i + 1} {label}: {r['seconds']:.2f} s wall, "
                          f"{r['cpu']:.2f} s CPU, load {load:.1f} ({r['module']}): "
                          f"{r['line']}", flush=True)
                    shutil.rmtree(d, ignore_errors=True)
            for label, rs in results.items():
                walls = sorted(r["seconds"] for r in rs)
                cpus = sorted(r["cpu"] for r in rs)
                print(f"n={n} {label}: wall {walls[0]:.2f}-{walls[-1]:.2f} s, "
                      f"CPU {cpus[0]:.2f}-{cpus[-1]:.2f} s over {len(rs)} runs; "
                      f"{1000 * walls[0] / count[n]:.2f}-{1000 * walls[-1] / count[n]:.2f} ms wall "
                      f"per UID ({count[n]} UIDs)")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
