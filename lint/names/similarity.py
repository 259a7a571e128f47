"""When are two written names probably one name spelled two ways?

Three kinds of evidence:

* transliteration: the spellings agree once the usual romanisation choices
  are levelled (y/i, ei/ey, kh/h, ou/u, dj/j, ch/sh, w/v, -off/-ov, doubled
  letters, accents): "Zelensky"/"Zelenski", "Lavrov"/"Lavroff";
* typo: one Damerau-Levenshtein edit (a transposition counts one) on names of
  five letters or more, with a high Jaro-Winkler similarity or in a vowel:
  "Tebboune"/"Tebnoune", "Jamieson"/"Jeamieson";
* vowels: the consonants agree and only vowels differ, within two edits:
  "Chengriha"/"Chanegriha", "Mohamed"/"Muhammad".

Never variants: derived forms ("Algeria"/"Algerian", "Iraq"/"Iraqi",
"Canada"/"Canadian", plurals), names that differ only in a final vowel
("Mario"/"Maria") or in the first letter. Candidates are found through
blocking keys (the levelled spelling, its consonant skeleton, its Metaphone
code, the folded spelling and its one-letter deletions), so grouping n names
costs about n look-ups, not n².
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache
from itertools import chain

import jellyfish

from lint import pattern_store

MIN_LENGTH = 4  # shorter names (Li, Ali) are never compared
MIN_EDIT_LENGTH = 5  # shorter ones (Masi/Maso, Mata/Mutu) only when levelled equal
MIN_JARO_WINKLER = 0.9
MIN_VOWELS_JARO_WINKLER = 0.8  # Mohamed/Muhammad 0.80, Chengriha/Chanegriha 0.94

# Romanisation choices levelled before comparing, applied in this order.
LEVELLING = [
    (pattern_store.compile(p), r) for p, r in (
        (r"dzh|dj|zh", "j"), (r"kh", "h"), (r"dh", "d"), (r"tch|sch|sh", "ch"), (r"ph", "f"),
        (r"ck|q", "k"), (r"ou", "u"), (r"y", "i"), (r"w", "v"),
        (r"(.)\1+", r"\1"), (r"(?<=..)([oe])f$", r"\1v"), (r"(?<=...)z$", "s"),
        # Russian ё as e or o (Gorbachev/Gorbachov), Arabic ta marbuta as -eh,
        # -ah or -a (Haniyeh/Haniya), an initial o or u (Osama/Usama, Omar/Umar).
        (r"(?<=...)ev$", "ov"), (r"(?<=...)[ae]h$", "a"), (r"^o(?=[^aeiou])", "u"),
    )
]
# Initials romanised either way from one sound (Arabic qaf: Qaddafi, Gaddafi).
HARD_INITIALS = frozenset("gkq")
VOWELS = pattern_store.compile(r"[aeiou]")
RUN = pattern_store.compile(r"(.)\1{2,}")  # a letter three times or more: Ummm, Awwww
NOT_LETTER = pattern_store.compile(r"[^\p{L}]+")

# Endings that make a derived word of a name: Algerian, Iraqi, Parisians.
DERIVING = frozenset(
    "s es n an ans ian ians ean eans ese i is ish ic ics ite ites ist ists ism "
    "er ers ns aya".split()
)
# Slavic surnames whose feminine adds -a: Sharapov-a, Kuznetsov-a, Pushkin-a.
FEMININE_BASES = ("ov", "ev", "in", "yn")
# A name's own final vowel that such an ending replaces: Canad-a/-ian, Ital-y/-ian.
REPLACEABLE = frozenset(("", "a", "e", "o", "y"))


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower case, no accents, letters only: "Saïd's" → "saids"."""
    if name.isalpha() and name.isascii():
        return name.lower()  # most names: nothing to decompose or drop
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return NOT_LETTER.sub("", plain)


@lru_cache(maxsize=65536)
def level(name: str) -> str:
    """The folded name with romanisation choices levelled."""
    key = fold(name)
    for pattern, replacement in LEVELLING:
        key = pattern.sub(replacement, key)
    return key


# Lower-case particles written before a name with a hyphen: al-Qaddafi, el-Sisi.
PARTICLES = frozenset("al el ul ad an ar as ash at az".split())


def bare(name: str) -> str:
    """A name without a lower-case particle: al-Qaddafi is Qaddafi (not
    non-Muslim: Muslim)."""
    head, _, rest = name.partition("-")
    return rest if rest and head in PARTICLES else name


def restyle(target: str, like: str) -> str:
    """``target`` with the particle of ``like``, or none: a fix of Gadhafi to
    al-Qaddafi writes Qaddafi."""
    head = like.partition("-")[0] if bare(like) != like else ""
    return f"{head}-{bare(target)}" if head else bare(target)


def skeleton(levelled: str) -> str:
    """First letter and the consonants after it."""
    return levelled[:1] + VOWELS.sub("", levelled[1:])


def is_derived(a: str, b: str) -> bool:
    """Whether one folded name is the other with a deriving ending
    (possibly replacing its final vowel)."""
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    short, long = sorted((a[common:], b[common:]), key=len)
    base = a[:common]
    if short == long or (short == "" and long[:1] == base[-1:]):
        return False  # a doubled last letter is a slip: "Wilsonn", "Toriess"
    if short == "" and long == "a":
        return base.endswith(FEMININE_BASES)
    return short in REPLACEABLE and long in DERIVING and (short == "" or len(long) > 1)


def drawn_out(a: str, b: str) -> bool:
    """Folded spellings alike but for how long a letter is drawn out, both
    drawn out (Ummm/Ummmmm) or one far (Aww/Awwww): an interjection
    written as it is said, no slip. A letter three times in one only is a
    slip (Annnie)."""
    runs_a, runs_b = RUN.findall(a), RUN.findall(b)
    if not (runs_a or runs_b) or RUN.sub(r"\1\1", a) != RUN.sub(r"\1\1", b):
        return False
    longest = max(len(m.group()) for m in chain(RUN.finditer(a), RUN.finditer(b)))
    return bool(runs_a and runs_b) or longest >= 4


def gendered(a: str, b: str) -> bool:
    """Names that differ only in their final vowel, or in -as/-os, are
    usually two names or two forms of a word: Mario/Maria, Roberto/Roberta,
    Masi/Maso, Buenas/Buenos."""
    if a[-1:] == b[-1:] == "s" and {a[-2:-1], b[-2:-1]} == {"a", "o"}:
        return a[:-2] == b[:-2]  # -as/-os, not a slip of a vowel: Minneapolos is Minneapolis
    return a[:-1] == b[:-1] and a[-1:] in "aeiou" and b[-1:] in "aeiou"


def match_kind(a: str, b: str, *, loose: bool = False, person: bool = False) -> str | None:
    """"transliteration", "vowels" or "typo" when the two written names are
    probably one name, else None. ``loose`` (context says it is the same
    person) also accepts two edits on long names; ``person`` (the surname of
    one person) takes no ending for a derived form (Marco/Marcos)."""
    a, b = bare(a), bare(b)
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return "transliteration" if a.casefold() != b.casefold() else None
    if min(len(fa), len(fb)) < MIN_LENGTH or (is_derived(fa, fb) and not person) \
            or gendered(fa, fb) or drawn_out(fa, fb):
        return None
    la, lb = level(a), level(b)
    if la == lb:
        return "transliteration"
    if is_derived(la, lb) and not person:
        return None  # a derived form once romanisation is levelled: Yisrael (Israel), Israeli
    if la[:1] != lb[:1]:
        if la[1:] == lb[1:] and {la[0], lb[0]} <= HARD_INITIALS and len(la) >= 6:
            return "transliteration"  # Qaddafi/Gaddafi/Kaddafi
        return None  # a slip rarely hits the first letter; other names often differ there
    if min(len(fa), len(fb)) < MIN_EDIT_LENGTH:
        return None
    # Here, not at the top: rapidfuzz's import is a tenth of a one-article
    # run that never gets this far.
    from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

    distance = DamerauLevenshtein.distance(la, lb)
    similarity = JaroWinkler.similarity(fa, fb)
    same_consonants = skeleton(la) == skeleton(lb)
    one_edit = distance <= 1 or DamerauLevenshtein.distance(fa, fb) <= 1
    if one_edit and (similarity >= MIN_JARO_WINKLER or same_consonants):
        return "typo"
    if distance <= 2 and same_consonants and similarity >= MIN_VOWELS_JARO_WINKLER \
            and la[-1] == lb[-1]:  # endings tell names apart: Ronaldo/Rinaldi
        return "vowels"
    if loose and similarity >= MIN_JARO_WINKLER and distance <= 2 and min(len(la), len(lb)) >= 7:
        return "typo"
    return None


MAX_EDIT_KEYED = 40


@lru_cache(maxsize=65536)
def blocking_keys(name: str) -> frozenset[str]:
    """Keys two matching names share at least one of."""
    name = bare(name)
    levelled, folded = level(name), fold(name)
    keys = {"l" + levelled, "s" + skeleton(levelled), "m" + jellyfish.metaphone(folded or "x"),
            "d" + folded}
    if levelled[:1] in HARD_INITIALS:  # Qaddafi/Gaddafi share all but the initial
        keys.add("h" + levelled[1:])
    # One edit apart: the same word after deleting one letter (or none) of each.
    # No name is longer than MAX_EDIT_KEYED letters; a longer token (100,000
    # "A"s) would make keys quadratic in its length.
    if len(folded) <= MAX_EDIT_KEYED:
        keys.update("d" + folded[:i] + folded[i + 1:] for i in range(len(folded)))
    return frozenset(keys)


class BlockIndex:
    """Names by blocking key: which earlier names could match this one."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[str]] = defaultdict(list)

    def add(self, name: str, tag: str | None = None) -> None:
        for key in self.keys(name, tag):
            self._by_key[key].append(name)

    def candidates(self, name: str, tag: str | None = None) -> set[str]:
        found: set[str] = set()
        for key in self.keys(name, tag):
            found.update(self._by_key.get(key, ()))
        found.discard(name)
        return found

    @staticmethod
    def keys(name: str, tag: str | None = None) -> frozenset[str]:
        keys = blocking_keys(name)
        return keys | {"t" + tag} if tag else keys
