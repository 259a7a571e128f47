"""existence: a word, phrase or pattern that should not appear at all."""
from __future__ import annotations

import regex

from lint.checks.base import Check
from lint.patterns import compile_pattern, finditer


class Existence(Check):
    PARAMS = {
        "tokens": (list, []),  # words or phrases, matched on word boundaries
        "patterns": (list, []),  # regular expressions
        "ignorecase": (bool, True),
    }

    def setup(self) -> None:
        where = f"{self.rule.pack}: rule {self.rule.id}"
        flags = regex.IGNORECASE if self.params["ignorecase"] else 0
        parts = [rf"(?<![\w]){regex.escape(t)}(?![\w])" for t in self.params["tokens"]]
        parts += [f"(?:{p})" for p in self.params["patterns"]]
        self.pattern = None
        if parts:
            self.pattern = compile_pattern("|".join(parts), where, flags, builtin=self.rule.builtin)

    def check(self, doc):
        if self.pattern is None:
            return
        for m in finditer(self.pattern, doc.text):
            if m.end() > m.start():
                yield self.finding(doc, m.start(), m.end())
