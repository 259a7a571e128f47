"""repeated-word: the same word twice in a row ("the the"), also across a line break.

Legitimate doubles ("had had", "that that", chants like "hey hey, ho ho") are
in the rule's ``allow``. Two capitalised words are a name ("Pago Pago", "Duran
Duran") and so is a word before its capitalised double, which starts one ("a new New
Deal"): both are skipped. Two doubles are grammar, not slips: a copula closing
a wh-clause that is the subject ("what this really was was the weight", "how
freewheeling it is is unclear"), and a particle before its preposition ("fully
phased in in 2016", "logged on on Monday").
The fix deletes the second word and the space before it (after it, when a
line break separates the two, so the lines stay as they were). A word
repeated three times or more ("the the the") is one finding, whose fix keeps
the first copy.
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
        run: list = []  # the copies of one word repeated in a row
        for first, second in self.doubles(doc):
            if run and run[-1] is first:
                run.append(second)
                continue
            if run:
                yield self.run_finding(doc, run)
            run = [first, second]
        if run:
            yield self.run_finding(doc, run)

    def run_finding(self, doc, run):
        """One finding for a word repeated in a row, however many times
        ("the the the" is one slip). The fix keeps the first copy and a line
        break between the copies, so the lines stay as they were."""
        first, last = run[0], run[-1]
        gone = doc.text[first.end : last.end]
        found = NEWLINE.search(gone)
        breaks = found.group() if found else ""  # one, or the run would open a new paragraph
        end = last.end
        if breaks:  # the spaces after the last copy go too: "the\nthe deal" -> "the\ndeal"
            while end < len(doc.text) and doc.text[end] == " ":
                end += 1
        message = None
        if len(run) > 2:
            message = f"Repeated word: '{first.text} {run[1].text}' ({len(run)} times in a row)"
        return self.finding(doc, first.start, last.end, message=message, suggestions=[first.text],
                            fix=Fix.safe(Edit(first.end, end, breaks)), word=last.text)

    def doubles(self, doc):
        """Each word and its next that doubles it by slip."""
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
            yield first, second
