"""Names precision (NL201, NL202) on copy the names rules were not designed on.

    python bench/accuracy/names_fresh.py [--half tune|report] [--show]

The sets of fresh_spelling.py (dragnet's gold text, l3s-gn1's headline and
full-text blocks, BASIL's articles one by one), each item in one half by
bench/halves.py (its file name relative to its set). The half's texts are
checked with the default config (``--no-cache --select NL201,NL202``); every
finding of up to STORIES stories with one (hashed order) is matched to
names_fresh.tsv by (set, half, file, flagged spelling, other spelling). It
prints per set the findings, the adjudicated, right, false and the precision,
and which half. ``--show`` prints the findings with their context and
verdict (``?`` when unadjudicated), for adjudication.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from fresh_spelling import findings as fresh_findings, items  # noqa: E402
from halves import HALVES, REPORT, half  # noqa: E402

ADJUDICATED = HERE / "names_fresh.tsv"
STORIES = 50


def findings(name: str, texts: dict, wanted: str, tmp: Path) -> list[dict]:
    found = fresh_findings(name, texts, wanted, tmp, select="NL201,NL202")
    for d in found:
        d["other"] = (d.get("related") or [{}])[0].get("text") or (d.get("suggestions") or [""])[0]
    by_file = sorted({d["file"] for d in found}, key=lambda f: hashlib.sha1(f.encode()).hexdigest())
    kept = set(by_file[:STORIES])
    return sorted((d for d in found if d["file"] in kept), key=lambda d: (d["file"], d["start"]["offset"]))


def verdicts() -> dict[tuple[str, ...], str]:
    """(set, half, file, flagged, other) -> "right" or "false"."""
    lines = ADJUDICATED.read_text(encoding="utf-8").splitlines() if ADJUDICATED.exists() else []
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return {tuple(row[:5]): row[5] for row in rows}


def precision(right: int, false: int) -> str:
    return f"{right / (right + false):.0%}" if right + false else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=HALVES, default=REPORT)
    parser.add_argument("--show", action="store_true", help="print the findings with context")
    args, known = parser.parse_args(), verdicts()
    print(f"half: {args.half}  (bench/halves.py; every finding of up to {STORIES} stories with one)")
    print("| set | findings | adjudicated | right | false | precision |")
    print("|---|---:|---:|---:|---:|---:|")
    totals = [0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts in items().items():
            found = findings(name, texts, args.half, Path(tmp))
            marks = [known.get((name, args.half, d["file"], d["word"], d["other"])) for d in found]
            right, false = marks.count("right"), marks.count("false")
            totals[0] += right
            totals[1] += false
            print(f"| {name} | {len(found)} | {right + false} | {right} | {false} | {precision(right, false)} |")
            if args.show:
                for d, mark in zip(found, marks):
                    print(f"{name}\t{args.half}\t{d['file']}\t{d['word']}\t{d['other']}\t{mark or '?'}\t"
                          f"{d['rule']}\t{d['context']}", file=sys.stderr)
    right, false = totals
    print(f"| all | | {right + false} | {right} | {false} | {precision(right, false)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
