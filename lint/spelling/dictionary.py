"""The English word list: is this a word, how common is it.

    from lint.spelling.dictionary import get_dictionary
    d = get_dictionary("en-GB")      # "en-US", "en-GB" or "en" (either)
    d.known("Strengthens")           # True: a word, inflections included
    d.known("Paris")                 # True: proper nouns the list knows count
    d.is_common_word("Said")         # True: "said" is a lower-case word
    d.is_common_word("Chengriha")    # False
    d.frequency("the")               # relative frequency (0.0 when unknown)
    d.zipf("the")                    # the same on wordfreq's Zipf scale (0-8)
    d.words_starting("stren")        # dictionary words with that prefix
    d.suggestible("gameplay")        # False: known, but never offered
    d.foreign("siempre")             # True: a frequent word of another language

The data is ``lint/spelling/data/en.marisa``, built by ``tools/build_dictionary.py``
from SCOWL (which words exist, with their inflections, per dialect) and
wordfreq (how often they occur). SCOWL's rarest words ("neurone") and
frequent lower-case words of wordfreq's list that SCOWL lacks ("gameplay",
"eurozone") are known but never suggested (see tools/build_dictionary.py).
It is a memory-mapped marisa-trie, so
loading takes a few milliseconds; it is loaded once per process, and only
when a caller first asks for it. House words are not here: callers add them.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "en.marisa"
DIALECTS = {"en": 3, "en-US": 1, "en-GB": 2}
ACCEPT_ONLY = 4  # known, but never offered as a correction
FOREIGN = 8  # a frequent word of another language (tools/build_dictionary.py, foreign_words)
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


class Dictionary:
    def __init__(self, trie, mask: int) -> None:
        self._trie = trie
        self._mask = mask  # dialect bits a word must have one of

    def _forms(self, word: str):
        """(spelling, any list?) pairs to look up for ``word``: itself in any
        list, then the case variants a sentence start, an all-caps headline or
        a house style explains, in the main list only (so "Lavrov" does not
        pass as the rare lower-case "lavrov")."""
        word = word.translate(APOSTROPHES)
        yield word, True
        if word[:1].isupper():
            if word[1:].islower() or word.isupper():
                yield word.lower(), False
            if word.isupper() and len(word) > 1:
                yield word[:1] + word[1:].lower(), False
            elif word[1:].islower() and len(word) > 2:
                yield word.upper(), False  # house styles write acronyms "Nasa", "Opec"

    def _value(self, form: str, any_list: bool):
        """The Zipf frequency (x10) of ``form`` in the dialect, or None; for
        the main list only (``any_list`` false), None unless ``suggestible``."""
        values = self._trie.get(form)
        if not values:
            return None
        zipf10, bits = values[0]
        if not bits & self._mask or (not any_list and bits & ACCEPT_ONLY):
            return None
        return zipf10

    def known(self, word: str) -> bool:
        """A word of the language (inflections included), in a case the list
        allows: "Paris", "said", "Said", "SAID" yes; "Lavrov" no. A hyphenated
        compound is known when the list has it or every part is known; a word
        with accents when the list has it without them ("naïve", "fiancée")."""
        values = self._trie.get(word.translate(APOSTROPHES))  # _forms' first, inline: most words end here
        if values and values[0][1] & self._mask:
            return True
        forms = self._forms(word)
        next(forms)
        if any(self._value(*form) is not None for form in forms):
            return True
        if not word.isascii():
            plain = without_accents(word)
            if plain != word and plain.isascii() and self.known(plain):
                return True
        parts = word.split("-")
        return len(parts) > 1 and all(part and self.known(part) for part in parts)

    def is_common_word(self, word: str) -> bool:
        """Known as a lower-case word of the main list ("Said", "said"), not
        only as a name or a rare word ("Johnson": "johnson" is rare slang)."""
        return self.suggestible(word.translate(APOSTROPHES).lower())

    def zipf(self, word: str) -> float:
        """wordfreq's Zipf frequency (log10 per billion words) of the best
        matching known form, 0.0 when unknown."""
        best = None
        for form in self._forms(word):
            value = self._value(*form)
            if value is not None and (best is None or value > best):
                best = value
        return (best or 0) / 10

    def frequency(self, word: str) -> float:
        """Relative frequency (occurrences per word of text), 0.0 when unknown."""
        zipf = self.zipf(word)
        return 10 ** (zipf - 9) if zipf else 0.0

    def suggestible(self, word: str) -> bool:
        """Known in exactly this spelling and fit to offer as a correction."""
        values = self._trie.get(word)
        return bool(values) and bool(values[0][1] & self._mask) and not values[0][1] & ACCEPT_ONLY

    def foreign(self, word: str) -> bool:
        """A frequent word of Spanish, French, German, Italian or Portuguese,
        much more frequent there than in English ("siempre", "kirche", "la");
        it may be an English word too."""
        values = self._trie.get(word) or self._trie.get(without_accents(word))
        return bool(values) and bool(values[0][1] & FOREIGN)

    def spellings_starting(self, prefix: str) -> list[str]:
        """Every spelling of the list (any case, dialect or flag) that begins with ``prefix``."""
        return self._trie.keys(prefix)

    def words_starting(self, prefix: str) -> list[str]:
        """The suggestible words (any case) that begin with ``prefix``."""
        mask = self._mask
        return [w for w, (_, bits) in self._trie.iteritems(prefix) if bits & mask and not bits & ACCEPT_ONLY]


def without_accents(word: str) -> str:
    """"naive" for "naïve": the letters without their combining marks."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _load_trie():
    import marisa_trie

    trie = marisa_trie.RecordTrie("<BB")
    trie.mmap(str(DATA))
    return trie


def get_dictionary(language: str = "en-US") -> Dictionary:
    """The dictionary of ``language`` ("en-US", "en-GB", or "en" for either;
    "en_GB" and lower case are accepted). Raises ValueError for others."""
    key = {k.lower(): k for k in DIALECTS}.get(language.replace("_", "-").lower())
    if key is None:
        raise ValueError(f"unknown spelling language {language!r} (use one of {', '.join(DIALECTS)})")
    return _dictionary(key)


@lru_cache(maxsize=None)
def _dictionary(key: str) -> Dictionary:
    return Dictionary(_load_trie(), DIALECTS[key])
