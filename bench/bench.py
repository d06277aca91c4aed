"""Speed and scale of svarsinkorg against the bare libraries it is built on.

    python bench/bench.py                      # sizes 1000 and 10000 (takes a while)
    python bench/bench.py --sizes 1000         # one size
    python bench/bench.py --quick              # 150 messages, small samples: a ~1 min smoke run
    python bench/bench.py --quick --sizes 50   # the same on a tinier inbox
    python bench/bench.py --output docs/performance-table.md

Each measurement runs in a fresh child process, side by side with its baseline on the
same files:

* `intake import` (service.import_paths into a new SQLite store) against decoding the
  same messages with mail-parser and nothing else; body-only replies and the full mix;
* per attachment kind, our reader (read_attachment: sniffing, zip checks, the worker
  process) against the bare library call (python-docx, pdfplumber, openpyxl);
* `intake fetch` from a private Dovecot (tests/dovecot.py) against a bare imapclient
  loop FETCHing the same messages in the same batches;
* the first fetch of a folder the store already holds (every UID recorded as a duplicate,
  no body downloaded), in ms per UID; then quiet nights: `intake fetch` with nothing new
  on that folder of N messages;
* peak RSS (VmHWM) of the importing process for every size, and of its largest child;
* `intake reparse` of the whole full-mix store, then records (`service.survey_state`) and
  each export format on it, timed;
* command start-up (best of 7, wall and CPU): `intake status --help` and the imports of a
  quiet-night fetch, next to `python -c pass`; the quiet-night rows also time the whole
  `intake fetch --quiet` command (best of 5).

The corpus comes from bench/synthetic.py (seeded, cached under bench/corpus/).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
# dovecot.py: the private IMAP server of the tests. Appended, not prepended: tests/ has a
# corpus.py of its own, and bench's modules must win (synthetic.py is named apart anyway).
sys.path.append(str(REPO / "tests"))

import synthetic  # noqa: E402

IMAP_PASSWORD_ENV = "INTAKE_TEST_IMAP_PASSWORD"


# --- children: one measurement each, JSON on the last line of stdout ---------------------


def _vmhwm_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _load_config(path: str) -> Any:
    from svarsinkorg.config import load_config

    return load_config(path)


def child_import(args: dict[str, Any]) -> dict[str, Any]:
    from svarsinkorg import service
    from svarsinkorg.parsers.attachments import shutdown

    cfg = _load_config(args["config"])
    service.import_roster(cfg, Path(args["roster"]))
    files = [Path(p) for p in Path(args["files"]).read_text().splitlines()]
    start_rss = _vmhwm_kb()
    t0 = time.perf_counter()
    summary = service.import_paths(cfg, files)
    seconds = time.perf_counter() - t0
    rss = _vmhwm_kb()
    shutdown()  # the attachment worker: its peak shows in RUSAGE_CHILDREN
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": seconds, "stored": summary.stored, "seen": summary.seen,
            "failed": summary.failed, "by_kind": summary.by_kind, "rss_kb": rss,
            "rss_start_kb": start_rss, "worker_rss_kb": worker}


def child_decode(args: dict[str, Any]) -> dict[str, Any]:
    import mailparser

    files = [Path(p) for p in Path(args["files"]).read_text().splitlines()]
    t0 = time.perf_counter()
    for f in files:
        mailparser.parse_from_bytes(f.read_bytes())
    return {"seconds": time.perf_counter() - t0, "count": len(files), "rss_kb": _vmhwm_kb()}


def _bare_docx(data: bytes) -> str:
    import io

    from docx import Document

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def _bare_pdf(data: bytes) -> str:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _bare_xlsx(data: bytes) -> str:
    import io

    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


BARE = {"docx": _bare_docx, "pdf": _bare_pdf, "xlsx": _bare_xlsx}


def child_attachments(args: dict[str, Any]) -> dict[str, Any]:
    """Interleaved per file: bare call, our reader in-process, our reader via the worker.
    One warm-up call of each first (imports, worker start)."""
    from svarsinkorg.config import Limits
    from svarsinkorg.parsers.attachments import (
        read_attachment,
        read_attachment_in_process,
        shutdown,
    )

    kind = args["kind"]
    files = [Path(p) for p in Path(args["files"]).read_text().splitlines()]
    limits = Limits()
    bare = BARE[kind]
    ctype = synthetic.ATTACHMENT_MAKERS[kind][1]
    datas = [f.read_bytes() for f in files]
    name = f"svar.{kind}"
    bare(datas[0])
    read_attachment(name, ctype, datas[0], limits)
    read_attachment_in_process(name, ctype, datas[0], limits)
    totals = {"bare": 0.0, "ours": 0.0, "ours_in_process": 0.0}
    empty = 0
    for data in datas:
        t0 = time.perf_counter()
        bare(data)
        t1 = time.perf_counter()
        got = read_attachment(name, ctype, data, limits)
        t2 = time.perf_counter()
        read_attachment_in_process(name, ctype, data, limits)
        t3 = time.perf_counter()
        totals["bare"] += t1 - t0
        totals["ours"] += t2 - t1
        totals["ours_in_process"] += t3 - t2
        empty += not got.text
    shutdown()
    return {"count": len(datas), "unread": empty, **totals}


def child_fetch(args: dict[str, Any]) -> dict[str, Any]:
    """`intake fetch` as the CLI runs it (fetch_command: store, lock, run_fetch)."""
    import io

    from rich.console import Console

    from svarsinkorg.cli import fetch_command

    cfg = _load_config(args["config"])
    out = io.StringIO()
    t0, c0 = time.perf_counter(), time.process_time()
    code = fetch_command(cfg, quiet=True, out=Console(file=out), err=Console(file=out))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": seconds, "cpu": cpu, "code": code, "line": out.getvalue().strip(),
            "rss_kb": _vmhwm_kb()}


def child_barefetch(args: dict[str, Any]) -> dict[str, Any]:
    """A bare imapclient loop: login, SELECT, SEARCH, then per batch one FETCH of
    BODY.PEEK[] (and, with store=True, store_message of each into a new store)."""
    import ssl

    from imapclient import IMAPClient

    cfg = _load_config(args["config"])
    imap = cfg.imap
    store = parse = entries = None
    if args.get("store"):
        from svarsinkorg import service
        from svarsinkorg.store.repository import roster, store_message

        service.import_roster(cfg, Path(args["roster"]))
        store = service.open_store(cfg)
        parse = service.make_parser(cfg)
        with store.session() as s:
            entries = roster(s)
    t0 = time.perf_counter()
    ctx = ssl.create_default_context(cafile=imap.ca_file)
    client = IMAPClient(imap.host, port=imap.port, ssl=True, ssl_context=ctx)
    client.plain_login(imap.username, os.environ[IMAP_PASSWORD_ENV])
    client.select_folder(imap.folders[0], readonly=True)
    uids = client.search(["ALL"])
    count = 0
    for i in range(0, len(uids), imap.batch_size):
        batch = uids[i:i + imap.batch_size]
        answer = client.fetch(batch, ["BODY.PEEK[]"])
        for uid in batch:
            raw = answer[uid][b"BODY[]"]
            count += 1
            if store is not None:
                with store.session() as s:
                    store_message(s, raw, f"imap:{uid}", parse, entries)  # type: ignore[arg-type]
    client.logout()
    seconds = time.perf_counter() - t0
    if store is not None:
        store.close()
    return {"seconds": seconds, "count": count}


def child_reparse(args: dict[str, Any]) -> dict[str, Any]:
    """`intake reparse` of a whole store (service.reparse)."""
    from svarsinkorg import service

    cfg = _load_config(args["config"])
    t0 = time.perf_counter()
    n = service.reparse(cfg)
    return {"seconds": time.perf_counter() - t0, "count": n, "rss_kb": _vmhwm_kb()}


def child_records(args: dict[str, Any]) -> dict[str, Any]:
    """Records from messages and corrections (what `intake status`, the report and the
    browser read), then each export format; best of three each, warm."""
    from svarsinkorg import service

    cfg = _load_config(args["config"])
    out = Path(args["out"])
    times: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for what in ("state", "json", "csv", "xlsx"):
        best = best_cpu = float("inf")
        for _ in range(3):
            t0, c0 = time.perf_counter(), time.process_time()
            if what == "state":
                service.survey_state(cfg)
            else:
                service.export(cfg, what, out / f"export.{what}")
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        times[what], cpu[what] = best, best_cpu
    # CPU beside wall: on a shared machine the wall time includes waiting for a core.
    return {"times": times, "cpu": cpu}


CHILDREN = {"import": child_import, "decode": child_decode, "attachments": child_attachments,
            "fetch": child_fetch, "barefetch": child_barefetch, "reparse": child_reparse,
            "records": child_records}


def run_child(mode: str, args: dict[str, Any], env: dict[str, str] | None = None,
              timeout: float = 7200) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", mode, json.dumps(args)],
        capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})},
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child {mode} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- the run ----------------------------------------------------------------------------


@dataclass
class Row:
    section: str
    what: str
    ours: str
    baseline: str
    ratio: str
    target: str
    verdict: str


def _config(folder: Path, url: str, imap: dict[str, Any] | None = None) -> Path:
    from svarsinkorg.config import example_config_path

    text = example_config_path().read_text(encoding="utf-8")
    text = text.replace('url = "sqlite:///intake.db"', f'url = "{url}"')
    if imap:
        text += "\n[imap]\n"
        for k, v in imap.items():
            text += f"{k} = {json.dumps(v)}\n"
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _list(folder: Path, name: str, files: list[Path]) -> str:
    path = folder / name
    path.write_text("\n".join(str(f) for f in files), encoding="utf-8")
    return str(path)


def _mb(kb: float) -> str:
    return f"{kb / 1024:.0f} MB"


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    import sqlalchemy

    return {"cpu": cpu, "nproc": str(os.cpu_count()), "memory": mem,
            "python": platform.python_version(), "os": platform.platform(),
            "sqlalchemy": sqlalchemy.__version__,
            # other jobs on the same cores: absolute times mean little without it
            "load": " / ".join(f"{x:.1f}" for x in os.getloadavg())}


def bench_import(c: synthetic.Corpus, work: Path, rows: list[Row],
                 rss: dict[int, dict[str, Any]], stores: dict[int, Path]) -> None:
    """Import rows; the full-mix store is kept in `stores` for the quiet-night test."""
    n = c.manifest["size"]
    for label, files in (("body-only replies", c.files("body")), ("full mix", c.files())):
        d = Path(tempfile.mkdtemp(dir=work))
        lst = _list(d, "files.txt", files)
        cfg = _config(d, f"sqlite:///{d / 'store.db'}")
        ours = run_child("import", {"config": str(cfg), "roster": str(c.roster), "files": lst})
        bare = run_child("decode", {"files": lst})
        ours_rate = ours["stored"] / ours["seconds"]
        bare_rate = bare["count"] / bare["seconds"]
        ratio = ours_rate / bare_rate
        target = "≥ 0.50" if label.startswith("body") else "—"
        verdict = ("met" if ratio >= 0.5 else "missed") if label.startswith("body") else ""
        rows.append(Row(f"import, {n}", f"`intake import`, {label} ({len(files)} msgs)",
                        f"{ours_rate:.1f} msg/s", f"{bare_rate:.0f} msg/s (mail-parser)",
                        f"{ratio:.3f}", target, verdict))
        if ours["stored"] != len(files):
            print(f"warning: stored {ours['stored']} of {len(files)}", file=sys.stderr)
        if label == "full mix":
            rss[n] = ours
            stores[n] = d / "store.db"
        else:
            shutil.rmtree(d, ignore_errors=True)


def bench_reparse_records(stores: dict[int, Path], corpora: list[synthetic.Corpus],
                          work: Path, rows: list[Row]) -> None:
    """On the full-mix store of each size: reparse it all, then records and exports."""
    for c in corpora:
        n = c.manifest["size"]
        if n not in stores:
            continue
        d = Path(tempfile.mkdtemp(dir=work))
        cfg = _config(d, f"sqlite:///{stores[n]}")
        r = run_child("reparse", {"config": str(cfg)})
        rows.append(Row(f"reparse, {n}", f"`intake reparse` of {r['count']} stored msgs",
                        f"{r['seconds']:.1f} s", f"{r['count'] / r['seconds']:.1f} msg/s",
                        "—", "timed", ""))
        rec = run_child("records", {"config": str(cfg), "out": str(d)})
        for what, label in (("state", "records (`intake status`, report, pages)"),
                            ("json", "`intake export --format json`"),
                            ("csv", "`intake export --format csv`"),
                            ("xlsx", "`intake export --format xlsx`")):
            sec, cpu = rec["times"][what], rec["cpu"][what]
            rows.append(Row(f"records, {n}", f"{label}, store of {r['count']} msgs",
                            f"{sec:.3f} s wall, {cpu:.3f} s CPU", "—", "—", "< 1 s",
                            "met" if sec < 1 else "missed"))


def _best_run(argv: list[str], runs: int = 7,
              env: dict[str, str] | None = None) -> tuple[float, float]:
    """Best wall and CPU (user+sys of the child) seconds of RUNS runs."""
    best_wall = best_cpu = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False, env=env)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def _compile_package() -> None:
    """Byte-compile svarsinkorg as pip does when it installs the package: an editable
    checkout under PYTHONDONTWRITEBYTECODE=1 (as on the CI machine) would otherwise
    compile every module of ours from source at every start (~30-50 ms here), a cost no
    installed `intake` pays. The .pyc files land in the git-ignored __pycache__ folders."""
    import compileall
    import re

    import svarsinkorg

    root = Path(svarsinkorg.__file__).resolve().parent
    # the checkout is the package: leave its virtualenv, tests and bench corpus alone
    skip = re.compile(re.escape(str(root)) + r"[/\\](\.venv|\.git|tests|bench|build|dist)\b")
    compileall.compile_dir(root, rx=skip, quiet=1)


def bench_startup(rows: list[Row]) -> None:
    """Command start-up, best of 7: `intake status --help` against a bare `python -c
    pass`, the imports of a quiet-night fetch (fetch/night.py: no SQLAlchemy), what of
    that is third-party, and the imports of a night with new mail (the full run)."""
    _compile_package()
    py = sys.executable
    bare_wall, _ = _best_run([py, "-c", "pass"])
    cases = [
        ("`intake status --help`",
         [py, "-c", "import sys; sys.argv=['intake','status','--help'];"
                    "from svarsinkorg.cli import main; main()"], True),
        ("imports of a quiet-night `intake fetch` (cli, fetch.night)",
         [py, "-c", "import svarsinkorg.cli, svarsinkorg.fetch.night"], True),
        # typer 0.2x coerces option values through pydantic, even an option left out
        ("of which typer (with pydantic) + rich + imapclient alone",
         [py, "-c", "import typer, pydantic, rich.console, imapclient"], False),
        ("imports of a night with new mail (+ service, fetch.run: SQLAlchemy, parsers)",
         [py, "-c", "import svarsinkorg.cli, svarsinkorg.fetch.night, svarsinkorg.service,"
                    "svarsinkorg.fetch.run, svarsinkorg.pipeline, svarsinkorg.store.migrations"],
         False),
    ]
    for label, argv, targeted in cases:
        wall, cpu = _best_run(argv)
        rows.append(Row("start-up", label, f"{wall:.2f} s wall, {cpu:.2f} s CPU",
                        f"`python -c pass`: {bare_wall:.2f} s wall", "—",
                        "< 0.3 s" if targeted else "—",
                        ("met" if wall < 0.3 else "missed") if targeted else ""))


def bench_attachments(c: synthetic.Corpus, work: Path, rows: list[Row], limit: int) -> None:
    for kind in ("docx", "pdf", "xlsx"):
        files = c.attachments(kind)[:limit]
        if not files:
            continue
        lst = _list(work, f"{kind}.txt", files)
        r = run_child("attachments", {"kind": kind, "files": lst})
        n = r["count"]
        ours, inproc, bare = (r["ours"] / n * 1000, r["ours_in_process"] / n * 1000,
                              r["bare"] / n * 1000)
        rows.append(Row("attachments", f"{kind.upper()} ({n} files), worker process",
                        f"{ours:.1f} ms/file", f"{bare:.1f} ms/file", f"{ours / bare:.2f}×",
                        "—", "" if not r["unread"] else f"{r['unread']} unread!"))
        rows.append(Row("attachments", f"{kind.upper()}, in-process",
                        f"{inproc:.1f} ms/file", f"{bare:.1f} ms/file", f"{inproc / bare:.2f}×",
                        "—", ""))


def _dovecot() -> Any:
    try:
        import dovecot as dv
    except Exception as exc:  # pytest missing, ...
        return f"tests/dovecot.py unusable: {exc}"
    if dv.DOVECOT is None:
        return "dovecot is not installed (apt-get install dovecot-imapd)"
    if shutil.which("openssl") is None:
        return "openssl is not installed"
    return dv


def _fill_maildir(server: Any, files: list[Path], folder: str = "INBOX") -> None:
    """Put messages straight into the Maildir (much faster than APPEND for 10,000);
    Dovecot gives them UIDs in file-name order at the next SELECT."""
    import pwd

    user_dir = server.mail_root / server.user
    box = user_dir if folder == "INBOX" else user_dir / f".{folder}"
    uid = gid = None
    if os.geteuid() == 0:
        pw = pwd.getpwnam("dovecot")
        uid, gid = pw.pw_uid, pw.pw_gid
    for d in (user_dir, box, box / "cur", box / "new", box / "tmp"):
        d.mkdir(exist_ok=True)
        if uid is not None:
            os.chown(d, uid, gid)  # type: ignore[arg-type]
    base = int(time.time())
    for i, f in enumerate(files):
        target = box / "new" / f"{base}.M{i:06d}P1.bench"
        target.write_bytes(f.read_bytes().replace(b"\r\n", b"\n"))
        if uid is not None:
            os.chown(target, uid, gid)  # type: ignore[arg-type]
    if folder != "INBOX":
        (box / "maildirfolder").touch()
        sub = user_dir / "subscriptions"
        sub.write_text((sub.read_text() if sub.exists() else "") + folder + "\n")
        if uid is not None:
            os.chown(box / "maildirfolder", uid, gid)  # type: ignore[arg-type]
            os.chown(sub, uid, gid)  # type: ignore[arg-type]


def bench_fetch(corpora: list[synthetic.Corpus], work: Path, rows: list[Row],
                notes: list[str], fetch_count: int, batch: int,
                stores: dict[int, Path]) -> None:
    dv = _dovecot()
    if isinstance(dv, str):
        notes.append(f"Fetch rows skipped: {dv}.")
        return
    root = dv.new_server_root()
    server = dv.Dovecot(root=root, certs=dv.make_certificates(root / "certs"))
    server.write_config()
    first = corpora[0]
    thru_files = first.files()[:fetch_count]
    try:
        for c in corpora:
            _fill_maildir(server, c.files(), folder=f"Night{c.manifest['size']}")
        _fill_maildir(server, thru_files, folder="Throughput")
        server.start()
        env = {IMAP_PASSWORD_ENV: server.password}

        def imap(folder: str) -> dict[str, Any]:
            return server.imap_settings(folders=[folder], batch_size=batch)

        # Throughput: our fetch into a new store vs. the bare loops on the same folder.
        d = Path(tempfile.mkdtemp(dir=work))
        cfg = _config(d, f"sqlite:///{d / 'fetch.db'}", imap("Throughput"))
        from svarsinkorg import service
        from svarsinkorg.config import load_config

        service.import_roster(load_config(cfg), first.roster)
        ours = run_child("fetch", {"config": str(cfg)}, env)
        d2 = Path(tempfile.mkdtemp(dir=work))
        cfg2 = _config(d2, f"sqlite:///{d2 / 'bare.db'}", imap("Throughput"))
        bare = run_child("barefetch", {"config": str(cfg2)}, env)
        d3 = Path(tempfile.mkdtemp(dir=work))
        cfg3 = _config(d3, f"sqlite:///{d3 / 'bare.db'}", imap("Throughput"))
        bare_store = run_child("barefetch", {"config": str(cfg3), "store": True,
                                             "roster": str(first.roster)}, env)
        n = len(thru_files)
        ours_rate = n / ours["seconds"]
        for label, b in (("bare FETCH loop only", bare),
                         ("bare FETCH loop + the same store_message", bare_store)):
            rate = b["count"] / b["seconds"]
            ratio = ours_rate / rate
            rows.append(Row("fetch", f"`intake fetch`, {n} msgs, batches of {batch} vs {label}",
                            f"{ours_rate:.1f} msg/s", f"{rate:.1f} msg/s", f"{ratio:.3f}",
                            "≥ 0.80", "met" if ratio >= 0.8 else "missed"))
        if ours["code"] != 0:
            notes.append(f"fetch exit code {ours['code']}: {ours['line']}")

        # Quiet nights: the store already holds the folder (the full-mix import above);
        # the first fetch records every UID as a duplicate without downloading bodies,
        # the next ones are quiet nights.
        first_night: float | None = None
        for c in corpora:
            size = c.manifest["size"]
            if size not in stores:  # --only fetch: the full-mix store the import rows leave
                d = Path(tempfile.mkdtemp(dir=work))
                run_child("import", {"config": str(_config(d, f"sqlite:///{d / 'store.db'}")),
                                     "roster": str(c.roster),
                                     "files": _list(d, "files.txt", c.files())})
                stores[size] = d / "store.db"
            d = Path(tempfile.mkdtemp(dir=work))
            cfg = _config(d, f"sqlite:///{stores[size]}", imap(f"Night{size}"))
            setup = run_child("fetch", {"config": str(cfg)}, env)
            nights = [run_child("fetch", {"config": str(cfg)}, env) for _ in range(3)]
            uids = len(c.files())
            per_uid = 1000 * setup["seconds"] / uids
            # < 2 ms per UID: a UID already stored costs one line of headers over IMAP
            # (the bare FETCH loop moves whole messages at 3,000-7,000 msg/s here), a set
            # lookup and one row of a batch INSERT; 2 ms keeps a folder of 10,000 under
            # half a minute, once (it was ~27 ms: a commit per UID, docs/performance.md)
            rows.append(Row(f"first fetch, {size}",
                            f"`intake fetch`, folder already stored ({uids} msgs, "
                            "recorded as duplicates, no body downloaded)",
                            f"{per_uid:.2f} ms/UID ({setup['seconds']:.1f} s wall, "
                            f"{setup['cpu']:.1f} s CPU)",
                            f"a quiet night of the same folder: "
                            f"{min(x['seconds'] for x in nights):.3f} s", "—", "< 2 ms/UID",
                            "met" if per_uid < 2 else "missed"))
            if f"{uids} " not in setup["line"] or setup["code"] != 0:
                notes.append(f"Night{size} first fetch, exit {setup['code']}: {setup['line']}")
            best = min(x["seconds"] for x in nights)
            argv = [sys.executable, "-c", "from svarsinkorg.cli import main; main()",
                    "-c", str(cfg), "fetch", "--quiet"]
            cli = subprocess.run(argv, capture_output=True, text=True,
                                 env={**os.environ, **env})
            wall, cpu = _best_run(argv, runs=5, env={**os.environ, **env})
            first_night = first_night or best
            growth = f"{best / first_night:.2f}× of {corpora[0].manifest['size']}"
            rows.append(Row(f"quiet night, {size}",
                            f"`intake fetch`, nothing new, folder of {len(c.files())} msgs",
                            f"{best:.3f} s", "whole command incl. Python start (best of 5): "
                            f"{wall:.2f} s wall, {cpu:.2f} s CPU",
                            growth, "< 1 s, flat",
                            "met" if best < 1 and best / first_night < 1.5 else "missed"))
            if cli.returncode != 0:
                notes.append(f"quiet-night CLI exit {cli.returncode}: {cli.stderr[-300:]}")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def render(rows: list[Row], notes: list[str], info: dict[str, str], command: str,
           elapsed: float) -> str:
    out = ["| Section | Measurement | svarsinkorg | Baseline | Ratio | Target | |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        out.append(f"| {r.section} | {r.what} | {r.ours} | {r.baseline} | {r.ratio} | "
                   f"{r.target} | {r.verdict} |")
    out.append("")
    out.append(f"Machine: {info['cpu']}, {info['nproc']} CPUs, {info['memory']} RAM; "
               f"Python {info['python']}, SQLAlchemy {info['sqlalchemy']}; {info['os']}; "
               f"load average {info['load']} at the end of the run.")
    out.append(f"Command: `{command}` ({elapsed / 60:.1f} min).")
    for n in notes:
        out.append(f"- {n}")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description="svarsinkorg benchmark")
    ap.add_argument("--sizes", help="inbox sizes (default 1000,10000; with --quick 150)")
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--quick", action="store_true", help="150 messages, small samples: a smoke run")
    ap.add_argument("--attachments", type=int, default=100, help="files per kind")
    ap.add_argument("--fetch-count", type=int, default=1000, help="messages in the fetch test")
    ap.add_argument("--batch", type=int, default=50, help="imap.batch_size")
    ap.add_argument("--no-fetch", action="store_true")
    ap.add_argument("--only", metavar="SECTIONS",
                    help="comma-separated subset of import,reparse,startup,attachments,fetch "
                         "(reparse needs import; a partial table, for before/after pairs)")
    ap.add_argument("--output", type=Path, help="also write the table (markdown) here")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "JSON"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child[0]](json.loads(args.child[1]))))
        return
    sizes = [int(s) for s in (args.sizes or ("150" if args.quick else "1000,10000")).split(",")]
    if args.quick:  # enough to run every path and print every row, in about a minute
        args.attachments, args.fetch_count = 10, 100
    only = set((args.only or "import,reparse,startup,attachments,fetch").split(","))
    started = time.perf_counter()
    command = "python bench/bench.py " + " ".join(sys.argv[1:])
    rows: list[Row] = []
    notes: list[str] = []
    rss: dict[int, dict[str, Any]] = {}
    stores: dict[int, Path] = {}
    work = Path(tempfile.mkdtemp(prefix="svk-bench-"))
    try:
        corpora = []
        for n in sizes:
            print(f"corpus {n} ...", file=sys.stderr, flush=True)
            corpora.append(synthetic.generate(n, args.seed))
        for c in corpora if "import" in only else []:
            print(f"import {c.manifest['size']} ...", file=sys.stderr, flush=True)
            bench_import(c, work, rows, rss, stores)
        for n, r in sorted(rss.items()):
            first = rss[min(rss)]
            growth = r["rss_kb"] / first["rss_kb"]
            rows.append(Row(f"memory, {n}", f"peak RSS of `intake import`, full mix ({r['seen']}"
                            " msgs)", _mb(r["rss_kb"]),
                            f"largest child (parser, attachment reader): {_mb(r['worker_rss_kb'])}",
                            f"{growth:.2f}× of {min(rss)}", "flat",
                            "met" if growth < 1.25 else "missed"))
        if "reparse" in only:
            print("reparse and records ...", file=sys.stderr, flush=True)
            bench_reparse_records(stores, corpora, work, rows)
        if "startup" in only:
            print("start-up ...", file=sys.stderr, flush=True)
            bench_startup(rows)
        if "attachments" in only:
            print("attachments ...", file=sys.stderr, flush=True)
            bench_attachments(corpora[0], work, rows, args.attachments)
        if not args.no_fetch and "fetch" in only:
            print("fetch ...", file=sys.stderr, flush=True)
            bench_fetch(corpora, work, rows, notes, args.fetch_count, args.batch, stores)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table = render(rows, notes, machine(), command, time.perf_counter() - started)
    print(table)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
