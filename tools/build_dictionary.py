"""Regenerate lint/spelling/data/ from SCOWL (Debian package `scowl`) and wordfreq (PyPI).

    apt-get install scowl && pip install wordfreq marisa-trie codespell
    python tools/build_dictionary.py [--scowl-dir /usr/share/dict/scowl] [--level 80]

It also rewrites rules/misspellings.toml from codespell's dictionary.txt (see
write_misspellings), checked against the new dictionary.

Writes lint/spelling/data/en.marisa: a marisa-trie RecordTrie mapping each word (in its
dictionary case, ASCII apostrophe) to (zipf10, flags), where zipf10 is
wordfreq's Zipf frequency times ten (0 = not in wordfreq's English list) and
flags is a bit set: 1 = en-US, 2 = en-GB, 4 = accepted but never suggested.

SCOWL decides what is a word; wordfreq ranks. Suggestible words are SCOWL's
up to --level (80: the size of Debian's wamerican-huge) in the spellings
english, american, british, british_z and the common variants. SCOWL's rare
words that codespell's main list calls misspellings ("accomodate") are left
out, so the spelling rules flag them. Accepted but never suggested are (a) SCOWL's rarer words (level 95 and rare variants:
"neurone", "hereditaries", "cafe") and (b) web words: the lower-case words of
wordfreq's English list at or above --web-zipf that SCOWL lacks entirely
("gameplay", "eurozone", "cafe"), minus every misspelling codespell lists ("alot",
"definately").
"""
from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lint" / "spelling" / "data" / "en.marisa"
PACK = ROOT / "rules" / "misspellings.toml"
US, GB, ACCEPT_ONLY = 1, 2, 4
# SCOWL spelling categories and the dialects they belong to: variant_N are
# American variants ("judgement"), british_variant_N British ones; 1 is
# common, 2 and 3 rarer.
SPELLINGS = {"english": US | GB, "american": US, "british": GB, "british_z": GB,
             "variant_1": US, "variant_2": US, "variant_3": US,
             "british_variant_1": GB, "british_variant_2": GB}
RARE_SPELLINGS = ("variant_2", "variant_3", "british_variant_2")
FOREIGN = 8  # a frequent word of another language (see foreign_words)
FOREIGN_LANGUAGES = ("es", "fr", "de", "it", "pt")
FUNCTION_ZIPF = 6.0  # as lint/spelling/suggest.py: "the", "and", "of"
WEB_ZIPF = 1.0  # web words: wordfreq's lower-case words at least this frequent...
TRUSTED_WEB_ZIPF = 2.3  # ...and, below this,
SLIP_GAP = 1.5  # not a word one edit away this much more frequent (a slip of it)
FOREIGN_ZIPF = 3.0  # foreign words: this frequent in their language...
FOREIGN_LEAN = 1.0  # ...and this much more frequent there than in English
KINDS = ("words", "upper", "proper-names", "contractions", "abbreviations")
NAME = re.compile(r"^(?P<spelling>[a-z_0-9]+)-(?P<kind>[a-z-]+)\.(?P<level>\d+)$")


def read_scowl(folder: Path, max_level: int) -> dict[str, int]:
    """Word -> flags; words only in rare lists get ACCEPT_ONLY."""
    core: dict[str, int] = {}
    rare: dict[str, int] = {}
    for path in sorted(folder.iterdir()):
        m = NAME.match(path.name)
        if not m or m["spelling"] not in SPELLINGS or m["kind"] not in KINDS:
            continue
        is_rare = int(m["level"]) > max_level or m["spelling"] in RARE_SPELLINGS
        target = rare if is_rare else core
        bits = SPELLINGS[m["spelling"]]
        for line in read_text(path).splitlines():
            word = line.strip()
            if word:
                target[word] = target.get(word, 0) | bits
    words = {w: bits | ACCEPT_ONLY for w, bits in rare.items() if w not in core}
    words.update(core)
    # English copy often drops the accents ("detente", "fiancees", "cortege"): accepted, never suggested.
    for word, bits in list(words.items()):
        plain = without_accents(word)
        if plain != word and plain.isascii() and plain not in words:
            words[plain] = bits | ACCEPT_ONLY
    return words


def read_text(path: Path) -> str:
    """A SCOWL list: UTF-8 in current Debian packages, Latin-1 in older ones."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def codespell_misspellings(main_only: bool = False) -> set[str]:
    """The misspellings codespell corrects: of all its lists, or of its main
    list only (dictionary.txt; the others hold rare real words and code)."""
    from importlib.resources import files

    wrong = set()
    for path in files("codespell_lib").joinpath("data").iterdir():
        if main_only and path.name != "dictionary.txt":
            continue
        if path.name.startswith("dictionary") and path.name.endswith(".txt"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if "->" in line:
                    wrong.add(line.split("->", 1)[0].strip().lower())
    return wrong


def web_words(words: dict[str, int], misspellings: set[str], min_zipf: float,
              slip_gap: float) -> dict[str, float]:
    """wordfreq's lower-case words at or above ``min_zipf`` that SCOWL lacks.
    Below TRUSTED_WEB_ZIPF a word is left out when it reads as a slip of a far
    more common word: one edit from a suggestible word ``slip_gap`` or more
    above it on the Zipf scale ("whic", "plac"), or a function word run into
    another ("thefirst")."""
    english = zipfs("en", "large")
    common = {w: english.get(w, 0.0) for w, bits in words.items()
              if w.isalpha() and w.islower() and not bits & ACCEPT_ONLY}
    found = {}
    for word, zipf in english.items():  # most frequent first
        if zipf < min_zipf:
            break
        # "café" is also offered as "cafe", the spelling English copy often uses.
        plain = without_accents(word)
        if not re.fullmatch(r"[a-z]{3,}", plain) or plain in words or plain in misspellings or plain in found:
            continue
        if zipf < TRUSTED_WEB_ZIPF and (
                max((common.get(w, 0.0) for w in edits1(plain)), default=0.0) >= zipf + slip_gap
                or any(max(common.get(plain[:i], 0), common.get(plain[i:], 0)) >= FUNCTION_ZIPF
                       and min(common.get(plain[:i], 0), common.get(plain[i:], 0)) > 0
                       for i in range(1, len(plain)))):
            continue
        found[plain] = zipf
    return found


def zipfs(language: str, wordlist: str = "best") -> dict[str, float]:
    """Word -> Zipf frequency (as wordfreq.zipf_frequency), most frequent first."""
    import math

    from wordfreq import get_frequency_dict

    return {w: round(math.log10(f) + 9, 2) for w, f in get_frequency_dict(language, wordlist).items()}


def edits1(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    out.discard(word)
    return out


def foreign_words(min_zipf: float, lean: float) -> set[str]:
    """Frequent words of the languages quoted most in English news (wordfreq)
    that are much more frequent there than in English ("siempre", "la",
    "kirche"): the spelling check leaves alone an unknown word among them."""
    english = zipfs("en", "large")
    found = set()
    for language in FOREIGN_LANGUAGES:
        for word, zipf in zipfs(language).items():
            if zipf < min_zipf:
                break
            if word.isalpha() and word.islower():
                # "thé" leans French, but "the" (its spelling without accents) does not.
                found.update(w for w in {word, without_accents(word)} if zipf >= english.get(w, 0.0) + lean)
    return found


PACK_HEADER = """\
# Known misspellings: frequent English misspellings and their one correction.
# GENERATED by tools/build_dictionary.py; do not edit by hand.
#
# Source: codespell {version} (PyPI `codespell`), codespell_lib/data/dictionary.txt,
# itself derived from English Wikipedia's "Lists of common misspellings".
# Licence of this list: Creative Commons Attribution-ShareAlike 3.0
# (https://creativecommons.org/licenses/by-sa/3.0/), as codespell states for its
# dictionary files; this file is a derivative and is shared under the same licence.
#
# Kept: entries with exactly one correction, a lower-case misspelling of at
# least {min_length} letters that newslint's dictionary does not know in any case,
# a correction it knows in American and British English, and a misspelling seen in real text (wordfreq Zipf
# >= {min_zipf}), so the list stays short and every fix is unambiguous.

[pack]
name = "misspellings"
description = "Frequent English misspellings with one unambiguous correction."

[[rules]]
id = "NL102"
name = "known-misspelling"
category = "spelling"
severity = "error"
type = "misspelling"
message = "Misspelling: '{{match}}' should be '{{suggestion}}'"
description = "A word from a curated list of frequent English misspellings (derived from codespell's list, CC BY-SA 3.0), each with exactly one correction."
rationale = "These misspellings are common enough to be listed and have only one possible correction, so the fix is safe (never inside a direct quotation, and a word followed by [sic] or written with an apostrophe for a dropped g, gettin', is left alone); the spelling check (NL101) leaves lower-case ones to this rule. Matching is case-sensitive, so names such as 'Serie A' pass."
fix = "safe"
[[rules.examples]]
bad = "They will recieve the report.\\n"
fixed = "They will receive the report.\\n"
[[rules.examples]]
good = "They will receive the report.\\n"
[[rules.examples]]
good = "The letter said they would recieve [sic] it.\\n"
[rules.params]
applicability = "safe"
ignorecase = false
[rules.params.swap]
"""


def both_dialects(word: str) -> bool:
    """Spelt so in American and British English: "behaviour" is not, so its
    misspellings are left to the dialect-aware spelling check."""
    from lint.spelling.dictionary import _dictionary

    return _dictionary("en-US").suggestible(word) and _dictionary("en-GB").suggestible(word)


def write_misspellings(min_zipf: float = 1.0, min_length: int = 5) -> int:
    """Rewrite rules/misspellings.toml; returns the number of entries."""
    import sys
    from importlib.metadata import version
    from importlib.resources import files

    from wordfreq import zipf_frequency

    sys.path.insert(0, str(ROOT))
    from lint.spelling.dictionary import _dictionary, _load_trie

    _load_trie.cache_clear()
    _dictionary.cache_clear()
    d = _dictionary("en")
    swaps = {}
    text = files("codespell_lib").joinpath("data", "dictionary.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        wrong, _, right = line.partition("->")
        right = right.strip()
        if "," in right or not re.fullmatch(r"[a-z]+", wrong) or not re.fullmatch(r"[a-z]+", right):
            continue
        if len(wrong) < min_length or not d.suggestible(right) or not both_dialects(right):
            continue
        if any(d.known(form) for form in (wrong, wrong.capitalize(), wrong.upper())):
            continue
        if zipf_frequency(wrong, "en", wordlist="large") >= min_zipf:
            swaps[wrong] = right
    body = "".join(f'{w} = "{swaps[w]}"\n' for w in sorted(swaps))
    header = PACK_HEADER.format(version=version("codespell"), min_zipf=min_zipf, min_length=min_length)
    PACK.write_text(header + body, encoding="utf-8")
    return len(swaps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scowl-dir", type=Path, default=Path("/usr/share/dict/scowl"))
    parser.add_argument("--level", type=int, default=80,
                        help="largest SCOWL size level of suggestible words (default 80)")
    parser.add_argument("--web-zipf", type=float, default=WEB_ZIPF,
                        help=f"lowest wordfreq Zipf frequency of a web word (default {WEB_ZIPF})")
    parser.add_argument("--slip-gap", type=float, default=SLIP_GAP,
                        help="a web word this much rarer than a word one edit away is a slip of it "
                             f"(default {SLIP_GAP})")
    parser.add_argument("--foreign-zipf", type=float, default=FOREIGN_ZIPF,
                        help=f"lowest Zipf frequency of a foreign word in its language (default {FOREIGN_ZIPF})")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    import marisa_trie
    from wordfreq import zipf_frequency

    words = read_scowl(args.scowl_dir, args.level)
    # SCOWL's rarest lists hold common misspellings as variants ("accomodate",
    # "enviroment", "millenium"): codespell's main list says they are slips.
    misspelt = codespell_misspellings(main_only=True)
    words = {w: bits for w, bits in words.items() if not (bits & ACCEPT_ONLY and w.lower() in misspelt)}
    records = []
    for word, bits in words.items():
        zipf = zipf_frequency(word, "en", wordlist="large")
        records.append((word, (round(zipf * 10), bits)))
    web = web_words(words, codespell_misspellings(), args.web_zipf, args.slip_gap)
    records += [(word, (round(zipf * 10), US | GB | ACCEPT_ONLY)) for word, zipf in web.items()]
    foreign = foreign_words(args.foreign_zipf, FOREIGN_LEAN)
    records = [(w, (z, bits | FOREIGN)) if w in foreign else (w, (z, bits)) for w, (z, bits) in records]
    records += [(w, (0, FOREIGN)) for w in foreign - set(words) - set(web)]
    trie = marisa_trie.RecordTrie("<BB", records)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # Write beside and rename: a running newslint may have the old file mapped.
    temp = args.out.with_suffix(".tmp")
    trie.save(str(temp))
    temp.replace(args.out)
    accepted = sum(1 for _, (_, bits) in records if bits & ACCEPT_ONLY)
    print(f"{args.out}: {len(records)} words ({len(web)} web words, {accepted} accepted only, "
          f"{len(foreign)} foreign), "
          f"{args.out.stat().st_size} bytes")
    if args.out == OUT:
        print(f"{PACK}: {write_misspellings()} misspellings")


if __name__ == "__main__":
    main()
