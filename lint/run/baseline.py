"""Baselines: record today's findings, then report only new ones."""
from __future__ import annotations

import json
from pathlib import Path

from lint.errors import ConfigError
from lint.fingerprint import fingerprints

VERSION = 1


def _keys(diagnostics) -> list[tuple[str, str, str]]:
    return [(d.rule, d.path, f) for d, f in zip(diagnostics, fingerprints(diagnostics))]


def write_baseline(path: Path, diagnostics) -> int:
    entries = [{"rule": r, "path": p, "fingerprint": f} for r, p, f in _keys(diagnostics)]
    data = {"newslint-baseline": VERSION, "findings": entries}
    Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(entries)


def read_baseline(path: Path) -> set[tuple[str, str, str]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("newslint-baseline") != VERSION:
            raise ValueError("not a newslint baseline (version 1)")
        return {(e["rule"], e["path"], e["fingerprint"]) for e in data["findings"]}
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file not found") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{path}: broken baseline file: {exc}") from None


def new_findings(diagnostics, known: set) -> list:
    return [d for d, key in zip(diagnostics, _keys(diagnostics)) if key not in known]
