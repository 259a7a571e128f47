"""Grammar engines on real news copy: start-up, throughput, cache, flags.

    python bench/speed/grammar.py [--corpus ../shared/corpus] [--limit N] [--engine languagetool|harper|both]

For each engine: the start-up (LanguageTool: JVM start until the server
answers, then its first check), words per second with a cold paragraph cache
and again with the warm cache (with how many paragraphs were sent to the
engine), and the findings per 10,000 words on the corpus, by engine rule.
The corpus is clean published copy, so nearly every finding is a false alarm
to be weighed. Nothing is written outside a temporary folder.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.grammar import languagetool  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.run.files import read_document  # noqa: E402


def corpus_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.txt") if p.name[0].isdigit())


LANGUAGE = "en-GB"  # the corpus is BBC copy


def linter(engine: str, cache_dir: Path) -> Linter:
    config = Config(root=cache_dir)
    config.sections["grammar"] = {"engine": engine, "language": LANGUAGE}
    config.sections["cache"] = {"dir": str(cache_dir)}
    return Linter(config, select=["NL601"])


def one_pass(lint: Linter, docs) -> tuple[float, list, int]:
    check = lint.checks[0]
    before = check.cache.misses
    start = time.perf_counter()
    found, problems = [], []
    for doc in docs:
        diagnostics, errors = lint.check(doc)
        found += diagnostics
        problems += errors
    if problems:
        sys.exit(f"engine failed: {problems[0]}")
    return time.perf_counter() - start, found, check.cache.misses - before


def run(engine: str, docs, words: int, args_top: int = 25) -> None:
    print(f"\n## {engine}\n")
    with tempfile.TemporaryDirectory() as tmp:
        lint = linter(engine, Path(tmp))
        if engine == "languagetool":
            started = time.perf_counter()
            languagetool.server_url()
            up = time.perf_counter() - started
            first = time.perf_counter()
            lint.checks[0]._engine().check("The government has sign a deal.")
            print(f"start-up: server answers after {up:.1f} s; first check {time.perf_counter() - first:.1f} s")
        else:
            started = time.perf_counter()
            lint.checks[0]._engine().check("The government has sign a deal.")
            print(f"start-up: linter built and first check in {time.perf_counter() - started:.2f} s")
        cold, found, sent_cold = one_pass(lint, docs)
        warm, _, sent_warm = one_pass(linter(engine, Path(tmp)), docs)  # a new run, same disk cache
    print(f"\n| pass | seconds | words/s | paragraphs sent to the engine |\n|---|---|---|---|")
    print(f"| cold cache | {cold:.1f} | {words / cold:,.0f} | {sent_cold} |")
    print(f"| warm cache | {warm:.2f} | {words / warm:,.0f} | {sent_warm} |")
    per = Counter(d.extra["engine_rule"] for d in found)
    print(f"\nfindings: {len(found)} in {len(docs)} articles = {len(found) * 10000 / words:.1f} per 10,000 words\n")
    print("| engine rule | category | findings | example |\n|---|---|---|---|")
    examples = {}
    for d in found:
        examples.setdefault(d.extra["engine_rule"], d)
    for rule, count in per.most_common(args_top):
        d = examples[rule]
        text = Path(d.path).read_text(encoding="utf-8")
        snippet = text[max(0, d.start.offset - 25):d.end.offset + 25].replace("\n", " ").replace("|", "/")
        print(f"| {rule} | {d.extra['engine_category']} | {count} | …{snippet}… |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--top", type=int, default=25, help="rules listed in the findings table")
    parser.add_argument("--engine", choices=("languagetool", "harper", "both"), default="both")
    parser.add_argument("--language", default="en-GB", help="en-US, en-GB ... (default: en-GB, as the BBC corpus)")
    args = parser.parse_args()
    global LANGUAGE
    LANGUAGE = args.language
    files = corpus_files(args.corpus) if args.corpus.is_dir() else []
    if not files:
        sys.exit(f"no corpus articles under {args.corpus}")
    if args.limit:
        files = files[: args.limit]
    docs = [read_document(str(f)) for f in files]
    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs)} articles, {words:,} words")
    for engine in ("languagetool", "harper") if args.engine == "both" else (args.engine,):
        run(engine, docs, words, args.top)
    languagetool.stop_private()


if __name__ == "__main__":
    main()
