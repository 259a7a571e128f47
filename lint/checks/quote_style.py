"""quote-style: straight and curly quotation marks (or apostrophes) mixed in one story.

The minority is reported and fixed to the house style (``typography.quotes``:
"straight" or "curly") or else to the story's majority. Apostrophes are only
those between two letters ("don't"), which can be nothing else.
"""
from __future__ import annotations

from lint import pattern_store
from lint.checks.base import Check
from lint.checks.consistency import story_finding, winning_style
from lint.errors import ConfigError

PATTERNS = {
    # A straight double quote after a digit is an inch mark (5'11"), not a quote.
    "double": pattern_store.compile(r"(?P<straight>(?<!\d)\")|(?P<curly>[“”])"),
    "apostrophe": pattern_store.compile(r"(?<=\p{L})(?:(?P<straight>')|(?P<curly>’))(?=\p{L})"),
}
OPENS_AFTER = pattern_store.compile(r"(?:^|[\s(\[{—–-])$")


def curly(text: str, offset: int, kind: str) -> str:
    if kind == "apostrophe":
        return "’"
    return "“" if OPENS_AFTER.search(text[max(0, offset - 1) : offset]) else "”"


class QuoteStyle(Check):
    PARAMS = {"marks": (str, "double"), "applicability": (str, "unsafe")}

    def setup(self) -> None:
        where = f"{self.rule.pack}: rule {self.rule.id}"
        if self.params["marks"] not in PATTERNS:
            raise ConfigError(f"{where}: param 'marks' must be \"double\" or \"apostrophe\"")
        self.preferred = self.config.section("typography").get("quotes") or None
        if self.preferred not in (None, "straight", "curly"):
            raise ConfigError("typography.quotes must be \"straight\" or \"curly\"")

    def check(self, doc):
        kind = self.params["marks"]
        found = [(m.lastgroup, m) for m in PATTERNS[kind].finditer(doc.text)]
        counts = {"straight": 0, "curly": 0}
        for style, _ in found:
            counts[style] += 1
        winner = winning_style(counts, self.preferred)
        if winner is None:
            return
        spans = []
        for style, m in found:
            if style == winner:
                continue
            if winner == "straight":
                new = "'" if kind == "apostrophe" else '"'
            else:
                new = curly(doc.text, m.start(), kind)
            spans.append((m.start(), m.end(), new))
        yield from story_finding(self, doc, spans, self.params["applicability"], majority=winner)
