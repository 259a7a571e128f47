"""Where newslint keeps its own files for the user: LanguageTool's jars and
the compiled-pattern store, the furniture model decoded. Never inside a
project tree."""
from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    if os.environ.get("NEWSLINT_CACHE_DIR"):
        return Path(os.environ["NEWSLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newslint"


def checksum(payload: bytes) -> bytes:
    # zlib rather than hashlib, whose import alone costs 3 ms
    import zlib

    return zlib.crc32(payload).to_bytes(4, "big")


def read_checked(name: str) -> bytes | None:
    """The payload of the file ``name`` (in the cache) that ``write_checked``
    wrote, or None when it is missing, truncated or damaged (its CRC-32 does
    not match), or there is no cache folder."""
    try:
        data = (cache_root() / name).read_bytes()
    except Exception:  # no such file; no home folder
        return None
    return data[4:] if len(data) >= 4 and checksum(data[4:]) == data[:4] else None


def write_checked(name: str, payload: bytes) -> None:
    """Write ``payload`` after its CRC-32 to the file ``name`` in the cache,
    atomically. Any trouble (no home, a read-only cache, a full disk) is
    ignored: the next run rebuilds it."""
    import tempfile

    try:
        path = cache_root() / name
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(checksum(payload) + payload)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except Exception:
        return
