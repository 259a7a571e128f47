"""Compiling and running rule patterns safely: every search of a user's
pattern has a time limit, so a catastrophic pattern in a user's pack cannot
hang a run. The built-in packs' patterns, like the modules' own, run without
one: tests/reliability proves each of their checks linear on pathological
input, and regex's time limit costs about 5 µs a call (a clock read), more
than most line-long matches take."""
from __future__ import annotations

import regex

from lint import pattern_store
from lint.errors import ConfigError

TIMEOUT_SECONDS = 2.0


class PatternTimeout(Exception):
    """A pattern ran past its time limit on one document."""


# Patterns of the built-in packs (compared by pattern and flags).
_PROVEN: set = set()


def compile_pattern(pattern: str, where: str, flags: int = 0, *, builtin: bool = False) -> "regex.Pattern":
    """``builtin``: a pattern of a built-in pack, searched without a time limit."""
    try:
        compiled = pattern_store.compile(pattern, flags | regex.VERSION1)
    except (regex.error, TypeError) as exc:
        raise ConfigError(f"{where}: invalid pattern {pattern!r}: {exc}") from None
    if builtin:
        _PROVEN.add(compiled)
    return compiled


def finditer(pattern: "regex.Pattern", text: str, pos: int = 0, endpos: int | None = None):
    """All matches, or PatternTimeout when the pattern runs too long."""
    if pattern in _PROVEN:
        return pattern.finditer(text, pos, len(text) if endpos is None else endpos)
    return _timed_finditer(pattern, text, pos, endpos)


def _timed_finditer(pattern: "regex.Pattern", text: str, pos: int, endpos: int | None):
    try:
        yield from pattern.finditer(
            text, pos, len(text) if endpos is None else endpos, timeout=TIMEOUT_SECONDS
        )
    except TimeoutError:
        raise PatternTimeout(pattern.pattern) from None


def fullmatch(pattern: "regex.Pattern", text: str):
    if pattern in _PROVEN:
        return pattern.fullmatch(text)
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
