"""Page furniture: leftovers of real web pages, found by the phrase lists alone
(NL301–NL314, NL320) and with the page-furniture model (NL321).

    python bench/accuracy/furniture.py [--half report|tune] [--cross-validate] [--misses FILE]

Each l3s-gn1 page (../shared/boilerplate/l3s-gn1) becomes the lines a scraper
keeps (its first to last content line, five lines of the page either side),
one paragraph a line, labelled by the assessors' classes (tools/furniture_data.py;
a content line that a byline/credit grammar or a phrase rule matches counts as
supplemental). Every line not content is a leftover; its kind comes from its
class and the credit grammars. A leftover is *common* when its text (digits as
0) stands on three pages or more of the whole set, *long tail* otherwise.
Precision counts content lines flagged, in all and by the kind each finding
names (what a user who ignores a kind gives up). The model was trained on the tune
half; figures are quoted from the report half. Last, the findings of NL321
on the same half of ../shared/corpus/us-news (real scraped stories, no gold)
are counted by kind, and how many common lines the shipped common phrases
(mined from the tune half) list.

``--cross-validate`` (tune half only, needs scikit-learn, a few minutes) gives
the tune half's figures as if each page were unseen: the models are trained
as tools/train_furniture.py trains them, each page is judged with the
verdicts of the fold that did not see it (5 folds by page) and the common
phrases mined from the other folds, at the cut the folds' verdicts give.
These are the figures to design on; the plain tune figures are optimistic.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from bench.halves import REPORT, TUNE, half  # noqa: E402
from furniture_data import cached_pages, corrected, story  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.document import Document  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.furniture import common_phrase, kind_of, line_key as key  # noqa: E402

LISTS = [f"NL3{n:02d}" for n in range(1, 15)] + ["NL320"]
MODEL = "NL321"


def flagged(linter: Linter, texts: list[str]) -> dict[int, str]:
    """Line index -> the kind of the finding on it."""
    doc = Document("\n\n".join(texts) + "\n")
    found, _ = linter.check(doc)
    return {(d.start.line - 1) // 2: d.kind for d in found}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", default=REPORT, choices=("report", "tune"))
    parser.add_argument("--cross-validate", action="store_true", help="tune half, out-of-fold verdicts")
    parser.add_argument("--misses", type=Path, help="write the leftovers missed and the content lines flagged "
                        "(TSV: page, line, gold class, kind, common, why missed, place against the story's long paragraphs, P(content), text, line above, line below)")
    args = parser.parse_args(argv)
    if args.cross_validate:
        if args.half != TUNE:
            parser.error("--cross-validate is for the tune half (--half tune)")
        out_of_fold()
    pages = cached_pages()
    common = Counter()
    for _, lines in pages:
        common.update({key(t) for label, t in corrected(lines) if label != "content"})
    systems = {"lists": Linter(Config(), select=LISTS), "lists+model": Linter(Config(), select=[*LISTS, MODEL])}
    hits = {name: Counter() for name in systems}
    false = Counter()
    false_kinds, right_kinds = Counter(), Counter()  # lists + model's findings on content / leftover lines
    totals = Counter()
    content = 0
    n = 0
    listed, unlisted = 0, Counter()
    misses = []
    for name, lines in pages:
        if half(name) != args.half:
            continue
        kept = story(corrected(lines))
        if not kept:
            continue
        n += 1
        texts = [t for _, t in kept]
        found = {s: flagged(linter, texts) for s, linter in systems.items()}
        if args.misses:
            from lint import furniture
            scored, region = furniture.page_scores(texts) if any(len(t.split()) >= 12 for t in texts) else ([], None)
        for i, (label, text) in enumerate(kept):
            if args.misses and (label == "content") == (i in found["lists+model"]):
                misses.append((name, i, label, found["lists+model"].get(i, kind_of(text, label)),
                               "common" if common[key(text)] >= 3 else "tail",
                               why(texts, i, scored) if label != "content" else "flagged",
                               "none" if not region else "before" if i < region.start else
                               "after" if i >= region.stop else "inside",
                               f"{scored[i][0]:.3f}" if scored else "-", text,
                               texts[i - 1] if i else "", texts[i + 1] if i + 1 < len(texts) else ""))
            if label == "content":
                content += 1
                for s in systems:
                    false[s] += i in found[s]
                if i in found["lists+model"]:
                    false_kinds[found["lists+model"][i]] += 1
                continue
            if i in found["lists+model"]:
                right_kinds[found["lists+model"][i]] += 1
            groups = [kind_of(text, label), "common" if common[key(text)] >= 3 else "long tail", "all"]
            if common[key(text)] >= 3:
                if common_phrase(text):
                    listed += 1
                else:
                    unlisted[key(text)] += 1
            for g in groups:
                totals[g] += 1
                for s in systems:
                    hits[s][g] += i in found[s]
    if args.misses:
        args.misses.write_text("".join("\t".join(map(str, m)) + "\n" for m in misses), encoding="utf-8")
    print(f"l3s-gn1, {args.half} half: {n} pages, {sum(totals[g] for g in totals if g == 'all')} leftover lines, "
          f"{content} content lines\n")
    print("| leftovers | lines | recall, lists | recall, lists + model |")
    print("|---|---:|---:|---:|")
    order = ["all", "common", "long tail"] + sorted(g for g in totals if g not in ("all", "common", "long tail"))
    for g in order:
        print(f"| {g} | {totals[g]} | {hits['lists'][g] / totals[g]:.3f} | {hits['lists+model'][g] / totals[g]:.3f} |")
    for s in systems:
        tp = hits[s]["all"]
        print(f"\n{s}: {false[s]} content lines flagged, precision {tp / (tp + false[s]) if tp + false[s] else 1:.3f}",
              end="")
    print("\nlists + model by the kind each finding names: findings on leftovers / on content lines "
          "(precision): " + ", ".join(f"{k} {right_kinds[k]}/{false_kinds[k]} "
                                      f"({right_kinds[k] / (right_kinds[k] + false_kinds[k]):.3f})"
                                      for k in sorted(right_kinds.keys() | false_kinds.keys())))
    if not args.cross_validate:
        print(f"common phrases (mined from the tune half): {listed} of {totals['common']} common leftover lines "
              f"of this half listed; most frequent unlisted: "
              + ", ".join(f"'{k}' {c}" for k, c in unlisted.most_common(8)))
        us_news_kinds(args.half)
    return 0


def why(texts: list[str], i: int, scored: list) -> str:
    """Why page-furniture left the leftover ``texts[i]`` alone: the first of
    its conditions (lint/checks/furniture_model.py) that fails."""
    from lint import furniture

    text = texts[i]
    if not scored:
        return "no story"
    if len(text.split()) > furniture.MAX_WORDS:
        return "long"
    if sum(map(str.isalpha, text)) < 3:
        return "short"
    if furniture.match_data(texts)[i]:
        return "sports data"
    p = scored[i][0]
    if furniture.common_phrase(text) is not None:
        return "phrase, P>=0.5" if p >= furniture.PHRASE_CUT else "phrase, kept"
    if p >= furniture.threshold():
        return "P>=0.5" if p >= 0.5 else "P>=cut"
    if furniture.reported_speech(text) or furniture.reads_as_prose(text):
        return "sentence guard"
    return "other guard"


def out_of_fold() -> None:
    """Make page-furniture judge each tune page with out-of-fold verdicts
    (see the module's docstring)."""
    global common_phrase
    import numpy as np
    from sklearn.model_selection import GroupKFold

    import train_furniture as train
    from lint import furniture

    vocabulary = furniture.vocabulary_of(train.pack_phrases())
    X, y, groups, pages = train.examples(TUNE, vocabulary)
    first, _ = train.fitted(X, y, groups, 2.0, 3)
    rows, scored = train.context_rows(pages, first)
    second, _ = train.fitted(rows, y, groups, 0.3, 3)
    web = [i for i, g in enumerate(groups) if "/" not in g and scored[i]]
    cut = train.threshold_for(second[web, 0], [y[i] for i in web], 0.98)
    fold = {}
    for k, (_, test) in enumerate(GroupKFold(5).split(np.zeros(len(y)), y, groups)):
        fold.update((groups[i], k) for i in test)
    phrases = []
    for k in range(5):
        train.half = lambda name, k=k: TUNE if name in fold and fold[name] != k else REPORT
        phrases.append(train.common_phrases(TUNE))
    train.half = half
    verdicts = {}
    for texts, at in pages:
        if "/" in groups[at]:
            continue
        # The training pages carry two inserted pack phrases: the bench's do not.
        bench = story(corrected(dict(cached_pages())[groups[at]]))
        keep, j = [], 0
        for i, text in enumerate(texts):
            if j < len(bench) and text == bench[j][1]:
                keep.append(i)
                j += 1
        kept = [texts[i] for i in keep]
        probs = [tuple(m[at + i]) if len(texts[i].split()) <= furniture.MAX_WORDS else furniture.PROSE
                 for m in (first, second) for i in keep]
        prose = furniture.prose_lines(kept, probs[:len(keep)])
        verdicts[tuple(kept)] = ([list(p) for p in probs[len(keep):]],
                                 range(prose[0], prose[-1] + 1) if prose else range(0), fold[groups[at]])
    current = [None]

    def page_scores(lines):
        found, region, current[0] = verdicts[tuple(lines)]
        return found, region

    furniture.page_scores = page_scores
    furniture.threshold = lambda: cut
    furniture.common_phrase = lambda line: phrases[current[0]].get(furniture.line_key(line))
    common_phrase = lambda line: None  # noqa: E731 (the listed count means nothing across folds)
    print(f"cross-validated: 5 folds by page, cut P(content) < {cut:.3f}")


def us_news_kinds(wanted: str) -> None:
    """What page-furniture finds on the real scraped stories of us-news (no
    gold there: counts by kind, to read with the findings)."""
    root = ROOT.parent / "shared" / "corpus" / "us-news"
    files = [p for p in sorted(root.rglob("*.txt")) if half(p.relative_to(root).as_posix()) == wanted]
    if not files:
        return
    linter = Linter(Config(), select=[MODEL])
    kinds = Counter()
    for path in files:
        found, _ = linter.check(Document(path.read_text(encoding="utf-8"), str(path)))
        kinds.update(d.kind for d in found)
    print(f"\nus-news, {wanted} half ({len(files)} stories): NL321 findings by kind: "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


if __name__ == "__main__":
    sys.exit(main())
