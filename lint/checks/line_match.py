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
from lint.errors import ConfigError
from lint.patterns import compile_pattern, fullmatch

TRAILING_PUNCTUATION = " \t\u00a0.:;,!|»›>-–—…"


def normalise_line(line: str) -> str:
    return " ".join(line.strip().rstrip(TRAILING_PUNCTUATION).split()).casefold()


def prepared_lines(doc) -> list[tuple[int, int, str, str, int]]:
    """(line index, start of its text, stripped text, normalised text, word
    count) of each non-blank line: made once per document for all the
    line-match rules, which look at the same lines."""
    found = doc.shared.get(prepared_lines)
    if found is None:
        found = doc.shared[prepared_lines] = []
        for index, span in enumerate(doc.lines):
            line = doc.text[span.start : span.end]
            stripped = line.strip()
            if stripped:
                start = span.start + (len(line) - len(line.lstrip()))
                found.append((index, start, stripped, normalise_line(stripped), len(stripped.split())))
    return found


class LineMatch(Check):
    PARAMS = {
        "phrases": (list, []),
        "patterns": (list, []),
        "fix": (str, "delete"),  # "delete" or "none"
        "applicability": (str, "safe"),
        "max_words": (int, 0),  # 0: no limit; for patterns that should only hit short lines
        # The kind of what each pattern finds, when the rule has several ("" = the rule's).
        "pattern_kinds": (list, []),
    }

    def setup(self) -> None:
        where = f"{self.rule.pack}: rule {self.rule.id}"
        self.phrases = {normalise_line(p) for p in self.params["phrases"]}
        self.patterns = [
            compile_pattern(p, where, regex.IGNORECASE, builtin=self.rule.builtin)
            for p in self.params["patterns"]
        ]
        if self.params["fix"] not in ("delete", "none"):
            raise ConfigError(f"{where}: param 'fix' must be \"delete\" or \"none\"")
        kinds = self.params["pattern_kinds"]
        if kinds and (len(kinds) != len(self.patterns) or set(kinds) - {"", *self.rule.kinds}):
            raise ConfigError(f"{where}: param 'pattern_kinds' needs one of the rule's kinds per pattern")
        self.kinds = kinds or [""] * len(self.patterns)

    def check(self, doc):
        max_words = self.params["max_words"]
        for index, start, stripped, normalised, words in prepared_lines(doc):
            if max_words and words > max_words:
                continue
            if normalised in self.phrases:
                kind = ""
            else:
                kind = next((k for p, k in zip(self.patterns, self.kinds) if fullmatch(p, stripped)), None)
                if kind is None:
                    continue
            end = start + len(stripped)
            fix = None
            if self.params["fix"] == "delete":
                gone = line_deletion(doc, index)
                fix = Fix(self.params["applicability"], (Edit(gone.start, gone.end, ""),))
            yield self.finding(doc, start, end, fix=fix, kind=kind)
