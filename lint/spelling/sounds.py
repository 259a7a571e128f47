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


# Every letter a Metaphone key is written with ("0" is "th").
KEY_LETTERS = "0ABEFHIJKLMNOPRSTUWXY"


@lru_cache(maxsize=None)
def _index():
    import marisa_trie

    trie = marisa_trie.Trie()
    trie.mmap(str(DATA))
    return trie


def _near_keys(key: str) -> set[str]:
    """``key`` and every key one edit (drop, change, insert) from it."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    near = {a + b[1:] for a, b in splits if b}
    near |= {a + c + b[1:] for a, b in splits if b for c in KEY_LETTERS}
    near |= {a + c + b for a, b in splits for c in KEY_LETTERS}
    return near | {key}


def sound_alikes(word: str) -> set[str]:
    """Words within one edit of ``word``'s Metaphone key: a prefix look-up
    per nearby key, so nothing is read before a slip needs it."""
    key = sound_key(word)
    if len(key) < 2:
        return set()
    trie = _index()
    return {w.split(SEPARATOR, 1)[1] for k in _near_keys(key) if k for w in trie.keys(k + SEPARATOR)}
