"""CPU seconds of the document model and of each rule's check, in one process,
on the dev corpus: the best of a few repeats, each on fresh Documents, so a
busy machine's noise mostly falls away (``--profile-rules`` times one run).

    python bench/speed/rules.py [--corpus ../shared/corpus/bbc] [--repeats 3] [--top 25]

Both halves of the dev set (bench/halves.py) are used: this is a profile, not a figure to tune on.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from lint.config import load_config
from lint.document import Document
from lint.engine import Linter
from lint.run.files import decode

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    texts = [decode(p.read_bytes(), str(p))[0] for p in sorted(args.corpus.rglob("*.txt"))]
    linter = Linter(load_config(search_from=args.corpus))
    best: dict[str, float] = {}
    for _ in range(args.repeats):
        spent: dict[str, float] = {}
        clock = time.process_time
        for text in texts:  # as a run does: one document at a time, every rule on it
            doc = Document(text)
            started = clock()
            doc.tokens, doc.words, doc.lines
            spent["(document model)"] = spent.get("(document model)", 0.0) + clock() - started
            for check in linter.checks:
                started = clock()
                for _ in check.check(doc):
                    pass
                spent[check.rule.id] = spent.get(check.rule.id, 0.0) + clock() - started
        for key, seconds in spent.items():
            best[key] = min(best.get(key, seconds), seconds)
    total = sum(best.values())
    print(f"{len(texts)} files, best of {args.repeats}; total {total:.3f} CPU s")
    for key, seconds in sorted(best.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{key:18s} {seconds:7.3f}  {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
