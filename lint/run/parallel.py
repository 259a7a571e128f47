"""Checking many files: in worker processes when it pays, results in input
order so the output is the same whatever the number of jobs."""
from __future__ import annotations

import itertools
import os
import sys
from collections import deque

from lint.run.check_file import check_file

MIN_FILES_PER_JOB = 8  # below this, starting workers costs more than it saves
MAX_CHUNK = 32  # files a worker checks per task, at most
AHEAD = 4  # tasks per worker submitted ahead of the one being read: the parent holds at most
# jobs * AHEAD * MAX_CHUNK outcomes, whatever the number of files

_worker: tuple | None = None


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover (not Linux)
        return os.cpu_count() or 1


def _start_worker(config, options, cache_folder, cache_key, want_text) -> None:
    global _worker
    from lint.run.cache import Cache
    from lint.engine import Linter

    linter = Linter(config, **options)
    cache = Cache(cache_folder, key=cache_key) if cache_folder else None
    _worker = (linter, cache, want_text)


def _check(paths: list[str]):
    linter, cache, want_text = _worker
    return [check_file(path, linter, cache, want_text) for path in paths]


def check_files(paths, linter, cache, want_text: bool, jobs: int):
    """One FileOutcome per path of the iterable ``paths``, in its order."""
    paths = iter(paths)
    # Enough of the paths to choose the number of workers and the task size; the rest streams.
    head = list(itertools.islice(paths, max(1, jobs) * 32 * MAX_CHUNK))
    jobs = min(jobs, len(head) // MIN_FILES_PER_JOB)
    if jobs <= 1 or not all(c.PARALLEL for c in linter.checks) or linter.timings is not None:
        for path in itertools.chain(head, paths):
            yield check_file(path, linter, cache, want_text)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _worker
    if "fork" in multiprocessing.get_all_start_methods():
        # Forked workers inherit this linter, already built, as they are.
        _worker = (linter, cache, want_text)
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
    else:  # pragma: no cover (spawn: each worker builds the same linter)
        args = (linter.config, linter.options, cache.root if cache else None,
                cache.key if cache else None, want_text)
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=args)
    with pool:
        pending: deque = deque()
        for task in _tasks(head, paths, jobs):
            pending.append(pool.submit(_check, task))
            if len(pending) > jobs * AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _tasks(head: list, rest, jobs: int):
    """The paths in order, cut into tasks that shrink as the end nears (a
    quarter of each worker's share of what is left, at most MAX_CHUNK): few
    tasks to hand out, and a last one so small that no worker waits long for
    the other. ``rest`` streams; enough of it is read ahead to know the end
    is near."""
    window = deque(head)
    window_size = jobs * 4 * MAX_CHUNK
    while True:
        window.extend(itertools.islice(rest, max(0, window_size - len(window))))
        if not window:
            return
        size = max(1, min(MAX_CHUNK, len(window) // (jobs * 4)))
        yield [window.popleft() for _ in range(min(size, len(window)))]


def with_progress(outcomes, enabled: bool):
    """``outcomes`` unchanged, with a progress bar on a terminal once 50 have passed."""
    outcomes = iter(outcomes)
    if not enabled or not sys.stderr.isatty():
        yield from outcomes
        return
    yield from itertools.islice(outcomes, 50)  # a short run shows no bar
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("Checking", total=None, completed=50)
        for outcome in outcomes:
            progress.advance(task)
            yield outcome
