"""html-residue: HTML entities or tags left in plain text by a CMS export or a paste.

Not run on HTML documents, where both are the markup itself; tags are also
legitimate in Markdown.
"""
from __future__ import annotations

import regex

from lint import pattern_store
from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError

ENTITY = pattern_store.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Only the element names a news page carries, so "a <b> c" in maths or "<Enter>" are left alone.
TAG = pattern_store.compile(
    r"</?(?:a|b|i|u|em|strong|p|br|hr|div|span|font|img|li|ul|ol|h[1-6]|blockquote|sup|sub"
    r"|figure|figcaption|iframe|script|style|table|tr|td|th)(?:\s[^<>\n]{0,300})?/?>",
    regex.IGNORECASE,
)
NO_BREAK = "\u00a0"
SAFE_PUNCTUATION = set(" &<>\"'‘’“”–—…•€£$%")


def unescape(entity: str) -> str:
    from html import unescape as html_unescape  # only once an entity is found

    return html_unescape(entity)


class HtmlResidue(Check):
    PARAMS = {"find": (str, "entities")}  # "entities" or "tags"

    def setup(self) -> None:
        if self.params["find"] not in ("entities", "tags"):
            raise ConfigError(f"{self.rule.pack}: rule {self.rule.id}: param 'find' must be \"entities\" or \"tags\"")

    def check(self, doc):
        if doc.format == "html":
            return
        if self.params["find"] == "entities":
            yield from self._entities(doc)
        elif doc.format != "markdown":
            for m in TAG.finditer(doc.text):
                yield self.finding(doc, m.start(), m.end())

    def _entities(self, doc):
        for m in ENTITY.finditer(doc.text):
            char = unescape(m.group())
            if char == m.group():
                continue  # not an entity HTML knows
            if char == NO_BREAK:
                char = " "  # the entity's intent in plain text is a space
            if not char.isprintable() and char != " ":
                yield self.finding(doc, m.start(), m.end())  # a control character: no guess
                continue
            fix = Fix(self.applicability(m.group(), char), (Edit(m.start(), m.end(), char),))
            yield self.finding(doc, m.start(), m.end(), suggestions=[char], fix=fix)

    @staticmethod
    def applicability(entity: str, char: str) -> str:
        """Safe for named entities, letters and the punctuation pages encode;
        unsafe for other numbered ones, which are often themselves damaged
        ("Blair&#191;s", where 191 is an apostrophe lost to a bad conversion)."""
        if not entity.startswith("&#") or char.isalnum() or char in SAFE_PUNCTUATION:
            return "safe"
        return "unsafe"
