"""mojibake: text decoded with the wrong encoding ("Itâ€™s", "cafÃ©"), repaired by ftfy.

ftfy decides what is damage and what the text was meant to be; this check only
turns its repair of each line into findings with exact offsets.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from functools import cached_property

from lint.checks.base import Check
from lint.diagnostics import Edit, Fix


def _odd(char: str) -> bool:
    return not char.isascii() and not char.isspace()


def changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The spans that differ between ``old`` and ``new`` (as difflib opcodes),
    each widened to the whole run of non-ASCII characters around it, so a
    finding shows "Â£" rather than the lone "Â" that a minimal diff deletes."""
    spans: list[list[int]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        left = right = 0
        while a0 - left > 0 and _odd(old[a0 - left - 1]):
            left += 1
        while a1 + right < len(old) and _odd(old[a1 + right]):
            right += 1
        # The widening runs through equal text, so it moves both sides alike.
        wide = [a0 - left, a1 + right, b0 - left, b1 + right]
        if spans and wide[0] <= spans[-1][1]:
            spans[-1][1], spans[-1][3] = wide[1], wide[3]
        else:
            spans.append(wide)
    return [tuple(s) for s in spans]


class Mojibake(Check):
    PARAMS = {"applicability": (str, "safe")}

    @cached_property
    def repair(self):
        import ftfy  # only once a line is not plain ASCII: the import costs 40 ms of a cold start

        return ftfy.fix_encoding

    def check(self, doc):
        for span in doc.lines:
            line = doc.text[span.start : span.end]
            if line.isascii():
                continue
            fixed = self.repair(line)
            if fixed == line:
                continue
            for a0, a1, b0, b1 in changes(line, fixed):
                start, end, new = span.start + a0, span.start + a1, fixed[b0:b1]
                fix = Fix(self.params["applicability"], (Edit(start, end, new),))
                yield self.finding(doc, start, end, suggestions=[new] if new else [], fix=fix)
