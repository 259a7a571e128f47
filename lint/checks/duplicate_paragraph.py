"""duplicate-paragraph: a paragraph that repeats an earlier one of the story.

Paragraphs are compared after folding case, whitespace and quote marks; a
"nearly identical" one (difflib ratio at or above ``similarity``) counts
too. Short paragraphs (fewer than ``min_words``) are skipped: a repeated
"Reuters" or sign-off is the boilerplate rules' business.
"""
from __future__ import annotations

from difflib import SequenceMatcher

import regex

from lint.checks.base import Check

QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
SPACE = regex.compile(r"\s+")


def normalise(text: str) -> str:
    return SPACE.sub(" ", text.translate(QUOTES)).strip().casefold()


class DuplicateParagraph(Check):
    PARAMS = {"min_words": (int, 8), "similarity": (float, 0.9)}

    def check(self, doc):
        seen: list[tuple[str, int]] = []  # normalised text, line number
        for para in doc.paragraphs:
            text = normalise(doc.text[para.start : para.end])
            if len(text.split()) < self.params["min_words"]:
                continue
            earlier = self._match(text, seen)
            if earlier is not None:
                yield self.finding(doc, para.start, para.end, line=earlier)
            else:
                seen.append((text, doc.position(para.start).line))

    def _match(self, text: str, seen) -> int | None:
        threshold = self.params["similarity"]
        for other, line in seen:
            if other == text:
                return line
            matcher = SequenceMatcher(None, other, text, autojunk=False)
            if matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold \
                    and matcher.ratio() >= threshold:
                return line
        return None
