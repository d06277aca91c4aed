"""Parsing across the cores: raw bytes in, ParsedMessage (or the parser's exception) out.

Parsing is pure and takes ~10-20 ms per message; the store's writes are cheap once batched.
So `intake import`, `fetch` and `reparse` hand the raw bytes to worker processes and keep
one writer (the calling process). The workers are forked: they inherit the parse function
and the roster the caller already built (no pickling of closures, no re-import), and only
bytes go out and results come back. A bounded window of messages in flight keeps memory
flat whatever the size of the mbox.

A parser exception comes back as the result of that message (the store flags it). A worker
that dies (a segfault in a C library, the OOM killer) breaks the pool: every message that
was in flight is then parsed again alone in a fresh process, so only the one that kills its
process again is flagged, and nothing else is lost.

`SVARSINKORG_PARSE_WORKERS=0` parses in-process (debugging, platforms without fork).
"""

from __future__ import annotations

import collections
import itertools
import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from .model import ParsedMessage, RosterEntry

log = logging.getLogger(__name__)

Parser = Callable[[bytes, list[RosterEntry]], ParsedMessage]
Outcome = ParsedMessage | BaseException
T = TypeVar("T")

ENV_WORKERS = "SVARSINKORG_PARSE_WORKERS"
WINDOW_PER_WORKER = 8  # messages in flight per worker: enough to hide the writer's turns
MIN_FOR_POOL = 16  # fewer messages than this are parsed in-process (starting costs more)


class WorkerDied(RuntimeError):
    """The parser process died on this message (not an exception it could report)."""


def worker_count() -> int:
    """Parser processes: $SVARSINKORG_PARSE_WORKERS, else one per core; 0 = in-process."""
    raw = os.environ.get(ENV_WORKERS, "").strip()
    if raw:
        try:
            return max(0, int(raw))
        except ValueError:
            log.warning("%s=%r is not a number; parsing in-process", ENV_WORKERS, raw)
            return 0
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return os.cpu_count() or 1


# What the forked workers parse with: set before the fork, inherited, never pickled.
_JOBS: dict[int, tuple[Parser, list[RosterEntry]]] = {}
_ids = itertools.count(1)


def _parse_here(parse: Parser, entries: list[RosterEntry], raw: bytes) -> Outcome:
    try:
        return parse(raw, entries)
    except Exception as exc:  # one bad message must not stop the run: it is flagged
        return exc


def _work(job: int, raw: bytes) -> Outcome:
    parse, entries = _JOBS[job]
    out = _parse_here(parse, entries, raw)
    if isinstance(out, BaseException):
        try:
            pickle.dumps(out)
        except Exception:
            return RuntimeError(f"{type(out).__name__}: {out}")
    return out


class Handle:
    """One message's parse, in flight or done."""

    def __init__(self, pool: ParsePool, raw: bytes, future: Future[Outcome] | None,
                 executor: ProcessPoolExecutor | None) -> None:
        self._pool, self._raw, self._future, self._executor = pool, raw, future, executor
        self._done: Outcome | None = None

    def result(self) -> Outcome:
        if self._done is None and self._future is None:  # in-process: parsed when asked
            self._done = _parse_here(self._pool.parse, self._pool.entries, self._raw)
        if self._future is not None:
            try:
                self._done = self._future.result()
            except BrokenProcessPool:
                self._pool._replace(self._executor)
                self._done = self._pool._run_alone(self._raw)
            self._future = None
        assert self._done is not None
        return self._done


class ParsePool:
    """`with ParsePool(parse, entries) as pool:` then `pool.submit(raw)` / `pool.map(...)`."""

    def __init__(self, parse: Parser, entries: Sequence[RosterEntry],
                 workers: int | None = None) -> None:
        self.parse = parse
        self.entries = list(entries)
        self.workers = worker_count() if workers is None else workers
        self._job = next(_ids)
        self._executor: ProcessPoolExecutor | None = None
        if self.workers > 0:
            _JOBS[self._job] = (self.parse, self.entries)

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    @property
    def window(self) -> int:
        return max(1, self.workers) * WINDOW_PER_WORKER

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))

    def _replace(self, broken: ProcessPoolExecutor | None) -> None:
        if broken is not None and self._executor is broken:
            log.warning("a parser process died; starting new ones")
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _run_alone(self, raw: bytes) -> Outcome:
        """Parse one message in a process of its own: the test of which message kills it."""
        with self._new_executor(1) as ex:
            try:
                return ex.submit(_work, self._job, raw).result()
            except BrokenProcessPool:
                return WorkerDied("the parser process died on this message")

    def submit(self, raw: bytes, *, in_process: bool = False) -> Handle:
        if self.workers == 0 or in_process:
            return Handle(self, raw, None, None)
        for _attempt in range(2):
            if self._executor is None:
                self._executor = self._new_executor(self.workers)
            executor = self._executor
            try:
                return Handle(self, raw, executor.submit(_work, self._job, raw), executor)
            except BrokenProcessPool:  # a worker died meanwhile: its messages are retried
                self._replace(executor)
        return Handle(self, raw, None, None)  # pragma: no cover  (parsed in-process)

    def map(self, items: Iterable[tuple[T, bytes]]) -> Iterator[tuple[T, bytes, Outcome]]:
        """Parse ITEMS (tag, raw) and yield (tag, raw, outcome) in their order, with at
        most `window` in flight. ITEMS is read lazily: the caller may use its session in
        the generator between two yields. Fewer than MIN_FOR_POOL items: in-process."""
        it = iter(items)
        head = list(itertools.islice(it, MIN_FOR_POOL))
        small = len(head) < MIN_FOR_POOL
        source = itertools.chain(head, it)
        flight: collections.deque[tuple[T, bytes, Handle]] = collections.deque()
        for tag, raw in source:
            flight.append((tag, raw, self.submit(raw, in_process=small)))
            if len(flight) >= self.window:
                t, r, h = flight.popleft()
                yield t, r, h.result()
        while flight:
            t, r, h = flight.popleft()
            yield t, r, h.result()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        _JOBS.pop(self._job, None)
