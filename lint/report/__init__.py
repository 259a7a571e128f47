"""Reporters: diagnostics → text for people, JSON, SARIF and CI annotations.

Each module has ``chunks(files, context)``: ``files`` yields each file's
findings (lint.diagnostics.FileFindings, in report order) and the reporter
yields the output a piece at a time, so a run over a million files never
holds its whole report, every finding, or every file's text at once: a
reporter that needs the whole run (JUnit's totals) keeps counts and spools
the rest to a temporary file.
"""
from __future__ import annotations

import importlib
from typing import Iterator
from dataclasses import dataclass, field

from lint.diagnostics import FileFindings
from lint.rules import Rule

REPORTERS = ("text", "json", "sarif", "github", "gitlab", "junit")


@dataclass
class ReportContext:
    rules: list[Rule] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # path -> checked text
    color: bool = False
    show_fixes: bool = False  # text output: print each finding's edits
    version: str = ""


def file_chunks(format: str, files, context: ReportContext):
    """The report of ``files`` (FileFindings) in the given format, piece by piece."""
    if format not in REPORTERS:
        raise ValueError(f"unknown format {format!r}")
    return importlib.import_module(f"lint.report.{format}_report").chunks(files, context)


def chunks(format: str, diagnostics, context: ReportContext):
    """The report of a list of findings (texts in ``context.sources``), piece by piece."""
    return file_chunks(format, by_file(diagnostics, context.sources, sort=format == "junit"), context)


def by_file(diagnostics, sources: dict, sort: bool = False) -> list[FileFindings]:
    """Findings grouped by file in the order they come, then the other files
    of ``sources``; sorted by path when ``sort``."""
    files: dict[str, FileFindings] = {}
    for d in diagnostics:
        if d.path not in files:
            files[d.path] = FileFindings(d.path, [], sources.get(d.path))
        files[d.path].diagnostics.append(d)
    for path, text in sources.items():
        files.setdefault(path, FileFindings(path, [], text))
    return sorted(files.values(), key=lambda f: f.path) if sort else list(files.values())


def each_finding(files):
    """The findings of ``files``, one after another."""
    for file in files:
        yield from file.diagnostics


def render(format: str, diagnostics, context: ReportContext) -> str:
    """The whole report as one string."""
    return "".join(chunks(format, diagnostics, context))


def json_array(items, level: int = 0, indent: int = 2) -> Iterator[str]:
    """``json.dumps(list(items), ensure_ascii=False, indent=indent)``, byte
    for byte, one item at a time; ``level`` is how deep the array is nested
    in the document it is part of."""
    import json  # here: the text report, most runs' one, never needs it

    outer, inner = " " * indent * level, " " * indent * (level + 1)
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=indent).replace("\n", "\n" + inner)
        yield ("[\n" if first else ",\n") + inner + text
        first = False
    yield "[]" if first else f"\n{outer}]"
