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
from itertools import compress
from operator import itemgetter
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
# A lone spelling of five letters is more often a name of its own (Osama,
# Ghani, Sania) than a slip of a place (Osaka, Ghana, Sanaa), unless the slip
# is a sure one (Egpyt, Nevda: see _one_edit); from six letters any slip will
# do, and beside the right spelling in the story, five letters (Eqypt/Egypt).
MIN_NEAR_MISS = 6
MIN_SHORT = 5
MIN_LINKED = 5
MIN_DELETE = 7  # a letter inside a word this long may be an extra one; shorter, only a vowel
VOWELS = "aeiou"
# A city or company this rare in English is not worth a guess (Kimco for
# "Kisco" of Mount Kisco, Belgrade for Belgrave), but after a sure slip a
# rarer one is (Pyoongyang, Spokaen; not Gilead for Gilad).
MIN_ZIPF = 3.5
MIN_ZIPF_SURE = 3.0
_SPELLING = itemgetter(0)  # of a (spelling, sure) pair
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
                  linked: bool = False, word: Callable[[str], bool] = lambda w: False) -> str | None:
        """The known country, capital, or common enough big city or company
        name one slip (an edit after the first letter) from an unknown
        ``text``, else None. Of several, the most frequent by ``zipf`` (the
        dictionary's Zipf frequency) when it leads by MIN_LEAD (Amrican:
        American, not African), else None. ``linked``: the story also spells
        the name right, so any slip of five letters will do."""
        key = fold(text)
        if len(key) < (MIN_LINKED if linked else MIN_SHORT) or self._get(key) \
                or (not text.isupper() and any(a.isupper() and b.isupper() for a, b in zip(text, text[1:]))):
            return None  # two capitals inside a word make a brand or an acronym (PhRMA)
        short = not linked and len(key) < MIN_NEAR_MISS
        found: dict[bool, set] = {True: set(), False: set()}
        edits = [edit for edit in _one_edit(key, self._begins) if edit[1] or not short]
        # Most candidates name nothing: the trie is asked of them all at C speed, zipf only of names.
        for candidate, sure in compress(edits, map(self._trie.__contains__, map(_SPELLING, edits))):
            flags = self._get(candidate)
            if flags and _target(flags, z := zipf(candidate), sure) \
                    and (flags & COUNTRY or not word(candidate)):
                found[sure].add((z, candidate))
        # A sure slip explains it better than a changed letter: Americaa is
        # America doubled, not American with a letter changed.
        found = sorted(found[True] or found[False], reverse=True)
        if not found or (len(found) > 1 and found[0][0] - found[1][0] < MIN_LEAD):
            return None
        return found[0][1]

    def one_slip(self, text: str, name: str) -> bool:
        """Whether unknown ``text`` is one slip of ``name``, a country, city or
        company (not a given name) the story also spells right: Eqypt/Egypt,
        Izuzu/Isuzu, Niagra/Niagara, however rare the name."""
        key, target = fold(text), fold(name)
        flags = self._get(target)
        if len(key) < MIN_LINKED or self._get(key) or flags & GIVEN or not flags & (TARGETS | PLACE):
            return False
        # A smaller place only after a sure slip (Niagra): Osama is not Obama, Fukui.
        return any(c == target and (sure or flags & TARGETS) for c, sure in _one_edit(key))

    def _begins(self, prefix: str) -> bool:
        """Whether some key begins with ``prefix`` (iterkeys: has_keys_with_prefix is deprecated, and slower)."""
        return next(self._trie.iterkeys(prefix), None) is not None


def sure_slip(text: str, name: str) -> bool:
    """Whether ``text`` is ``name`` with a letter after the first dropped,
    doubled or swapped with the next (Obam, Obbama, Obmaa for Obama)."""
    target = fold(name)
    return any(c == target and sure for c, sure in _one_edit(fold(text)))


def _target(flags: int, zipf: float, sure: bool) -> bool:
    """A name a near miss may be corrected to: a country, capital, big city or
    company common enough in English (a rarer one after a sure slip) and not
    also a given name."""
    return bool(flags & TARGETS) and zipf >= (MIN_ZIPF_SURE if sure else MIN_ZIPF) \
        and not flags & GIVEN


def _one_edit(word: str, reachable: Callable[[str], bool] = lambda prefix: True) -> list[tuple[str, bool]]:
    """(spelling, sure) for every spelling one edit from ``word`` that keeps
    its first letter and is no shorter, but for an undoubled letter
    ("Egyptt") or a letter inside a long word ("Philaodelphia", "Syuria"): a
    short word or a word with one more final letter than a name is more
    often another name (Koichi/Kochi, Saudia/Saudi) than a slip. ``sure``: a
    dropped letter, two letters swapped or a doubled one (Egpyt, Nevda,
    Pyoongyang), which turn a name into no other name; a letter changed
    often does (Osaka/Osama, Ghana/Ghani).

    The spellings from position i on all begin with word[:i + 1]: once
    ``reachable`` says no name begins so, none is made. A list, not a
    generator: near_miss makes some 200,000 of them on a corpus."""
    head, rest = word[0], word[1:]
    out: list[tuple[str, bool]] = []
    for i in range(len(rest) + 1):
        left, right = rest[:i], rest[i:]
        start = head + left
        if not reachable(start):
            break
        if right:
            tail = right[1:]
            if right[:1] == (left or head)[-1:]:
                out.append((start + tail, True))
            elif len(right) > 1 and (len(word) >= MIN_DELETE or right[0] in VOWELS):
                out.append((start + tail, False))
            out += [(start + c + tail, False) for c in LETTERS]
        if len(right) > 1:
            out.append((start + right[1] + right[0] + right[2:], True))
        out += [(start + c + right, True) for c in LETTERS]
    return out


@lru_cache(maxsize=1)
def get_world() -> World:
    import marisa_trie

    trie = marisa_trie.RecordTrie("<B")
    trie.mmap(str(DATA))
    return World(trie)
