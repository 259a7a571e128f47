"""Train the page-furniture model (lint/furniture.py) on the tune halves of l3s-gn1 and us-news.

    python tools/train_furniture.py [--c 1.0] [--min-count 3]

Needs scikit-learn (a training-only tool, not a dependency of newslint).
Writes lint/data/furniture.json.gz: the weights of the features seen at least
``--min-count`` times, per class, and the threshold on P(content) below which
a line is reported, chosen on cross-validated tune-half predictions for the
l3s-gn1 pages, for precision >= --precision.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from bench.halves import TUNE, half  # noqa: E402
import random  # noqa: E402

from furniture_data import cached_pages, corrected, pack_phrases, story, us_news  # noqa: E402
from lint.furniture import CLASSES, WEIGHTS, line_features  # noqa: E402


def stories(wanted_half: str):
    """Labelled stories: l3s-gn1 pages (each also with two phrases of the
    pack inserted as furniture, so the model knows the lists' shapes) and
    us-news stories."""
    rng = random.Random(20)
    phrases = pack_phrases()
    for name, lines in cached_pages():
        if half(name) == wanted_half:
            kept = story(corrected(lines))
            for phrase in rng.sample(phrases, 2):
                kept.insert(rng.randint(0, len(kept)), ("furniture", phrase))
            yield name, kept
    yield from us_news(wanted_half)


def examples(wanted_half: str):
    X, y, groups = [], [], []
    for name, kept in stories(wanted_half):
        texts = [text for _, text in kept]
        for i, (label, _) in enumerate(kept):
            X.append({f: 1 for f in line_features(texts, i)})
            y.append(CLASSES.index(label))
            groups.append(name)
    return X, y, groups


def threshold_for(p_content, y, precision: float) -> float:
    """The highest recall cut on P(content) whose precision on leftovers holds."""
    pairs = sorted(zip(p_content, y))
    best, tp, fp = 0.0, 0, 0
    for p, label in pairs:
        if label == 0:
            fp += 1
        else:
            tp += 1
        if tp and tp / (tp + fp) >= precision:
            best = p
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--precision", type=float, default=0.97)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    X, y, groups = examples(TUNE)
    counts: dict[str, int] = {}
    for row in X:
        for f in row:
            counts[f] = counts.get(f, 0) + 1
    X = [{f: v for f, v in row.items() if counts[f] >= args.min_count} for row in X]
    vec = DictVectorizer()
    M = vec.fit_transform(X)
    model = LogisticRegression(C=args.c, max_iter=2000)
    predicted = cross_val_predict(model, M, y, groups=groups, cv=GroupKFold(5), method="predict_proba")
    # The cut is set on the web pages alone: us-news content lines are long
    # sentences, easy to tell, and would loosen it.
    pages = [i for i, g in enumerate(groups) if "/" not in g]
    cut = threshold_for(predicted[pages, 0], [y[i] for i in pages], args.precision)
    positives = [i for i in pages if y[i] != 0]
    recall = sum(predicted[i, 0] <= cut for i in positives) / len(positives)
    model.fit(M, y)
    names = vec.get_feature_names_out()
    weights = {name: [round(float(w), 4) for w in model.coef_[:, j]] for j, name in enumerate(names)
               if max(abs(float(w)) for w in model.coef_[:, j]) >= 0.01}
    data = {"classes": list(CLASSES), "intercept": [round(float(b), 4) for b in model.intercept_],
            "weights": weights, "threshold": round(cut, 4),
            "trained": f"l3s-gn1 and us-news tune halves, {len(y)} lines, C={args.c}, min-count={args.min_count}"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(data, f, separators=(",", ":"), sort_keys=True)
    print(f"{len(y)} lines, {len(weights)} features; threshold P(content) < {cut:.3f} "
          f"for precision {args.precision}, recall {recall:.3f} (cross-validated, tune half of l3s-gn1); wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
