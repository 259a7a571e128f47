"""Ranked corrections for a misspelt word.

A candidate is a dictionary word within two edits of the typo, or one that
sounds like it (lint/spelling/sounds.py). Its cost is a keyboard-aware Damerau
(optimal string alignment) distance: slips a typist makes — a neighbouring
key, two letters swapped, a letter doubled or dropped — cost less than
arbitrary edits. A linear ranker (``Ranker``, weights in data/ranker.json,
trained by tools/train_spelling_ranker.py on the development half of real
and keystroke misspellings) weighs that cost with the word's frequency, how
it fits between its neighbours (lint/spelling/context.py), its sound and its
shape; a softmax of the scores over one slip's candidates is the probability
each is the word meant, which decides whether a fix is safe. House words
count as if their Zipf frequency were HOUSE_ZIPF.

The end of the module tells words made of words (compounds, run-ons) apart.
"""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from lint.spelling.context import get_bigrams
from lint.spelling.dictionary import Dictionary
from lint.spelling.sounds import sound_alikes, sound_key

LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiouy")
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
    # Row by row, keeping the two rows before (for a swap), with the costs of
    # a letter and its neighbours looked up once per row: it runs for every
    # candidate of every slip.
    m = len(word)
    row = [0.0] * (m + 1)
    for j in range(1, m + 1):
        row[j] = row[j - 1] + DROPPED
    before = row
    first = 0.0
    previous = None  # typo's letter before this one
    for i, a in enumerate(typo):
        extra = _extra_cost(typo, i)
        near = NEIGHBOURS.get(a, ())
        vowel = a in VOWELS
        first += extra
        current = [first]
        left = first
        for j in range(1, m + 1):
            b = word[j - 1]
            if a == b:
                best = row[j - 1]
            else:
                best = row[j - 1] + (NEAR_KEY if b in near else VOWEL if vowel and b in VOWELS else OTHER_KEY)
            cost = row[j] + extra
            if cost < best:
                best = cost
            cost = left + DROPPED
            if cost < best:
                best = cost
            if previous == b and j > 1 and a == word[j - 2] and a != b:
                cost = before[j - 2] + SWAP
                if cost < best:
                    best = cost
            current.append(best)
            left = best
        before, row, previous = row, current, a
    return row[m]


def near_key_slip(typo: str, word: str) -> bool:
    """Whether ``typo`` is ``word`` with one letter struck on a neighbouring key
    ("strebgth"): the slip a speller who knows the word makes least often, so
    the one a keyboard most surely explains."""
    if len(typo) != len(word):
        return False
    diff = [(a, b) for a, b in zip(typo, word) if a != b]
    return len(diff) == 1 and diff[0][1] in NEIGHBOURS.get(diff[0][0], ())


def keyboard_slip(typo: str, word: str) -> bool:
    """Whether ``typo`` is ``word`` with one slip of the fingers, not of
    spelling: a neighbouring key struck instead of the right one (near_key_slip)
    or beside it ("stremgth"), a letter typed twice ("commmittee"), or two
    neighbouring letters swapped ("teh"). A dropped letter is left out: it is
    also the speller's commonest slip ("begining")."""
    if near_key_slip(typo, word):
        return True
    if len(typo) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typo, word)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and typo[diff[0]] == word[diff[1]] \
            and typo[diff[1]] == word[diff[0]]
    if len(typo) != len(word) + 1:
        return False
    for i in range(len(typo)):
        if typo[:i] + typo[i + 1:] == word and _extra_cost(typo, i) < EXTRA_OTHER:
            return True
    return False


class Candidate(NamedTuple):
    word: str
    cost: float  # slip_cost
    score: float  # the ranker's score: lower is better
    seen: int = 0  # how many of its pairs with the neighbours the bigram list knows
    probability: float = 0.0  # the softmax of the scores over the pool: the share of belief in this word
    features: tuple[float, ...] = ()  # its FEATURES values


class Suggester:
    """Suggestions from one dictionary plus house words."""

    def __init__(self, dictionary: Dictionary, house_words: set[str] = frozenset()) -> None:
        self.dictionary = dictionary
        self.house = {w for w in house_words if w.isalpha() or "'" in w or "-" in w}
        self._by_prefix: dict[str, list[str]] = {}

    def _close_words(self, typo: str) -> list[str]:
        """Suggestible lower-case words within two edits of ``typo`` that keep
        its first two letters. The trie's bare spellings are listed once per
        prefix (in C, several times faster than its records) and only the few
        within reach are asked whether they may be offered."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        prefix = typo[:2]
        spellings = self._by_prefix.get(prefix)
        if spellings is None:
            spellings = self._by_prefix[prefix] = self.dictionary.spellings_starting(prefix)
        suggestible = self.dictionary.suggestible
        return [w for w, _, _ in process.extract(typo, spellings, scorer=OSA.distance, score_cutoff=2, limit=None)
                if w.islower() and suggestible(w)]

    def _edits1(self, word: str) -> set[str]:
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        out = {a + b[1:] for a, b in splits if b}
        out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        out |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
        out |= {a + c + b for a, b in splits for c in LETTERS}
        return out

    def pool(self, typo: str) -> set[str]:
        """Every word that could be meant: one edit away; two edits away and
        keeping the first two letters; sounding alike (a speller's slip); a
        house word within two edits."""
        from rapidfuzz.distance import OSA

        suggestible, prefix = self.dictionary.suggestible, typo[:2]
        words = set(self._close_words(typo))  # these hold the lower-case words one edit away that keep the prefix
        words.update(w for w in self._edits1(typo) if not (w.startswith(prefix) and w.islower()) and suggestible(w))
        words |= {w for w in sound_alikes(typo) if OSA.normalized_distance(typo, w) <= MAX_SOUND_DISTANCE}
        words |= {w for w in self.house if OSA.distance(typo, w.lower()) <= 2}
        words.discard(typo)
        return words

    def features(self, typo: str, word: str, before: str | None, after: str | None) -> tuple[float, ...]:
        """What the ranker weighs (see FEATURES)."""
        from rapidfuzz.distance import OSA, JaroWinkler

        lower = word.lower()
        zipf = self.dictionary.zipf(word) or (HOUSE_ZIPF if word in self.house else 0.0)
        if before or after:
            fit, seen = get_bigrams().fit(word, zipf, before, after)
            context = fit - zipf
        else:
            context, seen = 0.0, 0
        return (
            min(slip_cost(typo, lower), MAX_COST + 1),
            float(OSA.distance(typo, lower)),
            zipf,
            context,
            float(seen),
            float(sound_key(typo) == sound_key(lower)),
            float(typo[0] == lower[0]),
            float(abs(len(typo) - len(lower))),
            JaroWinkler.similarity(typo, lower),
        )

    def candidates(self, typo: str, limit: int = 5, before: str | None = None,
                   after: str | None = None, ranker: "Ranker | None" = None) -> list[Candidate]:
        """The best corrections of lower-case ``typo``, best first; ``before``
        and ``after`` are the neighbouring words, when the slip has them."""
        if len(typo) < 2:
            return []
        ranker = ranker or get_ranker()
        scored = []
        for word in self.pool(typo):
            values = self.features(typo, word, before, after)
            scored.append((ranker.score(values), word, values))
        if not scored:
            return []
        scored.sort(key=lambda item: (-item[0], item[1]))
        top = scored[0][0]
        total = sum(math.exp(s - top) for s, _, _ in scored)
        ranked = [Candidate(word, values[0], -s, int(values[4]), math.exp(s - top) / total, values)
                  for s, word, values in scored[:limit]]
        return ranked[:1] + [c for c in ranked[1:] if c.probability >= MIN_PROBABILITY]


FEATURES = ("cost", "distance", "zipf", "context", "seen", "sound", "first", "length", "similarity")
MAX_SOUND_DISTANCE = 0.5
MIN_PROBABILITY = 0.001  # a candidate the ranker gives less is noise, not a suggestion  # a sound-alike must keep half its letters in place


SAFETY_FEATURES = ("margin", "belief_logit", "cost", "zipf", "rival_cost_gap", "one_slip", "has_context",
                   "length", "zipf_gap", "context_gap")


def safety_values(candidates: list[Candidate], typo: str, has_context: bool) -> tuple[float, ...]:
    """What tells a right first candidate from a wrong one (see SAFETY_FEATURES):
    its lead over the runner-up in score, belief, slip cost, frequency and
    fit between the neighbours; how dear and how common it is; the slip's length."""
    best = candidates[0]
    rival = candidates[1] if len(candidates) > 1 else None
    cost, _, zipf, context = best.features[:4]
    return (
        min(rival.score - best.score, 10.0) if rival else 10.0,
        max(-10.0, min(10.0, math.log(best.probability / max(1e-12, 1 - best.probability)))),
        cost,
        zipf,
        min(rival.cost - best.cost, 2.0) if rival else 2.0,
        float(cost <= ONE_SLIP),
        float(has_context),
        float(min(len(typo), 12)),
        max(-3.0, min(3.0, zipf - rival.features[2])) if rival else 3.0,
        max(-3.0, min(3.0, context - rival.features[3])) if rival else 3.0,
    )


class Ranker:
    """Two linear models, trained by tools/train_spelling_ranker.py.

    ``score``: weights · FEATURES of a candidate (higher is better); a softmax
    of the scores over one slip's pool is each candidate's share of belief.
    ``confidence``: a logistic regression over SAFETY_FEATURES of the ranked
    list, the probability that the first candidate is the word meant."""

    def __init__(self, data: dict) -> None:
        if tuple(data["features"]) != FEATURES or tuple(data.get("safety_features", SAFETY_FEATURES)) \
                != SAFETY_FEATURES:
            raise ValueError("ranker.json was trained on other features: rerun tools/train_spelling_ranker.py")
        self.weights = tuple(data["weights"])
        self.safety_weights = tuple(data.get("safety_weights", ()))
        self.safety_bias = data.get("safety_bias", 0.0)

    def score(self, values: tuple[float, ...]) -> float:
        return sum(w * v for w, v in zip(self.weights, values))

    def confidence(self, candidates: list[Candidate], typo: str, has_context: bool) -> float:
        if not candidates or not self.safety_weights:
            return 0.0
        z = self.safety_bias + sum(w * v for w, v in zip(self.safety_weights,
                                                         safety_values(candidates, typo, has_context)))
        return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))


RANKER = Path(__file__).resolve().parent / "data" / "ranker.json"


@lru_cache(maxsize=None)
def get_ranker() -> Ranker:
    import json  # here: a run with no misspelling never ranks

    return Ranker(json.loads(RANKER.read_text(encoding="utf-8")))


# -- words made of words --------------------------------------------------------
# Words this frequent (Zipf) are function words: "thefirst" is a missing space.
FUNCTION_ZIPF = 6.0
# Parts of an accepted closed compound ("gameshow", "housebuilder") must be this common,
COMPOUND_ZIPF = 2.5
# and at least COMPOUND_PART letters long; or SHORT_PART letters, this common, beside a part of
# LONG_PART ("carmaking", "phonecam"), and no suffix spelt as a word ("inherit|age", "investing|ate").
COMPOUND_PART = 4
SHORT_PART = 3
SHORT_PART_ZIPF = 4.0
LONG_PART = 5
SUFFIX_WORDS = frozenset("age ant ate ent ion ism ist ous ess ton".split())
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
        if COMPOUND_ZIPF <= min(zipfs) and max(zipfs) < FUNCTION_ZIPF and (
                min(len(left), len(right)) >= COMPOUND_PART
                or _short_part(left, zipfs[0], right) or _short_part(right, zipfs[1], left)):
            return True
    return False


def _short_part(short: str, zipf: float, other: str) -> bool:
    return len(short) >= SHORT_PART and zipf >= SHORT_PART_ZIPF and len(other) >= LONG_PART \
        and short not in SUFFIX_WORDS


def run_on(dictionary: Dictionary, word: str) -> str | None:
    """"the first" for "thefirst": two words run together, one a function word."""
    best = None
    for left, right in splits(dictionary, word):
        zipfs = (dictionary.zipf(left), dictionary.zipf(right))
        if max(zipfs) >= FUNCTION_ZIPF and (best is None or min(zipfs) > best[0]):
            best = (min(zipfs), f"{left} {right}")
    return best[1] if best else None
