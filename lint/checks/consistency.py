"""consistency: two or more ways of writing one thing, mixed within a story.

Each variant is a pattern and its written form (``replacement``): for
example ``(?<=\\d) ?%`` written "%" and ``(?<=\\d) per cent`` written
" per cent". The minority's matches are reported and fixed to the majority's
written form, or to the variant named by ``prefer``.

Every rule that reports a story's minority (this one, quote-style, dialect,
thousands-separators) reports it once per story, with ``story_finding``: at
the first minority occurrence, with the count, the other occurrences as
related locations (the first MAX_RELATED) and one fix for them all.
"""
from __future__ import annotations

import regex

from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError
from lint.patterns import compile_pattern, finditer

MAX_RELATED = 100  # related locations listed on a story finding; the count says how many in all


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


def occurrences(doc, spans: list[tuple[int, int]]) -> dict:
    """The ``extra`` of one finding that stands for every span of ``spans``
    (start, end; the finding's own first): ``count``, the others as
    ``related`` (at most MAX_RELATED) and ``related_omitted`` for the rest."""
    extra = {"count": len(spans)}
    others = spans[1:]
    if others:
        extra["related"] = [{"text": doc.text[s:e], **doc.position(s).to_json()} for s, e in others[:MAX_RELATED]]
        if len(others) > MAX_RELATED:
            extra["related_omitted"] = len(others) - MAX_RELATED
    return extra


def story_finding(check: Check, doc, spans: list[tuple[int, int, str]], applicability: str,
                  **fields):
    """One finding for all of a story's minority occurrences ``spans``
    (start, end, replacement): at the first, with ``count`` (in the message's
    fields and in ``extra``), the others as ``related`` (at most MAX_RELATED;
    ``related_omitted`` says how many more) and one fix with every edit that
    can be made (edits that overlap an earlier one, or that would touch
    markup in a Markdown or HTML view, are left out; the next fix pass finds
    what is left). Yields that finding, or nothing when ``spans`` is empty."""
    if not spans:
        return
    spans = sorted(spans)
    start, end, new = spans[0]
    edits = []
    offsets = doc.source_map
    for s, e, replacement in spans:
        if edits and (s < edits[-1].end or s == e == edits[-1].start == edits[-1].end):
            continue  # overlaps the edit before it (as lint/fix.py counts overlaps)
        if offsets is not None and not offsets.editable(*offsets.span(s, e)):
            continue
        edits.append(Edit(s, e, replacement))
    fix = Fix(applicability, tuple(edits)) if edits else None
    extra = occurrences(doc, [(s, e) for s, e, _ in spans])
    finding = check.finding(doc, start, end, suggestions=[new], fix=fix, extra=extra,
                            count=extra["count"], **fields)
    finding.kind = check.rule.name  # "mixed-quotes", "mixed-dialect": what --statistics counts apart
    yield finding


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
            pattern = compile_pattern(spec["pattern"], f"{where} variant {name}", flags, builtin=self.rule.builtin)
            self.variants[name] = (pattern, spec["replacement"])
        if self.params["prefer"] and self.params["prefer"] not in variants:
            raise ConfigError(f"{where}: 'prefer' must name a variant")

    def check(self, doc):
        matches = {name: list(finditer(pattern, doc.text)) for name, (pattern, _) in self.variants.items()}
        winner = winning_style({n: len(ms) for n, ms in matches.items()}, self.params["prefer"] or None)
        if winner is None:
            return
        replacement = self.variants[winner][1]
        spans = [(m.start(), m.end(), replacement)
                 for name, found in matches.items() if name != winner for m in found]
        if not spans:
            return
        first = min(spans)
        style = next(name for name, found in matches.items()
                     if name != winner and any(m.start() == first[0] for m in found))
        yield from story_finding(self, doc, spans, self.params["applicability"], style=style, majority=winner)
