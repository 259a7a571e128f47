"""Scale benchmark: archives of 10k, 100k (and 1M) stories, one machine.

    python bench/scale/run.py [--sizes 10k,100k] [--corpus ../shared/corpus] [--workers 2]

For each size an archive is generated into a temporary folder (removed
after), resampled with replacement from the dev corpora's articles, 1,000
files a folder; nothing is committed. Two stages, each timed from outside:

* check: ``newslint check -q --no-cache -j WORKERS`` over the archive; the
  peaks are the parent's and the largest worker's VmHWM, read while it runs;
* learn: house words, names and boilerplate learned as mergeable summaries
  (lint.learn) on a dask.distributed LocalCluster of WORKERS processes, one
  task per folder, two a worker in flight, merged in order by the client; the
  peak is the largest worker's VmHWM.

Timing only, so both halves of the dev set are used (bench/halves.py: the
figures come from tune + report).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PER_FOLDER = 1000


def articles(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.txt") if not p.name.startswith("README"))


def generate(sources: list[Path], size: int, into: Path, seed: int = 22) -> list[Path]:
    """``size`` stories drawn from ``sources``; returns the folders."""
    rnd = random.Random(seed)
    texts = [p.read_bytes() for p in sources]
    folders = []
    for n in range(size):
        if n % PER_FOLDER == 0:
            folders.append(into / f"part{n // PER_FOLDER:05d}")
            folders[-1].mkdir(parents=True)
        (folders[-1] / f"{n:07d}.txt").write_bytes(rnd.choice(texts))
    return folders


def hwm_mib(pid: int) -> float:
    """The peak resident memory (VmHWM) of process ``pid`` so far, in MiB; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return 0.0


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as found:
            return [int(n) for n in found.read().split()]
    except OSError:
        return []


def timed(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, the parent's peak RSS and the largest worker's (MiB) of
    ``command``: each process's VmHWM, read twice a second while it runs."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    parent, workers = 0.0, {}
    while process.poll() is None:
        parent = max(parent, hwm_mib(process.pid))
        for child in children(process.pid):
            workers[child] = max(workers.get(child, 0.0), hwm_mib(child))
        time.sleep(0.5)
    wall = time.perf_counter() - start
    if process.returncode not in (0, 1):
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}: {process.stderr.read().decode()[-500:]}")
    return wall, parent, max(workers.values(), default=0.0)


def summarise_folders(folders: list[str]):
    """One partition's summary: its folders read one file at a time."""
    import lint
    from lint.run.files import iter_documents

    learner = lint.Learner()
    return learner.summarise(iter_documents(list(folders), learner.config, []))


def peak_mib() -> float:
    """This process's VmHWM: its ru_maxrss would start at the RSS of the process
    that spawned it (kept across exec), the client's, not the worker's own."""
    return hwm_mib(os.getpid())


def learn(folders: list[Path], workers: int) -> tuple[float, float, tuple]:
    """Wall seconds, the largest worker's peak MiB, and what was learned (counts).

    One task per folder, at most two a worker in flight, folded here in
    archive order as they finish: a worker holds one partition's summary,
    never the archive's (a bag reduction computes every partition ahead of
    its merges, and its workers held them: 221 MiB at 10k, past 398 MiB part
    way through 100k)."""
    from collections import deque

    import dask
    from dask.distributed import Client, LocalCluster

    import lint
    from lint.learn import Summary

    # Dask's statistical profiler keeps a call tree a second of the last 1,000
    # seconds on each worker, so a worker's memory grew with the run's length.
    with dask.config.set({"distributed.worker.profile.enabled": False}), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                         dashboard_address=None) as cluster, Client(cluster) as client:
        start = time.perf_counter()
        summary, pending = Summary(), deque()
        for folder in folders:
            pending.append(client.submit(summarise_folders, [str(folder)], pure=False))
            if len(pending) > 2 * workers:
                summary = summary + pending.popleft().result()
        while pending:
            summary = summary + pending.popleft().result()
        wall = time.perf_counter() - start
        peak = max(client.run(peak_mib).values())
    learner = lint.Learner()
    found = (summary.documents, len(summary.house_words(learner)), len(summary.names_ledger(learner)[0]),
             len(summary.boilerplate(learner)))
    return wall, peak, found


def size_of(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * factor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated: 10k,100k,1m")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--tmp", type=Path, default=None, help="folder for the generated archives")
    parser.add_argument("--stages", default="check,learn", help="comma-separated: check,learn")
    parser.add_argument("--select", help="check only these rules (passed to newslint check --select)")
    args = parser.parse_args()
    sources = articles(args.corpus)
    if not sources:
        sys.exit(f"no articles under {args.corpus}")
    newslint = str(Path(sys.executable).parent / "newslint")
    print(f"{len(sources)} source articles from {args.corpus} (both halves: timing only); "
          f"{args.workers} workers; {os.cpu_count()} CPUs\n")
    rows = []
    stages = set(args.stages.split(","))
    for size in map(size_of, args.sizes.split(",")):
        with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
            folders = generate(sources, size, Path(tmp))
            check_wall = check_parent = check_peak = learn_wall = learn_peak = float("nan")
            found = (0, "-", "-", "-")
            if "check" in stages:
                select = ["--select", args.select] if args.select else []
                check_wall, check_parent, check_peak = timed([newslint, "check", "-q", "--no-cache", "-j",
                                                              str(args.workers), *select, tmp])
            if "learn" in stages:
                learn_wall, learn_peak, found = learn(folders, args.workers)
        rows.append((size, check_wall, check_parent, check_peak, learn_wall, learn_peak, found))
        print(f"  {size:>9,} stories: check {check_wall:7.1f} s, parent {check_parent:6.0f} MiB, "
              f"worker {check_peak:6.0f} MiB; "
              f"learn {learn_wall:7.1f} s {learn_peak:6.0f} MiB; learned {found}", file=sys.stderr, flush=True)
    print("| stories | check (s) | stories/s | check peak, parent (MiB) | check peak per worker (MiB) "
          "| learn on Dask (s) | learn peak per worker (MiB) | house words, names, leftovers learned |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|")
    for size, cw, cpp, cp, lw, lp, found in rows:
        print(f"| {size:,} | {cw:.1f} | {size / cw:,.0f} | {cpp:.0f} | {cp:.0f} | {lw:.1f} | {lp:.0f} | "
              f"{found[1]}, {found[2]}, {found[3]} |")


if __name__ == "__main__":
    main()
