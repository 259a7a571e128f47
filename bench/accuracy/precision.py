"""Precision of every default rule on real copy, from a hand adjudication.

    python bench/accuracy/precision.py [--corpus ../shared/corpus]
    python bench/accuracy/precision.py --sample [--half tune]   # findings still to adjudicate

Runs newslint with the default rules (``--no-cache``) over each corpus folder
(``us-news``, ``bbc``) and matches every finding to precision.tsv by
(corpus, file, rule, offset). Per rule it samples the findings of one half
(bench/halves.py, by file name; ``report`` unless ``--half``): the first
SAMPLE of them in a stable hashed order, all when fewer. It prints per rule
the findings in that half, how many of the sample are adjudicated, right (a
genuine defect of the copy, or boilerplate that is really boilerplate) and
false, and the precision. Sampled findings nobody has adjudicated are counted
apart, never as right. The spelling rules (NL101, NL102) are read from their
own adjudication, spelling_flags.tsv (keyed by the flagged word). The last
column counts adjudicated findings (of an earlier run) that the rules no
longer report: what a narrowing cost (right) and saved (false).

``--sample`` prints the sampled findings not yet adjudicated, with their
paragraph, as TSV lines to complete with a verdict.

``--grammar`` runs the grammar rule (NL601, ``--grammar``: LanguageTool, which
must be installed, ``newslint languagetool install``) over GRAMMAR_SAMPLE
us-news stories of the report half (the first by SHA-1 of the file name) and
prints precision per LanguageTool category from grammar_flags.tsv.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import DEFAULT_CORPUS, newslint  # noqa: E402
from halves import REPORT, half  # noqa: E402

HERE = Path(__file__).resolve().parent
ADJUDICATED = HERE / "precision.tsv"
SPELLING = HERE / "spelling_flags.tsv"
CORPORA = ("us-news", "bbc")
SAMPLE = 50
SPELLING_RULES = ("NL101", "NL102")
GRAMMAR = HERE / "grammar_flags.tsv"
GRAMMAR_SAMPLE = 150


def read_tsv(path: Path, width: int) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t")[:width])
    return rows


def findings(folder: Path) -> list[dict]:
    """Every finding of the default rules, with ``file`` (relative to the
    folder), ``text`` (the flagged text) and ``context`` (its paragraph)."""
    result = newslint("check", "--no-cache", "--exit-zero", "--format", "json", str(folder))
    out, texts = [], {}
    for d in json.loads(result.stdout or "[]"):
        path = Path(d["path"])
        if path not in texts:
            texts[path] = path.read_text(encoding="utf-8", errors="replace")
        text, start, end = texts[path], d["start"]["offset"], d["end"]["offset"]
        para_start = text.rfind("\n\n", 0, start) + 2 if text.rfind("\n\n", 0, start) >= 0 else 0
        para_end = text.find("\n\n", end)
        para_end = len(text) if para_end < 0 else para_end
        context = text[max(para_start, start - 300):start] + "⟦" + text[start:end] + "⟧" + text[end:min(para_end, end + 300)]
        out.append({**d, "file": path.resolve().relative_to(folder.resolve()).as_posix(),
                    "text": text[start:end], "context": context.replace("\n", "⏎").replace("\t", " ")})
    return out


def order(d: dict) -> str:
    return hashlib.sha1(f"{d['file']}:{d['start']['offset']}".encode()).hexdigest()


def sampled(found: list[dict], wanted: str) -> dict[str, tuple[int, list[dict]]]:
    """rule -> (findings in the half, the sample of them)."""
    by_rule = defaultdict(list)
    for d in found:
        if half(d["file"]) == wanted:
            by_rule[d["rule"]].append(d)
    return {rule: (len(ds), sorted(ds, key=order)[:SAMPLE]) for rule, ds in by_rule.items()}


def grammar_table(folder: Path) -> None:
    verdicts = {(row[0], row[1]): row[5] for row in read_tsv(GRAMMAR, 6)}
    stories = sorted((p for p in folder.rglob("*.txt") if half(p.relative_to(folder).as_posix()) == REPORT),
                     key=lambda p: hashlib.sha1(p.name.encode()).hexdigest())[:GRAMMAR_SAMPLE]
    result = newslint("check", "--no-cache", "--exit-zero", "--grammar", "--select", "grammar",
                      "--format", "json", *map(str, stories))
    tally = defaultdict(Counter)
    for d in json.loads(result.stdout or "[]"):
        name = Path(d["path"]).resolve().relative_to(folder.resolve()).as_posix()
        tally[d["engine_category"]][verdicts.get((name, str(d["start"]["offset"])), "unadjudicated")] += 1
    print(f"LanguageTool (NL601 --grammar) on {len(stories)} us-news stories of the report half.\n")
    print("| LanguageTool category | findings | right | false | unadjudicated | precision |")
    print("|---|---:|---:|---:|---:|---:|")
    for category, t in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        judged = t["right"] + t["false"]
        precision = f"{t['right'] / judged:.0%}" if judged else "–"
        print(f"| {category} | {sum(t.values())} | {t['right']} | {t['false']} | {t['unadjudicated']} | {precision} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--half", default=REPORT)
    parser.add_argument("--sample", action="store_true", help="print the sampled findings not yet adjudicated")
    parser.add_argument("--grammar", action="store_true", help="LanguageTool's categories instead")
    args = parser.parse_args()
    if args.grammar:
        grammar_table(args.corpus / "us-news")
        return
    verdicts = {tuple(row[:4]): row[5] for row in read_tsv(ADJUDICATED, 7)}
    dropped = Counter()  # (corpus, rule, verdict) of adjudicated findings no longer reported
    spelling = {tuple(row[:3]): row[3] for row in read_tsv(SPELLING, 4)}
    if not args.sample:
        print(f"Default rules, `newslint check --no-cache`; the {args.half} half of each corpus "
              f"(bench/halves.py), a sample of {SAMPLE} findings per rule or all of them.\n")
        print("| corpus | rule | name | findings | sampled | right | false | unadjudicated | precision "
              "| no longer reported: right / false |")
        print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for corpus in CORPORA:
        found = findings(args.corpus / corpus)
        reported = {(corpus, d["file"], d["rule"], str(d["start"]["offset"])) for d in found}
        for key, verdict in verdicts.items():
            if key[0] == corpus and key not in reported and half(key[1]) == args.half:
                dropped[corpus, key[2], verdict] += 1
        for rule, (total, sample) in sorted(sampled(found, args.half).items()):
            tally = Counter()
            for d in sample:
                if rule in SPELLING_RULES:
                    verdict = spelling.get((corpus, d["file"], d["text"]), "")
                else:
                    verdict = verdicts.get((corpus, d["file"], rule, str(d["start"]["offset"])), "")
                tally[verdict or "unadjudicated"] += 1
                if args.sample and not verdict and rule not in SPELLING_RULES:
                    print("\t".join([corpus, d["file"], rule, str(d["start"]["offset"]), d["text"][:40].replace("\n", "⏎"),
                                     "", d["context"]]))
            if not args.sample:
                judged = tally["right"] + tally["false"]
                precision = f"{tally['right'] / judged:.0%}" if judged else "–"
                print(f"| {corpus} | {rule} | {sample[0]['name']} | {total} | {len(sample)} | {tally['right']} "
                      f"| {tally['false']} | {tally['unadjudicated']} | {precision} "
                      f"| {dropped[corpus, rule, 'right']} / {dropped[corpus, rule, 'false']} |")


if __name__ == "__main__":
    main()
