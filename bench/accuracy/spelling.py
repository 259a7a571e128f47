"""Spelling accuracy: inject keystroke typos into clean articles, then score
newslint, codespell and typos on the same files in the same run.

    python bench/accuracy/spelling.py [--corpus DIR] [--half report] [--seed 1] [--limit N]

For every tool: recall and precision on the corrupted copies (flags on the
corpus's listed genuine typos count as right), top-1 suggestion accuracy,
the share of injected typos its automatic fixes restore (and turn into
another word), words its fixes damage per 10,000, and false flags per 10,000
words on the clean articles.
codespell and typos are skipped when not installed (pip install codespell typos).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from halves import HALVES, half  # noqa: E402
from common import (  # noqa: E402
    DEFAULT_CORPUS,
    ROOT,
    Injected,
    inject,
    newslint,
    newslint_findings,
    read_articles,
    read_known_typos,
    word_changes,
    word_count,
    word_index,
)

EXTRA_TYPOS = Path(__file__).resolve().parent / "extra_typos.tsv"


def executable(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


# Each tool: findings(folder) -> [(name, line, word, first suggestion)], fix(folder).
def newslint_tool(config: Path):
    def findings(folder: Path):
        out = []
        for d in newslint_findings([str(folder)], "spelling", config):
            path = Path(d["path"])
            text = path.read_text(encoding="utf-8")
            word = text[d["start"]["offset"]:d["end"]["offset"]]
            out.append((path.relative_to(folder).as_posix(), d["start"]["line"], word,
                        (d["suggestions"] or [""])[0]))
        return out

    def fix(folder: Path):
        newslint("fix", "--select", "spelling", "--config", str(config), "--exit-zero", "-q", str(folder))

    return findings, fix


def codespell_tool(exe: str):
    def findings(folder: Path):
        run = subprocess.run([exe, str(folder)], capture_output=True, text=True)
        out = []
        for line in run.stdout.splitlines():
            where, _, rest = line.partition(": ")
            path, _, number = where.rpartition(":")
            word, _, fixes = rest.partition(" ==> ")
            if path and number.isdigit():
                out.append((Path(path).relative_to(folder).as_posix(), int(number), word.strip(),
                            fixes.split(",")[0].strip()))
        return out

    def fix(folder: Path):
        subprocess.run([exe, "-w", str(folder)], capture_output=True)

    return findings, fix


def typos_tool(exe: str):
    def findings(folder: Path):
        run = subprocess.run([exe, "--format", "json", str(folder)], capture_output=True, text=True)
        out = []
        for line in run.stdout.splitlines():
            item = json.loads(line)
            if item.get("type") == "typo":
                out.append((Path(item["path"]).relative_to(folder).as_posix(), item.get("line_num", 0),
                            item["typo"], (item.get("corrections") or [""])[0]))
        return out

    def fix(folder: Path):
        subprocess.run([exe, "-w", str(folder)], capture_output=True)

    return findings, fix


def write_articles(folder: Path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def is_known_typo(word: str, known: set[str]) -> bool:
    return word in known or word.strip(".,;:!?\"'()‘’“”") in known


def score(tool, clean, corrupted, injected, quoted, known, work: Path, name: str) -> dict:
    findings, fix = tool
    started = time.perf_counter()
    flags = findings(work / "corrupted")
    check_seconds = time.perf_counter() - started
    line_of = {}
    for item in injected:
        text = corrupted[item.name]
        line_of[(item.name, text.count("\n", 0, item.start) + 1, item.typo)] = item
    hits: dict[tuple, str] = {}
    right_flags = 0
    for path, line, word, suggestion in flags:
        key = (path, line, word)
        if key in line_of:
            right_flags += 1
            hits.setdefault(key, suggestion)
        elif is_known_typo(word, known):
            right_flags += 1
    top1 = sum(1 for key, s in hits.items() if s == line_of[key].original)

    fixed_dir = work / f"fixed-{name}"
    shutil.copytree(work / "corrupted", fixed_dir)
    fix(fixed_dir)
    restored = damaged = restored_outside = wrong = 0
    by_article: dict[str, list[Injected]] = {}
    for item in injected:
        by_article.setdefault(item.name, []).append(item)
    for article, text in clean.items():
        fixed = (fixed_dir / article).read_text(encoding="utf-8")
        spots = {word_index(corrupted[article], i.start) for i in by_article.get(article, [])}
        outside = {word_index(corrupted[article], i.start) for i in by_article.get(article, [])
                   if (i.name, i.start) not in quoted}
        changed = word_changes(text, fixed)
        changed_at = {index for index, _, _ in changed}
        restored += len(spots - changed_at)
        # a slip the fix changed into another word than the original
        wrong += len(spots & changed_at & {index for index, _, _ in word_changes(corrupted[article], fixed)})
        restored_outside += len(outside - changed_at)
        damaged += sum(1 for index, word, _ in changed
                       if index not in spots and not is_known_typo(word, known))

    clean_flags = [f for f in findings(work / "clean") if not is_known_typo(f[2], known)]
    words = sum(word_count(t) for t in clean.values())
    return {
        "tool": name,
        "recall": len(hits) / len(injected),
        "precision": right_flags / len(flags) if flags else 1.0,
        "top1": top1 / len(hits) if hits else 0.0,
        "restored": restored / len(injected),
        "restored_outside_quotes": restored_outside / max(1, len(injected) - len(quoted)),
        "wrong_fixes": wrong / len(injected),
        "damage_per_10k": damaged / words * 1e4,
        "false_per_10k": len(clean_flags) / words * 1e4,
        "check_seconds": check_seconds,
        "false_flags": sorted({f[2] for f in clean_flags}),
    }


def quoted_typos(injected: list[Injected], corrupted: dict[str, str]) -> set[tuple[str, int]]:
    """(article, offset) of the injected typos inside direct quotations."""
    from lint.checks.spelling import SpellingContext
    from lint.document import Document

    contexts = {name: SpellingContext(Document(text, name)) for name, text in corrupted.items()}
    return {(i.name, i.start) for i in injected if contexts[i.name].quoted(i.start, i.end)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt articles")
    parser.add_argument("--seed", default="1")
    parser.add_argument("--per-words", type=int, default=150, help="one typo per this many words")
    parser.add_argument("--limit", type=int, help="only the first N articles (of the half)")
    parser.add_argument("--half", choices=[*HALVES, "all"], default="report",
                        help="articles of this half of bench/halves.py's split (tune on tune, quote report)")
    parser.add_argument("--workdir", type=Path, help="keep the files here (default: a temporary folder)")
    parser.add_argument("--tools", default="newslint,codespell,typos")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {args.corpus} (pass --corpus DIR)")

    from lint.spelling.dictionary import get_dictionary

    dictionary = get_dictionary("en")
    articles = [a for a in read_articles(args.corpus) if args.half == "all" or half(a.name) == args.half]
    articles = articles[:args.limit] if args.limit else articles
    if not articles:
        raise SystemExit(f"no .txt files in {args.corpus}")
    known = read_known_typos(args.corpus, EXTRA_TYPOS)
    clean, corrupted, injected = {}, {}, []
    for article in articles:
        rng = random.Random(f"{args.seed}:{article.name}")
        text, spots = inject(article, dictionary.known, rng, args.per_words)
        clean[article.name], corrupted[article.name] = article.text, text
        injected += spots

    work = args.workdir or Path(tempfile.mkdtemp(prefix="newslint-spelling-"))
    work.mkdir(parents=True, exist_ok=True)
    for sub in ("clean", "corrupted"):
        shutil.rmtree(work / sub, ignore_errors=True)
    for sub in os.listdir(work):
        if sub.startswith("fixed-"):
            shutil.rmtree(work / sub)
    write_articles(work / "clean", clean)
    write_articles(work / "corrupted", corrupted)
    (work / "truth.json").write_text(json.dumps([vars(i) for i in injected], indent=1), encoding="utf-8")
    config = work / "newslint.toml"
    config.write_text("# defaults\n", encoding="utf-8")

    tools = {}
    for name in args.tools.split(","):
        if name == "newslint":
            tools[name] = newslint_tool(config)
        elif executable(name):
            tools[name] = (codespell_tool if name == "codespell" else typos_tool)(executable(name))
        else:
            print(f"({name} not installed: skipped)", file=sys.stderr)
    quoted = quoted_typos(injected, corrupted)
    results = [score(tool, clean, corrupted, injected, quoted, known, work, name)
               for name, tool in tools.items()]

    words = sum(word_count(t) for t in clean.values())
    print(f"half: {args.half}; {len(articles)} articles, {words} words, {len(injected)} injected typos "
          f"(seed {args.seed}, one per {args.per_words} words); files in {work}")
    print(f"{len(quoted)} of them ({len(quoted) / len(injected):.0%}) are inside direct quotations, "
          "where a safe fix needs near-certainty (quoted_safe_confidence, quoted_settled_confidence).\n")
    print("| tool | recall | precision | top-1 | fixes restore | ... outside quotes | fixes wrong (of typos) "
          "| damage /10k words | false flags /10k words | check time |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['tool']} | {r['recall']:.3f} | {r['precision']:.3f} | {r['top1']:.3f} | "
              f"{r['restored']:.3f} | {r['restored_outside_quotes']:.3f} | {r['wrong_fixes']:.4f} "
              f"| {r['damage_per_10k']:.2f} | "
              f"{r['false_per_10k']:.2f} | {r['check_seconds']:.1f} s |")
    for r in results:
        print(f"\n{r['tool']} false flags on clean text: {', '.join(r['false_flags']) or 'none'}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
