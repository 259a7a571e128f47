"""Format readers on real copy: the same articles as plain text, Markdown,
HTML and JSON Lines must give the same findings.

    python bench/accuracy/formats.py [--corpus DIR] [--limit N]

DIR defaults to ../shared/corpus beside the repository; every *.txt below it
is one article. Each article is written, in a temporary folder, as .md (the
text as it is), .html (headline in <h1>, each paragraph in <p>, text
escaped) and as one record of a .jsonl file ({"text": ...}). Every
default-enabled rule runs on each; a finding counts by (article, rule,
message). "extra" findings appear only in that format (false alarms the
reader adds), "lost" ones only in the plain text (prose the reader hides).
"reading s" is the time to read every file into documents (the format
reader's own cost; the checks then cost the same in every format).
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.formats import load  # noqa: E402
from lint.run.runner import run_check  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def as_html(text: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = [f"<h1>{html.escape(paragraphs[0])}</h1>"] + [f"<p>{html.escape(p)}</p>" for p in paragraphs[1:]]
    return "<!doctype html>\n<html><body>\n" + "\n".join(body) + "\n</body></html>\n"


LINE_REFERENCE = re.compile(r"\s*\(lines? [\d, ]+\)|\d+ line\(s\)")


def keys(diagnostics, names) -> Counter:
    # messages that cite line numbers differ between formats: compare them without
    return Counter((names(d), d.rule, LINE_REFERENCE.sub("", d.message)) for d in diagnostics)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    articles = sorted(args.corpus.rglob("*.txt"))[: args.limit or None]
    if not articles:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    linter = Linter(Config())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        by_format: dict[str, list[Path]] = {"text": [], "markdown": [], "html": []}
        records = []
        for i, article in enumerate(articles):
            text = article.read_text(encoding="utf-8")
            for kind, suffix, content in (("text", ".txt", text), ("markdown", ".md", text),
                                          ("html", ".html", as_html(text))):
                path = folder / f"{i:04d}{suffix}"
                path.write_text(content, encoding="utf-8")
                by_format[kind].append(path)
            records.append(json.dumps({"text": text}, ensure_ascii=False))
        jsonl = folder / "all.jsonl"
        jsonl.write_text("\n".join(records) + "\n", encoding="utf-8")
        results = {}
        for kind, paths in (*by_format.items(), ("jsonl", [jsonl])):
            start = time.perf_counter()  # the reader alone: the checks cost the same in every format
            for path in paths:
                load(str(path), path.read_text(encoding="utf-8"), config=linter.config)
            seconds = time.perf_counter() - start
            result = run_check([str(p) for p in paths], linter)
            if kind == "jsonl":
                found = keys(result.diagnostics, lambda d: d.extra["record"] - 1)
            else:
                found = keys(result.diagnostics, lambda d: int(Path(d.path).stem))
            results[kind] = (found, seconds, result.errors)
    words = sum(len(a.read_text(encoding="utf-8").split()) for a in articles)
    base = results["text"][0]
    print(f"{len(articles)} articles, {words} words\n")
    print("| format | findings | extra (per 10k words) | lost | reading s | errors |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, (found, seconds, errors) in results.items():
        extra = sum((found - base).values())
        lost = sum((base - found).values())
        print(f"| {kind} | {sum(found.values())} | {extra} ({extra * 10000 / words:.2f}) | {lost} "
              f"| {seconds:.1f} | {len(errors)} |")
    for kind, (found, _, _) in results.items():
        for key, n in list((found - base).items())[:5]:
            print(f"  extra in {kind}: article {key[0]} {key[1]} {key[2]}")
        for key, n in list((base - found).items())[:5]:
            print(f"  lost in {kind}: article {key[0]} {key[1]} {key[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
