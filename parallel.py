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

A parse that never ends (a hostile mail meeting a slow regex) is bounded by
`[limits] parse_timeout_seconds`, twice: the worker interrupts its own parse with an
interval timer (SIGALRM; `re` and other pure Python code stop at it), and the caller waits
at most that long plus a grace for a worker stuck in C code, then kills the pool's workers
as if one had died (the other messages in flight are parsed again alone). `map` sends a
few messages per task: the caller waits that long per message of the task, and after a
kill each of them is parsed again alone, so the limit lands on the stuck one. Either way
the message comes back as `ParseTimeout` and is stored raw and flagged "parse_timeout".
In-process parses (`SVARSINKORG_PARSE_WORKERS=0`, batches under MIN_FOR_POOL) get the
interval timer alone, in the main thread (elsewhere: no limit, as signals need it).

`SVARSINKORG_PARSE_WORKERS=0` parses in-process (debugging, platforms without fork).
"""

from __future__ import annotations

import collections
import itertools
import logging
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from .model import ParsedMessage, ParseTimeout, RosterEntry

log = logging.getLogger(__name__)

Parser = Callable[[bytes, list[RosterEntry]], ParsedMessage]
Outcome = ParsedMessage | BaseException
T = TypeVar("T")

ENV_WORKERS = "SVARSINKORG_PARSE_WORKERS"
WINDOW_PER_WORKER = 8  # messages in flight per worker, whatever their size
# ... and up to this many while the bytes in flight stay under BYTES_PER_WORKER: with 8,
# a worker had two tasks of small replies (~25 ms of parsing) queued, and ran dry whenever
# the calling thread was held up longer (a commit's fsync, waiting for one slow message at
# the head of the order: an attachment, a long thread). Memory stays bounded by the larger
# of 8 messages of any size and the byte budget plus one message, per worker.
DEEP_WINDOW_PER_WORKER = 32
BYTES_PER_WORKER = 4 * 1024 * 1024
# Messages per task in `map`: each task costs ~0.5 ms of CPU across the processes (a
# Future, the executor's manager and queue-feeder threads, pipe wake-ups on both sides):
# a seventh of a body-only reply's parse. Four per task pay it once for four.
CHUNK = 4
MIN_FOR_POOL = 16  # fewer messages than this are parsed in-process (starting costs more)
KILL_GRACE = 5.0  # seconds past the limit before the caller kills a worker stuck in C code

__all__ = ["ParsePool", "ParseTimeout", "WorkerDied", "worker_count"]


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
_JOBS: dict[int, tuple[Parser, list[RosterEntry], float]] = {}
_ids = itertools.count(1)


class _Alarm(BaseException):
    """The interval timer fired. A BaseException, so the parser's own `except Exception`
    (an attachment reader's, say) cannot swallow it."""


def _on_alarm(_signum: int, _frame: Any) -> None:
    raise _Alarm


def _timeout_error(timeout: float) -> ParseTimeout:
    return ParseTimeout(f"parsing took longer than {timeout:g} s "
                        "([limits] parse_timeout_seconds)")


def _parse_here(parse: Parser, entries: list[RosterEntry], raw: bytes,
                timeout: float = 0.0) -> Outcome:
    """Parse in this process; with TIMEOUT > 0 (and in the main thread, where signals
    are delivered) a parse running longer is interrupted and returns ParseTimeout."""
    armed = (timeout > 0 and hasattr(signal, "setitimer")
             and threading.current_thread() is threading.main_thread())
    old: Any = None
    outer = (0.0, 0.0)
    started = time.monotonic()
    try:
        if armed:
            old = signal.signal(signal.SIGALRM, _on_alarm)
            outer = signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return parse(raw, entries)
        finally:
            if armed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, old)
                if outer[0] > 0:  # someone else's timer (one per process): give it back
                    left = max(0.001, outer[0] - (time.monotonic() - started))
                    signal.setitimer(signal.ITIMER_REAL, left, outer[1])
    except _Alarm:
        return _timeout_error(timeout)
    except Exception as exc:  # one bad message must not stop the run: it is flagged
        return exc


def _work(job: int, raw: bytes) -> Outcome:
    parse, entries, timeout = _JOBS[job]
    out = _parse_here(parse, entries, raw, timeout)
    if isinstance(out, BaseException):
        try:
            pickle.dumps(out)
        except Exception:
            return RuntimeError(f"{type(out).__name__}: {out}")
    return out


def _work_many(job: int, raws: list[bytes]) -> list[Outcome]:
    return [_work(job, raw) for raw in raws]


class Handle:
    """One message's parse, in flight or done: alone in its task (INDEX None) or message
    INDEX of a task of SIZE messages (`map`)."""

    def __init__(self, pool: ParsePool, raw: bytes, future: Future[Any] | None,
                 executor: ProcessPoolExecutor | None, index: int | None = None,
                 size: int = 1) -> None:
        self._pool, self._raw, self._future, self._executor = pool, raw, future, executor
        self._index, self._size = index, size
        self._done: Outcome | None = None

    def result(self) -> Outcome:
        pool = self._pool
        if self._done is None and self._future is None:  # in-process: parsed when asked
            self._done = _parse_here(pool.parse, pool.entries, self._raw, pool.timeout)
        if self._future is not None:
            # Earlier tasks are done, so this one is parsing or next: the wait bounds it
            # (each of a task's messages may take its whole limit).
            limit = pool.hard_limit
            if limit is not None and self._size > 1:
                limit = pool.timeout * self._size + KILL_GRACE
            try:
                got = self._future.result(timeout=limit)
                self._done = got if self._index is None else got[self._index]
            except FutureTimeout:  # stuck where the worker's own timer cannot reach
                pool._kill(self._executor)
                # Which of a task's messages is stuck is not known: each is parsed again
                # alone (the stuck one times out there).
                self._done = (_timeout_error(pool.timeout) if self._index is None
                              else pool._run_alone(self._raw))
            except (BrokenProcessPool, CancelledError):
                pool._replace(self._executor)
                self._done = pool._run_alone(self._raw)
            self._future = None
        assert self._done is not None
        return self._done


class ParsePool:
    """`with ParsePool(parse, entries) as pool:` then `pool.submit(raw)` / `pool.map(...)`."""

    def __init__(self, parse: Parser, entries: Sequence[RosterEntry],
                 workers: int | None = None, timeout: float = 0.0) -> None:
        """TIMEOUT: seconds one message's parse may take (`[limits]
        parse_timeout_seconds`); 0 = no limit."""
        self.parse = parse
        self.entries = list(entries)
        self.workers = worker_count() if workers is None else workers
        self.timeout = max(0.0, float(timeout))
        self._job = next(_ids)
        self._executor: ProcessPoolExecutor | None = None
        if self.workers > 0:
            _JOBS[self._job] = (self.parse, self.entries, self.timeout)

    @property
    def hard_limit(self) -> float | None:
        """How long the caller waits for a worker's answer before killing it."""
        return self.timeout + KILL_GRACE if self.timeout > 0 else None

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    @property
    def window(self) -> int:
        """Messages in flight that are always allowed."""
        return max(1, self.workers) * WINDOW_PER_WORKER

    @property
    def deep_window(self) -> int:
        """Messages in flight allowed while their bytes stay under `byte_budget`."""
        return max(1, self.workers) * DEEP_WINDOW_PER_WORKER

    @property
    def byte_budget(self) -> int:
        return max(1, self.workers) * BYTES_PER_WORKER

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))

    def _replace(self, broken: ProcessPoolExecutor | None) -> None:
        if broken is not None and self._executor is broken:
            log.warning("a parser process died; starting new ones")
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _kill(self, executor: ProcessPoolExecutor | None) -> None:
        """A worker is stuck: kill the executor's workers (which one runs what is not
        known). Its other messages in flight then fail as BrokenProcessPool and are parsed
        again alone, as after a worker's death."""
        if executor is None:
            return
        log.warning("a message's parse passed the time limit; killing its parser process")
        for proc in list(getattr(executor, "_processes", {}).values()):
            proc.kill()
        if self._executor is executor:
            self._executor = None
        # No cancel_futures: the pending ones must fail as broken, to be parsed again.
        executor.shutdown(wait=False)

    def _run_alone(self, raw: bytes) -> Outcome:
        """Parse one message in a process of its own: the test of which message kills it."""
        ex = self._new_executor(1)
        try:
            return ex.submit(_work, self._job, raw).result(timeout=self.hard_limit)
        except BrokenProcessPool:
            return WorkerDied("the parser process died on this message")
        except FutureTimeout:
            for proc in list(getattr(ex, "_processes", {}).values()):
                proc.kill()
            return _timeout_error(self.timeout)
        finally:
            ex.shutdown(wait=True)

    def _submit_task(self, fn: Callable[..., Any], payload: Any
                     ) -> tuple[Future[Any], ProcessPoolExecutor] | None:
        """FN(job, PAYLOAD) sent to the pool; None when the pool broke twice in a row (the
        caller parses in-process)."""
        for _attempt in range(2):
            if self._executor is None:
                self._executor = self._new_executor(self.workers)
            executor = self._executor
            try:
                return executor.submit(fn, self._job, payload), executor
            except BrokenProcessPool:  # a worker died meanwhile: its messages are retried
                self._replace(executor)
        return None  # pragma: no cover

    def submit(self, raw: bytes, *, in_process: bool = False) -> Handle:
        sent = None if self.workers == 0 or in_process else self._submit_task(_work, raw)
        return Handle(self, raw, *sent) if sent else Handle(self, raw, None, None)

    def _submit_many(self, raws: list[bytes]) -> list[Handle]:
        """RAWS as one task (one round trip to a worker); a handle per message."""
        sent = self._submit_task(_work_many, raws)
        if sent is None:  # pragma: no cover  (parsed in-process)
            return [Handle(self, raw, None, None) for raw in raws]
        future, executor = sent
        return [Handle(self, raw, future, executor, i, len(raws)) for i, raw in enumerate(raws)]

    def map(self, items: Iterable[tuple[T, bytes]]) -> Iterator[tuple[T, bytes, Outcome]]:
        """Parse ITEMS (tag, raw) and yield (tag, raw, outcome) in their order, with at
        most `window` in flight. ITEMS is read lazily: the caller may use its session in
        the generator between two yields. Fewer than MIN_FOR_POOL items: in-process."""
        it = iter(items)
        head = list(itertools.islice(it, MIN_FOR_POOL))
        small = len(head) < MIN_FOR_POOL
        source = itertools.chain(head, it)
        flight: collections.deque[tuple[T, bytes, Handle]] = collections.deque()
        chunk = 1 if small or self.workers == 0 else CHUNK
        # In-process parses happen when their result is asked for: no window to fill.
        deep = self.window if small or self.workers == 0 else self.deep_window
        in_flight = 0  # bytes
        while True:
            part = list(itertools.islice(source, chunk))
            if not part:
                break
            handles = (self._submit_many([raw for _, raw in part]) if len(part) > 1
                       else [self.submit(part[0][1], in_process=small)])
            flight.extend((t, r, h) for (t, r), h in zip(part, handles, strict=True))
            in_flight += sum(len(r) for _, r in part)
            while len(flight) >= deep or (len(flight) >= self.window
                                          and in_flight >= self.byte_budget):
                t, r, h = flight.popleft()
                in_flight -= len(r)
                yield t, r, h.result()
        while flight:
            t, r, h = flight.popleft()
            yield t, r, h.result()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        _JOBS.pop(self._job, None)
