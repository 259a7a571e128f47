"""consistency: two or more ways of writing one thing, mixed within a story.

Each variant is a pattern and its written form (``replacement``): for
example ``(?<=\\d) ?%`` written "%" and ``(?<=\\d) per cent`` written
" per cent". The minority's matches are reported and fixed to the majority's
written form, or to the variant named by ``prefer``.
"""
from __future__ import annotations

import regex

from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError
from lint.patterns import compile_pattern, finditer


def winning_style(counts: dict[str, int], preferred: str | None = None) -> str | None:
    """The style the story should use: ``preferred`` when set, else the
    majority; None when the story does not mix styles or a tie leaves no
    majority. Shared by every check that reports the minority of a story."""
    used = {style: n for style, n in counts.items() if n}
    if len(used) < 2:
        return None
    if preferred in counts:
        return preferred
    ranked = sorted(used.values(), reverse=True)
    if ranked[0] == ranked[1]:
        return None
    return max(used, key=used.get)


class Consistency(Check):
    PARAMS = {
        "variants": (dict, {}),  # name -> {pattern = "...", replacement = "..."}
        "prefer": (str, ""),  # a variant name, or "" for the story's majority
        "applicability": (str, "unsafe"),
        "ignorecase": (bool, False),
    }

    def setup(self) -> None:
        where = f"{self.rule.pack}: rule {self.rule.id}"
        variants = self.params["variants"]
        if len(variants) < 2:
            raise ConfigError(f"{where}: param 'variants' needs at least two variants")
        flags = regex.IGNORECASE if self.params["ignorecase"] else 0
        self.variants = {}
        for name, spec in variants.items():
            if not isinstance(spec, dict) or not isinstance(spec.get("pattern"), str) \
                    or not isinstance(spec.get("replacement"), str):
                raise ConfigError(f"{where}: variant '{name}' needs a 'pattern' and a 'replacement' string")
            self.variants[name] = (compile_pattern(spec["pattern"], f"{where} variant {name}", flags),
                                   spec["replacement"])
        if self.params["prefer"] and self.params["prefer"] not in variants:
            raise ConfigError(f"{where}: 'prefer' must name a variant")

    def check(self, doc):
        matches = {name: list(finditer(pattern, doc.text)) for name, (pattern, _) in self.variants.items()}
        winner = winning_style({n: len(ms) for n, ms in matches.items()}, self.params["prefer"] or None)
        if winner is None:
            return
        replacement = self.variants[winner][1]
        for name, found in matches.items():
            if name == winner:
                continue
            for m in found:
                fix = Fix(self.params["applicability"], (Edit(m.start(), m.end(), replacement),))
                yield self.finding(doc, m.start(), m.end(), suggestions=[replacement], fix=fix,
                                   style=name, majority=winner)
