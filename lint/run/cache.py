"""A per-file result cache, like ruff's: a file whose bytes, path and
settings are unchanged is not checked again.

The settings key covers the newslint version and code, every rule pack's
content, the active rules and their severities, the config file, house words
and the dictionary data, so any change of those invalidates every entry.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from lint import __version__
from lint.diagnostics import Diagnostic

DEFAULT_DIR = ".newslint_cache"
LINT_DIR = Path(__file__).resolve().parents[1]  # the whole package: code, packs' copies, dictionary


def settings_key(linter) -> str:
    h = hashlib.sha256(__version__.encode())
    for source in sorted(LINT_DIR.rglob("*")):
        if source.is_file() and source.suffix in (".py", ".toml", ".marisa", ".txt", ".json", ".gz"):
            st = source.stat()
            h.update(f"{source.relative_to(LINT_DIR)}:{st.st_size}:{st.st_mtime_ns}".encode())
    for pack in sorted({r.pack for r in linter.all_rules}):
        h.update(Path(pack).read_bytes())
    h.update(json.dumps([(r.id, r.severity) for r in linter.rules]).encode())
    h.update(json.dumps(linter.kind_selectors).encode())
    config = linter.config
    if config.path is not None:
        h.update(Path(config.path).read_bytes())
    h.update(json.dumps(sorted(config.house_words())).encode())
    h.update(json.dumps(config.severity, sort_keys=True).encode())
    h.update(json.dumps(config.per_file_ignores, sort_keys=True).encode())
    h.update(b"whole-page" if config.whole_page else b"story")
    return h.hexdigest()


class Cache:
    def __init__(self, root: Path, linter=None, *, key: str | None = None) -> None:
        self.root = Path(root)
        self.key = key or settings_key(linter)
        self.folder = self.root / "v1" / self.key[:32]
        self.hits = 0
        self._mark_ignored()

    def _mark_ignored(self) -> None:
        """Keep the cache out of version control, as ruff does."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            ignore = self.root / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by newslint\n*\n", encoding="utf-8")
        except OSError:
            pass

    def _entry(self, path: str, data: bytes) -> Path:
        key = hashlib.sha256(os.path.abspath(path).encode() + b"\0" + data).hexdigest()
        return self.folder / key[:2] / key[2:]

    def get(self, path: str, data: bytes):
        """(diagnostics, problems) recorded for these bytes at this path, or None."""
        try:
            stored = json.loads(self._entry(path, data).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        self.hits += 1
        diagnostics = [Diagnostic.from_json(d, s) for d, s in zip(stored["diagnostics"], stored["snippets"])]
        for d in diagnostics:
            d.path = path
        return diagnostics, stored["problems"]

    def put(self, path: str, data: bytes, diagnostics, problems) -> None:
        entry = self._entry(path, data)
        payload = json.dumps({"diagnostics": [d.to_json() for d in diagnostics],
                              "snippets": [d.snippet for d in diagnostics], "problems": problems},
                             ensure_ascii=False)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(temp, entry)
        except OSError:
            pass  # a cache that cannot be written only costs speed
