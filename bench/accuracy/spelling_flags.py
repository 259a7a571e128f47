"""False spelling flags on real copy, out of the box and after `newslint words learn`.

    python bench/accuracy/spelling_flags.py [--corpus ../shared/corpus]

Runs the spelling rules (NL101, NL102; default config) over each corpus
folder (``bbc``, ``us-news``), matches every flag to the hand adjudication in
spelling_flags.tsv (right: a genuine slip or defect; false: a word written
on purpose) and prints flags and false flags per 10,000 words for each half
(bench/halves.py, by file name). Then it learns house words from the whole
folder, as a newsroom would from its archive (`newslint words learn`), and
prints the same with them. Flags nobody has adjudicated are counted apart,
never as right.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import DEFAULT_CORPUS, newslint  # noqa: E402
from halves import HALVES, half  # noqa: E402

ADJUDICATED = Path(__file__).resolve().parent / "spelling_flags.tsv"
CORPORA = ("bbc", "us-news")
WORD = re.compile(r"\w+")


def read_verdicts() -> dict[tuple[str, str, str], str]:
    verdicts = {}
    for line in ADJUDICATED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            corpus, name, word, verdict = line.split("\t")
            verdicts[corpus, name, word] = verdict
    return verdicts


def flags(folder: Path, config: Path) -> list[tuple[str, str]]:
    """(file name relative to the folder, flagged word) of each spelling flag."""
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    result = newslint("check", "--no-cache", "--exit-zero", "--format", "json", "--select", "spelling",
                      "--config", str(config), *files)
    out = []
    for d in json.loads(result.stdout or "[]"):
        path = Path(d["path"])
        text = path.read_text(encoding="utf-8", errors="replace")
        out.append((path.resolve().relative_to(folder.resolve()).as_posix(),
                    text[d["start"]["offset"]:d["end"]["offset"]]))
    return out


def table(corpus: str, folder: Path, config: Path, verdicts, label: str) -> None:
    words = Counter()
    for path in folder.rglob("*.txt"):
        name = path.relative_to(folder).as_posix()
        words[half(name)] += len(WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    tally = {h: Counter() for h in HALVES}
    for name, word in flags(folder, config):
        tally[half(name)][verdicts.get((corpus, name, word), "unadjudicated")] += 1
    for h in HALVES:
        t, n = tally[h], words[h] or 1
        total = sum(t.values())
        print(f"| {corpus} | {label} | {h} | {words[h]:,} | {total} | {t['right']} | {t['false']} "
              f"| {t['unadjudicated']} | {total / n * 1e4:.2f} | {t['false'] / n * 1e4:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-documents", type=int, default=5, help="passed to `newslint words learn`")
    args = parser.parse_args()
    verdicts = read_verdicts()
    print("| corpus | house words | half | words | flags | right | false | unadjudicated "
          "| flags /10k | false flags /10k |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as work:
        for corpus in CORPORA:
            folder = args.corpus / corpus
            plain = Path(work) / f"{corpus}-plain.toml"
            plain.write_text("", encoding="utf-8")
            table(corpus, folder, plain, verdicts, "none")
            words = Path(work) / f"{corpus}-words.txt"
            learned = newslint("words", "learn", "--file", str(words), "--min-documents",
                               str(args.min_documents), "--config", str(plain), str(folder))
            if learned.returncode != 0:
                raise SystemExit(f"newslint words learn failed: {learned.stderr}")
            config = Path(work) / f"{corpus}-learned.toml"
            config.write_text(f"word-files = [{json.dumps(str(words))}]\n", encoding="utf-8")
            count = len(learned.stdout.splitlines())
            table(corpus, folder, config, verdicts, f"learned ({count})")


if __name__ == "__main__":
    main()
