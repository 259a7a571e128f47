"""Boilerplate accuracy: leftovers inserted into clean articles, found or not.

    python bench/accuracy/boilerplate.py [--corpus DIR] [--seed N] [--strict]

DIR defaults to ../shared/corpus beside the repository; every *.txt below it
is one clean article. Three slices, each scored by precision and recall:

- list phrases (NL301–NL314): every article gets 1–3 lines of
  fixtures/boilerplate/leftovers.tsv at the top, between paragraphs or at the
  bottom, and one or two sentences of fixtures/boilerplate/prose.txt as
  paragraphs (negatives). A finding on an inserted leftover is a true
  positive; any other finding is false. Fixing must give back the clean
  article byte for byte.
- captions (NL320): every article gets one caption line of
  fixtures/boilerplate/captions.txt between paragraphs, plus the prose
  negatives.
- learned (NL330, corpus mode): for each corpus size and share, a line of
  fixtures/boilerplate/learned.txt (with varying digits) is inserted into that
  share of the articles; the clean articles themselves must give no finding.

--strict exits 1 when a target of issue 5 is missed.
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.checks.learned_boilerplate import LearnedBoilerplate  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.document import Document  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.fix import fix_document  # noqa: E402
from lint.rules import load_rules  # noqa: E402

DATA = ROOT / "fixtures" / "boilerplate"
PHRASE_RULES = [f"NL3{n:02d}" for n in range(1, 15)]
CAPTION_RULE, LEARNED_RULE = "NL320", "NL330"


def read_lines(name: str) -> list[str]:
    return [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def leftovers() -> list[tuple[str, str]]:
    return [tuple(line.split("\t", 1)) for line in read_lines("leftovers.tsv")]


def random_slots(text: str, count: int, rng: random.Random, *, edges: bool = True) -> list[int]:
    """``count`` paragraph boundaries of ``text`` (0 = top, n = bottom); the
    top and bottom only when ``edges``."""
    n = text.rstrip("\n").count("\n\n") + 1
    low, high = (0, n) if edges else (1, max(1, n - 1))
    return [rng.randint(low, high) for _ in range(count)]


def insert_paragraphs(text: str, placed: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """``text`` with each (slot, line) of ``placed`` as a paragraph of its own
    at that paragraph boundary; returns the new text and the 0-based line
    number each placed line landed on, in the order of ``placed``."""
    body = text.rstrip("\n")
    tail = text[len(body):]
    paragraphs = body.split("\n\n")
    order = sorted(range(len(placed)), key=lambda k: (placed[k][0], k))
    out, where = [], {}
    queue = iter(order)
    k = next(queue, None)
    for i in range(len(paragraphs) + 1):
        while k is not None and placed[k][0] == i:
            where[k] = len(out)
            out.append(placed[k][1])
            k = next(queue, None)
        if i < len(paragraphs):
            out.append(paragraphs[i])
    starts, line = [], 0
    for paragraph in out:
        starts.append(line)
        line += paragraph.count("\n") + 2
    return "\n\n".join(out) + tail, [starts[where[k]] for k in range(len(placed))]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score_findings(score: Score, found_lines: list[int], expected: list[int]) -> None:
    hit = set(found_lines)
    score.tp += sum(1 for n in expected if n in hit)
    score.fn += sum(1 for n in expected if n not in hit)
    score.fp += sum(1 for n in found_lines if n not in set(expected))


def list_and_caption_slices(articles, rng):
    phrases = Linter(Config(), select=PHRASE_RULES)
    captions = Linter(Config(), select=[CAPTION_RULE])
    safe_rules = {r.id for r in load_rules() if r.id in PHRASE_RULES and r.fix == "safe"}
    pool, caption_pool, prose = leftovers(), read_lines("captions.txt"), read_lines("prose.txt")
    list_score, caption_score = Score(), Score()
    restored = safe_restored = safe_docs = 0
    wrong_rule = 0
    for path, text in articles:
        # List phrases: 1-3 leftovers anywhere, 1-2 prose negatives.
        chosen = rng.sample(pool, rng.randint(1, 3))
        negatives = [(slot, line) for slot, line in zip(
            random_slots(text, 2, rng), rng.sample(prose, rng.randint(1, 2)))]
        placed = [(slot, line) for slot, (_, line) in zip(random_slots(text, len(chosen), rng), chosen)]
        new, numbers = insert_paragraphs(text, placed + negatives)
        expected = numbers[: len(chosen)]
        doc = Document(new, path)
        found, _ = phrases.check(doc)
        score_findings(list_score, [d.start.line - 1 for d in found], expected)
        want_rule = dict(zip(expected, (rule for rule, _ in chosen)))
        wrong_rule += sum(1 for d in found if want_rule.get(d.start.line - 1, d.rule) != d.rule)
        # Fixing must leave exactly the article with its prose negatives.
        clean_text, _ = insert_paragraphs(text, negatives)
        fixed = fix_document(phrases, doc, lambda t: Document(t, path), unsafe=True)
        restored += fixed.text == clean_text
        if all(rule in safe_rules for rule, _ in chosen):
            safe_docs += 1
            safe_restored += fix_document(phrases, doc, lambda t: Document(t, path)).text == clean_text
        # Captions: one caption between paragraphs, plus 1-2 prose negatives.
        lines = [rng.choice(caption_pool), *rng.sample(prose, rng.randint(1, 2))]
        new, numbers = insert_paragraphs(text, list(zip(random_slots(text, len(lines), rng, edges=False), lines)))
        found, _ = captions.check(Document(new, path))
        score_findings(caption_score, [d.start.line - 1 for d in found], numbers[:1])
    return list_score, caption_score, restored, safe_restored, safe_docs, wrong_rule


def learned_slice(articles, rng, size: int, share: float):
    """Recall and false findings of learned boilerplate on ``size`` articles
    of which ``share`` carry a leftover of their source."""
    sample = rng.sample(articles, min(size, len(articles)))
    templates = read_lines("learned.txt")
    template = rng.choice(templates)
    carriers = set(rng.sample(range(len(sample)), max(1, round(share * len(sample)))))
    docs, expected = [], {}
    for i, (path, text) in enumerate(sample):
        if i in carriers:
            line = template.replace("{n}", str(rng.randint(1, 2030)))
            text, numbers = insert_paragraphs(text, [(random_slots(text, 1, rng)[0], line)])
            expected[path] = numbers[0]
        docs.append(Document(text, path))
    rule = next(r for r in load_rules() if r.id == LEARNED_RULE)
    check = LearnedBoilerplate(rule, Config(corpus=True))
    score = Score()
    found: dict[str, list[int]] = {}
    for d in check.check_corpus(docs):
        found.setdefault(d.path, []).append(d.start.line - 1)
    for doc in docs:
        score_findings(score, found.get(doc.path, []),
                       [expected[doc.path]] if doc.path in expected else [])
    return score


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    files = sorted(f for f in args.corpus.rglob("*.txt") if f.name.upper() != "README.TXT")
    if not files:
        print(f"no articles (*.txt) under {args.corpus}", file=sys.stderr)
        return 2
    articles = []
    for f in files:
        try:
            articles.append((str(f), f.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{f}: skipped: {exc}", file=sys.stderr)
    rng = random.Random(args.seed)

    clean = Linter(Config(), select=[*PHRASE_RULES, CAPTION_RULE])
    clean_findings = sum(len(clean.check(Document(t, p))[0]) for p, t in articles)
    rule = next(r for r in load_rules() if r.id == LEARNED_RULE)
    clean_learned = sum(1 for _ in LearnedBoilerplate(rule, Config(corpus=True)).check_corpus(
        [Document(t, p) for p, t in articles]))

    list_score, caption_score, restored, safe_restored, safe_docs, wrong_rule = \
        list_and_caption_slices(articles, rng)
    n = len(articles)
    print(f"{n} clean articles in {args.corpus}; seed {args.seed}\n")
    print(f"Clean corpus: {clean_findings} phrase-pack/caption findings, "
          f"{clean_learned} learned findings (--corpus over all {n}).\n")
    print("| slice | inserted | found | false | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, s in (("list phrases (NL301–NL314)", list_score), ("captions (NL320)", caption_score)):
        print(f"| {name} | {s.tp + s.fn} | {s.tp} | {s.fp} | {s.precision():.3f} | {s.recall():.3f} |")
    learned = []
    for size in (60, 160, 400, n):
        for share in (0.05, 0.10):
            total = Score()
            for _ in range(5):
                s = learned_slice(articles, rng, size, share)
                total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
            learned.append(total)
            print(f"| learned (NL330), {min(size, n)} docs, {share:.0%} carry it, 5 runs "
                  f"| {total.tp + total.fn} | {total.tp} | {total.fp} | {total.precision():.3f} "
                  f"| {total.recall():.3f} |")
    print(f"\nList leftovers flagged by another rule than their own: {wrong_rule}.")
    print(f"Fix (safe + unsafe, phrase packs) gives back the clean article: {restored}/{n}.")
    print(f"Safe fixes alone, articles whose leftovers are all from safe rules: "
          f"{safe_restored}/{safe_docs} byte for byte.")
    missed = (
        clean_findings or clean_learned or wrong_rule
        or list_score.precision() < 1 or list_score.recall() < 1
        or restored < n or safe_restored < safe_docs
        or any(s.recall() < 0.9 or s.fp for s in learned)
    )
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
