"""Reporters: diagnostics → text for people, JSON, SARIF and CI annotations.

Each module has ``chunks(diagnostics, context)``, which yields the output a
piece at a time, so a run with a hundred thousand findings never holds its
whole report (or every finding's JSON object) in memory at once.
"""
from __future__ import annotations

import importlib
import json
from typing import Iterator
from dataclasses import dataclass, field

from lint.rules import Rule

REPORTERS = ("text", "json", "sarif", "github", "gitlab", "junit")


@dataclass
class ReportContext:
    rules: list[Rule] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # path -> checked text
    color: bool = False
    show_fixes: bool = False  # text output: print each finding's edits
    version: str = ""


def chunks(format: str, diagnostics, context: ReportContext):
    """The report in the given format, piece by piece."""
    if format not in REPORTERS:
        raise ValueError(f"unknown format {format!r}")
    return importlib.import_module(f"lint.report.{format}_report").chunks(diagnostics, context)


def render(format: str, diagnostics, context: ReportContext) -> str:
    """The whole report as one string."""
    return "".join(chunks(format, diagnostics, context))


def json_array(items, level: int = 0) -> Iterator[str]:
    """``json.dumps(list(items), ensure_ascii=False, indent=2)``, byte for
    byte, one item at a time; ``level`` is how deep the array is nested in
    the document it is part of."""
    outer, inner = "  " * level, "  " * (level + 1)
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + inner)
        yield ("[\n" if first else ",\n") + inner + text
        first = False
    yield "[]" if first else f"\n{outer}]"
