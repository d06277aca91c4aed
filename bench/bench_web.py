"""How fast `intake serve` answers on a large survey: a 1,000-association SQLite store
with 900 replies (about 1 in 10 needing review, plus unmatched mail).

    python bench/bench_web.py                  # 1000 associations
    python bench/bench_web.py --size 300 --runs 10

Target: the review queue page (the first item, mail beside the record) in under 200 ms.
Times are wall-clock, in process through Starlette's test client (no network), median
and slowest of RUNS after one warm-up request; the store is built once per run of this
script (parsing the mail takes most of the setup time). "records rebuilt" clears the
server's record cache before each request: the page right after a save or new mail."""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import tempfile
import time
import tomllib
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from svarsinkorg import service
from svarsinkorg.config import example_config_path, parse_config
from svarsinkorg.web.app import create_app
from svarsinkorg.web.security import Auth

CET = dt.timezone(dt.timedelta(hours=1))
KINDS = ("idrottsförening", "kulturförening", "kör", "hyresgästförening", "scoutkår")


def _mail(i: int, sender: str, name: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Re: Kartläggning: civilsamhällets arbete mot segregation i Malmö"
    m["Date"] = format_datetime(dt.datetime(2019, 12, 2, 9, tzinfo=CET)
                                + dt.timedelta(minutes=37 * i))
    m["Message-ID"] = f"<bench-web-{i}@example.org>"
    m["In-Reply-To"] = "<kartlaggning-2019@xn--malm-8qa.se>"
    m.set_content(body)
    return bytes(m)


def build(root: Path, size: int) -> object:
    raw = tomllib.loads(example_config_path().read_text(encoding="utf-8"))
    raw["store"] = {"url": f"sqlite:///{root / 'bench.db'}"}
    cfg = parse_config(raw, root / "config.toml")
    roster = root / "roster.csv"
    lines = ["name,email,org_number"]
    for i in range(size):
        lines.append(f"Förening nummer {i} ({KINDS[i % len(KINDS)]}),"
                     f"kansli{i}@forening{i}.example.org,80{i:04d}-{i % 10000:04d}")
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    service.import_roster(cfg, roster)
    mail = root / "mail"
    mail.mkdir()
    replies = int(size * 0.9)
    for i in range(replies):
        yes_no = "Ja och nej, det beror på" if i % 10 == 3 else ("Ja" if i % 3 else "Nej")
        body = (f"Hej!\n\n1. Vi är Förening nummer {i}, en {KINDS[i % len(KINDS)]} med "
                f"{20 + i % 200} medlemmar i Malmö.\n\n2. {yes_no}\n\n3. Öppna träffar och "
                f"samarbete med skolor i flera stadsdelar.\n\n4. Hinder: lokaler. "
                f"Möjligheter: nya medlemmar.\n\nMvh\nKansliet")
        (mail / f"{i:05d}.eml").write_bytes(
            _mail(i, f"kansli{i}@forening{i}.example.org", f"Person {i}", body))
    for j in range(size // 50):  # unmatched: a sender the roster does not know
        (mail / f"u{j:04d}.eml").write_bytes(_mail(
            100000 + j, f"okand{j}@example.net", f"Okänd {j}",
            "1. Vi är en ny förening.\n2. Ja\n3. Läxhjälp.\n4. Pengar."))
    summary = service.import_paths(cfg, [mail])
    print(f"store: {size} associations, {summary.stored} messages")
    return cfg


def timed(client: object, path: str, runs: int, cold: bool = False) -> tuple[float, float]:
    client.get(path)  # type: ignore[attr-defined]  (warm-up: templates, caches)
    times = []
    for _ in range(runs):
        if cold:  # as after a save or new mail: every record rebuilt
            client.app.state.web.states.clear()  # type: ignore[attr-defined]
        start = time.perf_counter()
        response = client.get(path)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    from starlette.testclient import TestClient

    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        t0 = time.perf_counter()
        cfg = build(Path(tmp), args.size)
        print(f"built in {time.perf_counter() - t0:.1f} s "
              f"({platform.python_version()}, {platform.machine()})")
        auth = Auth.create("bench", token="bench-token")
        client = TestClient(create_app(cfg, auth=auth),  # type: ignore[arg-type]
                            base_url="http://127.0.0.1")
        client.get("/?token=bench-token")
        first = client.get("/review").url.path
        queue = client.get(first)
        left = queue.text.split('data-left="')[1].split('"')[0]
        print(f"review queue: {left} items; first {first}")
        for label, path, cold in (("queue page (first item)", first, False),
                                  ("queue page, records rebuilt", first, True),
                                  ("overview (report)", "/", False),
                                  ("associations", "/associations", False),
                                  ("one association", "/associations/1", False),
                                  ("reminders dry run", "/reminders", False)):
            median, worst = timed(client, path, args.runs, cold)
            mark = "  (target < 200 ms)" if path == first else ""
            print(f"{label:28s} median {median:6.1f} ms   slowest {worst:6.1f} ms{mark}")


if __name__ == "__main__":
    main()
