"""Peak memory and time of `newslint check` on one big file (default 200 MB).

    python bench/reliability/big_file.py [--mb 200] [--select RULES] [--corpus ../shared/corpus]

The file is built from real articles (the corpus folder, default
../shared/corpus relative to the repository; the seed fixture when it is
missing) in a temporary folder, never in the repository. Peak RSS is the
child's ru_maxrss. A scaled-down run is tests/reliability/test_reliability_inputs.py.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def article_texts(corpus: Path) -> list[str]:
    files = sorted(corpus.rglob("*.txt"))[:400] if corpus.is_dir() else []
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    return texts or [(ROOT / "fixtures" / "algeria-russia.txt").read_text(encoding="utf-8")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--select", help="rules to run (default: the default rules)")
    args = parser.parse_args()
    texts = article_texts(args.corpus)
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder, "big.txt")
        with big.open("w", encoding="utf-8") as out:
            written, i = 0, 0
            while written < args.mb * 2**20:
                chunk = texts[i % len(texts)] + "\n\n"
                out.write(chunk)
                written += len(chunk.encode())
                i += 1
        started = time.monotonic()
        select = ["--select", args.select] if args.select else []
        process = subprocess.Popen([sys.executable, "-m", "lint", "check", "-q", "--statistics", *select, str(big)],
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        timer = threading.Timer(args.timeout, process.kill)
        timer.start()
        stderr = process.stderr.read().decode(errors="replace").strip().splitlines()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        seconds = time.monotonic() - started
    rss = usage.ru_maxrss / 1024
    print(f"file: {written / 2**20:.0f} MB; exit: {os.waitstatus_to_exitcode(status)}; time: {seconds:.0f} s; "
          f"peak RSS: {rss:.0f} MB ({rss / (written / 2**20):.1f} x the file)")
    for line in stderr[-3:]:
        print("stderr:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
