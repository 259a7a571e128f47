"""What each NL201 finding rests on, and whether it was right (issue 21).

    python bench/accuracy/names_evidence.py [--half tune|report] [--show]

An evidence-strength split of NL201 (strong evidence stays on by default,
weak evidence goes to an opt-in rule) pays only if the findings on weak
evidence are the false ones and the slips it must find do not rest on it.
This measures both, on one half (bench/halves.py), with the default rules run
in-process:

- precision: every NL201 finding of names_fresh.py (the same stories: up to
  STORIES per set with a finding, verdicts from names_fresh.tsv), of
  precision.py's us-news and BBC (verdicts from precision.tsv) and of
  names_basil.py (the merged stories and each article alone, judged by the
  pair labels of names_basil.tsv);
- recall: the person-name slips of names_world.py (names.py's injection, seed
  1: one occurrence of a name used twice changed) and BASIL's real variants
  (names_basil.tsv), by the evidence of the finding that finds them.

Each finding of the story's own evidence gets the first kind that holds of
its spelling and the spelling it is compared with (the fix's, else the
group's leading one); the kinds are the brief's, fixed before measuring:

- same-letters: alike but for accents, an apostrophe or a hyphen (Peña/Pena);
- full-name: they share a first name, a surname, a title or the capitalised
  word before them ("Asa Hutchinson" / "Mr. Hutchison");
- known-side: the other is a name the dictionary or the world knows and the
  flagged one is not (Isreal/Israel);
- majority-slip: the other is written at least twice and more often, and the
  flagged one is it with a letter dropped, doubled or swapped (Stuxnext);
- weak: none of these: a lone word one slip from another lone word, both
  unknown or both known (Mustdo/Mustgo, HuffPp/HuffPo).

The near misses of a known name the story never spells right ("world") and
the glossary's findings are kinds of their own. A second table crosses in
"against-frequency": the flagged spelling is written at least as often as
the fix's, which recurs (knowledge alone puts the finding there).
``--show`` lists every finding with its kind and verdict.
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import DEFAULT_CORPUS, read_articles  # noqa: E402
from fresh_spelling import items  # noqa: E402
from halves import HALVES, half  # noqa: E402
import names_basil  # noqa: E402
import names_fresh  # noqa: E402
import precision  # noqa: E402
from names import inject, spellings, touches  # noqa: E402

from lint.checks import names as names_check  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.document import Document  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.names.groups import TITLES, fold_key  # noqa: E402
from lint.names.similarity import bare, fold  # noqa: E402
from lint.names.world import sure_slip  # noqa: E402
from lint.spelling.dictionary import get_dictionary  # noqa: E402

KINDS = ("glossary", "world", "same-letters", "full-name", "known-side", "majority-slip", "weak", "headline")


def kind_of(v, o) -> str:
    """The evidence kind of a story finding on variant ``v`` compared with ``o``."""
    if fold(bare(v.text)) == fold(bare(o.text)):
        return "same-letters"
    if v.given & o.given or v.family & o.family or v.surnames & o.surnames or v.context & o.context:
        return "full-name"
    if o.knows and not v.knows and not v.world:
        return "known-side"
    if o.count >= 2 and o.count > v.count and (sure_slip(v.text, o.text) or sure_slip(o.text, v.text)):
        return "majority-slip"
    return "weak"


def against_frequency(v, o, target) -> bool:
    return target is not None and o.count >= 2 and v.count >= o.count


_report = names_check.Names._report


def _recording_report(self, doc, words, others, target, applicability, *, evidence, **kw):
    d = _report(self, doc, words, others, target, applicability, evidence=evidence, **kw)
    kind, against = evidence if evidence in ("glossary", "world") else "headline", False
    if evidence == "story":
        v = self.shared.names(doc).body[fold_key(words[0].text)]
        o = next((x for x in others if target and fold(bare(x.text)) == fold(bare(target))), others[0])
        kind, against = kind_of(v, o), against_frequency(v, o, target)
    d.extra["_kind"], d.extra["_against"] = kind, against
    return d


names_check.Names._report = _recording_report  # in this process only: the bench's own record


def check(linter, text: str, name: str) -> list:
    return linter.check(Document(text, name))[0]


def precision_rows(linter, wanted: str) -> list[tuple[str, str, str, bool, str]]:
    """(source, kind, verdict, against, label) of every NL201/NL202 finding."""
    rows = []
    fresh = names_fresh.verdicts()
    for name, texts in items().items():
        found = []
        for key, read in texts.items():
            if half(key) == wanted:
                text = read()
                found += [(key, text, d) for d in check(linter, text, key + ".txt")]
        keep = set(sorted({k for k, _, _ in found}, key=lambda k: names_fresh.hashlib.sha1(
            k.encode()).hexdigest())[:names_fresh.STORIES])
        for key, text, d in found:
            if key in keep:
                word = text[d.start.offset:d.end.offset]
                other = (d.extra.get("related") or [{}])[0].get("text") or (d.suggestions or [""])[0]
                verdict = fresh.get((name, wanted, key, word, other), "?")
                rows.append((f"fresh {name}", d.extra["_kind"], verdict, d.extra["_against"], f"{word}/{other}"))
    adjudicated = {tuple(r[:4]): r[5] for r in precision.read_tsv(precision.ADJUDICATED, 7)}
    for corpus in precision.CORPORA:
        folder = DEFAULT_CORPUS / corpus
        for path in sorted(folder.rglob("*.txt")):
            rel = path.relative_to(folder).as_posix()
            if half(rel) != wanted:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for d in check(linter, text, path.name):
                verdict = adjudicated.get((corpus, rel, d.rule, str(d.start.offset)), "?")
                rows.append((corpus, d.extra["_kind"], verdict, d.extra["_against"],
                             text[d.start.offset:d.end.offset]))
    labels = names_basil.read_labels()
    for uuid, outlets in names_basil.events(wanted).items():
        event = uuid[:8]
        texts = [names_basil.merged(outlets)] + [o["title"] + "\n\n" + names_basil.body(o) for o in outlets]
        for text in texts:
            for d in check(linter, text, event + ".txt"):
                verdict = "right" if names_basil.judge(text, d, labels, event) == "variant" else "false"
                rows.append(("basil", d.extra["_kind"], verdict, d.extra["_against"], d.message[:60]))
    return rows


def recall_rows(linter, wanted: str) -> list[tuple[str, str]]:
    """(slice, kind or "missed") of every person slip and BASIL real variant."""
    rows = []
    dictionary = get_dictionary("en")
    rng = random.Random(1)  # names_world.py's person slice: its own generator, seed 1
    articles = [a for a in read_articles(DEFAULT_CORPUS / "us-news") if half(a.name) == wanted]
    for article in articles:
        made = inject(article, rng, dictionary)
        if made is None:
            continue
        text, inj = made
        hits = [d for d in check(linter, text, article.name)
                if touches(d, inj.start, inj.end) and {inj.original, inj.variant} <= spellings(text, d)]
        rows.append(("person slips", hits[0].extra["_kind"] if hits else "missed"))
    labels = names_basil.read_labels()
    for uuid, outlets in names_basil.events(wanted).items():
        event = uuid[:8]
        text = names_basil.merged(outlets)
        linked = {}
        for d in check(linter, text, event + ".txt"):
            for a, b in itertools.combinations(sorted(names_basil.named(text, d)), 2):
                linked.setdefault(names_basil.pair_key(a, b), d.extra["_kind"])
        for pair in sorted(names_basil.mined_pairs(text)):
            if labels.get((event, pair)) == "variant":
                rows.append(("BASIL variants", linked.get(pair, "missed")))
    return rows


def pct(a: int, b: int) -> str:
    return f"{a / b:.1%}" if b else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=HALVES, default="tune")
    parser.add_argument("--show", action="store_true", help="list every finding with its kind and verdict")
    args = parser.parse_args()
    linter = Linter(Config(), select=["names"])
    rows = precision_rows(linter, args.half)
    recall = recall_rows(linter, args.half)
    sources = sorted({r[0] for r in rows})
    print(f"half: {args.half}  (bench/halves.py); NL201/NL202 findings by the evidence they rest on\n")
    print("| evidence | " + " | ".join(sources) + " | all: right / false | precision | person slips found "
          "| BASIL variants found |")
    print("|---|" + "---:|" * (len(sources) + 4))
    tally = defaultdict(Counter)
    for source, kind, verdict, _, _ in rows:
        tally[kind][source, verdict] += 1
    found = defaultdict(Counter)
    for slice_, kind in recall:
        found[slice_][kind] += 1
    for kind in (*KINDS, "missed"):
        t = tally[kind]
        right, false = sum(t[s, "right"] for s in sources), sum(t[s, "false"] for s in sources)
        cells = [f"{t[s, 'right']}/{t[s, 'false']}" for s in sources]
        if kind == "missed":
            cells, right, false = [""] * len(sources), 0, 0
        if not right + false and not found["person slips"][kind] + found["BASIL variants"][kind]:
            continue
        print(f"| {kind} | " + " | ".join(cells) + f" | {right} / {false} | {pct(right, right + false)} | "
              f"{found['person slips'][kind]} | {found['BASIL variants'][kind]} |")
    judged = [r for r in rows if r[2] in ("right", "false")]
    right = sum(r[2] == "right" for r in judged)
    print("| all | " + " | ".join([""] * len(sources)) + f" | {right} / {len(judged) - right} | "
          f"{pct(right, len(judged))} | "
          f"{sum(k != 'missed' for _, k in recall if _ == 'person slips')} of "
          f"{sum(1 for s, _ in recall if s == 'person slips')} | "
          f"{sum(k != 'missed' for s, k in recall if s == 'BASIL variants')} of "
          f"{sum(1 for s, _ in recall if s == 'BASIL variants')} |")
    weak = Counter(r[2] for r in judged if r[1] == "weak")
    strong = right - weak["right"], len(judged) - right - weak["false"]
    person = [k for s, k in recall if s == "person slips"]
    basil = [k for s, k in recall if s == "BASIL variants"]
    print(f"\nwith weak evidence opt-in, the default rule: {strong[0]} / {strong[1]} = "
          f"{pct(strong[0], sum(strong))} (from {pct(right, len(judged))}); person slips "
          f"{sum(k not in ('missed', 'weak') for k in person)} of {len(person)}, BASIL variants "
          f"{sum(k not in ('missed', 'weak') for k in basil)} of {len(basil)}")
    unjudged = len(rows) - len(judged)
    if unjudged:
        print(f"\n{unjudged} findings unadjudicated (not counted)")
    against = Counter((r[3], r[2]) for r in judged)
    print(f"\nagainst-frequency (the flagged spelling written as often as the fix's, which recurs): "
          f"{against[True, 'right']} right / {against[True, 'false']} false; the rest "
          f"{against[False, 'right']} / {against[False, 'false']}")
    if args.show:
        for source, kind, verdict, against_, what in sorted(rows, key=lambda r: (r[1], r[2])):
            print(f"  {kind}\t{verdict}\t{'against' if against_ else ''}\t{source}\t{what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
