"""Regenerate lint/spelling/data/sounds.marisa: dictionary words by how they sound.

    python tools/build_sounds.py

Speller's slips keep a word's sound and lose its letters ("funetik" for
"phonetic", "hyfin" for "hyphen"), so no edit-distance search finds them.
This index maps each suggestible lower-case word of ``en.marisa`` that is at
least Zipf 2.0 common to its Metaphone key (jellyfish), stored as
"KEY<US>word" in a marisa Trie, so a prefix search on "KEY<US>" lists the
words that sound alike. Built from en.marisa alone: same licence (CC BY-SA 4.0).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.spelling.dictionary import ACCEPT_ONLY, _load_trie  # noqa: E402
from lint.spelling.sounds import DATA, MIN_ZIPF, SEPARATOR, sound_key  # noqa: E402


def main() -> None:
    import marisa_trie

    keys = [f"{sound_key(word)}{SEPARATOR}{word}"
            for word, (zipf10, bits) in _load_trie().iteritems()
            if word.isalpha() and word.islower() and not bits & ACCEPT_ONLY and zipf10 >= MIN_ZIPF * 10]
    marisa_trie.Trie(keys).save(str(DATA))
    print(f"{len(keys):,} words -> {DATA.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
