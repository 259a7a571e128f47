"""Train the spelling ranker (lint/spelling/data/ranker.json) on the development half.

    pip install scikit-learn
    python tools/train_spelling_ranker.py [--articles 400] [--wrong-weight 4] [--write]

Cases come from the "tune" half only (bench/halves.py) of: the real human
misspellings in ../shared/misspellings/ (each inside a corpus sentence, as
bench/accuracy/human_typos.py builds them) and keystroke slips injected into
../shared/corpus/ articles (as bench/accuracy/spelling.py injects them). For
each case, every candidate of the suggester's pool gets its features
(lint/spelling/suggest.py FEATURES); a pairwise logistic regression (the
right word against each other candidate, no intercept) gives the ranking
weights. A second logistic regression over the ranked list (SAFETY_FEATURES)
learns whether its first candidate is right. Both are fitted on one part of the tune half (a second hash split) and the
script prints, on the other part, for thresholds of that confidence (alone,
or lower when the slip is settled, see NL101's ``_settled`` and ``_context_settles``),
the share of cases a safe fix would restore and write wrongly, so the
threshold (``safe_probability`` of NL101) can be chosen on this half.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "bench" / "accuracy")]

from lint.checks.spelling import SpellingContext, neighbours  # noqa: E402
from lint.document import Document  # noqa: E402
from lint.spelling.dictionary import get_dictionary  # noqa: E402
from lint.spelling.suggest import FEATURES, RANKER, SAFETY_FEATURES, Ranker, Suggester, safety_values  # noqa: E402

from halves import half  # noqa: E402


def context_of(text: str, start: int, end: int) -> tuple[str | None, str | None, bool]:
    """The slip's neighbours and whether it is inside a direct quotation."""
    doc = Document(text, "case.txt")
    quoted = SpellingContext(doc).quoted(start, end)
    for index, token in enumerate(doc.words):
        if token.start == start:
            return (*neighbours(text, doc.words, index), quoted)
    return None, None, quoted


def human_cases():
    import human_typos

    rows = []
    for name in human_typos.SETS:
        rows += [(name, r) for r in human_typos.read_rows(human_typos.MISSPELLINGS / f"{name}.tab")
                 if half("\t".join(r)) == "tune" and r[1].islower() and " " not in r[1]]
    index = human_typos.sentence_index(human_typos.DEFAULT_CORPUS, {r[1] for _, r in rows})
    for name, row in rows:
        text, start, real = human_typos.build(row, index)
        yield "\t".join(row), name, row[0].lower(), row[1], context_of(text, start, start + len(row[0])), real


def keystroke_cases(limit: int):
    from common import DEFAULT_CORPUS, inject, read_articles

    dictionary = get_dictionary("en")
    rng = random.Random(1)
    articles = [a for a in read_articles(DEFAULT_CORPUS) if half(a.name) == "tune"]
    rng.shuffle(articles)
    for article in articles[:limit]:
        text, injected = inject(article, dictionary.known, rng)
        for slip in injected:
            yield article.name, "keystroke", slip.typo, slip.original, context_of(text, slip.start, slip.end), True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="tune-half articles to inject slips into")
    parser.add_argument("--write", action="store_true", help=f"write the weights to {RANKER.name}")
    parser.add_argument("--wrong-weight", type=float, default=4.0,
                        help="weight of a wrong first candidate against a right one in the safety model")
    args = parser.parse_args()

    import numpy as np
    from sklearn.linear_model import LogisticRegression

    suggester = Suggester(get_dictionary("en"))
    # The tune half is split again: the models are fitted on one part and the
    # thresholds read off the other, which the models have not seen.
    everything = [*human_cases(), *keystroke_cases(args.articles)]
    fitting = [c[1:] for c in everything if half(c[0] + "/fit") == "tune"]
    checking = [c[1:] for c in everything if half(c[0] + "/fit") != "tune"]
    cases = []  # (set, right word, {candidate: features})
    for name, typo, right, (before, after, _), _ in fitting:
        cases.append((name, right, {w: suggester.features(typo, w, before, after) for w in suggester.pool(typo)}))
    diffs = []
    for _, right, pool in cases:
        if right not in pool:
            continue
        for word, values in pool.items():
            if word != right:
                diffs.append(np.subtract(pool[right], values))
    X = np.array(diffs + [-d for d in diffs])
    y = np.array([1] * len(diffs) + [0] * len(diffs))
    model = LogisticRegression(fit_intercept=False, C=1.0, max_iter=2000).fit(X, y)
    weights = [round(float(w), 4) for w in model.coef_[0]]
    print("weights:", dict(zip(FEATURES, weights)))

    ranker = Ranker({"features": FEATURES, "weights": weights})

    def rank(part):  # (set, right, candidates, typo, has context, quoted, in a real sentence)
        return [(name, right, suggester.candidates(typo, before=before, after=after, ranker=ranker), typo,
                 bool(before or after), quoted, real)
                for name, typo, right, (before, after, quoted), real in part]

    # A template sentence's neighbours are not the word's own: they would
    # teach the safety model that context lowers confidence, so it learns
    # from slips in real sentences only.
    rows = [(safety_values(c, typo, ctx), c[0].word == right)
            for _, right, c, typo, ctx, _, real in rank(fitting) if c and real]
    safety = LogisticRegression(C=1.0, max_iter=5000, class_weight={True: 1, False: args.wrong_weight}).fit(
        np.array([r[0] for r in rows]), np.array([r[1] for r in rows]))
    safety_weights = [round(float(x), 4) for x in safety.coef_[0]]
    safety_bias = round(float(safety.intercept_[0]), 4)
    print("safety:", dict(zip(SAFETY_FEATURES, safety_weights)), "bias", safety_bias)
    ranker = Ranker({"features": FEATURES, "weights": weights, "safety_weights": safety_weights,
                     "safety_bias": safety_bias})

    from lint.config import Config
    from lint.engine import Linter

    check = Linter(Config(), select=["NL101"]).checks[0]
    quoted_settled = check.params["quoted_settled_confidence"]
    print("\ntune half, part not fitted on: | set | cases | top-1 |")
    by_set: dict[str, list] = {}
    for name, right, candidates, typo, ctx, quoted, real in rank(checking):
        top = bool(candidates) and candidates[0].word == right
        settled = bool(candidates) and (check._settled(candidates) or check._context_settles(candidates))
        by_set.setdefault(name, []).append((top, ranker.confidence(candidates, typo, ctx), settled, quoted, real))
    for name, rows in by_set.items():
        print(f"| {name} | {len(rows)} | {sum(r[0] for r in rows) / len(rows):.3f} |")
    print(f"\nsafe if confidence >= p (q in a quotation), or >= s (in a quotation {quoted_settled}) and settled:\n"
          "| p | q | s | set | restored | wrong (of cases) | ... in real sentences (of those) |")
    for p in (0.85, 0.9, 0.93, 0.95, 0.97):
        for q in sorted({p, min(0.99, p + 0.02), 0.99}):
            for settled_at in (0.85, 0.9, 1.01):
                for name, rows in by_set.items():
                    safe = [r for r in rows if r[1] >= (q if r[3] else p)
                            or (r[2] and r[1] >= (max(settled_at, quoted_settled) if r[3] else settled_at))]
                    wrong_real = sum(not r[0] and r[4] for r in safe) / max(1, sum(r[4] for r in rows))
                    print(f"| {p} | {q} | {settled_at} | {name} | {sum(r[0] for r in safe) / len(rows):.3f} "
                          f"| {sum(not r[0] for r in safe) / len(rows):.4f} | {wrong_real:.4f} |")
    if args.write:
        RANKER.write_text(json.dumps({"features": list(FEATURES), "weights": weights,
                                      "safety_features": list(SAFETY_FEATURES),
                                      "safety_weights": safety_weights, "safety_bias": safety_bias,
                                      "trained_on": "the fitting part of the tune half: aspell-02-orig, aspell-05-common, "
                                      f"keystroke slips in {args.articles} corpus articles"}, indent=1) + "\n",
                          encoding="utf-8")
        print(f"wrote {RANKER}")


if __name__ == "__main__":
    main()
