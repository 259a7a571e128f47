"""line-match: a whole line that is a listed phrase or matches a pattern.

Case, surrounding whitespace and trailing punctuation are tolerated for
phrases; patterns must match the whole stripped line. The fix deletes the line
and the blank line it leaves.
"""
from __future__ import annotations

import regex

from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.document import line_deletion
from lint.patterns import compile_pattern, fullmatch

TRAILING_PUNCTUATION = " \t\u00a0.:;,!|»›>-–—…"


def normalise_line(line: str) -> str:
    return " ".join(line.strip().rstrip(TRAILING_PUNCTUATION).split()).casefold()


class LineMatch(Check):
    PARAMS = {
        "phrases": (list, []),
        "patterns": (list, []),
        "fix": (str, "delete"),  # "delete" or "none"
        "applicability": (str, "safe"),
        "max_words": (int, 0),  # 0: no limit; for patterns that should only hit short lines
    }

    def setup(self) -> None:
        where = f"{self.rule.pack}: rule {self.rule.id}"
        self.phrases = {normalise_line(p) for p in self.params["phrases"]}
        self.patterns = [
            compile_pattern(p, where, regex.IGNORECASE) for p in self.params["patterns"]
        ]
        if self.params["fix"] not in ("delete", "none"):
            from lint.errors import ConfigError

            raise ConfigError(f"{where}: param 'fix' must be \"delete\" or \"none\"")

    def check(self, doc):
        for index, span in enumerate(doc.lines):
            line = doc.text[span.start : span.end]
            stripped = line.strip()
            if not stripped:
                continue
            if self.params["max_words"] and len(stripped.split()) > self.params["max_words"]:
                continue
            if not self._matches(stripped):
                continue
            start = span.start + (len(line) - len(line.lstrip()))
            end = start + len(stripped)
            fix = None
            if self.params["fix"] == "delete":
                gone = line_deletion(doc, index)
                fix = Fix(self.params["applicability"], (Edit(gone.start, gone.end, ""),))
            yield self.finding(doc, start, end, fix=fix)

    def _matches(self, stripped: str) -> bool:
        if self.phrases and normalise_line(stripped) in self.phrases:
            return True
        return any(fullmatch(p, stripped) for p in self.patterns)
