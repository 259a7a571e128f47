"""misspelling: a substitution list of known misspellings, with the manners
of the spelling check: a word followed by [sic] is left alone, and inside a
direct quotation the fix is never safe (the words are the speaker's)."""
from __future__ import annotations

from dataclasses import replace

from lint.checks.spelling import SpellingContext, dropped_g, sic_offsets
from lint.checks.substitution import Substitution
from lint.diagnostics import Fix


class KnownMisspelling(Substitution):
    def check(self, doc):
        context = SpellingContext(doc)
        sic = None
        for d in super().check(doc):
            sic = sic_offsets(doc.text) if sic is None else sic
            if d.end.offset in sic or dropped_g(doc.text, d.start.offset, d.end.offset):
                continue
            if d.fix and d.fix.applicability == "safe" and context.quoted(d.start.offset, d.end.offset):
                d = replace(d, fix=Fix("unsafe", d.fix.edits))
            yield d
