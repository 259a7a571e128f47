"""The development/held-out split every benchmark uses.

Each item of a development set (a file, a page, a row) belongs to one half by
a hash of its key (the file name relative to its set, or the row's text):
``tune`` is the half rules and weights may be tuned on, ``report`` the
held-out half whose figures are quoted. The split is stable across machines
and Python versions (SHA-1, not ``hash()``).
"""
from __future__ import annotations

import hashlib

TUNE = "tune"
REPORT = "report"
HALVES = (TUNE, REPORT)


def half(key: str) -> str:
    """The half ``key`` belongs to: ``"tune"`` or ``"report"``."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return TUNE if digest[0] % 2 == 0 else REPORT


def in_half(key: str, wanted: str | None) -> bool:
    """True when ``key`` is in ``wanted`` (``None`` or ``"all"``: every key)."""
    return wanted in (None, "all") or half(key) == wanted
