"""repeated-word: the same word twice in a row ("the the"), also across a line break.

Legitimate doubles ("had had", "that that") are in the rule's ``allow``.
Two capitalised words are a name ("Pago Pago", "Duran Duran") and are skipped.
The fix deletes the second word and the space before it (after it, when a
line break separates the two, so the lines stay as they were).
"""
from __future__ import annotations

from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.document import NEWLINE


class RepeatedWord(Check):
    PARAMS = {"allow": (list, [])}

    def setup(self) -> None:
        self.allow = {w.casefold() for w in self.params["allow"]}

    def check(self, doc):
        tokens = doc.tokens
        for first, second in zip(tokens, tokens[1:]):
            if first.kind != "word" or second.kind != "word":
                continue
            word = first.text.casefold()
            if word != second.text.casefold() or word in self.allow:
                continue
            if first.text[:1].isupper() and second.text[:1].isupper():
                continue
            gap = doc.text[first.end : second.start]
            if gap.strip() or len(NEWLINE.findall(gap)) > 1:
                continue  # punctuation between them, or a paragraph break
            if "\n" in gap or "\r" in gap:  # keep the line break: drop the word and the space after it
                end = second.end
                while end < len(doc.text) and doc.text[end] == " ":
                    end += 1
                fix = Fix.safe(Edit(second.start, end, ""))
            else:
                fix = Fix.safe(Edit(first.end, second.end, ""))
            yield self.finding(doc, first.start, second.end, suggestions=[first.text], fix=fix,
                               word=second.text)
