"""learned-boilerplate: short lines that recur verbatim, learned from the copy itself.

Page furniture repeats; news does not. Across the documents of one run
(``--corpus``), a short line found in many documents is a leftover of their
source even when no phrase list knows it. Within one document, a short line
standing three times or more (an ad slot between every paragraph) is one too,
unless it is a label of the story's own structure: a line with no lower-case
word (the speaker of an interview, a live blog's time, a table's row) or one
that starts with a figure.
Lines are compared after collapsing whitespace and turning every digit run
into 0, so "Copyright 2023 …" and "Copyright 2024 …" are one line.

Thresholds come from ``[tool.newslint.boilerplate]``; the defaults were chosen
by measurement (bench/accuracy/boilerplate.py).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

from lint import pattern_store
from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.document import Document, line_deletion

DEFAULTS = {"min-documents": 3, "min-share": 0.02, "max-words": 12, "min-repeats": 3}
LETTER = pattern_store.compile(r"\p{L}")
DIGITS = pattern_store.compile(r"\p{N}+")
# Lines that recur within one story as its structure, not as page furniture: labels with
# no lower-case word of three letters or more (an interview's speaker, "Sean Illing"; a
# live blog's time, "11:28 a.m. EST"; a results table's "Lyon"), or a figure ("30 pct. pts.").
WORDY = pattern_store.compile(r"\b\p{Ll}{3,}")
FIGURE_FIRST = pattern_store.compile(r"\d")


def label(line: str) -> bool:
    return not WORDY.search(line) or bool(FIGURE_FIRST.match(line))


def line_key(line: str, max_words: int) -> str | None:
    """What a line is compared by, or None when it is never boilerplate
    (blank, no letters, or longer than ``max_words``)."""
    words = line.split()
    if not words or len(words) > max_words or not LETTER.search(line):
        return None
    return DIGITS.sub("0", " ".join(words))


def keyed_lines(doc: Document, max_words: int) -> dict[str, list[int]]:
    """Line indexes of ``doc`` by key."""
    found: dict[str, list[int]] = {}
    for index in range(len(doc.lines)):
        key = line_key(doc.line_text(index), max_words)
        if key is not None:
            found.setdefault(key, []).append(index)
    return found


@dataclass
class Recurring:
    """A line learned from a corpus: its key, one original form, where it is."""

    key: str
    text: str
    paths: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.paths)


def settings(config) -> dict:
    """The thresholds: config over defaults."""
    section = config.section("boilerplate") if config is not None else {}
    return {key: section.get(key, default) for key, default in DEFAULTS.items()}


def min_count(total: int, min_documents: int, min_share: float) -> int:
    return max(min_documents, math.ceil(min_share * total))


def recurring_lines(docs: list[Document], *, min_documents: int, min_share: float,
                    max_words: int) -> list[Recurring]:
    """Lines in at least ``min_count`` documents, most frequent first."""
    learned: dict[str, Recurring] = {}
    for doc in docs:
        for key, indexes in keyed_lines(doc, max_words).items():
            item = learned.setdefault(key, Recurring(key, doc.line_text(indexes[0]).strip()))
            item.paths.append(doc.path)
    needed = min_count(len(docs), min_documents, min_share)
    found = [item for item in learned.values() if item.count >= needed]
    return sorted(found, key=lambda item: (-item.count, item.key))


def known_leftovers(config):
    """A test for lines that the phrase rules (line-match rules of the built-in
    boilerplate pack and the config's packs) already flag, so what is learned
    is only what no list knows."""
    from lint.checks.line_match import LineMatch
    from lint.rules import builtin_rules_dir, load_pack

    packs = [builtin_rules_dir() / "boilerplate.toml", *getattr(config, "packs", [])]
    matchers = [LineMatch(rule, config) for pack in packs for rule in load_pack(pack)
                if rule.category == "boilerplate" and rule.type == "line-match"]

    def known(line: str) -> bool:
        doc = Document(line.strip())
        return any(True for m in matchers for _ in m.check(doc))

    return known


class LearnedBoilerplate(Check):
    def setup(self) -> None:
        self.settings = settings(self.config)

    @cached_property
    def known(self):
        return known_leftovers(self.config)

    def wants_corpus(self) -> bool:
        return bool(getattr(self.config, "corpus", False))

    def check(self, doc):
        repeats = self.settings["min-repeats"]
        for key, indexes in keyed_lines(doc, self.settings["max-words"]).items():
            first = doc.line_text(indexes[0]).strip()
            if len(indexes) >= repeats and not label(first) and not self.known(first):
                for index in indexes:
                    yield self._finding(doc, index, f"{len(indexes)} times in this document")

    def check_corpus(self, docs):
        s = self.settings
        learned = recurring_lines(docs, min_documents=s["min-documents"],
                                  min_share=s["min-share"], max_words=s["max-words"])
        by_key = {item.key: item for item in learned if not self.known(item.text)}
        for doc in docs:
            for key, indexes in keyed_lines(doc, s["max-words"]).items():
                item = by_key.get(key)
                # Lines repeated within the document were reported by check().
                if item is None or len(indexes) >= s["min-repeats"]:
                    continue
                for index in indexes:
                    yield self._finding(doc, index, f"in {item.count} of {len(docs)} documents",
                                        count=item.count)

    def _finding(self, doc, index, where, count=None):
        span = doc.lines[index]
        line = doc.text[span.start : span.end]
        start = span.start + len(line) - len(line.lstrip())
        gone = line_deletion(doc, index)
        extra = {"count": count} if count is not None else None
        return self.finding(doc, start, start + len(line.strip()), where=where, extra=extra,
                            fix=Fix.unsafe(Edit(gone.start, gone.end, "")))
