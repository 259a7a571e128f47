"""One run over many files: read, check (or fix), collect findings and errors.

The CLI and the Python API both go through here, so they agree.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

from lint.diagnostics import Diagnostic, FileFindings
from lint.engine import Linter
from lint.errors import InputError
from lint.run.files import (SourceFile, decode, encode, iter_files, iter_sorted_files, make_source,
                             read_source, write_atomic)
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


class CheckRun:
    """A check run, streamed: iterating it checks the files and yields each
    one's FileFindings in report order (paths sorted, then each file's
    findings sorted: the order of one sort of every finding), so a reporter
    writes file by file and the run holds a few files' findings and texts at
    a time, whatever the archive's size. ``errors`` fills as the run goes
    (the caller may empty it); ``files`` counts the files checked. With a
    corpus pass every document is kept, as that pass compares them all."""

    def __init__(self, paths, linter: Linter, *, want_text=False, stdin_filename=None, cache=None,
                 jobs: int = 1, progress: bool = False) -> None:
        self.linter, self.want_text, self.cache, self.jobs, self.progress = linter, want_text, cache, jobs, progress
        self.errors: list[str] = []
        self.files = 0
        self.corpus = any(c.wants_corpus() for c in linter.checks)
        self.stdin = (stdin_filename or STDIN) if STDIN in paths else None
        self.paths = iter_sorted_files([p for p in paths if p != STDIN], linter.config, self.errors)

    def __iter__(self):
        found = self._each_file()
        yield from self._with_corpus(found) if self.corpus else (file for file, _ in found)

    def _each_file(self):
        """(FileFindings, its documents when a corpus pass wants them), standard input in its place."""
        want_text = self.want_text or self.corpus
        stdin = self.stdin
        outcomes = check_files(self.paths, self.linter, self.cache, want_text, self.jobs)
        for outcome in with_progress(outcomes, self.progress):
            if stdin is not None and stdin <= outcome.path:
                yield from self._check_stdin(merge_with=outcome if stdin == outcome.path else None)
                stdin = None
                if self.stdin == outcome.path:
                    continue
            self.files += 1
            self.errors.extend(outcome.errors)
            documents = []
            if self.corpus and outcome.text is not None:
                documents = make_source(outcome.path, outcome.text, self.linter.config,
                                        encoding=outcome.encoding, bom=outcome.bom).documents
            yield FileFindings(outcome.path, outcome.diagnostics, outcome.text, outcome.checked), documents
        if stdin is not None:
            yield from self._check_stdin()

    def _check_stdin(self, merge_with=None):
        """Standard input's findings; a file of the same name (``merge_with``) shares its place."""
        if merge_with is not None:
            self.files += 1
            self.errors.extend(merge_with.errors)
        try:
            source = stdin_source(self.stdin, self.linter.config)
        except InputError as exc:
            self.errors.append(str(exc))
            if merge_with is not None:
                yield FileFindings(merge_with.path, merge_with.diagnostics, merge_with.text), []
            return
        self.files += 1
        self.errors.extend(source.problems)
        diagnostics, problems = self.linter.check_documents(source.documents)
        self.errors.extend(problems)
        if merge_with is not None:
            diagnostics = sorted(merge_with.diagnostics + diagnostics, key=Diagnostic.sort_key)
        yield FileFindings(source.path, diagnostics, source.text), source.documents

    def _with_corpus(self, found):
        """Every file held, then the corpus pass's findings added in their files."""
        files, corpus = [], []
        for file, documents in found:
            files.append(file)
            corpus.extend(documents)
        if corpus:
            diagnostics, problems = self.linter.check_corpus(corpus)
            self.errors.extend(problems)
            by_path: dict[str, list[Diagnostic]] = {}
            for d in diagnostics:
                by_path.setdefault(d.path, []).append(d)
            for file in files:
                if file.path in by_path:
                    file.diagnostics = sorted(file.diagnostics + by_path[file.path], key=Diagnostic.sort_key)
        for file in files:
            if not self.want_text:
                file.text = None
            yield file


def run_check(paths, linter: Linter, *, keep_sources=False, stdin_filename=None, cache=None,
              jobs: int = 1, progress: bool = False) -> RunResult:
    """The whole run in memory (the API and tests); the CLI streams a CheckRun."""
    run = CheckRun(paths, linter, want_text=keep_sources, stdin_filename=stdin_filename, cache=cache,
                   jobs=jobs, progress=progress)
    result = RunResult(errors=run.errors)
    for file in run:
        result.diagnostics.extend(file.diagnostics)
        if keep_sources and file.text is not None:
            # Of files without findings only the path is kept (JUnit lists them).
            result.sources[file.path] = file.text if file.diagnostics or run.corpus else ""
    result.files = run.files
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
