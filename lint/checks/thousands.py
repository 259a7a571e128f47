"""thousands-separators: "25,000" and "25000" in one story.

Only numbers of five or more digits count as written without a separator:
four-digit ones are too often years, and codes ("Project 22160-class",
"A12345") are skipped by refusing digits joined to letters or hyphens, and
so are the digits of a URL ("..._dems_116784.html").
"""
from __future__ import annotations

from lint import pattern_store
from lint.checks.base import Check
from lint.checks.consistency import story_finding, winning_style

# The leading (?=\d) changes no match: it lets regex skip to digits instead of
# testing the look-behind at every character (ten times faster on a story).
NUMBER = pattern_store.compile(
    r"(?=\d)(?<![\p{L}\p{N}.,/#:_-])(?:(?P<comma>\d{1,3}(?:,\d{3})+)|(?P<none>[1-9]\d{4,}))(?![\p{L}\p{N}/_-]|,\d|\.\d+\.|\.\p{L})"
)


def with_commas(digits: str) -> str:
    return f"{int(digits):,}"


class ThousandsSeparators(Check):
    PARAMS = {"prefer": (str, "")}  # "comma", "none", or "" for the story's majority

    def check(self, doc):
        found = [(m.lastgroup, m) for m in NUMBER.finditer(doc.text)]
        counts = {"comma": 0, "none": 0}
        for style, _ in found:
            counts[style] += 1
        winner = winning_style(counts, self.params["prefer"] or None)
        if winner is None:
            return
        spans = [(m.start(), m.end(), m.group().replace(",", "") if winner == "none" else with_commas(m.group()))
                 for style, m in found if style != winner]
        yield from story_finding(self, doc, spans, "unsafe", majority=winner)
