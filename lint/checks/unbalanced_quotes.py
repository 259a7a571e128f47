"""unbalanced-quotes: a paragraph whose double quotation marks do not pair up.

Straight quotes are told apart by where they stand: after a space (or at the
start) and before a word it opens, after a word it closes. Two conventions
are not errors: a quotation left open at the end of a paragraph because the
next paragraph opens with a quotation mark again, and the same inside one
paragraph, where a quote running over a sentence reopens without closing.
Quotations nest, in marks of the other kind or of the same kind (a tweet
quoted with its own quotes inside: "a lot of bad "dudes" out there!"), so
open marks are kept on a stack and each closing mark closes the innermost.
A quotation that opens a sentence inside the paragraph and is still open
at its end is not reported either: copy that joined paragraphs into one line
(common in scraped and archived text) looks exactly like that, while the
error this rule is for, a quote opened mid-sentence and never closed, does not.
"""
from __future__ import annotations

from lint import pattern_store
from lint.checks.base import Check
from lint.checks.consistency import occurrences

MARK = pattern_store.compile(r"[\"“”]")
OPENS = pattern_store.compile(r"\s*[\"“]")
SENTENCE_END = ".!?…"
INCHES = pattern_store.compile(r"\d+'\d+\"")  # 5'11"


def after_sentence_end(text: str, start: int, at: int, spaced: bool) -> bool:
    """Whether text[start:at] ends with a sentence's end mark and then
    whitespace (at least one character of it when ``spaced``). Read
    backwards from ``at``, so the cost is the whitespace run, not the span."""
    j = at
    while j > start and text[j - 1].isspace():
        j -= 1
    return (j < at or not spaced) and j > start and text[j - 1] in SENTENCE_END


def kind(text: str, at: int) -> str:
    """'open', 'close' or '' (cannot tell) for the quotation mark at ``at``."""
    mark = text[at]
    if mark == "“":
        return "open"
    if mark == "”":
        return "close"
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}—–-…'’"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return ""


class UnbalancedQuotes(Check):
    def check(self, doc):
        paragraphs = doc.paragraphs
        text = doc.text
        for i, para in enumerate(paragraphs):
            inches = {m.end() - 1 for m in INCHES.finditer(text, para.start, para.end)}
            marks = [m.start() for m in MARK.finditer(text, para.start, para.end) if m.start() not in inches]
            kinds = [kind(text, at) for at in marks]
            if "" in kinds:
                continue  # a mark that is neither: no safe judgement on this paragraph
            unopened = []  # closing marks with no quotation open
            stack = []  # open quotations, innermost last: quotes nest, of either kind or the same
            for at, k in zip(marks, kinds):
                if k == "open":
                    if stack and after_sentence_end(text, stack[-1], at, spaced=False):
                        stack.pop()  # a quotation running over a sentence reopens without closing
                    stack.append(at)
                elif stack:
                    stack.pop()
                else:
                    unopened.append(at)
            yield from self._paragraph_finding(doc, unopened, "closing")
            continued = i + 1 < len(paragraphs) and OPENS.match(text, paragraphs[i + 1].start)
            if continued:
                continue
            # A sentence start inside the paragraph: paragraphs joined on one line. A quotation
            # opening the paragraph itself and never closed is a missing mark (but one opening
            # the document is a headline that is a quotation).
            unclosed = [opened for opened in stack
                        if not (opened == 0 or after_sentence_end(text, para.start, opened, spaced=True))]
            yield from self._paragraph_finding(doc, unclosed, "opening")

    def _paragraph_finding(self, doc, marks: list[int], side: str):
        """One finding for a paragraph's unpaired marks of one side, at the
        first: a paragraph to repair, however many marks ("“" * 100,000);
        the others are its related locations and its count."""
        if not marks:
            return
        extra = occurrences(doc, [(at, at + 1) for at in marks]) if len(marks) > 1 else None
        yield self.finding(doc, marks[0], marks[0] + 1, side=side, extra=extra)
