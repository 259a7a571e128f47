"""headline-case: the first line in title case or sentence case, by house style.

``typography.headline-case`` is "sentence" (default) or "title". Title case
is judged and fixed with the titlecase library (Gruber's rules: small words
stay lower case). Sentence case cannot be fixed without knowing which words
are names, so a headline is only flagged when every longer word after the
first is capitalised, and there is no fix.
"""
from __future__ import annotations

from lint import pattern_store
from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError

WORD = pattern_store.compile(r"\p{L}[\p{L}'’-]*")
STYLES = ("sentence", "title")


class HeadlineCase(Check):
    PARAMS = {"min_capitalised": (int, 3)}

    def setup(self) -> None:
        self.style = self.config.section("typography").get("headline-case", "sentence").lower()
        if self.style not in STYLES:
            raise ConfigError(f"typography.headline-case must be one of {', '.join(STYLES)}")

    def check(self, doc):
        span = doc.headline
        if span is None:
            return
        text = doc.text[span.start : span.end]
        start = span.start + len(text) - len(text.lstrip())
        text = text.strip()
        if text.isupper():
            return  # an all-caps headline is a different convention
        if self.style == "title":
            from titlecase import titlecase

            new = titlecase(text)
            if new != text:
                yield self.finding(doc, start, start + len(text), suggestions=[new], style="title",
                                   fix=Fix.unsafe(Edit(start, start + len(text), new)))
        else:
            longer = [w for w in WORD.findall(text)[1:] if len(w) >= 4]
            if len(longer) >= self.params["min_capitalised"] and all(w[0].isupper() for w in longer):
                yield self.finding(doc, start, start + len(text), style="sentence")
