"""Check types: the code that runs a rule. Rules name them by ``type``.

Built-in types are imported only when a rule that uses them runs; others come
from the entry-point group ``newslint.checks`` (name = "module:Class").
"""
from __future__ import annotations

import importlib

from lint.errors import ConfigError

BUILTIN = {
    "line-match": "lint.checks.line_match:LineMatch",
    "existence": "lint.checks.existence:Existence",
    "substitution": "lint.checks.substitution:Substitution",
    # Add one line per new built-in check type below (keep one type per module).
}
ENTRY_POINT_GROUP = "newslint.checks"


def check_class(type_name: str):
    target = BUILTIN.get(type_name)
    if target is None:
        from importlib.metadata import entry_points

        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name == type_name:
                try:
                    return ep.load()
                except Exception as exc:  # a broken plugin must not crash the run
                    raise ConfigError(f"check type '{type_name}' ({ep.value}) failed to load: {exc}")
        raise ConfigError(f"unknown check type '{type_name}'")
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)
