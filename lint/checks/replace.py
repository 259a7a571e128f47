"""replace: a pattern whose every match is replaced by a template.

For character-level damage that word-based types cannot see: no-break spaces,
zero-width characters, runs of spaces, a space after a currency symbol.
The message may name the characters found with ``{codepoints}`` and, with
``group`` (one finding per document fixing every match), their ``{count}``.
"""
from __future__ import annotations

import unicodedata

import regex

from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError
from lint.patterns import compile_pattern, finditer


def describe(text: str) -> str:
    """'U+00A0 NO-BREAK SPACE' for each distinct character of ``text``."""
    seen = dict.fromkeys(text)
    return ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'control character')}" for c in seen)


class Replace(Check):
    PARAMS = {
        "pattern": (str, ""),
        "replacement": (str, ""),  # a regex template: \1 or \g<name> refer to groups
        "applicability": (str, "safe"),  # safe, unsafe, or none (report only)
        "ignorecase": (bool, False),
        "skip_formats": (list, []),  # document formats where the pattern is legitimate
        "group": (bool, False),  # one finding per document, at the first match, fixing all
        # Strings of which every match holds one: the pattern runs only on a text
        # holding one of them (a substring test costs far less than the search).
        "requires": (list, []),
    }

    def setup(self) -> None:
        where = f"{self.rule.pack}: rule {self.rule.id}"
        if not self.params["pattern"]:
            raise ConfigError(f"{where}: param 'pattern' is required")
        if self.params["applicability"] not in ("safe", "unsafe", "none"):
            raise ConfigError(f"{where}: param 'applicability' must be safe, unsafe or none")
        flags = regex.MULTILINE | (regex.IGNORECASE if self.params["ignorecase"] else 0)
        self.pattern = compile_pattern(self.params["pattern"], where, flags, builtin=self.rule.builtin)

    def check(self, doc):
        if doc.format in self.params["skip_formats"]:
            return
        requires = self.params["requires"]
        if requires and not any(s in doc.text for s in requires):
            return
        matches = [m for m in finditer(self.pattern, doc.text) if m.end() > m.start()]
        groups = [matches] if self.params["group"] and matches else [[m] for m in matches]
        for group in groups:
            first = group[0]
            edits = tuple(Edit(m.start(), m.end(), m.expand(self.params["replacement"])) for m in group)
            fix = None if self.params["applicability"] == "none" else Fix(self.params["applicability"], edits)
            replacement = edits[0].replacement
            yield self.finding(doc, first.start(), first.end(), suggestions=[replacement] if replacement else [],
                               fix=fix, codepoints=describe(first.group()), count=len(group))
