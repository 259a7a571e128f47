"""The name words the world knows: countries, capitals, cities, companies,
given names (lint/names/data/world.marisa, built by tools/build_names.py).

Loaded on first use only, so a run without the names rules never reads it::

    world = get_world()
    world.flags("Venezuela")          # COUNTRY: a known name
    world.near_miss("Venezula")       # "venezuela": one slip from a known name
    world.same_given("Bob", "Robert") # True: a nickname, not another person
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable

from lint.names.similarity import fold

DATA = Path(__file__).resolve().parent / "data" / "world.marisa"
COUNTRY = 1  # country, capital, ISO name, US state
BIG_CITY = 2  # a city of 100,000 people or more
PLACE = 4  # another city, or an alternate name of one
COMPANY = 8  # a company of a main stock index
GIVEN = 16  # an English given name or nickname
# Names a near miss is corrected to: few enough that a slip near one is a slip.
TARGETS = COUNTRY | BIG_CITY | COMPANY
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# A lone spelling this short is more often a name of its own (Osama, Ghani,
# Sania) than a slip of a place (Osaka, Ghana, Sanaa); beside the right
# spelling in the story, five letters will do (Eqypt/Egypt).
MIN_NEAR_MISS = 6
MIN_LINKED = 5
# A city or company this rare in English is not worth a guess (Kimco for
# "Kisco" of Mount Kisco, Belgrade for Belgrave); countries always are.
MIN_ZIPF = 3.5
MIN_LEAD = 0.2  # Zipf: how much more frequent the chosen near miss is than the next


def pair_key(a: str, b: str) -> str:
    return "~" + " ".join(sorted((a, b)))


class World:
    def __init__(self, trie) -> None:
        self._trie = trie

    def _get(self, key: str) -> int:
        found = self._trie.get(key)
        return found[0][0] if found else 0

    def flags(self, text: str) -> int:
        return self._get(fold(text))

    def same_given(self, a: str, b: str) -> bool:
        """Two forms of one given name: Bob/Robert, Bill/William."""
        fa, fb = fold(a), fold(b)
        return fa == fb or pair_key(fa, fb) in self._trie

    @lru_cache(maxsize=16384)
    def near_miss(self, text: str, zipf: Callable[[str], float] = lambda w: 0.0,
                  min_length: int = MIN_NEAR_MISS) -> str | None:
        """The known country, capital, or common enough big city or company name one slip (an edit
        after the first letter) from an unknown ``text``, else None. Of
        several, the most frequent by ``zipf`` (the dictionary's Zipf
        frequency) when it leads by MIN_LEAD (Amrican: American, not
        African), else None."""
        key = fold(text)
        if len(key) < min_length or self._get(key):
            return None
        found = sorted((z, c) for z, c in ((zipf(c), c) for c in set(_one_edit(key)))
                       if _target(self._get(c), z))
        found.reverse()
        if not found or (len(found) > 1 and found[0][0] - found[1][0] < MIN_LEAD):
            return None
        return found[0][1]


def _target(flags: int, zipf: float) -> bool:
    """A name a near miss may be corrected to: a country, capital, big city or
    company common enough in English and not also a given name."""
    return bool(flags & TARGETS) and zipf >= MIN_ZIPF and not flags & GIVEN


def _one_edit(word: str):
    """Every spelling one edit from ``word`` that keeps its first letter and
    is no shorter, but for an undoubled letter ("Egyptt") or a letter inside
    a long word ("Philaodelphia"): a short word or a word with one more final
    letter than a name is more often another name (Koichi/Kochi,
    Saudia/Saudi) than a slip."""
    head, rest = word[0], word[1:]
    for i in range(len(rest) + 1):
        left, right = rest[:i], rest[i:]
        if right:
            if right[:1] == (left or head)[-1:] or (len(word) >= 7 and len(right) > 1):
                yield head + left + right[1:]
            for c in LETTERS:
                yield head + left + c + right[1:]
        if len(right) > 1:
            yield head + left + right[1] + right[0] + right[2:]
        for c in LETTERS:
            yield head + left + c + right


@lru_cache(maxsize=1)
def get_world() -> World:
    import marisa_trie

    trie = marisa_trie.RecordTrie("<B")
    trie.mmap(str(DATA))
    return World(trie)
