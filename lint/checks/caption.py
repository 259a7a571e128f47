"""photo-caption: a short line between paragraphs that ends in a photo credit.

A scraped picture leaves its caption behind as a paragraph of its own:
"Ministers meet in Algiers on Tuesday. (Reuters)". The credit at the end
("(Reuters)", "(AP Photo/…)", "Photo: …", "Getty Images") is what tells a
caption from a paragraph of the story. The caption text may be worth keeping,
so the deletion is only offered as an unsafe fix.
"""
from __future__ import annotations

from lint.checks.base import Check
from lint.credits import credit
from lint.diagnostics import Edit, Fix
from lint.document import line_deletion


class PhotoCaption(Check):
    PARAMS = {
        "max_words": (int, 40),  # a caption is one short sentence or two
    }

    def check(self, doc):
        from lint.furniture import scrape_repeats

        last = len(doc.lines) - 1
        repeats = scrape_repeats(doc)  # a caption's second copy is page-furniture's
        for index, span in enumerate(doc.lines):
            line = doc.text[span.start : span.end]
            stripped = line.strip()
            if not stripped or len(stripped.split()) > self.params["max_words"] or index in repeats:
                continue
            # Standing alone: a paragraph of one line.
            if index > 0 and not doc.is_blank_line(index - 1):
                continue
            if index < last and not doc.is_blank_line(index + 1):
                continue
            found = credit(stripped)
            if found is None:
                continue
            start = span.start + (len(line) - len(line.lstrip()))
            gone = line_deletion(doc, index)
            yield self.finding(doc, start, start + len(stripped), credit=found,
                               fix=Fix.unsafe(Edit(gone.start, gone.end, "")))
