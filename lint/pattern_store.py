"""Compiled patterns kept between runs, as Python keeps .pyc files.

Compiling newslint's hundred-odd patterns with the regex module takes about
35 ms, a third of a cold start; loading them back takes under 1 ms, because
regex pickles a pattern as its compiled code and rebuilds it without parsing.

The store is one file per regex version in the user's cache folder, next to
LanguageTool's jars and trusted as they are: never read from a project tree.
It starts with a CRC-32 of the rest, so a damaged or truncated file is
ignored rather than handed to regex (whose compiled code is not checked
again; zlib rather than hashlib, whose import alone costs 3 ms); it is read
as a dict of pickled entries, each unpickled only when a pattern is asked
for (so patterns of other commands, and stale ones from earlier versions,
cost a run nothing), with an unpickler that builds nothing but regex
patterns, and every entry must be the pattern its key names. Any trouble
reading or writing it only costs the compile.
"""
from __future__ import annotations

import atexit
import io
import pickle

import regex

from lint.user_cache import read_checked, write_checked

MAX_ENTRIES = 1000  # the built-in rules use about 150; a run unpickles only those it asks for

_stored: dict[tuple[str, int], bytes] | None = None  # as read at start, each entry still pickled
_used: dict[tuple[str, int], "regex.Pattern"] = {}  # compiled or loaded in this run
_dirty = False  # a pattern was compiled that the store does not have


STORE = f"patterns/regex-{regex.__version__}-entries.pickle"  # in the user cache


class _StoreUnpickler(pickle.Unpickler):
    """The store itself: a dict of (pattern, flags) to bytes, which needs no class."""

    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"{module}.{name}: the store holds no objects")


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
        loaded = _StoreUnpickler(io.BytesIO(payload)).load()
    except Exception:  # damaged, foreign, or the format of another version
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {key: value for key, value in loaded.items()
            if isinstance(key, tuple) and len(key) == 2 and isinstance(value, bytes)}


def _unpickle(key: tuple[str, int], data: bytes) -> "regex.Pattern | None":
    """The stored pattern, if it is one and the one its key names."""
    try:
        found = _PatternUnpickler(io.BytesIO(data)).load()
    except Exception:  # from another regex build, or planted
        return None
    return found if isinstance(found, regex.Pattern) and found.pattern == key[0] else None


def compile(pattern: str, flags: int = 0) -> "regex.Pattern":
    """``regex.compile``, answered from the store when this pattern was
    compiled in an earlier run. Errors are regex's own."""
    global _stored, _dirty
    if _stored is None:
        _stored = _load()
    key = (pattern, int(flags))  # an int, not a RegexFlag: the store holds no other classes
    found = _used.get(key)
    if found is None and key in _stored:
        found = _unpickle(key, _stored[key])
    if found is None:
        found = regex.compile(pattern, key[1])
        _stored.pop(key, None)  # a bad entry is not written back
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
    stored = _stored or {}
    entries = {key: stored.get(key) or pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
               for key, value in _used.items()}
    for key, value in stored.items():
        if len(entries) >= MAX_ENTRIES:
            break
        entries.setdefault(key, value)
    write_checked(STORE, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
    _dirty = False
