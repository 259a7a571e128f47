"""dialect: American and British spellings mixed in one story (colour/color).

The spelling pairs come from breame (Apache-2.0). Only pairs that differ by
one of the rule's systematic ``patterns`` (colour/color: "ou" -> "o";
organise/organize: "is" -> "iz" …) are used: breame also lists archaic or
lexical variants (connexion, philtre, instal, aeroplane) whose "American"
form is ordinary British. Pairs whose other form is right in the same dialect
with another sense (licence/license, metre/meter) are in ``ignore``. Capitalised words inside a
sentence are names ("World Health Organization", "Pearl Harbor") and are
never counted, nor are words inside a quotation: quoted text keeps its
source's spelling (a British dossier quoted in an American story). The
majority is the dialect with more distinct words, so one word written three
times ("centre" in a repeated wire caption) does not outvote the story. The
minority is fixed to ``typography.dialect`` when set ("en-GB" or "en-US"),
else to the story's majority.
"""
from __future__ import annotations

from bisect import bisect_right

from lint import pattern_store
from lint.checks.base import Check
from lint.checks.consistency import story_finding, winning_style
from lint.errors import ConfigError
from lint.patterns import match_case

LETTERS = pattern_store.compile(r"\p{L}+")
DIALECTS = {"en-gb": "british", "en-us": "american"}
QUOTATION = pattern_store.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")


def quoted(text: str):
    """A test for offsets inside a quotation of one paragraph line."""
    spans = [(m.start(), m.end()) for m in QUOTATION.finditer(text)]
    starts = [start for start, _ in spans]

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < spans[i][1]

    return inside


def systematic(british: str, american: str, patterns: list) -> bool:
    """Whether one British -> American pattern turns one spelling into the other."""
    return any(british.replace(uk, us) == american for uk, us in patterns)


def spelling_pairs(ignore: set[str], patterns: list) -> tuple[dict[str, str], dict[str, str]]:
    """British -> American and American -> British: the systematic pairs,
    without ``ignore`` and without words breame lists on both sides."""
    from breame.data.spelling_constants import (
        AMERICAN_ENGLISH_SPELLINGS,
        BRITISH_ENGLISH_SPELLINGS,
    )

    both = set(BRITISH_ENGLISH_SPELLINGS) & set(AMERICAN_ENGLISH_SPELLINGS)
    skip = ignore | both

    british = {uk: us for uk, us in BRITISH_ENGLISH_SPELLINGS.items()
               if uk not in skip and us not in skip and systematic(uk, us, patterns)}
    return british, {us: uk for uk, us in british.items()}


class Dialect(Check):
    PARAMS = {
        "patterns": (list, []),  # [british, american] letter groups, e.g. ["ou", "o"]
        "ignore": (list, []),
        "applicability": (str, "unsafe"),
    }

    def setup(self) -> None:
        patterns = self.params["patterns"]
        if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in patterns):
            raise ConfigError(f"{self.rule.pack}: rule {self.rule.id}: each of 'patterns' is [british, american]")
        british, american = spelling_pairs({w.casefold() for w in self.params["ignore"]}, patterns)
        self.other = {"british": british, "american": american}
        self.paired = british.keys() | american.keys()
        configured = self.config.section("typography").get("dialect", "")
        if configured and configured.lower() not in DIALECTS:
            raise ConfigError("typography.dialect must be \"en-GB\" or \"en-US\"")
        self.preferred = DIALECTS.get(configured.lower())

    def check(self, doc):
        found = {"british": [], "american": []}
        in_quotation = quoted(doc.text)
        other, paired = self.other, self.paired
        for token in doc.words:
            text = token.text
            # isalpha() is exactly \p{L}: a plain word is its own only letter run.
            if text.isalpha():
                word = text.casefold()
                if word not in paired:
                    continue  # most words: no pair, nothing else to decide
                parts = [(0, text)]
            else:
                parts = [(m.start(), m.group()) for m in LETTERS.finditer(text)]
            if not token.sentence_start and text[:1].isupper():
                continue  # a name
            if text.isupper() and len(text) > 1 or in_quotation(token.start):
                continue
            for offset, letters in parts:
                word = letters.casefold()
                for dialect, pairs in other.items():
                    if word in pairs:
                        start = token.start + offset
                        found[dialect].append((start, start + len(letters), pairs[word]))
        words = {d: len({doc.text[start:end].casefold() for start, end, _ in v}) for d, v in found.items()}
        winner = winning_style(words, self.preferred)
        if winner is None:
            return
        minority = next(d for d in found if d != winner)
        spans = [(start, end, match_case(doc.text[start:end], other))
                 for start, end, other in found[minority]]
        yield from story_finding(self, doc, spans, self.params["applicability"],
                            dialect=minority.capitalize(), majority=winner.capitalize())
