"""Check types: the code that runs a rule. Rules name them by ``type``.

Built-in types are imported only when a rule that uses them runs; others come
from the entry-point group ``newslint.checks`` (name = "module:Class").
"""
from __future__ import annotations

import importlib

from lint.errors import ConfigError

BUILTIN = {
    "line-match": "lint.checks.line_match:LineMatch",
    "existence": "lint.checks.existence:Existence",
    "substitution": "lint.checks.substitution:Substitution",
    # Add one line per new built-in check type below (keep one type per module).
    "names": "lint.checks.names:Names",
    "replace": "lint.checks.replace:Replace",
    "mojibake": "lint.checks.mojibake:Mojibake",
    "html-residue": "lint.checks.html_residue:HtmlResidue",
    "consistency": "lint.checks.consistency:Consistency",
    "thousands-separators": "lint.checks.thousands:ThousandsSeparators",
    "quote-style": "lint.checks.quote_style:QuoteStyle",
    "unbalanced-quotes": "lint.checks.unbalanced_quotes:UnbalancedQuotes",
    "date-style": "lint.checks.date_style:DateStyle",
    "dialect": "lint.checks.dialect:Dialect",
    "repeated-word": "lint.checks.repeated_word:RepeatedWord",
    "duplicate-paragraph": "lint.checks.duplicate_paragraph:DuplicateParagraph",
    "headline-case": "lint.checks.headline_case:HeadlineCase",
    "spelling": "lint.checks.spelling:Spelling",
    "misspelling": "lint.checks.misspelling:KnownMisspelling",
    "photo-caption": "lint.checks.caption:PhotoCaption",
    "learned-boilerplate": "lint.checks.learned_boilerplate:LearnedBoilerplate",
    "grammar": "lint.checks.grammar:Grammar",
    "page-furniture": "lint.checks.furniture_model:PageFurniture",
}
ENTRY_POINT_GROUP = "newslint.checks"


def check_class(type_name: str):
    target = BUILTIN.get(type_name)
    if target is None:
        from importlib.metadata import entry_points

        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name == type_name:
                try:
                    return ep.load()
                except Exception as exc:  # a broken plugin must not crash the run
                    raise ConfigError(f"check type '{type_name}' ({ep.value}) failed to load: {exc}")
        raise ConfigError(f"unknown check type '{type_name}'")
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)
