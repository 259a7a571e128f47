"""`newslint check` and `fix` on a folder of many small files (default 50,000).

    python bench/reliability/many_files.py [--files 50000] [--corpus ../shared/corpus]

Each file is one paragraph of a real article (the corpus folder, default
../shared/corpus; the seed fixture when missing), one in fifty with an ad
label to fix, written to a temporary folder. Prints time, peak RSS and the
exit codes; a scaled-down run is tests/reliability/test_reliability_inputs.py.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def paragraphs(corpus: Path) -> list[str]:
    files = sorted(corpus.rglob("*.txt"))[:200] if corpus.is_dir() else []
    files = files or [ROOT / "fixtures" / "algeria-russia.txt"]
    return [p.strip() for f in files for p in f.read_text(encoding="utf-8", errors="replace").split("\n\n")
            if len(p.split()) > 8 and "Advertisement" not in p]


def run(args: list[str]) -> tuple[int, float, float]:
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "lint", *args], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return os.waitstatus_to_exitcode(status), time.monotonic() - started, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=50_000)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    texts = paragraphs(args.corpus)
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.files):
            sub = Path(folder, f"{i // 1000:03d}")
            sub.mkdir(exist_ok=True)
            text = texts[i % len(texts)] + "\n"
            if i % 50 == 0:
                text += "\nAdvertisements\n\nMore to follow.\n"
            (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        for command in (["check", "-q", "--statistics", folder], ["fix", "-q", "--select", "boilerplate", folder]):
            code, seconds, rss = run(command)
            print(f"{command[0]}: {args.files} files; exit {code}; {seconds:.0f} s "
                  f"({args.files / seconds:.0f} files/s); peak RSS {rss:.0f} MB")
        leftovers = [p for p in Path(folder).rglob(".newslint-*")]
        print(f"temp files left: {len(leftovers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
