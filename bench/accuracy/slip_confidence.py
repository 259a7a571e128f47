"""How sure NL101 is of each flag, by kind of flag: is there a confidence split?

    python bench/accuracy/slip_confidence.py [--half tune|report] [--thresholds 0.2,0.3,0.5] [--tsv out.tsv]

For every NL101 flag of one half (bench/halves.py) it records what the gate
(lint/spelling/plausible.py) and the ranker (lint/spelling/suggest.py) saw:
the ranker's confidence in its first candidate, the belief held by that
candidate and its other forms, its slip cost and Zipf frequency, whether a
common word is one cheap slip away ("cheap"), whether the first candidate is
one slip of the fingers (suggest.keyboard_slip), the word's length, whether
it is capitalised or inside a direct quotation, and whether its fix is safe.
The flags come from four sources:

- news and blogs, right or false: the flags on ../shared/corpus (bbc,
  us-news; every one adjudicated in spelling_flags.tsv) and on the fresh sets
  (fresh_spelling.py; l3s and basil are news, dragnet is blogs): labelled from
  fresh_spelling.tsv, ``sampled`` when among that script's sample (the first
  SAMPLE findings in hashed order, an unbiased sample); the rows adjudicated
  outside the sample ("read here") were read for this benchmark, where a
  split would move flags, and count apart;
- ``keystroke``: the injected keystroke slips of spelling.py (bbc, seed 1)
  that NL101 flags;
- ``human``: the human misspellings of human_typos.py (Aspell's lists, en-US)
  that NL101 flags.

It prints the distribution of each quantity per kind, then, for a split that
would send the weaker flags to an opt-in rule (the ranker's confidence under
a threshold; in a second family also no common word one cheap slip away),
what NL101 would keep and what it would lose. ``--tsv`` writes every row with
its context. The checks run in this process with the default rules (the same
findings as the CLI: the bench wraps Spelling._finding to read the quantities).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import DEFAULT_CORPUS, ROOT, inject, read_articles  # noqa: E402
from halves import HALVES, TUNE, half  # noqa: E402

sys.path.insert(0, str(ROOT))
from lint import check_text  # noqa: E402
from lint.api import make_linter  # noqa: E402
from lint.checks import spelling as spelling_check  # noqa: E402
from lint.spelling import plausible, suggest  # noqa: E402

import fresh_spelling  # noqa: E402
import human_typos  # noqa: E402
import spelling_flags  # noqa: E402

SPELLING_RULES = ("NL101", "NL102")
FIELDS = ("source", "label", "word", "best", "confidence", "belief", "cost", "zipf", "cheap", "keyboard",
          "length", "capital", "quoted", "safe", "sampled", "right", "file", "context")
_SEEN: dict[int, dict] = {}  # start offset -> the quantities, for the document being checked
BLOGS = ("dragnet",)  # blog posts and their comment threads; the other sets are news


def _record():
    """Wrap Spelling._finding so that each finding it returns leaves its quantities in _SEEN."""
    original = spelling_check.Spelling._finding

    def finding(self, context, start, end, word, capital, before=None, after=None, **kw):
        result = original(self, context, start, end, word, capital, before, after, **kw)
        if result is not None:
            d = self.dictionary
            lower = word.lower()
            candidates = self.suggester.candidates(lower, before=before, after=after)
            text = context.doc.text
            around = text[max(0, start - 80):start] + "[[" + word + "]]" + text[end:end + 80]
            row = {"context": " ".join(around.split()), "word": word, "capital": int(capital),
                   "quoted": int(context.quoted(start, end)), "length": len(word), "safe": int(result.fix is not None and result.fix.applicability == "safe")}
            split = bool(result.suggestions) and " " in result.suggestions[0]
            if candidates and not split:
                confidence = suggest.get_ranker().confidence(candidates, lower, bool(before or after))
                best = candidates[0]
                row.update(best=best.word, confidence=confidence, belief=belief(d, candidates),
                           cost=best.cost, zipf=plausible._zipf(d, best),
                           cheap=int(plausible.cheap_slip(d, candidates)),
                           keyboard=int(suggest.keyboard_slip(lower, best.word)))
            else:  # a run-on split ("thefirst"): the gate's own rule for it
                row.update(best=result.suggestions[0] if result.suggestions else "", confidence=1.0, belief=1.0,
                           cost=0.0, zipf=9.0, cheap=1, keyboard=0)
            _SEEN[start] = row
        return result

    spelling_check.Spelling._finding = finding


def belief(d, candidates) -> float:
    """The share of the ranker's belief in its first candidate and the other
    forms of that word, as close and as common (plausible.likely_slip's sum,
    with the first candidate counted however short)."""
    best = candidates[0]
    return sum(c.probability for c in candidates if c is best or (
        c.cost <= plausible.MAX_COST and plausible._zipf(d, c) >= plausible.MIN_ZIPF
        and plausible.same_word(c.word, best.word)))


def flagged(text: str, linter, path: str = "story.txt") -> tuple[list[tuple[object, dict]], list[int]]:
    """(diagnostic, quantities) of each NL101 finding of ``text``, and the
    start offsets of its NL101 and NL102 findings (fresh_spelling.py samples both)."""
    _SEEN.clear()
    out, starts = [], []
    for d in check_text(text, linter, path=path):
        if d.rule in SPELLING_RULES:
            starts.append(d.start.offset)
        if d.rule == "NL101" and d.start.offset in _SEEN:
            out.append((d, _SEEN[d.start.offset]))
    return out, starts


def corpus_rows(wanted: str, corpus: Path, linter) -> list[dict]:
    """Every NL101 flag of bbc and us-news, every one adjudicated (spelling_flags.tsv)."""
    verdicts = spelling_flags.read_verdicts()
    rows = []
    for name in spelling_flags.CORPORA:
        folder = corpus / name
        for path in sorted(folder.rglob("*.txt")):
            key = path.relative_to(folder).as_posix()
            if half(key) != wanted:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for d, row in flagged(text, linter)[0]:
                word = text[d.start.offset:d.end.offset]
                rows.append({**row, "source": name, "file": key, "sampled": 1,
                             "label": verdicts.get((name, key, word), "unadjudicated")})
    return rows


def fresh_rows(wanted: str, linter) -> list[dict]:
    """The fresh sets' NL101 flags, labelled from fresh_spelling.tsv; ``sampled``
    marks the first fresh_spelling.SAMPLE NL101/NL102 findings of a set in its
    hashed order (an unbiased sample; the other adjudicated rows were read for
    this benchmark, where the split would move them)."""
    known = fresh_spelling.verdicts()
    rows = []
    for name, texts in fresh_spelling.items().items():
        found, order = [], []
        for key, read in texts.items():
            if half(key) != wanted:
                continue
            text = read()
            flags, starts = flagged(text, linter)
            order += [hashlib.sha1(f"{key}:{s}".encode()).hexdigest() for s in starts]
            for d, row in flags:
                word = text[d.start.offset:d.end.offset]
                found.append({**row, "source": name, "file": key,
                              "order": hashlib.sha1(f"{key}:{d.start.offset}".encode()).hexdigest(),
                              "label": known.get((name, wanted, key, word), "unadjudicated")})
        sample = set(sorted(order)[:fresh_spelling.SAMPLE])
        rows += [{**r, "sampled": int(r.pop("order") in sample)} for r in found]
    return rows


def keystroke_rows(wanted: str, corpus: Path, linter, seed: str = "1") -> tuple[list[dict], int]:
    """The injected slips NL101 flags (as spelling.py injects them), and how many were injected."""
    from lint.spelling.dictionary import get_dictionary

    dictionary = get_dictionary("en")
    rows, injected = [], 0
    for article in read_articles(corpus / "bbc"):
        if half(article.name) != wanted:
            continue
        text, spots = inject(article, dictionary.known, random.Random(f"{seed}:{article.name}"))
        injected += len(spots)
        at = {s.start: s for s in spots}
        for d, row in flagged(text, linter)[0]:
            if d.start.offset in at:
                rows.append({**row, "source": "keystroke", "label": "keystroke",
                             "right": int(row.get("best") == at[d.start.offset].original)})
    return rows, injected


def human_rows(wanted: str, corpus: Path) -> tuple[list[dict], int]:
    linter = make_linter({"spelling": {"dialect": "en-US"}})
    rows, total = [], 0
    sets = {n: [r for r in human_typos.read_rows(human_typos.MISSPELLINGS / f"{n}.tab")
                if half("\t".join(r)) == wanted] for n in human_typos.SETS}
    index = human_typos.sentence_index(corpus, {r[1] for rs in sets.values() for r in rs})
    for name, entries in sets.items():
        for entry in entries:
            total += 1
            text, start, _ = human_typos.build(entry, index)
            for d, row in flagged(text, linter)[0]:
                if d.start.offset <= start < d.end.offset:
                    rows.append({**row, "source": name, "label": "human",
                                 "right": int(row.get("best", "").lower() == entry[1].lower())})
                    break
    return rows, total


def quantiles(values: list[float]) -> str:
    if not values:
        return "–"
    if len(values) < 5:
        return " ".join(f"{v:.2f}" for v in sorted(values))
    q = statistics.quantiles(values, n=10, method="inclusive")
    return f"{min(values):.2f} / {q[0]:.2f} / {statistics.median(values):.2f} / {q[-1]:.2f}"


def group(r: dict) -> str:
    """The row's kind: news right / false (a sampled, adjudicated flag on news
    copy), blogs right / false (dragnet), read here only (adjudicated outside
    the samples), unadjudicated, keystroke, human."""
    if r["label"] in ("right", "false"):
        where = "blogs" if r["source"] in BLOGS else "news"
        return f"{where} {r['label']}" if r["sampled"] else f"{where} {r['label']} (read here)"
    return r["label"]


GROUPS = ("news right", "news false", "blogs right", "blogs false", "blogs right (read here)",
          "blogs false (read here)", "unadjudicated", "keystroke", "human")


def distributions(rows: list[dict]) -> None:
    by = defaultdict(list)
    for r in rows:
        by[group(r)].append(r)
    print("Per kind of flag: min / 10th percentile / median / 90th percentile (four values or fewer: each); "
          "yes/no quantities as the share of yes.\n")
    print("| kind | flags | confidence | belief | best's cost | best's zipf | cheap | keyboard | length "
          "| capital | quoted | safe fix |")
    print("|---|---:|---|---|---|---|---:|---:|---|---:|---:|---:|")
    for kind in GROUPS:
        rs = by[kind]
        if not rs:
            continue
        share = {k: sum(r[k] for r in rs) / len(rs) for k in ("cheap", "keyboard", "capital", "quoted", "safe")}
        print(f"| {kind} | {len(rs)} | {quantiles([r['confidence'] for r in rs])} "
              f"| {quantiles([r['belief'] for r in rs])} | {quantiles([r['cost'] for r in rs])} "
              f"| {quantiles([r['zipf'] for r in rs])} | {share['cheap']:.2f} | {share['keyboard']:.2f} "
              f"| {quantiles([r['length'] for r in rs])} | {share['capital']:.2f} | {share['quoted']:.2f} "
              f"| {share['safe']:.2f} |")


def weak(r: dict, below: float, cheap_stays: bool) -> bool:
    """The split tried: the ranker less than ``below`` sure of its first
    candidate, and (``cheap_stays``) no common word one cheap slip away."""
    return r["confidence"] < below and not (cheap_stays and r["cheap"])


def splits(rows: list[dict], totals: dict[str, int], thresholds: list[float]) -> None:
    print("\nThe split tried: a flag is weak (would move to an opt-in rule) when the ranker's confidence is "
          "under T, and, in the second family, no common word (Zipf >= 3) is one cheap slip away. "
          "Right/false: the sampled adjudicated flags; precision kept: what NL101 would keep.\n")
    print("| weak when | news moved right/false | news precision kept (now) | us-news kept (now) "
          "| blogs moved right/false (+ read here) | blogs precision kept (now) | keystroke slips moved "
          "| human misspellings moved |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")

    def tally(rs, test):
        moved = Counter(r["label"] for r in rs if test(r))
        kept = Counter(r["label"] for r in rs if not test(r))
        return moved, kept

    def precision(c: Counter) -> str:
        n = c["right"] + c["false"]
        return f"{c['right']}/{n} = {c['right'] / n:.0%}" if n else "–"

    judged = [r for r in rows if r["label"] in ("right", "false") and r["sampled"]]
    news = [r for r in judged if r["source"] not in BLOGS]
    usnews = [r for r in judged if r["source"] == "us-news"]
    blogs = [r for r in judged if r["source"] in BLOGS]
    late = [r for r in rows if r["label"] in ("right", "false") and not r["sampled"]]
    for cheap_stays in (False, True):
        for below in thresholds:
            def test(r, below=below, cheap_stays=cheap_stays):
                return weak(r, below, cheap_stays)
            name = f"confidence < {below}" + (" and no cheap slip" if cheap_stays else "")
            cells = [name]
            for rs in (news, usnews, blogs):
                moved, kept = tally(rs, test)
                if rs is not usnews:
                    extra = tally(late, test)[0] if rs is blogs else Counter()
                    more = f" (+ {extra['right']}/{extra['false']})" if rs is blogs else ""
                    cells.append(f"{moved['right']}/{moved['false']}{more}")
                cells.append(f"{precision(kept)} ({precision(kept + moved)})")
            for label in ("keystroke", "human"):
                moved = sum(test(r) for r in rows if r["label"] == label)
                cells.append(f"{moved} of {totals[label]} ({moved / totals[label]:.3f})" if label in totals else "–")
            print("| " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=HALVES, default=TUNE)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--thresholds", default="0.2,0.3,0.5,0.7,0.9", help="confidence thresholds to try")
    parser.add_argument("--tsv", type=Path, help="write every row here")
    parser.add_argument("--skip", default="", help="comma-separated sources to leave out: corpus,fresh,keystroke,human")
    args = parser.parse_args()
    _record()
    skip = set(args.skip.split(","))
    linter = make_linter(None)
    rows, totals = [], {}
    if "corpus" not in skip:
        rows += corpus_rows(args.half, args.corpus, linter)
    if "fresh" not in skip:
        rows += fresh_rows(args.half, linter)
    if "keystroke" not in skip:
        found, totals["keystroke"] = keystroke_rows(args.half, args.corpus, linter)
        rows += found
    if "human" not in skip:
        found, totals["human"] = human_rows(args.half, args.corpus)
        rows += found
    print(f"half: {args.half} (bench/halves.py); NL101 flags by kind: "
          f"{dict(Counter(group(r) for r in rows))}; injected keystroke slips {totals.get('keystroke', 0)}, "
          f"human misspelling rows {totals.get('human', 0)}\n")
    distributions(rows)
    splits(rows, totals, [float(t) for t in args.thresholds.split(",")])
    if args.tsv:
        with args.tsv.open("w", encoding="utf-8") as out:
            out.write("\t".join(FIELDS) + "\n")
            for r in rows:
                out.write("\t".join(str(round(r.get(k, ""), 4) if isinstance(r.get(k), float) else r.get(k, ""))
                                    for k in FIELDS) + "\n")


if __name__ == "__main__":
    main()
