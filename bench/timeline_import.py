"""Where an `intake import`'s WALL time goes: a timeline of the importing process and the
parse workers, and whether both cores are kept busy.

    python bench/timeline_import.py                 # body-only replies of the 1,000 corpus
    python bench/timeline_import.py --runs 3        # three fresh runs, each summarised
    python bench/timeline_import.py --kind all      # the full mix

`bench/profile_import.py` splits the CPU an import spends; this splits its wall time. Each
run is `service.import_paths` into a new SQLite store (roster imported first) in a fresh
process, timed from the call as `bench.py`'s import row times it (the pipeline's import
and `make_parser` included: nothing is imported ahead). The importing process records the
wall and CPU time of each step of its main thread (reading the sources, store keys,
existence queries, waiting for a parse result, submitting a task, writing a batch: its
rows, the INSERT, the commit); each worker records each message's parse (wall and CPU,
split into decode, extract, classify, match and the rest) and each task (from the moment
the worker has the task's bytes until it hands back the list of results). Every clock is
CLOCK_MONOTONIC, shared by the processes.

Printed per run: the call's wall time from start to the first task, while parsing, and
after the last result; the main thread's wall and CPU per step; the workers' parse wall
and CPU per stage (wall above CPU: the core was taken by another job); and over the
parsing span, the share of time 0, 1 or 2 workers were parsing, with what the main
thread was doing while fewer than two were.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402
from profile_import import run_child  # noqa: E402

STAGES = ("decode", "extract", "classify", "match", "also_named", "maybe_from")


def child(args: argparse.Namespace) -> dict[str, Any]:
    import bench
    from svarsinkorg.config import load_config

    corpus = synthetic.generate(args.size, args.seed)
    files = corpus.files("body" if args.kind == "body" else None)
    work = Path(tempfile.mkdtemp(prefix="svk-timeline-"))
    try:
        cfg = load_config(bench._config(work, f"sqlite:///{work / 'store.db'}"))
        from svarsinkorg import service

        service.import_roster(cfg, corpus.roster)
        main_ev: list[tuple[str, float, float, float]] = []  # step, wall start, end, cpu

        import threading

        def timed(name: str, fn: Any) -> Any:
            def wrapper(*a: Any, **kw: Any) -> Any:
                w, c = time.perf_counter(), time.thread_time()
                try:
                    return fn(*a, **kw)
                finally:
                    # the import's writer thread (round 8) apart from the main thread
                    tag = "" if threading.current_thread() is threading.main_thread() \
                        else "thread:"
                    main_ev.append((tag + name, w, time.perf_counter(),
                                    time.thread_time() - c))
            return wrapper

        def timed_gen(name: str, gen_fn: Any) -> Any:
            def wrapper(*a: Any, **kw: Any) -> Any:
                it = gen_fn(*a, **kw)
                while True:
                    w, c = time.perf_counter(), time.thread_time()
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                    finally:
                        main_ev.append((name, w, time.perf_counter(), time.thread_time() - c))
                    yield item
            return wrapper

        # The modules are patched where the import finds them, without importing the
        # pipeline ahead (its import is part of the call's wall time): a meta-path hook
        # patches each as it is first imported.
        spool = work / "workers"
        spool.mkdir()
        worker: dict[str, Any] = {"pid": 0, "msgs": [], "tasks": []}

        def worker_state() -> dict[str, Any]:
            if worker["pid"] != os.getpid():  # first call in this (forked) worker
                from multiprocessing.util import Finalize

                worker.update(pid=os.getpid(), msgs=[], tasks=[])

                def dump() -> None:
                    (spool / str(os.getpid())).write_text(json.dumps(
                        {"msgs": worker["msgs"], "tasks": worker["tasks"],
                         "cpu": time.process_time()}))
                Finalize(None, dump, exitpriority=100)
            return worker

        stage_acc: dict[str, list[float]] = {}

        def stage(name: str, fn: Any) -> Any:
            def wrapper(*a: Any, **kw: Any) -> Any:
                w, c = time.perf_counter(), time.process_time()
                try:
                    return fn(*a, **kw)
                finally:
                    got = stage_acc.setdefault(name, [0.0, 0.0])
                    got[0] += time.perf_counter() - w
                    got[1] += time.process_time() - c
            return wrapper

        def patch_pipeline(pipeline: Any) -> None:
            pipeline.decode_message = stage("decode", pipeline.decode_message)
            pipeline._extract_all = stage("extract", pipeline._extract_all)
            pipeline.classify = stage("classify", pipeline.classify)
            pipeline.match_message = stage("match", pipeline.match_message)
            pipeline.also_named = stage("also_named", pipeline.also_named)
            pipeline.maybe_from = stage("maybe_from", pipeline.maybe_from)
            real_parse_message = pipeline.parse_message

            def parse_message(*a: Any, **kw: Any) -> Any:
                st = worker_state()
                stage_acc.clear()
                w, c = time.perf_counter(), time.process_time()
                try:
                    return real_parse_message(*a, **kw)
                finally:
                    st["msgs"].append((w, time.perf_counter(), time.process_time() - c,
                                       {k: v[:] for k, v in stage_acc.items()}))
            pipeline.parse_message = parse_message

        def patch_parallel(parallel: Any) -> None:
            real_many = parallel._work_many

            def work_many(job: int, raws: list[bytes]) -> Any:
                st = worker_state()
                w, c = time.perf_counter(), time.process_time()
                try:
                    return real_many(job, raws)
                finally:
                    st["tasks"].append((w, time.perf_counter(), time.process_time() - c,
                                        len(raws), sum(len(r) for r in raws)))
            # pickled by reference: it must be found under the real one's name
            work_many.__module__, work_many.__qualname__ = parallel.__name__, "_work_many"
            parallel._work_many = work_many
            parallel.Handle.result = timed("wait", parallel.Handle.result)
            parallel.ParsePool._submit_task = timed("submit", parallel.ParsePool._submit_task)
            parallel.ParsePool._new_executor = timed("fork", parallel.ParsePool._new_executor)
            parallel.ParsePool.close = timed("close", parallel.ParsePool.close)

        def patch_sources(sources: Any) -> None:
            sources.iter_sources = timed_gen("read", sources.iter_sources)

        def patch_bulk(bulk: Any) -> None:
            bulk._row = timed("rows", bulk._row)

        import importlib.abc
        import importlib.util

        patches = {"svarsinkorg.pipeline": patch_pipeline, "svarsinkorg.parallel":
                   patch_parallel, "svarsinkorg.intake.sources": patch_sources}

        class Hook(importlib.abc.MetaPathFinder):
            def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
                if name not in patches:
                    return None
                sys.meta_path.remove(self)
                try:
                    spec = importlib.util.find_spec(name)
                finally:
                    sys.meta_path.insert(0, self)
                assert spec is not None and spec.loader is not None
                loader = spec.loader
                real_exec = loader.exec_module

                def exec_module(module: Any) -> None:
                    real_exec(module)
                    patches[name](module)
                loader.exec_module = exec_module  # type: ignore[method-assign]
                return spec

        for name, fn in patches.items():
            if name in sys.modules:
                fn(sys.modules[name])
        sys.meta_path.insert(0, Hook())
        from svarsinkorg.store import bulk

        patch_bulk(bulk)
        service.message_key = timed("key", service.message_key)
        service.open_store = timed("open", service.open_store)
        service.roster = timed("roster", service.roster)
        import svarsinkorg.store.db as db

        db.Store.close = timed("close_store", db.Store.close)
        service.stored_dates = timed("exists", service.stored_dates)
        service.insert_messages = timed("insert", service.insert_messages)
        if hasattr(service, "_store_batch"):  # round 8: written by a thread of its own
            service._store_batch = timed("write", service._store_batch)
            service._BatchWriter.put = timed("hand", service._BatchWriter.put)
        else:
            service._write_batch = timed("write", service._write_batch)

        w0, c0, m0 = time.perf_counter(), time.process_time(), time.thread_time()
        summary = service.import_paths(cfg, files)
        w1, c1, m1 = time.perf_counter(), time.process_time(), time.thread_time()
        dumps = [json.loads(p.read_text()) for p in spool.iterdir()]
        return {"stored": summary.stored, "t0": w0, "t1": w1, "cpu": c1 - c0,
                "main_cpu": m1 - m0, "main": main_ev, "workers": dumps,
                "load": os.getloadavg()[0]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _union(spans: list[tuple[float, float]]) -> float:
    total, end = 0.0, float("-inf")
    for a, b in sorted(spans):
        if b <= end:
            continue
        total += b - max(a, end)
        end = b
    return total


def summarise(r: dict[str, Any]) -> None:
    t0, t1, n = r["t0"], r["t1"], r["stored"]
    wall = t1 - t0
    tasks = [t for d in r["workers"] for t in d["tasks"]]
    msgs = [m for d in r["workers"] for m in d["msgs"]]
    first = min(t[0] for t in tasks)
    last = max(t[1] for t in tasks)
    print(f"{n} messages, wall {wall:.2f} s ({n / wall:.0f} msg/s), load {r['load']:.1f}; "
          f"CPU: importing process {r['cpu']:.2f} s (main thread {r['main_cpu']:.2f}), "
          f"workers {sum(d['cpu'] for d in r['workers']):.2f} s")
    print(f"  call -> first task in a worker {first - t0:.2f} s; parsing span "
          f"{last - first:.2f} s; last task -> call returns {t1 - last:.2f} s")
    steps: dict[str, list[float]] = {}
    for name, a, b, cpu in r["main"]:
        got = steps.setdefault(name, [0.0, 0.0, 0])
        got[0] += b - a
        got[1] += cpu
        got[2] += 1
    print("  main thread, wall / CPU s (calls):")
    first_step = min(a for _n, a, _b, _c in r["main"])
    print(f"  call -> first step of the main thread {first_step - t0:.2f} s (the pipeline's "
          "import, make_parser)")
    for name in ("open", "roster", "read", "key", "exists", "fork", "submit", "wait", "hand",
                 "write", "insert", "rows", "close", "close_store", "thread:write",
                 "thread:insert", "thread:rows"):
        if name in steps:
            w, c, k = steps[name]
            print(f"    {name:<8} {w:6.2f} / {c:5.2f} ({k})")
    outside = sum(v[0] for k, v in steps.items()
                  if k not in ("insert", "rows", "fork") and not k.startswith("thread:")) \
        + first_step - t0
    print(f"    other    {wall - outside:6.2f} (the loop, the rest)")
    # per worker
    print("  workers: per worker, tasks, parse wall / CPU s, task wall, idle in span:")
    for d in r["workers"]:
        pw = sum(m[1] - m[0] for m in d["msgs"])
        pc = sum(m[2] for m in d["msgs"])
        tw = sum(t[1] - t[0] for t in d["tasks"])
        a = min(t[0] for t in d["tasks"])
        b = max(t[1] for t in d["tasks"])
        print(f"    {len(d['tasks'])} tasks, {len(d['msgs'])} msgs: parse {pw:.2f} / {pc:.2f}, "
              f"tasks {tw:.2f}, own span {b - a:.2f}, between tasks {b - a - tw:.2f}")
    st: dict[str, list[float]] = {}
    for m in msgs:
        for k, v in m[3].items():
            got = st.setdefault(k, [0.0, 0.0])
            got[0] += v[0]
            got[1] += v[1]
    pw = sum(m[1] - m[0] for m in msgs)
    pc = sum(m[2] for m in msgs)
    print(f"  parse per message, wall / CPU ms: all {pw * 1000 / n:.2f} / {pc * 1000 / n:.2f}; "
          + "; ".join(f"{k} {v[0] * 1000 / n:.2f} / {v[1] * 1000 / n:.2f}"
                      for k, v in st.items()))
    # concurrency over [t0, t1]: how many workers are inside a task at each moment
    marks: list[tuple[float, int]] = []
    for t in tasks:
        marks += [(t[0], 1), (t[1], -1)]
    marks.sort()
    busy = {0: 0.0, 1: 0.0, 2: 0.0}
    cur, at = 0, t0
    spans_lt2: list[tuple[float, float]] = []
    for x, dlt in [*marks, (t1, 0)]:
        if x > at:
            busy[min(cur, 2)] = busy.get(min(cur, 2), 0.0) + x - at
            if cur < 2:
                spans_lt2.append((at, x))
        cur += dlt
        at = max(at, x)
    print("  over the whole call: 0 / 1 / 2 workers in a task: "
          + " / ".join(f"{busy[k]:.2f} s" for k in (0, 1, 2))
          + f"  (worker-seconds idle {2 * wall - sum(t[1] - t[0] for t in tasks):.2f})")
    # what main does during < 2 busy, weighted by missing workers
    inside: dict[str, float] = {}
    for name, a, b, _cpu in r["main"]:
        if name in ("insert", "rows", "read", "key", "exists") or name.startswith("thread:"):
            continue
        for s0, s1 in spans_lt2:
            ov = min(b, s1) - max(a, s0)
            if ov > 0:
                inside[name] = inside.get(name, 0.0) + ov
    print("  while fewer than 2 workers were in a task, the main thread was in: "
          + ", ".join(f"{k} {v:.2f} s" for k, v in sorted(inside.items(), key=lambda kv: -kv[1])))
    sz = [t[4] / t[3] for t in tasks]
    print(f"  tasks {len(tasks)}, {len(msgs) / len(tasks):.1f} msgs each, "
          f"{sum(sz) / len(sz) / 1024:.1f} KiB raw per message")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1000, help="synthetic corpus size (cached)")
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--kind", choices=("body", "all"), default="body")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--json", metavar="FILE", help="also write the raw timelines here")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args)))
        return
    argv = [f"--size={args.size}", f"--seed={args.seed}", f"--kind={args.kind}"]
    runs = []
    for _ in range(args.runs):
        r = run_child(__file__, argv)
        runs.append(r)
        summarise(r)
    if args.json:
        Path(args.json).write_text(json.dumps(runs))


if __name__ == "__main__":
    main()
