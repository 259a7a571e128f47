"""Dictionary words that sound like a misspelling ("phonetic" for "funetik").

``lint/spelling/data/sounds.marisa`` (built by tools/build_sounds.py) holds
every common suggestible word under its Metaphone key. ``sound_alikes``
returns the words whose key equals the misspelling's or differs from it by
one edit, as spellers who write by ear drop or change a sound too
("aquantance").
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "sounds.marisa"
MIN_ZIPF = 2.0  # rarer words are not worth offering for a word written by ear
SEPARATOR = "\x1f"


def sound_key(word: str) -> str:
    import jellyfish

    return jellyfish.metaphone(word)


@lru_cache(maxsize=None)
def _index():
    import marisa_trie

    trie = marisa_trie.Trie()
    trie.mmap(str(DATA))
    keys = sorted({k.split(SEPARATOR, 1)[0] for k in trie.keys()})
    return trie, keys


def sound_alikes(word: str) -> set[str]:
    """Words within one edit of ``word``'s Metaphone key."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    key = sound_key(word)
    if len(key) < 2:
        return set()
    trie, keys = _index()
    near = [k for k, _, _ in process.extract(key, keys, scorer=Levenshtein.distance,
                                              score_cutoff=1, limit=None)]
    return {w.split(SEPARATOR, 1)[1] for k in near for w in trie.keys(k + SEPARATOR)}
