"""Whether a word the dictionary lacks is likely a slip of a real word.

NL101 flags an unknown word only when it reads as a slip, the way typos and
codespell only flag what is very likely a mistake. An unknown word is taken
as written on purpose, and left alone, when

- it is capitalised and its lower-case form is a known word ("Dems" opening
  a headline: "dems" is a web word);
- it is a word of another language among other such words ("Si se puede",
  "candidato para el Senado"): the dictionary marks frequent Spanish, French,
  German, Italian and Portuguese words (tools/build_dictionary.py); or it
  stands among words that are mostly no common English ("ma talvolta
  precipitoso e quando": a passage in another language), or it has a letter
  no English keyboard types and no candidate has ("complicité"; but
  "fiiancée" is a slip of "fiancée");
- a letter is held for emphasis, four times in a row ("soooon", "toooo");
- it is written as spoken, its ending respelt: a "z" for the last "s" of a
  known word ("feelz", "realz", "boyz"), or "ah" for "er" ("chowdah"); a
  keystroke seldom lands on "z" for a last "s" and never makes "ah" of "er";
- it is a common word with a letter stuck before it, the way brands and the
  web make words ("iframe", "ebusiness"), and no common word is one cheap
  slip away ("ejoy" is a slip of "enjoy");
- it is an inflection or derivation of a known word that the word list does
  not spell out ("deplorables", "kettling", "voucherizing",
  "dysfunctionality"), unless the same stem and ending are known in another
  spelling ("begining": "beginning" is known);
- it is part of a hyphenated word with a capitalised part ("Sang-gyun",
  "Paul-ites"), or of any hyphenated word and the ranker is not near-certain
  of its correction ("namby-pamby", "yo-yoed");
- nothing makes it read as a slip (``likely_slip``): no common word is one
  cheap slip away, the ranker is not sure of its first candidate, and that
  candidate is far, very rare, or holds, with the other forms of the same
  word, under half of the ranker's belief. The gate asks whether the word is
  a slip, not which correction: belief split between "newsrooms" and
  "newsroom" is still belief in a slip of "newsroom". A word whose belief is
  spread over unrelated words ("doinks": dinks, drinks, doings) is more
  likely a name, slang or a coinage;
- it splits into a function word and a rare word ("insupportability" is no
  "in supportability"), or ends in a particle ("writeback", "buildout"); a
  run-on of two common words ("thefirst") is a slip.

``reason`` says which, or None for a likely slip.
"""
from __future__ import annotations

from lint import pattern_store
from lint.spelling.dictionary import Dictionary, get_dictionary
from lint.spelling import suggest
from lint.spelling.suggest import ONE_SLIP

CHEAP_ZIPF = 3.0  # a word this common one cheap slip away (suggest.ONE_SLIP) makes a slip likely; or
SURE_CONFIDENCE = 0.9  # the ranker this sure of its first candidate (suggest.Ranker.confidence); or
MAX_COST = 1.6  # a best candidate at most this many slips away (suggest.slip_cost)
MIN_ZIPF = 1.0  # a best candidate rarer than this is never enough; else the ranker sure of it, or...
MIN_BELIEF = 0.5  # that with the other forms of the same word, as close and common, holds this share of the ranker's belief (suggest.Candidate.probability)
MIN_STEM_ZIPF = 2.0  # the stem of a form the list lacks ("kettle" of "kettling") is this common,
DERIVED_CONFIDENCE = 0.8  # unless the ranker is this sure of another common word
LONG_STEM = 7  # or, before a derivational ending, this long ("bloviate" of "bloviater"): few slips land on a long word
HYPHEN_CONFIDENCE = 0.95  # a part of a hyphenated word needs this
RUN_ON_ZIPF = 3.5  # both words of a run-on ("thefirst") at least this common
# A function word that ends a closed compound ("writeback", "buildout", "setback") rather than a run-on.
PARTICLES = frozenset("back out up off down over away".split())
FOREIGN_WINDOW = 3  # words either side, in the same sentence, that may show a foreign run
ENGLISH_ZIPF = 2.5  # a lower-case word around it rarer than this (or another language's) is no English...
FOREIGN_SHARE = 0.75  # ...and when this share of at least FOREIGN_AROUND of them are not, the passage is another language
FOREIGN_AROUND = 3
HELD = pattern_store.compile(r"(\p{L})\1{3}")  # a letter held for emphasis: "soooon" (three: SpellingContext.emphatic)
MIN_STEM = 4
# Endings written as spoken ("feelz", "chowdah") and the spelling they stand for, in a known word this common
SPOKEN = (("z", "s"), ("ah", "er"))
SPOKEN_ZIPF = 2.5
SPOKEN_LENGTH = 4  # letters at least: "boyz", "feelz"; a three-letter "waz" is a slip of "was"
# A letter stuck before a word ("iframe", "ebusiness"): e- (electronic) and i- (internet), before a word
# at least this common and this long
PREFIX_LETTERS = frozenset("ei")
PREFIXED_ZIPF = 3.0
PREFIXED_LENGTH = 5

# Endings English adds to a word the list may not spell out, and the stems
# they leave: (ending, ways to restore the stem). A group of endings spelled
# alike ("ize"/"ise") are alternatives: if another spelling of the same stem
# and ending is known, the word is a slip of it.
GROUPS = (
    ("s", "es", "ies"),
    ("ed", "ied"),
    ("ing",),
    ("er", "ers", "ier", "iers"),
    ("ize", "ise", "izes", "ises"),
    ("ized", "ised"),
    ("izing", "ising"),
    ("ization", "isation"),
    ("ation", "ations"),
    ("ism", "isms"),
    ("ist", "ists"),
    ("ity", "ities"),
    ("ability", "ibility"),
    ("ness",),
    ("ish",),
    ("ly", "ally", "ily"),
)
RESTORE = {"ies": "y", "ied": "y", "ier": "y", "iers": "y", "ability": "able", "ibility": "ible",
           "ation": "ate", "ations": "ate", "ily": "y"}
# SCOWL lists the inflections of the words it knows, not their derivations: an
# inflection of a rare word that the list lacks is more likely a slip.
INFLECTIONS = (GROUPS[0], GROUPS[1], GROUPS[2])
# An adverb of a long stem only ("investigatively"): "resently" is no adverb of "resent" but a slip of "recently".
ADVERBS = GROUPS[-1]
VERB_ENDINGS = frozenset({"ed", "ing", "er", "ers"})  # the stem may have lost an "e" or doubled a consonant


def reason(d: Dictionary, word: str, *, capital: bool, hyphen_parts: list[str], sentence: list[str],
           candidates, confidence: float, run_on: str | None = None) -> str | None:
    """Why ``word`` is not a likely slip, or None when it is. ``hyphen_parts``:
    the other parts of its hyphenated token; ``sentence``: the other words
    within FOREIGN_WINDOW of it in its sentence; ``candidates`` and
    ``confidence``: the ranker's (lint/spelling/suggest.py); ``run_on``: the
    two words it splits into, one a function word ("the first"): a missing
    space when both are common, but "in supportability" is a coinage."""
    lower = word.lower()
    if d is not _either() and _either().known(word):
        return None  # the other dialect's spelling ("colour" in en-US): what the dialect setting asks to flag
    if capital and d.known(lower):
        return "a known word, capitalised"
    if foreign_run(d, lower, sentence) or foreign_letters(lower, candidates):
        return "a word of another language"
    if HELD.search(lower):
        return "a letter held for emphasis"
    if spoken(d, lower):
        return "an ending written as spoken"
    if lettered(d, lower, candidates):
        return "a letter stuck before a word"
    if derived(d, lower) and not sure_of_another(d, lower, candidates, confidence):
        return "a form of a known word"
    if any(p[:1].isupper() for p in hyphen_parts):
        return "part of a hyphenated name"
    if run_on is not None:
        left, right = run_on.split(" ", 1)
        if right in PARTICLES or (left in PARTICLES and len(right) >= suggest.COMPOUND_PART
                                   and d.zipf(right) < suggest.FUNCTION_ZIPF):
            return "a compound with a particle"  # "buildout", "backchannel"; "upto" is a run-on
        return None if min(d.zipf(left), d.zipf(right)) >= RUN_ON_ZIPF else "a rare word joined to a function word"
    if not candidates:
        return "no correction"
    if not likely_slip(d, candidates, confidence):
        return "no close, common correction"
    if hyphen_parts and confidence < HYPHEN_CONFIDENCE:
        return "part of a hyphenated word"
    return None


def spoken(d: Dictionary, word: str) -> bool:
    """"feelz", "realz", "chowdah": an ending of SPOKEN written for the
    spelling of a known word (at least SPOKEN_ZIPF common), as eye dialect
    does; "buzz" and "jazz" end in two. A word of three letters is left to
    the slip it more often is: "z" is a key beside "s" ("waz" for "was")."""
    for said, spelt in SPOKEN:
        if word.endswith(said) and not word.endswith(said[-1] * 2) and len(word) >= SPOKEN_LENGTH \
                and d.zipf(word[: -len(said)] + spelt) >= SPOKEN_ZIPF:
            return True
    return False


def lettered(d: Dictionary, word: str, candidates) -> bool:
    """"iframe", "ebusiness": a common word (PREFIXED_ZIPF, PREFIXED_LENGTH)
    after one of PREFIX_LETTERS that is no key beside its first letter (a
    finger that struck both is a slip, "rframe"), and no common word lies one
    cheap slip away ("ejoy": "enjoy")."""
    rest = word[1:]
    return word[:1] in PREFIX_LETTERS and len(rest) >= PREFIXED_LENGTH and d.zipf(rest) >= PREFIXED_ZIPF \
        and word[0] != rest[0] and word[0] not in suggest.NEIGHBOURS.get(rest[0], ()) \
        and not cheap_slip(d, candidates)


def sure_of_another(d: Dictionary, word: str, candidates, confidence: float) -> bool:
    """Whether the ranker is DERIVED_CONFIDENCE sure of a common word that is
    no form of ``word`` ("heared": "heard", "professer": "professor"), which a
    slip explains better than an ending ("deplorables" is no slip of "deplorable")."""
    return bool(candidates) and confidence >= DERIVED_CONFIDENCE and _zipf(d, candidates[0]) >= CHEAP_ZIPF \
        and not same_word(candidates[0].word, word)


def likely_slip(d: Dictionary, candidates, confidence: float) -> bool:
    """Whether the candidates make the word read as a slip: a common word one
    cheap slip away; a correction the ranker is sure of; or a close, not too
    rare best candidate that, with the other forms of the same word among the
    candidates ("newsroom", "newsrooms"), holds most of the ranker's belief.
    Belief split between forms of one word still says "a slip of it"."""
    if cheap_slip(d, candidates):
        return True
    best = candidates[0]
    if _zipf(d, best) < MIN_ZIPF:
        return False
    if confidence >= SURE_CONFIDENCE:
        return True
    if best.cost > MAX_COST:
        return False
    return sum(c.probability for c in candidates
               if c.cost <= MAX_COST and _zipf(d, c) >= MIN_ZIPF and same_word(c.word, best.word)) >= MIN_BELIEF


def cheap_slip(d: Dictionary, candidates) -> bool:
    """Whether a common word (CHEAP_ZIPF) is one cheap slip (suggest.ONE_SLIP) away."""
    return any(c.cost <= ONE_SLIP and _zipf(d, c) >= CHEAP_ZIPF for c in candidates)


def same_word(a: str, b: str) -> bool:
    """Forms of one word: they share all but the last two letters of the
    shorter, and at least MIN_STEM ("interpretation", "interpretations")."""
    shared = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return shared >= max(MIN_STEM, min(len(a), len(b)) - 2)


def explains(d: Dictionary, candidates) -> bool:
    """Whether one slip of any kind (suggest.OTHER_KEY) from a common word
    (CHEAP_ZIPF) explains the word better than a compound of two words does:
    "charactors" is no "char" + "actors", "ecomonic" no "eco" + "monic"."""
    return any(c.cost <= suggest.OTHER_KEY and _zipf(d, c) >= CHEAP_ZIPF for c in candidates)


def seen(d: Dictionary, candidate) -> bool:
    """Whether the candidate is a word of real text (or a house word), not only of the list."""
    return _zipf(d, candidate) >= MIN_ZIPF


def _zipf(d: Dictionary, candidate) -> float:
    # features[2] is the ranker's frequency, where a house word counts as suggest.HOUSE_ZIPF
    return candidate.features[2] if candidate.features else d.zipf(candidate.word)


def _either() -> Dictionary:
    return get_dictionary("en")


def foreign_run(d: Dictionary, word: str, sentence: list[str]) -> bool:
    """``word`` is a frequent word of another language, and so is one of the
    words around it; or most of the lower-case words around it are another
    language's or rare in English (a passage in Italian or Malay, where
    ``word`` may be any word of it)."""
    if d.foreign(word) and any(d.foreign(w.lower()) for w in sentence if w.isalpha()):
        return True
    around = [w for w in sentence if w.isalpha() and w.islower()]
    alien = sum(d.foreign(w) or d.zipf(w) < ENGLISH_ZIPF for w in around)
    return len(around) >= FOREIGN_AROUND and alien >= FOREIGN_SHARE * len(around)


def foreign_letters(word: str, candidates) -> bool:
    """``word`` has a letter no English keyboard types, and no candidate has
    it: "complicité" (but "fiiancée" is a slip of "fiancée")."""
    accents = {c for c in word if not c.isascii()}
    return bool(accents) and not any(accents & set(c.word) for c in candidates)


def derived(d: Dictionary, word: str) -> bool:
    """A known stem with an English ending ("kettle" + "ing"), where no other
    spelling of that stem and ending is known."""
    for group in GROUPS:
        for ending in group:
            root = word[: -len(ending)]
            if not word.endswith(ending) or len(root) < MIN_STEM:
                continue
            stems = [s for s in _stems(root + RESTORE.get(ending, ""), ending)
                     if d.known(s) and not d.foreign(s)
                     and ((d.zipf(s) >= MIN_STEM_ZIPF and group is not ADVERBS)
                          or (len(s) >= LONG_STEM and group not in INFLECTIONS))]
            if not stems:
                continue
            spellings = {root + e for e in group}
            spellings |= {_spell(v, e) for s in stems for v in _variants(s) for e in group}
            spellings -= {word, None}
            if not any(d.known(s) for s in spellings):
                return True
    return False


def _stems(stem: str, ending: str) -> list[str]:
    """The stems ``stem`` may stand for before ``ending``: itself; with its
    dropped "e" ("templat" + "ing"); without a doubled last consonant
    ("vett" + "ing")."""
    if stem.endswith("s") and not stem.endswith("ss"):
        return []  # "yearss", "minimsed": no ending follows a plural
    if ending not in VERB_ENDINGS and not ending.startswith(("iz", "is", "it")):
        return [stem]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouy":
        out.append(stem[:-1])
    return out


def _variants(stem: str) -> list[str]:
    """How ``stem`` may be spelt before an ending: as it is, without a final
    "e", with its last letter doubled."""
    return [stem, stem[:-1] if stem.endswith("e") else stem, stem + stem[-1]]


def _spell(stem: str, ending: str) -> str | None:
    restore = RESTORE.get(ending)
    if restore is None:
        return stem + ending
    return stem[: -len(restore)] + ending if stem.endswith(restore) else None
