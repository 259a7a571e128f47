"""The grammar engines' answers, cached per paragraph on disk (SQLite).

A key covers the engine and its version, the language, the rule settings and
the paragraph's text, so re-checking an unchanged article asks nothing of the
engine. A cache that cannot be opened or written only costs speed.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path


def cache_key(settings: dict, text: str) -> str:
    h = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    h.update(b"\0" + text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class ParagraphCache:
    def __init__(self, path: Path | None) -> None:
        self.memory: dict[str, list] = {}
        self.db = None
        self.hits = self.misses = 0
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value TEXT)")
        except (OSError, sqlite3.Error):
            self.db = None

    def get(self, key: str) -> list | None:
        value = self.memory.get(key)
        if value is None and self.db is not None:
            try:
                row = self.db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error:
                row = None
            if row is not None:
                value = self.memory[key] = json.loads(row[0])
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def put(self, key: str, value: list) -> None:
        self.memory[key] = value
        if self.db is not None:
            try:
                self.db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)",
                                (key, json.dumps(value, ensure_ascii=False)))
            except sqlite3.Error:
                pass
