"""The words around a slip: which correction fits between its neighbours.

    bigrams = get_bigrams()
    bigrams.zipf("last", "year")     # 5.5: Zipf frequency of the pair
    bigrams.zipf("last", "very")     # None: not a frequent pair

``lint/spelling/data/bigrams.marisa`` holds the 242,342 most frequent English
word pairs (Google Books Ngram counts, via symspellpy; built by
tools/build_bigrams.py), each with its frequency on wordfreq's Zipf scale.
A pair missing from the list is rarer than the rarest pair in it
(``UNSEEN``), which is what lets context tell "last year" from "last very".
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "bigrams.marisa"
UNSEEN = 4.0  # just under the rarest listed pair (Zipf 4.2)


class Bigrams:
    def __init__(self, trie) -> None:
        self._trie = trie

    def zipf(self, left: str, right: str) -> float | None:
        values = self._trie.get(f"{left.lower()} {right.lower()}")
        return values[0][0] / 10 if values else None

    def fit(self, word: str, word_zipf: float, before: str | None, after: str | None) -> tuple[float, int]:
        """How well ``word`` (of Zipf frequency ``word_zipf``) fits between its
        neighbours, as a log10 frequency comparable between candidates for
        one slot, and how many of its pairs the list knows.

        With both neighbours it is log P(before, word, after) up to a constant:
        zipf(before word) + zipf(word after) - zipf(word); with one, that pair's
        Zipf; with none, the word's own. An unknown pair counts as the lower of
        UNSEEN and what independence would give (the two words' Zipf values
        summed, less 9, the scale's offset)."""
        score, seen, pairs = 0.0, 0, 0
        for left, right, other in ((before, word, before), (word, after, after)):
            if other is None:
                continue
            pairs += 1
            found = self.zipf(left, right)
            if found is None:
                from lint.spelling.dictionary import get_dictionary

                independent = word_zipf + get_dictionary("en").zipf(other) - 9
                found = min(UNSEEN, independent)
            else:
                seen += 1
            score += found
        if pairs == 0:
            return word_zipf, 0
        return score - (pairs - 1) * word_zipf, seen


@lru_cache(maxsize=None)
def get_bigrams() -> Bigrams:
    import marisa_trie

    trie = marisa_trie.RecordTrie("<B")
    trie.mmap(str(DATA))
    return Bigrams(trie)
