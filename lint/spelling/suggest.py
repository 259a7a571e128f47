"""Ranked corrections for a misspelt word.

A candidate is a dictionary word within two edits of the typo. Its cost is a
keyboard-aware Damerau (optimal string alignment) distance: slips a typist
makes — a neighbouring key, two letters swapped, a letter doubled or dropped —
cost less than arbitrary edits. Candidates are ranked by
``cost - FREQUENCY_WEIGHT * zipf``, so among equally close words the common
one wins. House words rank as if their Zipf frequency were HOUSE_ZIPF.

The end of the module tells words made of words (compounds, run-ons) apart.
"""
from __future__ import annotations

from typing import NamedTuple

from lint.spelling.context import get_bigrams
from lint.spelling.dictionary import Dictionary

LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiouy")
FREQUENCY_WEIGHT = 0.2
MAX_COST = 2.0
HOUSE_ZIPF = 3.0

# QWERTY neighbours (same row and the rows above and below).
_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_OFFSETS = [0.0, 0.25, 0.75]


def _neighbours() -> dict[str, set[str]]:
    where = {c: (r, i + _OFFSETS[r]) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    return {
        a: {b for b, (rb, xb) in where.items() if b != a and abs(ra - rb) <= 1 and abs(xa - xb) <= 1.0}
        for a, (ra, xa) in where.items()
    }


NEIGHBOURS = _neighbours()

# Costs of one slip (typo → intended word).
# Tuned on bench/accuracy/spelling.py (top-1 accuracy and safe-fix precision).
SWAP = 0.5          # "teh" for "the"
NEAR_KEY = 0.6      # "strengtgens": a key next to the right one
OTHER_KEY = 1.0
VOWEL = 0.7         # "seperate", "monestary": a vowel for another, a speller's slip
EXTRA_DOUBLE = 0.5  # "commmittee": a letter typed twice
EXTRA_NEAR = 0.6    # "stremgth": a neighbouring key also hit
EXTRA_OTHER = 1.0
DROPPED = 0.5       # "strengtens": a letter left out
ONE_SLIP = max(SWAP, NEAR_KEY, EXTRA_DOUBLE, EXTRA_NEAR, DROPPED)  # the dearest single slip


def _extra_cost(typo: str, i: int) -> float:
    """Cost of typo[i] being a letter typed by mistake."""
    c = typo[i]
    around = {typo[j] for j in (i - 1, i + 1) if 0 <= j < len(typo)}
    if c in around:
        return EXTRA_DOUBLE
    if around & NEIGHBOURS.get(c, set()):
        return EXTRA_NEAR
    return EXTRA_OTHER


def slip_cost(typo: str, word: str) -> float:
    """Weighted optimal-string-alignment distance from ``typo`` to ``word``."""
    n, m = len(typo), len(word)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + _extra_cost(typo, i - 1)
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + DROPPED
    for i in range(1, n + 1):
        a = typo[i - 1]
        for j in range(1, m + 1):
            b = word[j - 1]
            if a == b:
                sub = 0.0
            else:
                sub = NEAR_KEY if b in NEIGHBOURS.get(a, ()) else VOWEL if a in VOWELS and b in VOWELS else OTHER_KEY
            best = min(
                d[i - 1][j - 1] + sub,
                d[i - 1][j] + _extra_cost(typo, i - 1),
                d[i][j - 1] + DROPPED,
            )
            if i > 1 and j > 1 and a == word[j - 2] and typo[i - 2] == b and a != b:
                best = min(best, d[i - 2][j - 2] + SWAP)
            d[i][j] = best
    return d[n][m]


class Candidate(NamedTuple):
    word: str
    cost: float  # slip_cost
    score: float  # cost - FREQUENCY_WEIGHT * fit (zipf, or fit between the neighbours): lower is better
    seen: int = 0  # how many of its pairs with the neighbours the bigram list knows


class Suggester:
    """Suggestions from one dictionary plus house words."""

    def __init__(self, dictionary: Dictionary, house_words: set[str] = frozenset()) -> None:
        self.dictionary = dictionary
        self.house = {w for w in house_words if w.isalpha() or "'" in w or "-" in w}
        self._by_prefix: dict[str, list[str]] = {}

    def _words_starting(self, prefix: str) -> list[str]:
        words = self._by_prefix.get(prefix)
        if words is None:
            words = [w for w in self.dictionary.words_starting(prefix) if w.islower()]
            self._by_prefix[prefix] = words
        return words

    def _edits1(self, word: str) -> set[str]:
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        out = {a + b[1:] for a, b in splits if b}
        out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        out |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
        out |= {a + c + b for a, b in splits for c in LETTERS}
        return out

    def candidates(self, typo: str, limit: int = 5, before: str | None = None,
                   after: str | None = None) -> list[Candidate]:
        """The best corrections of lower-case ``typo``, best first; ``before``
        and ``after`` are the neighbouring words, when the slip has them."""
        if len(typo) < 2:
            return []
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        # Every word one edit away, and those two edits away that keep the
        # first two letters (a search of the words sharing them).
        words = {w for w in self._edits1(typo) if self.dictionary.suggestible(w)}
        pool = self._words_starting(typo[:2])
        for word, _, _ in process.extract(typo, pool, scorer=OSA.distance, score_cutoff=2, limit=None):
            words.add(word)
        for word in self.house:
            if OSA.distance(typo, word.lower()) <= 2:
                words.add(word)
        ranked = []
        bigrams = get_bigrams() if before or after else None
        for word in words:
            cost = slip_cost(typo, word.lower())
            if 0 < cost <= MAX_COST:
                zipf = self.dictionary.zipf(word) or (HOUSE_ZIPF if word in self.house else 0.0)
                fit, seen = bigrams.fit(word, zipf, before, after) if bigrams else (zipf, 0)
                ranked.append(Candidate(word, cost, cost - FREQUENCY_WEIGHT * fit, seen))
        ranked.sort(key=lambda c: (c.score, c.word))
        return ranked[:limit]


# -- words made of words --------------------------------------------------------
# Words this frequent (Zipf) are function words: "thefirst" is a missing space.
FUNCTION_ZIPF = 6.0
# Parts of an accepted closed compound ("gameshow", "housebuilder") must be this common.
COMPOUND_ZIPF = 2.5
PREFIXES = frozenset(
    "anti co counter cyber de dis eco inter mega micro mini mis multi neo non out over post "
    "pre re self semi sub super tele ultra un under".split()
)
AGENT_SUFFIXES = ("ers", "er")  # "backbencher", "podcasters"


def splits(dictionary: Dictionary, word: str):
    """(left, right) ways to cut lower-case ``word`` into two suggestible words."""
    for i in range(2, len(word) - 1):
        left, right = word[:i], word[i:]
        if dictionary.suggestible(left) and dictionary.suggestible(right):
            yield left, right


def is_compound(dictionary: Dictionary, word: str) -> bool:
    """A closed compound, prefixed or agent-noun form of known words:
    "showbusiness", "rebanding", "backbencher"."""
    d = dictionary
    for i in range(2, len(word) - 3):
        if word[:i] in PREFIXES and len(word) - i >= 5 and d.known(word[i:]):
            return True
    for suffix in AGENT_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 5 and d.suggestible(stem):
            return True
    for left, right in splits(d, word):
        zipfs = (d.zipf(left), d.zipf(right))
        if min(len(left), len(right)) >= 4 and COMPOUND_ZIPF <= min(zipfs) and max(zipfs) < FUNCTION_ZIPF:
            return True
    return False


def run_on(dictionary: Dictionary, word: str) -> str | None:
    """"the first" for "thefirst": two words run together, one a function word."""
    best = None
    for left, right in splits(dictionary, word):
        zipfs = (dictionary.zipf(left), dictionary.zipf(right))
        if max(zipfs) >= FUNCTION_ZIPF and (best is None or min(zipfs) > best[0]):
            best = (min(zipfs), f"{left} {right}")
    return best[1] if best else None
