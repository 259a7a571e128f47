"""Spelling precision (NL101, NL102) on copy the rules were never designed on.

    python bench/accuracy/fresh_spelling.py [--half tune|report] [--show]

The article text of three sets in ../shared, none of them read while NL101 was
designed: ``dragnet`` (the gold text of ../shared/boilerplate/dragnet),
``l3s`` (the headline and full-text blocks, x-nc-sel1 and x-nc-sel2, of
../shared/boilerplate/l3s-gn1's annotated gold; never boilerplate, captions or
comments) and ``basil`` (each of ../shared/names/basil's 300 articles alone:
title and body paragraphs). Each item is in one half by bench/halves.py, keyed
by its file name relative to its set. The half's texts are written to a
temporary folder and checked with the default config (``--no-cache --select
NL101,NL102``); per set the first SAMPLE findings in a stable hashed order are
matched to fresh_spelling.tsv by (set, half, file, word). It prints per set
the findings, the adjudicated, right, false and the precision, and which half.
``--show`` prints the sampled findings with their context, for adjudication.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import ROOT, newslint  # noqa: E402
from halves import HALVES, REPORT, half  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = ROOT.parent / "shared"
ADJUDICATED = HERE / "fresh_spelling.tsv"
SAMPLE = 60
CONTENT = {"x-nc-sel1", "x-nc-sel2"}


class _Blocks(HTMLParser):
    """Text of the l3s-gn1 spans whose class is a content class."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []
        self.blocks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            cls = set((dict(attrs).get("class") or "").split())
            self.stack.append(bool(cls & CONTENT) or (bool(self.stack) and self.stack[-1]))
            if self.stack[-1] and not (len(self.stack) > 1 and self.stack[-2]):
                self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "span" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1]:
            self.blocks[-1] += data


def l3s_text(path: Path) -> str:
    parser = _Blocks()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    blocks = [" ".join(b.split()) for b in parser.blocks]
    return "\n\n".join(b for b in blocks if b) + "\n"


def basil_text(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = [" ".join(p) if isinstance(p, list) else p for p in data.get("body-paragraphs", [])]
    return "\n\n".join([data.get("title", ""), *paragraphs]).strip() + "\n"


def items() -> dict[str, dict[str, callable]]:
    """set -> {key: a function returning its text}."""
    dragnet = SHARED / "boilerplate" / "dragnet" / "gold"
    l3s = SHARED / "boilerplate" / "l3s-gn1" / "gold"
    basil = SHARED / "names" / "basil"
    return {
        "dragnet": {p.name: (lambda p=p: p.read_text(encoding="utf-8", errors="replace"))
                    for p in sorted(dragnet.glob("*.txt"))},
        "l3s": {p.name: (lambda p=p: l3s_text(p)) for p in sorted(l3s.glob("*.txt"))},
        "basil": {p.relative_to(basil).as_posix(): (lambda p=p: basil_text(p))
                  for p in sorted(basil.glob("*/*.json"))},
    }


def findings(name: str, texts: dict, wanted: str, tmp: Path, select: str = "NL101,NL102") -> list[dict]:
    folder = tmp / name
    for key, read in texts.items():
        if half(key) == wanted:
            out = folder / (key + ".txt")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(read(), encoding="utf-8")
    result = newslint("check", "--no-cache", "--exit-zero", "--format", "json",
                      "--select", select, str(folder))
    found = []
    for d in json.loads(result.stdout or "[]"):
        path = Path(d["path"])
        text = path.read_text(encoding="utf-8")
        start, end = d["start"]["offset"], d["end"]["offset"]
        key = path.resolve().relative_to(folder.resolve()).as_posix()[:-len(".txt")]
        context = text[max(0, start - 120):start] + "⟦" + text[start:end] + "⟧" + text[end:end + 120]
        found.append({**d, "file": key, "word": text[start:end],
                      "context": " ".join(context.split())})
    return sorted(found, key=lambda d: hashlib.sha1(f"{d['file']}:{d['start']['offset']}".encode()).hexdigest())


def verdicts() -> dict[tuple[str, str, str, str], str]:
    out = {}
    if ADJUDICATED.exists():
        for line in ADJUDICATED.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                set_, half_, file, word, verdict = line.split("\t")[:5]
                out[(set_, half_, file, word)] = verdict
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES, default=REPORT)
    ap.add_argument("--show", action="store_true", help="print the sampled findings with context")
    args = ap.parse_args()
    known = verdicts()
    print(f"half: {args.half}  (bench/halves.py; sample: first {SAMPLE} per set, hashed order)")
    print("| set | findings | sampled | adjudicated | right | false | precision |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts in items().items():
            found = findings(name, texts, args.half, Path(tmp))
            sample = found[:SAMPLE]
            marks = [known.get((name, args.half, d["file"], d["word"])) for d in sample]
            right, false = marks.count("right"), marks.count("false")
            prec = f"{right / (right + false):.0%}" if right + false else "-"
            print(f"| {name} | {len(found)} | {len(sample)} | {right + false} | {right} | {false} | {prec} |")
            if args.show:
                for d, mark in zip(sample, marks):
                    print(f"  {name}\t{args.half}\t{d['file']}\t{d['word']}\t{mark or '?'}\t"
                          f"{d['rule']}\t{d['context']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
