"""Regenerate lint/spelling/data/bigrams.marisa: how often two words follow each other.

    pip install symspellpy marisa-trie
    python tools/build_bigrams.py

The source is symspellpy's ``frequency_bigramdictionary_en_243_342.txt``
(SymSpell by Wolf Garbe, MIT; the counts come from the Google Books Ngram
data, CC BY 3.0): the 242,342 most frequent English word pairs with their
counts. Each pair ("last year") maps to its frequency on wordfreq's Zipf
scale (log10 occurrences per billion words) times ten, one byte, so the
spelling check can compare a bigram with a word's Zipf frequency.
"""
from __future__ import annotations

import math
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "lint" / "spelling" / "data" / "bigrams.marisa"
# Words in the Google Books English corpus the counts are from: the count of
# "the" in symspellpy's unigram list over its share of English words (wordfreq
# Zipf 7.73, 5.37%), so that log10(count) - log10(TOTAL) + 9 is a Zipf value.
THE_COUNT = 23_135_851_162
THE_SHARE = 10 ** (7.73 - 9)
TOTAL = THE_COUNT / THE_SHARE


def main() -> None:
    import marisa_trie

    source = files("symspellpy").joinpath("frequency_bigramdictionary_en_243_342.txt")
    records = []
    for line in source.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        left, right, count = parts
        zipf = math.log10(int(count) / TOTAL) + 9
        records.append((f"{left.lower()} {right.lower()}", (max(0, min(255, round(zipf * 10))),)))
    trie = marisa_trie.RecordTrie("<B", records)
    temp = OUT.with_suffix(".tmp")
    trie.save(str(temp))
    temp.replace(OUT)
    print(f"{OUT}: {len(records)} pairs, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
