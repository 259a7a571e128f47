"""One run over many files: read, check (or fix), collect findings and errors.

The CLI and the Python API both go through here, so they agree.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

from lint.diagnostics import Diagnostic
from lint.document import Document
from lint.engine import Linter
from lint.errors import InputError
from lint.run.files import SourceFile, decode, encode, iter_files, make_source, read_source, write_atomic
from lint.run.parallel import check_files, with_progress
from lint.fix import AppliedFix, fix_documents

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


def stdin_source(stdin_filename: str | None, config=None) -> SourceFile:
    """Standard input, read as the file ``stdin_filename`` names (its format)."""
    name = stdin_filename or STDIN
    text, encoding, bom = decode(sys.stdin.buffer.read(), name)
    return make_source(name, text, config, encoding=encoding, bom=bom)


def sources(paths: list[str], linter: Linter, result: RunResult, stdin_filename=None):
    """Each file to check (standard input last), its problems recorded."""
    for path in iter_files([p for p in paths if p != STDIN], linter.config, result.errors):
        try:
            source = read_source(path, linter.config)
        except InputError as exc:
            result.errors.append(str(exc))
            continue
        result.errors.extend(source.problems)
        yield source, False
    if STDIN in paths:
        try:
            source = stdin_source(stdin_filename, linter.config)
        except InputError as exc:
            result.errors.append(str(exc))
            return
        result.errors.extend(source.problems)
        yield source, True


def run_check(paths, linter: Linter, *, keep_sources=False, stdin_filename=None, cache=None,
              jobs: int = 1, progress: bool = False) -> RunResult:
    result = RunResult()
    corpus: list[Document] = []
    wants_corpus = any(c.wants_corpus() for c in linter.checks)
    files = list(iter_files([p for p in paths if p != STDIN], linter.config, result.errors))
    outcomes = check_files(files, linter, cache, keep_sources or wants_corpus, jobs)
    for outcome in with_progress(outcomes, len(files), progress):
        result.files += 1
        result.diagnostics.extend(outcome.diagnostics)
        result.errors.extend(outcome.errors)
        if outcome.text is None:
            continue
        if keep_sources:
            # Reporters show the text of files with findings; of the others only
            # the path is kept (JUnit lists them), so memory does not grow with the
            # archive's text. A corpus pass may find in any file: it keeps them all.
            keep = outcome.diagnostics or wants_corpus
            result.sources[outcome.path] = outcome.text if keep else ""
        if wants_corpus:
            corpus.extend(make_source(outcome.path, outcome.text, linter.config,
                                      encoding=outcome.encoding, bom=outcome.bom).documents)
    if STDIN in paths:
        for source, _ in sources([STDIN], linter, result, stdin_filename):
            result.files += 1
            diagnostics, problems = linter.check_documents(source.documents)
            result.diagnostics.extend(diagnostics)
            result.errors.extend(problems)
            if keep_sources:
                result.sources[source.path] = source.text
            if wants_corpus:
                corpus.extend(source.documents)
    if wants_corpus and corpus:
        diagnostics, problems = linter.check_corpus(corpus)
        result.diagnostics.extend(diagnostics)
        result.errors.extend(problems)
    result.diagnostics.sort(key=Diagnostic.sort_key)
    return result


def run_fix(paths, linter: Linter, *, unsafe=False, diff=False, stdin_filename=None,
            keep_sources=False) -> RunResult:
    result = RunResult()
    for source, is_stdin in sources(paths, linter, result, stdin_filename):
        result.files += 1

        def rebuild(text, source=source):
            return source.reload(text, linter.config).documents

        fixed = fix_documents(linter, source.text, source.documents, rebuild, unsafe=unsafe)
        result.diagnostics.extend(fixed.remaining)
        result.errors.extend(fixed.problems)
        if keep_sources:
            result.sources[source.path] = fixed.text
        if fixed.applied:
            result.applied[source.path] = fixed.applied
        if is_stdin:
            result.fixed_stdin = fixed.text
            continue
        if not fixed.changed:
            continue
        if diff:
            result.diffs.append(unified_diff(source.path, source.text, fixed.text))
            continue
        try:
            write_atomic(source.path, encode(fixed.text, source.encoding, source.bom))
        except OSError as exc:
            result.errors.append(f"{source.path}: cannot write fix: {exc.strerror or exc}")
            del result.applied[source.path]
    return result


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib

    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
