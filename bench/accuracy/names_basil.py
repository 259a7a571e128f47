"""BASIL, one event told by three outlets: real cross-outlet name variants
and real look-alikes, per half (bench/halves.py, keyed by the event's
triplet-uuid).

    python bench/accuracy/names_basil.py [--half report|tune|all] [--show] [--mine]

Each event's three bodies (Fox News, New York Times, HuffPost; the order of
the files) are read as one story, the way a desk merges three wires. The
pairs come from the data, not from newslint: every two name words of one
event (capitalised, four letters or more, not in capitals) that fold alike
(accents, hyphens: Calderón/Calderon) or are close by plain edit distance
(one edit from four letters, two from five, three from six with a
Jaro-Winkler similarity of 0.85), neither a prefix of the other
(America/Americans) nor differing only in the apostrophe's shape. Each pair
is labelled by hand in names_basil.tsv, by reading it in the three articles
and the event's ``main-entities``:

- ``variant``: one person, place or thing spelled two ways (Priebus/Preibus,
  Moammar/Muammar, Raúl/Raul, Tump/Trump): a finding linking them is right;
- ``lookalike``: two different named people, places or bodies (Barr/Burr,
  Iran/Iraq, Devin/Kevin): a finding linking them is false;
- ``other``: not two names of one kind (Thursday/Tuesday, Senate/Senator,
  R-Texas/Texas): a finding linking them is false.

Recall is over ``variant`` pairs, look-alike flags over ``lookalike`` pairs;
precision counts every finding on the merged stories and on each article
alone (a finding is right when the spellings it names hold a variant pair).
``--mine`` prints the pairs of the half with their labels (``?`` when
unlabelled) for labelling.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import ROOT  # noqa: E402
from halves import half  # noqa: E402

sys.path.insert(0, str(ROOT))
from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler  # noqa: E402

from lint.config import Config  # noqa: E402
from lint.document import Document  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.names.mentions import mentions  # noqa: E402
from lint.names.similarity import bare, fold  # noqa: E402

BASIL = ROOT.parent / "shared" / "names" / "basil"
LABELS = HERE / "names_basil.tsv"
KINDS = ("variant", "lookalike", "other")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def events(wanted: str = "all") -> dict[str, list[dict]]:
    """Triplet-uuid -> its articles, of the wanted half."""
    out: dict[str, list[dict]] = {}
    for path in sorted(BASIL.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if wanted in ("all", half(data["triplet-uuid"])):
            out.setdefault(data["triplet-uuid"], []).append(data)
    return out


def body(data: dict) -> str:
    return "\n\n".join(" ".join(p) for p in data["body-paragraphs"])


def merged(outlets: list[dict]) -> str:
    return "Event\n\n" + "\n\n".join(body(d) for d in outlets)


def close(a: str, b: str) -> bool:
    """Whether two name words are a candidate pair (see the module doc)."""
    fa, fb = fold(a), fold(b)
    if a.translate(APOSTROPHES).casefold() == b.translate(APOSTROPHES).casefold():
        return False
    if fa == fb:
        return True
    if fa.startswith(fb) or fb.startswith(fa):
        return False
    distance, shorter = DamerauLevenshtein.distance(fa, fb), min(len(fa), len(fb))
    return (distance <= 1 and shorter >= 4) or (distance <= 2 and shorter >= 5) or \
        (distance <= 3 and shorter >= 6 and JaroWinkler.similarity(fa, fb) >= 0.85)


def pair_key(a: str, b: str) -> tuple[str, str]:
    return tuple(sorted((a.casefold(), b.casefold())))


def mined_pairs(text: str) -> set[tuple[str, str]]:
    words = {bare(w.text) for m in mentions(Document(text)) for w in m.words
             if len(fold(bare(w.text))) >= 4 and not w.is_acronym}
    return {pair_key(a, b) for a, b in itertools.combinations(sorted(words), 2) if close(a, b)}


def read_labels() -> dict[tuple[str, tuple[str, str]], str]:
    """(event uuid prefix, pair) -> label, from names_basil.tsv."""
    labels = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            event, a, b, label = line.split("\t")[:4]
            if label not in KINDS:
                raise SystemExit(f"{LABELS.name}: unknown label {label!r} in: {line}")
            labels[event, pair_key(a, b)] = label
    return labels


def named(text: str, d) -> set[str]:
    """The spellings a finding names, case-folded: the flagged one, its suggestion, the others."""
    return {bare(s).casefold() for s in (text[d.start.offset:d.end.offset], *d.suggestions[:1],
                                              *(r["text"] for r in d.extra.get("related", [])))}


def judge(text: str, d, labels: dict, event: str) -> str:
    """The label of the pair a finding links, "unlabelled" when none is."""
    names = named(text, d)
    found = {labels.get((event, pair_key(a, b)), "unlabelled")
             for a, b in itertools.combinations(sorted(names), 2)}
    for kind in (*KINDS, "unlabelled"):
        if kind in found:
            return kind
    return "unlabelled"


def measure(linter, wanted: str) -> dict:
    labels = read_labels()
    totals, hits = Counter(), Counter()
    verdicts = Counter()
    unlabelled, shown = [], []
    for uuid, outlets in events(wanted).items():
        event = uuid[:8]
        text = merged(outlets)
        found = linter.check(Document(text, event + ".txt"))[0]
        linked = {pair_key(a, b) for d in found for a, b in itertools.combinations(sorted(named(text, d)), 2)}
        for pair in sorted(mined_pairs(text)):
            label = labels.get((event, pair))
            if label is None:
                unlabelled.append((event, *pair))
                continue
            totals[label] += 1
            hits[label] += pair in linked
            if (label == "variant") != (pair in linked):
                shown.append((event, label, "flagged" if pair in linked else "missed", *pair))
        for d in found:
            verdicts[judge(text, d, labels, event)] += 1
            shown.append((event, "merged", judge(text, d, labels, event), d.message))
        for data in outlets:
            alone = data["title"] + "\n\n" + body(data)
            for d in linter.check(Document(alone, event + ".txt"))[0]:
                verdicts[judge(alone, d, labels, event)] += 1
                shown.append((event, data["source"], judge(alone, d, labels, event), d.message))
    return dict(events=len(events(wanted)), totals=totals, hits=hits, verdicts=verdicts,
                unlabelled=unlabelled, shown=shown)


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "n/a"


def report(result: dict, wanted: str) -> list[str]:
    t, h, v = result["totals"], result["hits"], result["verdicts"]
    findings = sum(v.values())
    lines = [
        f"[{wanted}] BASIL: {result['events']} events, three outlets read as one story",
        f"[{wanted}]   real variants found: {pct(h['variant'], t['variant'])} ({h['variant']}/{t['variant']})",
        f"[{wanted}]   look-alike pairs flagged: {h['lookalike']}/{t['lookalike']}; "
        f"other close pairs flagged: {h['other']}/{t['other']}",
        f"[{wanted}]   precision (merged stories and single articles): "
        f"{pct(v['variant'], findings)} ({v['variant']}/{findings})",
    ]
    if result["unlabelled"]:
        lines.append(f"[{wanted}]   {len(result['unlabelled'])} mined pairs unlabelled in {LABELS.name}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--show", action="store_true", help="list misses and false flags")
    parser.add_argument("--mine", action="store_true", help="list the half's pairs for labelling")
    args = parser.parse_args(argv)
    if args.mine:
        labels = read_labels() if LABELS.exists() else {}
        for uuid, outlets in events(args.half).items():
            for pair in sorted(mined_pairs(merged(outlets))):
                print(uuid[:8], *pair, labels.get((uuid[:8], pair), "?"), sep="\t")
        return 0
    result = measure(Linter(Config(), select=["names"]), args.half)
    print("\n".join(report(result, args.half)))
    if args.show:
        for item in result["shown"]:
            if item[2] != "variant":
                print("  ", *item, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
