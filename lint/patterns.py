"""Compiling and running rule patterns safely: every search has a time limit,
so a catastrophic pattern in a user's pack cannot hang a run."""
from __future__ import annotations

import regex

from lint import pattern_store
from lint.errors import ConfigError

TIMEOUT_SECONDS = 2.0


class PatternTimeout(Exception):
    """A pattern ran past its time limit on one document."""


def compile_pattern(pattern: str, where: str, flags: int = 0) -> "regex.Pattern":
    try:
        return pattern_store.compile(pattern, flags | regex.VERSION1)
    except (regex.error, TypeError) as exc:
        raise ConfigError(f"{where}: invalid pattern {pattern!r}: {exc}") from None


def finditer(pattern: "regex.Pattern", text: str, pos: int = 0, endpos: int | None = None):
    """All matches, or PatternTimeout when the pattern runs too long."""
    try:
        yield from pattern.finditer(
            text, pos, len(text) if endpos is None else endpos, timeout=TIMEOUT_SECONDS
        )
    except TimeoutError:
        raise PatternTimeout(pattern.pattern) from None


def fullmatch(pattern: "regex.Pattern", text: str):
    try:
        return pattern.fullmatch(text, timeout=TIMEOUT_SECONDS)
    except TimeoutError:
        raise PatternTimeout(pattern.pattern) from None


def match_case(original: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``original``."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
