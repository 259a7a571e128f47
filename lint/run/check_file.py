"""Checking one file: read its bytes, take the cached result or decode and
check it. Worker processes and the one-process loop both call this."""
from __future__ import annotations

from dataclasses import dataclass, field

from lint.diagnostics import Diagnostic
from lint.engine import Linter
from lint.errors import InputError
from lint.run.files import decode, make_source, read_bytes


@dataclass
class FileOutcome:
    """What checking one file gave; ``text`` only when the caller wants it."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    text: str | None = None
    encoding: str = "utf-8"
    bom: bool = False
    checked: bool = True  # False when the file could not be read or decoded


def check_file(path: str, linter: Linter, cache=None, want_text: bool = False) -> FileOutcome:
    """Check one file, through the cache when there is one."""
    try:
        data = read_bytes(path, linter.config.max_file_bytes)
        cached = cache.get(path, data) if cache is not None else None
        if cached is not None and not want_text:
            return FileOutcome(path, *cached)
        text, encoding, bom = decode(data, path)
    except InputError as exc:
        return FileOutcome(path, errors=[str(exc)], checked=False)
    outcome = FileOutcome(path, text=text if want_text else None, encoding=encoding, bom=bom)
    if cached is not None:
        outcome.diagnostics, outcome.errors = cached
        return outcome
    source = make_source(path, text, linter.config, encoding=encoding, bom=bom)
    outcome.errors.extend(source.problems)
    diagnostics, problems = linter.check_documents(source.documents)
    outcome.diagnostics.extend(diagnostics)
    outcome.errors.extend(problems)
    if cache is not None and not outcome.errors:
        cache.put(path, data, outcome.diagnostics, outcome.errors)
    return outcome
