"""Findings of the copy-hygiene rules (typography, encoding, style packs) on
clean news copy: each rule must stay at or below one finding per 50 articles.

    python bench/accuracy/hygiene.py [--corpus DIR] [--config FILE] [--show RULE] [--strict]

DIR defaults to ../shared/corpus beside the repository; every *.txt below it
is one article. All rules of the three packs run, including those off by
default, with the default configuration or the one in FILE (newslint.toml
or pyproject.toml, e.g. to set typography.date-style). --show prints each
finding of one rule; --strict exits 1 when a rule is over the bar.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.config import Config, load_config  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.errors import InputError  # noqa: E402
from lint.run.files import read_document  # noqa: E402
from lint.rules import load_rules  # noqa: E402

PACKS = {"typography.toml", "encoding.toml", "style.toml"}
BAR = 1.0  # findings per 50 articles


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--config", type=Path, help="a newslint.toml or pyproject.toml to use")
    parser.add_argument("--show", help="print every finding of this rule id")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a rule is over the bar")
    args = parser.parse_args(argv)
    try:
        files = sorted(args.corpus.rglob("*.txt"))
    except OSError as exc:
        print(f"cannot read {args.corpus}: {exc}", file=sys.stderr)
        return 2
    files = [f for f in files if f.name.upper() != "README.TXT"]
    if not files:
        print(f"no articles (*.txt) under {args.corpus}", file=sys.stderr)
        return 2
    rules = sorted((r for r in load_rules() if Path(r.pack).name in PACKS), key=lambda r: r.id)
    config = load_config(args.config) if args.config else Config()
    linter = Linter(config, select=[r.id for r in rules])
    counts, articles = Counter(), Counter()
    for path in files:
        try:
            doc = read_document(str(path))
        except InputError as exc:
            print(exc, file=sys.stderr)
            continue
        found, problems = linter.check(doc)
        for problem in problems:
            print(problem, file=sys.stderr)
        for d in found:
            counts[d.rule] += 1
            if d.rule == args.show:
                line = doc.line_text(d.start.line - 1)
                context = line[max(0, d.start.column - 100) : d.start.column + 60]
                print(f"{path.relative_to(args.corpus)}:{d.start.line}:{d.start.column}: {d.message}\n    {context}")
        for rule in {d.rule for d in found}:
            articles[rule] += 1
    over = 0
    print(f"{len(files)} articles in {args.corpus}\n")
    print("| rule | name | findings | articles | per 50 articles |")
    print("|---|---|---:|---:|---:|")
    for rule in rules:
        per50 = counts[rule.id] * 50 / len(files)
        over += per50 > BAR
        flag = " **over**" if per50 > BAR else ""
        print(f"| {rule.id} | {rule.name} | {counts[rule.id]} | {articles[rule.id]} | {per50:.2f}{flag} |")
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
