"""Speed benchmark: newslint beside codespell and typos, in one run.

    python bench/speed/run.py [--corpus ../shared/corpus] [--runs 5] [--quick] [--grammar]

Every command is run once to warm the disk cache, then --runs times; the
median wall time is reported, with peak memory (max RSS of the largest
process) and ratios against the peers measured in the same run, so a noisy
machine cannot fake a win. Cases: cold start on the seed article; the corpus
and ten copies of it, single process and with the default parallelism; the
time per rule family (``newslint check --profile-rules``). --grammar adds
bench/speed/grammar.py (LanguageTool and Harper, cold and warm cache), which
needs those engines installed. --quick (used by CI and the tests) takes one
run on a slice of the corpus, or on the repository's fixtures when there is
no corpus, and only checks that every command works.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "algeria-russia.txt"
BIN = Path(sys.executable).parent
# Exit codes that mean "ran and reported (or found nothing)", per tool.
OK_CODES = {"newslint": (0, 1), "codespell": (0, 65), "typos": (0, 2)}
# Every tool runs as it would on a user's machine: with its .pyc files. pip
# byte-compiles installed packages, but an editable install writes them on
# first use, which PYTHONDONTWRITEBYTECODE (set on some CI machines) forbids.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def tool(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


def timed(name: str, command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MiB of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in OK_CODES[name]:
        sys.exit(f"command failed ({code}): {' '.join(command)}")
    return wall, usage.ru_maxrss / 1024


def measure(name: str, command: list[str], runs: int) -> tuple[float, float]:
    timed(name, command)  # warm-up
    results = [timed(name, command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def count_words(files: list[Path]) -> int:
    return sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)


def corpus_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.txt") if p.name[0].isdigit())


def fixture_files() -> list[Path]:
    """Plain-text fixtures of the repository: the quick mode's stand-in corpus."""
    return sorted(p for p in (ROOT / "fixtures").rglob("*.txt") if p.stat().st_size < 200_000)


def build_copies(files: list[Path], copies: int, into: Path) -> Path:
    for i in range(copies):
        target = into / f"copy{i}"
        target.mkdir(parents=True)
        for n, f in enumerate(files):
            shutil.copyfile(f, target / f"{n:05d}-{f.name}")
    return into


def profile_families(newslint: list[str], folder: Path) -> list[tuple[str, float, str]]:
    """Seconds per rule family from ``newslint check --profile-rules`` (one process)."""
    result = subprocess.run([*newslint, "check", "-q", "--no-cache", "--profile-rules", str(folder)],
                            capture_output=True, text=True)
    if result.returncode not in OK_CODES["newslint"]:
        sys.exit(f"newslint --profile-rules failed ({result.returncode}): {result.stderr[-500:]}")
    lines = result.stderr.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("family")), None)
    if start is None:
        sys.exit("newslint --profile-rules printed no family table")
    rows = []
    for line in lines[start + 1:]:
        parts = line.rsplit(None, 2)
        if len(parts) != 3:
            break
        rows.append((parts[0].strip(), float(parts[1]), parts[2]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=10, help="copies of the corpus in the large case")
    parser.add_argument("--quick", action="store_true", help="one run on a slice: checks the commands work")
    parser.add_argument("--grammar", action="store_true", help="also run bench/speed/grammar.py")
    args = parser.parse_args()
    runs = 1 if args.quick else max(1, args.runs)
    copies = 1 if args.quick else max(1, args.copies)
    newslint = [tool("newslint") or sys.exit("newslint is not installed")]
    peers = {name: tool(name) for name in ("codespell", "typos")}
    files = corpus_files(args.corpus) if args.corpus.is_dir() else []
    source = f"{args.corpus}"
    if not files and args.quick:
        files, source = fixture_files(), "the repository's fixtures (no corpus found)"
    if not files:
        sys.exit(f"no corpus articles under {args.corpus}")
    if args.quick:
        files = files[:40]
    jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rows = []

    def add(case: str, name: str, command: list[str], words: int) -> None:
        wall, rss = measure(name.split()[0], command, runs)
        rows.append((case, name, wall, words / wall if words else 0.0, rss))
        print(f"  {case:<28} {name:<22} {wall:8.3f} s  {rss:7.1f} MiB", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        one = build_copies(files, 1, Path(tmp, "one"))
        many = build_copies(files, copies, Path(tmp, "many")) if copies > 1 else one
        words_one = count_words(files)
        seed_words = count_words([SEED])
        add("cold start, one article", "newslint", [*newslint, "check", "-q", "--no-cache", str(SEED)], seed_words)
        for name, exe in peers.items():
            if exe:
                add("cold start, one article", name, [exe, str(SEED)], seed_words)
        cases = [("corpus", one, words_one)]
        if copies > 1:
            cases.append((f"corpus x{copies}", many, words_one * copies))
        for label, folder, words in cases:
            add(label, "newslint -j 1", [*newslint, "check", "-q", "-j", "1", "--no-cache", str(folder)], words)
            add(label, f"newslint -j {jobs}", [*newslint, "check", "-q", "--no-cache", str(folder)], words)
            if peers["codespell"]:
                add(label, "codespell", [peers["codespell"], str(folder)], words)
            if peers["typos"]:
                add(label, "typos --threads 1", [peers["typos"], "--threads", "1", str(folder)], words)
                add(label, f"typos (threads: {jobs})", [peers["typos"], str(folder)], words)
        families = profile_families(newslint, one)

    print(f"\nMachine: {jobs} cores ({os.cpu_count()} CPUs), Python {sys.version.split()[0]}; "
          f"median of {runs} run(s) after a warm-up; corpus: {source}, "
          f"{len(files)} articles, {words_one:,} words.\n")
    print("| case | tool | wall (s) | words/s | peak RSS (MiB) | wall vs codespell | wall vs typos |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for case, name, wall, rate, rss in rows:
        ratios = []
        for peer in ("codespell", "typos"):
            base = next((r[2] for r in rows if r[0] == case and r[1].startswith(peer)), None)
            ratios.append(f"{wall / base:.2f}×" if base else "–")
        print(f"| {case} | {name} | {wall:.3f} | {rate:,.0f} | {rss:.0f} | {ratios[0]} | {ratios[1]} |")
    speedups = []
    for case in dict.fromkeys(r[0] for r in rows):
        single = next((r[2] for r in rows if r[0] == case and r[1] == "newslint -j 1"), None)
        multi = next((r[2] for r in rows if r[0] == case and r[1] == f"newslint -j {jobs}"), None)
        if single and multi:
            speedups.append(f"{case}: {single / multi:.2f}×")
    if speedups:
        print(f"\nnewslint -j {jobs} over -j 1: " + "; ".join(speedups))
    print("\nPer rule family, one process (`newslint check --profile-rules`):\n")
    print("| family | seconds | share |\n|---|---:|---:|")
    for family, seconds, share in families:
        print(f"| {family} | {seconds:.3f} | {share} |")
    if args.grammar and not args.corpus.is_dir():
        print("\nGrammar engines: skipped, bench/speed/grammar.py needs the corpus.")
    elif args.grammar:
        print("\nGrammar engines (bench/speed/grammar.py):", flush=True)
        grammar = [sys.executable, str(ROOT / "bench" / "speed" / "grammar.py"), "--corpus", str(args.corpus)]
        if args.quick:
            grammar += ["--limit", "5"]
        sys.exit(subprocess.run(grammar).returncode)


if __name__ == "__main__":
    main()
