"""substitution: a listed wrong form and its replacement.

Single words are looked up per token (fast for long lists); phrases use one
word-boundary-aware pattern. The replacement takes the original's case.
"""
from __future__ import annotations

import regex

from lint import pattern_store
from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError
from lint.patterns import compile_pattern, finditer, match_case

WORD_CHARS = pattern_store.compile(r"[\p{L}\p{M}]+")


class Substitution(Check):
    PARAMS = {
        "swap": (dict, {}),  # wrong form -> right form
        "ignorecase": (bool, True),
        "applicability": (str, "safe"),  # safe, unsafe, or none (suggestion only)
    }

    def setup(self) -> None:
        where = f"{self.rule.pack}: rule {self.rule.id}"
        if self.params["applicability"] not in ("safe", "unsafe", "none"):
            raise ConfigError(f"{where}: param 'applicability' must be safe, unsafe or none")
        fold = str.casefold if self.params["ignorecase"] else (lambda s: s)
        self.fold = fold
        self.words: dict[str, str] = {}
        phrases: dict[str, str] = {}
        for wrong, right in self.params["swap"].items():
            if not isinstance(right, str):
                raise ConfigError(f"{where}: swap value for {wrong!r} must be a string")
            if wrong.isalpha() or WORD_CHARS.fullmatch(wrong):  # isalpha: letters only, the common case
                self.words[fold(wrong)] = right
            else:
                phrases[fold(wrong)] = right
        self.phrases = phrases
        self.pattern = None
        if phrases:
            alternatives = "|".join(
                regex.escape(p) for p in sorted(phrases, key=len, reverse=True)
            )
            flags = regex.IGNORECASE if self.params["ignorecase"] else 0
            self.pattern = compile_pattern(rf"(?<![\w])(?:{alternatives})(?![\w])", where, flags,
                                           builtin=self.rule.builtin)

    def check(self, doc):
        if self.words:
            words = doc.words
            keys = doc.folded_words if self.params["ignorecase"] else [t.text for t in words]
            if not self.words.keys().isdisjoint(keys):  # most stories: no listed word at all
                for token, key in zip(words, keys):
                    right = self.words.get(key)
                    if right is not None:
                        yield self._finding(doc, token.start, token.end, right)
        if self.pattern is not None:
            for m in finditer(self.pattern, doc.text):
                yield self._finding(doc, m.start(), m.end(), self.phrases[self.fold(m.group())])

    def _finding(self, doc, start, end, right):
        original = doc.text[start:end]
        replacement = match_case(original, right)
        fix = None
        if self.params["applicability"] != "none":
            fix = Fix(self.params["applicability"], (Edit(start, end, replacement),))
        return self.finding(doc, start, end, suggestions=[replacement], fix=fix)
