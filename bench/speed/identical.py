"""Speed work must not change findings: the findings JSON of this tree and of
an earlier commit on the dev corpus, compared byte for byte.

    python bench/speed/identical.py [--ref main] [--corpus ../shared/corpus] [--corpus-mode]

The earlier commit is checked out into a temporary git worktree and run with
this Python (its own ``lint`` first on the path); both run ``newslint check
--no-cache --format json`` on the same folder. Prints the number of findings
and "identical", or the first differing finding of each, and exits 1.
Both halves of the dev set (bench/halves.py) are used: this is a check, not a figure.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def findings(code: Path, corpus: Path, extra: list[str]) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(code)}
    result = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json", *extra,
                             str(corpus)], capture_output=True, env=env, cwd=code)
    if result.returncode not in (0, 1):
        sys.exit(f"newslint at {code} failed ({result.returncode}): {result.stderr.decode()[-500:]}")
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="main", help="the commit to compare with")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--corpus-mode", action="store_true", help="also compare with --corpus")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "ref"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), args.ref],
                       check=True, capture_output=True)
        try:
            failed = False
            for extra in ([], ["--corpus"]) if args.corpus_mode else ([],):
                before, after = findings(old, corpus, extra), findings(ROOT, corpus, extra)
                label = " ".join(extra) or "per file"
                if before == after:
                    print(f"{label}: {len(json.loads(after)):,} findings on {corpus}: identical to {args.ref}")
                    continue
                failed = True
                a, b = json.loads(before), json.loads(after)
                first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                print(f"{label}: DIFFERENT from {args.ref} ({len(a)} vs {len(b)} findings); first at {first}:")
                print(json.dumps(a[first:first + 1], ensure_ascii=False), json.dumps(b[first:first + 1],
                                                                                     ensure_ascii=False))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)],
                           capture_output=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
