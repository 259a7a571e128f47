"""Real human misspellings, each inside a real sentence: top-1 suggestion and
the safety of `newslint fix`.

    python bench/accuracy/human_typos.py [--half tune|report|all] [--dialect en-US]

The rows are GNU Aspell's suggestion tests in ``../shared/misspellings/``
(``wrong<TAB>right``): ``aspell-02-orig.tab`` (515 misspellings collected by
hand) and ``aspell-05-common.tab`` (Wikipedia's list of common misspellings).
Each row is scored inside a sentence built for it: a sentence of the corpus
(``../shared/corpus``) that uses the right word, with that word replaced by
the misspelling (chosen by a hash of the row, so runs are reproducible); a
row whose word the corpus never uses gets a plain template sentence. A
capitalised misspelling ("Accosinly" for "Occasionally") opens its sentence,
as a capital mid-sentence reads as a name: a corpus sentence that starts with
the word, else a template that starts with it. Each sentence is checked alone
with the default rules and the chosen dialect. Template rows have no real
context (the words around them say nothing about the word meant), so their
wrong safe fixes are also counted apart.

Rows are split into halves by bench/halves.py (key: the row's text); weights
may be tuned on "tune" only, and the figures to quote are "report". With
``--dialect en-GB`` the rows that "correct" a British spelling are left out
(the misspelling is a word of British English). Aspell's own published top-1
figures are printed beside ours. A misspelling may have several rows, one
per correction ("anual": annual, anal); a safe fix that writes another of
its listed corrections is counted wrong (the sentence meant this row's
word) and also shown in its own column.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import DEFAULT_CORPUS, ROOT  # noqa: E402
from halves import HALVES, half  # noqa: E402

sys.path.insert(0, str(ROOT))
from lint import check_text  # noqa: E402
from lint.api import make_linter  # noqa: E402
from lint.patterns import match_case  # noqa: E402

MISSPELLINGS = ROOT.parent / "shared" / "misspellings"
SETS = {"aspell-02-orig": 0.588, "aspell-05-common": 0.853}  # Aspell's published top-1
SPELLING_RULES = ("NL101", "NL102")
TEMPLATE = "They said the {word} was the main point of the report."
START_TEMPLATE = "{word} was the main point of the report, they said."
SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
MAX_SENTENCE = 300


def read_rows(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            wrong, right = line.split("\t", 1)
            rows.append((wrong.strip(), right.strip()))
    return rows


def sentence_index(corpus: Path, wanted: set[str]) -> dict[str, list[str]]:
    """Each wanted word -> corpus sentences using it as written mid-sentence
    (so a lower-case misspelling reads as a common word); "^" + word -> those
    that open with it."""
    found: dict[str, list[str]] = defaultdict(list)
    word = re.compile(r"[A-Za-z']+")
    for path in sorted(corpus.rglob("*.txt")):
        for sentence in SENTENCE.findall(path.read_text(encoding="utf-8", errors="replace")):
            sentence = sentence.strip()
            if len(sentence) > MAX_SENTENCE:
                continue
            tokens = word.findall(sentence)
            keys = {t for t in tokens[1:] if t in wanted}
            if tokens and tokens[0] in wanted and sentence.startswith(tokens[0]):
                keys.add("^" + tokens[0])
            for key in keys:
                if len(found[key]) < 50:
                    found[key].append(sentence)
    return found


def pick(row: tuple[str, str], sentences: list[str]) -> str:
    digest = int(hashlib.sha1("\t".join(row).encode()).hexdigest(), 16)
    return sentences[digest % len(sentences)]


def build(row: tuple[str, str], index: dict[str, list[str]]) -> tuple[str, int, bool]:
    """(sentence, offset of the misspelling, from the corpus?)"""
    wrong, right = row
    shaped = match_case(right, wrong.lower()) if right[:1].islower() else wrong
    if wrong[:1].isupper() and right[:1].isupper():
        sentences = index.get("^" + right)
        if not sentences:
            return START_TEMPLATE.format(word=shaped), 0, False
        sentence = pick(row, sentences)
        return shaped + sentence[len(right):], 0, True
    sentences = index.get(right)
    if not sentences:
        text = TEMPLATE.format(word=shaped)
        return text, text.index(shaped), False
    sentence = pick(row, sentences)
    at = re.search(rf"(?<![A-Za-z']){re.escape(right)}(?![A-Za-z'])", sentence[1:])
    start = at.start() + 1
    return sentence[:start] + shaped + sentence[at.end() + 1:], start, True


def score(rows, index, linter) -> dict:
    tally = defaultdict(int)
    wrong_fixes = []
    listed = defaultdict(set)  # a misspelling -> every correction its file lists
    for wrong, right in rows:
        listed[wrong.lower()].add(right.lower())
    for row in rows:
        text, start, real = build(row, index)
        end = start + len(row[0])
        tally["rows"] += 1
        tally["in corpus sentence"] += real
        hits = [d for d in check_text(text, linter)
                if d.rule in SPELLING_RULES and d.start.offset <= start < d.end.offset]
        if not hits:
            continue
        tally["flagged"] += 1
        d = hits[0]
        best = (d.suggestions or [""])[0]
        right = row[1]
        tally["top-1"] += best.lower() == right.lower()
        if d.fix and d.fix.applicability == "safe" and d.start.offset == start and d.end.offset == end:
            tally["safe fixes"] += 1
            if best.lower() == right.lower():
                tally["safe right"] += 1
            else:
                wrong_fixes.append((row[0], best, right, real))
                tally["wrong but listed"] += best.lower() in listed[row[0].lower()]
                tally["wrong in template"] += not real
    tally["wrong fixes"] = wrong_fixes
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=[*HALVES, "all"], default="report")
    parser.add_argument("--dialect", default="en-US", choices=["en-US", "en-GB", "en"])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show-wrong", type=int, default=10, help="print this many wrong safe fixes per set")
    args = parser.parse_args()

    linter = make_linter({"spelling": {"dialect": args.dialect}})
    sets = {name: read_rows(MISSPELLINGS / f"{name}.tab") for name in SETS}
    if args.dialect == "en-GB":
        from lint.spelling.dictionary import get_dictionary

        british = get_dictionary("en-GB")
        sets = {n: [r for r in rows if not british.known(r[0])] for n, rows in sets.items()}
    sets = {n: [r for r in rows if args.half == "all" or half("\t".join(r)) == args.half]
            for n, rows in sets.items()}
    index = sentence_index(args.corpus, {r[1] for rows in sets.values() for r in rows})

    print(f"Human misspellings in sentences, dialect {args.dialect}, half: {args.half}")
    print()
    print("| set | rows | in corpus sentences | flagged | top-1 | Aspell top-1 | safe fixes "
          "| safe fix wrong (of rows) | ... another listed correction | ... in a template sentence "
          "| safe-fix precision |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    shown = []
    for name, rows in sets.items():
        t = score(rows, index, linter)
        n = t["rows"] or 1
        wrong = len(t["wrong fixes"])
        precision = t["safe right"] / t["safe fixes"] if t["safe fixes"] else 1.0
        print(f"| {name} | {t['rows']} | {t['in corpus sentence'] / n:.2f} | {t['flagged'] / n:.3f} "
              f"| {t['top-1'] / n:.3f} | {SETS[name]:.3f} | {t['safe fixes'] / n:.3f} | {wrong / n:.4f} "
              f"| {t['wrong but listed'] / n:.4f} | {t['wrong in template'] / n:.4f} "
              f"| {precision:.3f} |")
        shown += [(name, *w) for w in t["wrong fixes"][:args.show_wrong]]
    if shown:
        print("\nWrong safe fixes (misspelling -> written, meant):")
        for name, wrong, written, right, real in shown:
            print(f"  {name}: {wrong} -> {written} (meant {right}){'' if real else ', template sentence'}")


if __name__ == "__main__":
    main()
