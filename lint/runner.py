"""One run over many files: read, check (or fix), collect findings and errors.

The CLI and the Python API both go through here, so they agree.
"""
from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, field

from lint.diagnostics import Diagnostic
from lint.document import Document
from lint.engine import Linter
from lint.errors import InputError
from lint.files import encode, iter_files, make_document, read_document, write_atomic
from lint.fix import AppliedFix, fix_document

STDIN = "-"


@dataclass
class RunResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line each
    sources: dict[str, str] = field(default_factory=dict)
    files: int = 0
    # fix runs only
    applied: dict[str, list[AppliedFix]] = field(default_factory=dict)
    diffs: list[str] = field(default_factory=list)
    fixed_stdin: str | None = None


def stdin_document(stdin_filename: str | None) -> Document:
    data = sys.stdin.buffer.read()
    from lint.files import decode

    name = stdin_filename or STDIN
    text, encoding, bom = decode(data, name)
    return make_document(name, text, encoding=encoding, bom=bom)


def documents(paths: list[str], linter: Linter, result: RunResult, stdin_filename=None):
    for path in iter_files([p for p in paths if p != STDIN], linter.config, result.errors):
        try:
            yield read_document(path)
        except InputError as exc:
            result.errors.append(str(exc))
    if STDIN in paths:
        try:
            yield stdin_document(stdin_filename)
        except InputError as exc:
            result.errors.append(str(exc))


def run_check(paths, linter: Linter, *, keep_sources=False, stdin_filename=None) -> RunResult:
    result = RunResult()
    corpus: list[Document] = []
    wants_corpus = any(c.wants_corpus() for c in linter.checks)
    for doc in documents(paths, linter, result, stdin_filename):
        result.files += 1
        diagnostics, problems = linter.check(doc)
        result.diagnostics.extend(diagnostics)
        result.errors.extend(problems)
        if keep_sources:
            result.sources[doc.path] = doc.text
        if wants_corpus:
            corpus.append(doc)
    if wants_corpus and corpus:
        diagnostics, problems = linter.check_corpus(corpus)
        result.diagnostics.extend(diagnostics)
        result.errors.extend(problems)
        result.diagnostics.sort(key=Diagnostic.sort_key)
    return result


def run_fix(paths, linter: Linter, *, unsafe=False, diff=False, stdin_filename=None,
            keep_sources=False) -> RunResult:
    result = RunResult()
    for doc in documents(paths, linter, result, stdin_filename):
        result.files += 1

        def rebuild(text, doc=doc):
            return make_document(doc.path, text, encoding=doc.encoding, bom=doc.bom)

        fixed = fix_document(linter, doc, rebuild, unsafe=unsafe)
        result.diagnostics.extend(fixed.remaining)
        result.errors.extend(fixed.problems)
        if keep_sources:
            result.sources[doc.path] = fixed.text
        if fixed.applied:
            result.applied[doc.path] = fixed.applied
        is_stdin = doc.path == (stdin_filename or STDIN) and STDIN in paths
        if is_stdin:
            result.fixed_stdin = fixed.text
            continue
        if not fixed.changed:
            continue
        if diff:
            result.diffs.append(unified_diff(doc.path, doc.text, fixed.text))
            continue
        try:
            write_atomic(doc.path, encode(fixed.text, doc.encoding, doc.bom))
        except OSError as exc:
            result.errors.append(f"{doc.path}: cannot write fix: {exc.strerror or exc}")
            del result.applied[doc.path]
    return result


def unified_diff(path: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
