"""Compiled patterns kept between runs, as Python keeps .pyc files.

Compiling newslint's hundred-odd patterns with the regex module takes about
35 ms, a third of a cold start; loading them back takes under 1 ms, because
regex pickles a pattern as its compiled code and rebuilds it without parsing.

The store is one file per regex version in the user's cache folder, next to
LanguageTool's jars and trusted as they are: never read from a project tree.
It starts with a CRC-32 of the rest, so a damaged or truncated file is
ignored rather than handed to regex (whose compiled code is not checked
again; zlib rather than hashlib, whose import alone costs 3 ms); it is read
with an unpickler that builds nothing but regex patterns, and every entry
must be the pattern its key names. Any trouble reading or writing it only
costs the compile.
"""
from __future__ import annotations

import atexit
import io
import pickle

import regex

from lint.user_cache import read_checked, write_checked

MAX_ENTRIES = 1000  # the built-in rules use about 100; loading 1,000 takes ~7 ms

_stored: dict[tuple[str, int], "regex.Pattern"] | None = None  # as read at start
_used: dict[tuple[str, int], "regex.Pattern"] = {}  # compiled or loaded in this run
_dirty = False  # a pattern was compiled that the store does not have


STORE = f"patterns/regex-{regex.__version__}.pickle"  # in the user cache


class _PatternUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _load() -> dict:
    payload = read_checked(STORE)
    if payload is None:
        return {}
    try:
        loaded = _PatternUnpickler(io.BytesIO(payload)).load()
    except Exception:  # missing, damaged, foreign or from another regex build
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {key: value for key, value in loaded.items()
            if isinstance(key, tuple) and len(key) == 2 and isinstance(value, regex.Pattern)
            and value.pattern == key[0]}


def compile(pattern: str, flags: int = 0) -> "regex.Pattern":
    """``regex.compile``, answered from the store when this pattern was
    compiled in an earlier run. Errors are regex's own."""
    global _stored, _dirty
    if _stored is None:
        _stored = _load()
    key = (pattern, int(flags))  # an int, not a RegexFlag: the store holds no other classes
    found = _used.get(key) or _stored.get(key)
    if found is None:
        found = regex.compile(pattern, key[1])
        if not _dirty:
            atexit.register(save)
        _dirty = True
    if len(_used) < MAX_ENTRIES:  # a process compiling patterns without end keeps no more
        _used[key] = found
    return found


def save() -> None:
    """Write this run's patterns, and as many earlier ones as fit, atomically."""
    global _dirty
    if not _dirty:
        return
    entries = dict(_used)
    for key, value in (_stored or {}).items():
        if len(entries) >= MAX_ENTRIES:
            break
        entries.setdefault(key, value)
    write_checked(STORE, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
    _dirty = False
