"""Reporters: diagnostics → text for people, JSON, SARIF and CI annotations.

Each module has ``render(diagnostics, context) -> str``.
"""
from __future__ import annotations

import importlib
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


def render(format: str, diagnostics, context: ReportContext) -> str:
    if format not in REPORTERS:
        raise ValueError(f"unknown format {format!r}")
    return importlib.import_module(f"lint.report.{format}_report").render(diagnostics, context)
