"""duplicate-paragraph: a paragraph that repeats an earlier one of the story.

Paragraphs are compared after folding case, whitespace and quote marks; a
"nearly identical" one (difflib ratio at or above ``similarity``) counts
too. Comparing characters is quadratic in the paragraphs' length, so
paragraphs over LONG characters (no news paragraph is) are compared by their
sets of three-word shingles instead, which is linear. Short paragraphs (fewer than ``min_words``) are skipped: a repeated
"Reuters" or sign-off is the boilerplate rules' business, and so are a
caption printed twice and a headline repeated as the first paragraph
(page-furniture reports them as scrape leftovers).

Near-duplicates whose figures differ ("Germany's 10-year yield rose to 0.13
percent" and "Britain's ... to 1.185 percent") are two facts, not one pasted
twice, and are not reported; nor is the headline repeated as the body's
first line when page-furniture is off.
"""
from __future__ import annotations

import zlib

from lint import pattern_store
from lint.checks.base import Check
from lint.furniture import scrape_repeats

QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'}
SPACE = pattern_store.compile(r"\s+")
HEADLINE_WORDS = 30  # a first paragraph this short, repeated at once, is a scraped headline
FIGURE = pattern_store.compile(r"\d+(?:[.,]\d+)*")


# Characters that str.split() takes for spaces and regex's \s does not.
SPLIT_ONLY = "\x1c\x1d\x1e\x1f"


def normalise(text: str) -> str:
    # Six replace() calls and split() cost a tenth of translate() and a regex
    # substitution, with the same result (but for SPLIT_ONLY, which keeps the regex).
    for quote, plain in QUOTES.items():
        text = text.replace(quote, plain)
    if any(c in text for c in SPLIT_ONLY):
        return SPACE.sub(" ", text).strip().casefold()
    return " ".join(text.split()).casefold()


SKETCH_SIZE = 8  # shingles that stand for a paragraph in the candidate index
BUCKET_LIMIT = 64  # paragraphs kept per shingle: bounds the work on repetitive text


LONG = 5_000  # characters past which paragraphs are compared by shingles


def shingles(text: str, words: list[str] | None = None) -> set[int]:
    """The paragraph's three-word shingles, hashed (``words``: its split(), when known)."""
    words = text.split() if words is None else words
    if len(words) < 3:
        return {zlib.crc32(" ".join(words).encode())}
    # UTF-8 of a join is the join of the words' UTF-8: a normalised (single-spaced) text is
    # encoded once, not once per shingle. map and zip keep the loop in C.
    encoded = text.encode().split(b" ") if " ".join(words) == text else list(map(str.encode, words))
    return set(map(zlib.crc32, map(b" ".join, zip(encoded, encoded[1:], encoded[2:]))))


def sketch(text: str, words: list[str] | None = None) -> list[int]:
    """A few of the paragraph's three-word shingles, chosen by a stable hash:
    a paragraph 90% like another shares some of them with it."""
    return sorted(shingles(text, words))[:SKETCH_SIZE]


class DuplicateParagraph(Check):
    PARAMS = {"min_words": (int, 8), "similarity": (float, 0.9)}

    def check(self, doc):
        exact: dict[str, int] = {}  # normalised text -> line
        seen: list[tuple[str, int]] = []  # normalised text, line number
        index: dict[int, list[int]] = {}  # shingle -> positions in ``seen``
        repeats = scrape_repeats(doc)
        for n, para in enumerate(doc.paragraphs):
            text = normalise(doc.text[para.start : para.end])
            words = text.split()
            if len(words) < self.params["min_words"]:
                continue
            earlier = exact.get(text)
            keys = sketch(text, words)
            if earlier is None:
                candidates = sorted({i for key in keys for i in index.get(key, ())})
                earlier = self._match(text, (seen[i] for i in candidates))
            if earlier is not None and n == 1 and len(words) <= HEADLINE_WORDS:
                continue  # the headline, repeated as the body's first line by the scrape
            if earlier is not None and doc.position(para.start).line - 1 not in repeats:
                yield self.finding(doc, para.start, para.end, line=earlier)
                continue
            line = doc.position(para.start).line
            exact[text] = line
            for key in keys:
                bucket = index.setdefault(key, [])
                if len(bucket) < BUCKET_LIMIT:
                    bucket.append(len(seen))
            seen.append((text, line))

    def _match(self, text: str, candidates) -> int | None:
        threshold = self.params["similarity"]
        mine = None
        for other, line in candidates:
            if 2 * min(len(other), len(text)) < threshold * (len(other) + len(text)):
                continue  # the lengths alone rule it out (a bound of both ratios below)
            if FIGURE.findall(other) != FIGURE.findall(text):
                continue  # other figures: another fact, not a paste
            if max(len(other), len(text)) > LONG:
                mine = shingles(text) if mine is None else mine
                theirs = shingles(other)
                if len(mine & theirs) >= threshold * len(mine | theirs):
                    return line
                continue
            # Indel similarity (longest common subsequence) is an upper bound of
            # difflib's ratio, and fast: only near-duplicates reach difflib.
            from rapidfuzz.distance import Indel  # here: most one-article runs never need it

            if Indel.normalized_similarity(other, text) < threshold - 1e-9:
                continue
            from difflib import SequenceMatcher  # only for a near-duplicate

            if SequenceMatcher(None, other, text, autojunk=False).ratio() >= threshold:
                return line
        return None
