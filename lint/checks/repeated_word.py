"""repeated-word: the same word twice in a row ("the the"), also across a line break.

Legitimate doubles ("had had", "that that", chants like "hey hey, ho ho") are
in the rule's ``allow``. Two capitalised words are a name ("Pago Pago", "Duran
Duran") and so is a word before its capitalised double, which starts one ("a new New
Deal"): both are skipped. Two doubles are grammar, not slips: a copula closing
a wh-clause that is the subject ("what this really was was the weight", "how
freewheeling it is is unclear"), and a particle before its preposition ("fully
phased in in 2016", "logged on on Monday").
The fix deletes the second word and the space before it (after it, when a
line break separates the two, so the lines stay as they were).
"""
from __future__ import annotations

from itertools import compress, count
from operator import eq

from lint import pattern_store
from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.document import NEWLINE


COPULAS = {"is", "was"}
WH_CLAUSE = pattern_store.compile(r"(?i)\b(?:what|whatever|how|who|whoever|where|why|which)\b[^.!?;:]{0,60}$")
PARTICLES = {"in", "on"}
WHEN = pattern_store.compile(
    r"(?i)\s{1,3}(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)")


def grammatical(doc, first, second, word: str) -> bool:
    """A double that is grammar: a wh-clause's copula, or particle + preposition."""
    if word in COPULAS:
        return bool(WH_CLAUSE.search(doc.text, max(0, first.start - 80), first.start))
    return word in PARTICLES and bool(WHEN.match(doc.text, second.end))


class RepeatedWord(Check):
    PARAMS = {"allow": (list, [])}

    def setup(self) -> None:
        self.allow = {w.casefold() for w in self.params["allow"]}

    def check(self, doc):
        tokens, folded = doc.tokens, doc.folded_tokens
        # Only neighbours with the same casefolded text, found at C speed.
        for i in compress(count(), map(eq, folded, folded[1:])):
            first, second, word = tokens[i], tokens[i + 1], folded[i]
            if first.kind != "word" or second.kind != "word":
                continue
            if word in self.allow or grammatical(doc, first, second, word):
                continue
            if second.text[:1].isupper():
                continue  # a name, or a word before a name ("a new New Deal")
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
