"""Where an `intake import`'s CPU goes, per message: the parse workers and the writer.

    python bench/profile_import.py                  # body-only replies of the 1,000 corpus
    python bench/profile_import.py --runs 5         # best (least total CPU) of 5 fresh runs
    python bench/profile_import.py --profile 25     # and a cProfile of the writer's thread
    python bench/profile_import.py --kind all       # the full mix instead

Each run is `service.import_paths` into a new SQLite store (roster imported first), in a
fresh process, as `bench.py`'s import row does. CPU time, split:

* workers: the parse itself (`parse_message`, timed inside the worker) and the rest of the
  worker's CPU (unpickling the raw bytes, pickling the ParsedMessage, the queues);
* writer, main thread: reading the sources and computing the store keys, the existence
  queries, writing the batches (`_write_batch`: rows, INSERT, commit), and what is left
  (the pool's submit/result bookkeeping);
* writer, other threads: the batch writes since round 8 (a writer thread), and the
  executor's manager and queue-feeder threads (pickling the
  tasks, unpickling the results);
* the fixed cost of the call: importing the pipeline and building the parser (timed apart,
  before the call; `bench.py` times it inside).

Numbers are ms of CPU per stored message; other jobs on the machine inflate CPU time less
than wall time, but the load average is printed too.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
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


def _rusage_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def child(args: argparse.Namespace) -> dict[str, Any]:
    import bench  # _config: the config bench.py imports with
    from svarsinkorg.config import load_config

    corpus = synthetic.generate(args.size, args.seed)
    files = corpus.files("body" if args.kind == "body" else None)
    work = Path(tempfile.mkdtemp(prefix="svk-profimp-"))
    try:
        cfg = load_config(bench._config(work, f"sqlite:///{work / 'store.db'}"))
        from svarsinkorg import service

        service.import_roster(cfg, corpus.roster)

        t0 = time.process_time()
        from svarsinkorg import parallel, pipeline

        pipeline.make_parser(cfg)
        fixed = time.process_time() - t0

        acc: dict[str, float] = {}

        def timed(name: str, fn: Any) -> Any:
            def wrapper(*a: Any, **kw: Any) -> Any:
                s = time.thread_time()
                try:
                    return fn(*a, **kw)
                finally:
                    acc[name] = acc.get(name, 0.0) + time.thread_time() - s
            return wrapper

        def timed_gen(name: str, gen_fn: Any) -> Any:
            def wrapper(*a: Any, **kw: Any) -> Any:
                it = gen_fn(*a, **kw)
                while True:
                    s = time.thread_time()
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                    finally:
                        acc[name] = acc.get(name, 0.0) + time.thread_time() - s
                    yield item
            return wrapper

        from svarsinkorg.intake import sources
        from svarsinkorg.store import bulk

        sources.iter_sources = timed_gen("read", sources.iter_sources)
        service.message_key = timed("key", service.message_key)
        service.stored_dates = timed("exists", service.stored_dates)
        service._new_messages = timed_gen("sources", service._new_messages)
        # round 8: the batches are written by a thread of their own (service._BatchWriter)
        threaded = hasattr(service, "_store_batch")
        if threaded:
            service._store_batch = timed("write", service._store_batch)
        else:
            service._write_batch = timed("write", service._write_batch)
        bulk._row = timed("rows", bulk._row)

        # The workers time their own parse and leave the sum in a file at exit.
        real_make = pipeline.make_parser
        spool = work / "workers"
        spool.mkdir()

        def make_parser(config: Any) -> Any:
            parse = real_make(config)
            state = {"pid": 0, "cpu": 0.0, "n": 0}

            def dump() -> None:
                (spool / str(os.getpid())).write_text(json.dumps(
                    {"parse": state["cpu"], "n": state["n"], "total": time.process_time()}))

            def wrapped(raw: bytes, roster: Any) -> Any:
                if state["pid"] != os.getpid():  # first message in this (forked) worker
                    from multiprocessing.util import Finalize

                    state.update(pid=os.getpid(), cpu=0.0, n=0)
                    Finalize(None, dump, exitpriority=100)
                s = time.process_time()
                try:
                    return parse(raw, roster)
                finally:
                    state["cpu"] += time.process_time() - s
                    state["n"] += 1
            return wrapped

        pipeline.make_parser = make_parser

        prof = cProfile.Profile() if args.profile else None
        c0, w0, m0, p0 = (_rusage_children(), time.perf_counter(), time.thread_time(),
                          time.process_time())
        if prof:
            prof.enable()
        summary = service.import_paths(cfg, files)
        if prof:
            prof.disable()
        wall = time.perf_counter() - w0
        main_thread = time.thread_time() - m0
        writer = time.process_time() - p0
        workers_total = _rusage_children() - c0
        dumps = [json.loads(p.read_text()) for p in spool.iterdir()]
        out: dict[str, Any] = {
            "stored": summary.stored, "wall": wall, "fixed": fixed, "writer": writer,
            "main": main_thread, "acc": acc, "workers_total": workers_total,
            "worker_parse": sum(d["parse"] for d in dumps),
            "worker_n": sum(d["n"] for d in dumps), "workers": len(dumps),
            "pool": parallel.worker_count(), "threaded": threaded,
        }
        if prof:
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime").print_stats(
                args.profile)
            out["profile"] = buf.getvalue()
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_child(script: str, argv: list[str]) -> dict[str, Any]:
    """SCRIPT run again with ARGV and --child in a fresh process: its last line's JSON."""
    done = subprocess.run([sys.executable, script, *argv, "--child"], capture_output=True,
                          text=True, check=False)
    if done.returncode:
        raise SystemExit(done.stderr[-4000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1000, help="synthetic corpus size (cached)")
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--kind", choices=("body", "all"), default="body")
    ap.add_argument("--runs", type=int, default=3, help="fresh processes; the best is shown")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="cProfile the writer's main thread in one more run: top N by tottime")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args)))
        return
    argv = [f"--size={args.size}", f"--seed={args.seed}", f"--kind={args.kind}"]
    load0 = os.getloadavg()
    runs = [run_child(__file__, argv) for _ in range(args.runs)]
    load1 = os.getloadavg()
    best = min(runs, key=lambda r: r["writer"] + r["workers_total"])
    n = best["stored"]

    def ms(sec: float) -> str:
        return f"{sec * 1000 / n:7.3f}"

    acc = best["acc"]
    sources_other = acc.get("sources", 0) - acc.get("read", 0) - acc.get("key", 0) \
        - acc.get("exists", 0)
    # the batch writes: in the main thread before round 8, in a writer thread since
    in_main = 0 if best.get("threaded") else acc.get("write", 0)
    main_rest = best["main"] - acc.get("sources", 0) - in_main
    threads = best["writer"] - best["main"] - (acc.get("write", 0) - in_main)
    worker_rest = best["workers_total"] - best["worker_parse"]
    total = best["writer"] + best["workers_total"]
    print(f"`import_paths`, {n} messages ({args.kind}, synthetic s{args.seed}-n{args.size}), "
          f"{best['pool']} parse workers; best of {args.runs} by total CPU; "
          f"load average {load0[0]:.2f} -> {load1[0]:.2f}")
    print("CPU ms per stored message:")
    rows = [
        ("workers: parse_message", best["worker_parse"]),
        ("workers: the rest (unpickle raw, pickle result, queues)", worker_rest),
        ("writer main thread: reading the sources", acc.get("read", 0)),
        ("writer main thread: store keys (message_key)", acc.get("key", 0)),
        ("writer main thread: existence queries", acc.get("exists", 0)),
        ("writer main thread: the rest of _new_messages (sessions)", sources_other),
        ("writer process: the batch writes (rows, INSERT, commit)"
         + (" [own thread]" if best.get("threaded") else ""), acc.get("write", 0)),
        ("  of which building the rows (_row)", acc.get("rows", 0)),
        ("writer main thread: pool bookkeeping, the loop", main_rest),
        ("writer executor threads (pickle tasks, unpickle results)", threads),
    ]
    for label, sec in rows:
        print(f"  {label:<60} {ms(sec)}")
    print(f"  {'writer process, all':<60} {ms(best['writer'])}")
    print(f"  {'workers, all':<60} {ms(best['workers_total'])}")
    print(f"  {'total (writer + workers)':<60} {ms(total)}")
    print(f"  fixed cost of the call (import pipeline, make_parser): {best['fixed']:.3f} s CPU")
    print(f"  wall {best['wall']:.2f} s: {n / best['wall']:.0f} msg/s; "
          f"CPU / wall {total / best['wall']:.2f} cores")
    print("  all runs, total ms/msg: " + ", ".join(
        f"{(r['writer'] + r['workers_total']) * 1000 / r['stored']:.2f}" for r in runs))
    if args.profile:
        print()
        print(run_child(__file__, [*argv, f"--profile={args.profile}"])["profile"])


if __name__ == "__main__":
    main()
