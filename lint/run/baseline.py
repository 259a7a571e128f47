"""Baselines: record today's findings, then report only new ones."""
from __future__ import annotations

import json
from pathlib import Path

from lint.errors import ConfigError
from lint.fingerprint import fingerprints

VERSION = 1


def write_baseline(path: Path, diagnostics) -> int:
    """Record ``diagnostics`` (an iterable, written as it comes) in ``path``."""
    from lint.report import json_array

    count = 0

    def entries():
        nonlocal count
        for d, f in fingerprints(diagnostics):
            count += 1
            yield {"rule": d.rule, "path": d.path, "fingerprint": f}

    head = json.dumps({"newslint-baseline": VERSION, "findings": None}, indent=1)
    head, tail = head.split("null")
    with Path(path).open("w", encoding="utf-8") as out:
        out.write(head)
        for chunk in json_array(entries(), level=1, indent=1):
            out.write(chunk)
        out.write(tail + "\n")
    return count


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


def new_findings(diagnostics, known: set):
    """The findings of ``diagnostics`` not in ``known``, one at a time."""
    return (d for d, f in fingerprints(diagnostics) if (d.rule, d.path, f) not in known)
