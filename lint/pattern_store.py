"""Compiled patterns kept between runs, as Python keeps .pyc files.

Compiling newslint's hundred-odd patterns with the regex module takes about
35 ms, a fifth of a cold start; loading them back takes under 1 ms, because
regex pickles a pattern as its compiled code and rebuilds it without parsing.
The store is one file per regex version in the user's cache folder, never in a
project tree, and it is read with an unpickler that accepts nothing but
regex's own pattern constructor, so a damaged or planted file is ignored
rather than run. Any trouble reading or writing it only costs the compile.
"""
from __future__ import annotations

import atexit
import io
import os
import pickle

import regex

from lint.user_cache import cache_root

MAX_ENTRIES = 5000  # past this (many user packs over time) the store starts afresh

_patterns: dict[tuple[str, int], "regex.Pattern"] | None = None
_new: dict[tuple[str, int], "regex.Pattern"] = {}


def store_path():
    return cache_root() / "patterns" / f"regex-{regex.__version__}.pickle"


class _PatternUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _load() -> dict:
    try:
        loaded = _PatternUnpickler(io.BytesIO(store_path().read_bytes())).load()
    except Exception:  # missing, damaged, foreign or from another regex build
        return {}
    return loaded if isinstance(loaded, dict) else {}


def compile(pattern: str, flags: int = 0) -> "regex.Pattern":
    """``regex.compile``, answered from the store when this pattern was
    compiled in an earlier run. Errors are regex's own."""
    global _patterns
    if _patterns is None:
        _patterns = _load()
    key = (pattern, int(flags))  # an int, not a RegexFlag: the store holds no other classes
    found = _patterns.get(key)
    if found is None:
        found = _patterns[key] = regex.compile(pattern, key[1])
        if not _new:
            atexit.register(save)
        _new[key] = found
    return found


def save() -> None:
    """Write the store with this run's new patterns added (atomically)."""
    if not _new:
        return
    import tempfile

    entries = _patterns if len(_patterns) <= MAX_ENTRIES else dict(_new)
    path = store_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        try:
            with os.fdopen(fd, "wb") as out:
                pickle.dump(entries, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except Exception:  # a read-only home, a full disk: the next run compiles again
        return
    _new.clear()
