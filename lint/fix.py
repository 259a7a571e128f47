"""Applying fixes: non-overlapping edits, repeated until stable, written atomically."""
from __future__ import annotations

from dataclasses import dataclass, field

from lint.diagnostics import Diagnostic, Edit
from lint.document import Document, SourceLines
from lint.engine import Linter

MAX_PASSES = 10


@dataclass
class AppliedFix:
    diagnostic: Diagnostic  # positions are those of the pass that applied it
    old: str
    new: str
    line: int = 0  # where this edit starts, in the text of that pass
    column: int = 0  # (a story-wide fix has many edits, each somewhere else)


@dataclass
class FixResult:
    text: str  # the fixed text
    applied: list[AppliedFix] = field(default_factory=list)
    remaining: list[Diagnostic] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    converged: bool = True

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def wanted(diagnostic: Diagnostic, unsafe: bool) -> bool:
    fix = diagnostic.fix
    return fix is not None and (fix.applicability == "safe" or (unsafe and fix.applicability == "unsafe"))


def choose_fixes(diagnostics: list[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    """Fixes whose edits overlap no edit chosen before them (in text order);
    a skipped one is retried on the next pass against the new text."""
    chosen, taken = [], []
    for d in sorted((d for d in diagnostics if wanted(d, unsafe)), key=Diagnostic.sort_key):
        edits = d.fix.edits
        if any(_overlaps(e, t) for e in edits for t in taken):
            continue
        chosen.append(d)
        taken.extend(edits)
    return chosen


def _overlaps(a: Edit, b: Edit) -> bool:
    if a.start == a.end == b.start == b.end:
        return True  # two insertions at one point: order would be a guess
    return a.start < b.end and b.start < a.end


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, position = [], 0
    for edit in sorted(edits):
        out.append(text[position:edit.start])
        out.append(edit.replacement)
        position = edit.end
    out.append(text[position:])
    return "".join(out)


def fix_document(linter: Linter, doc: Document, rebuild, *, unsafe: bool = False) -> FixResult:
    """Fix ``doc`` until no wanted fix is left; ``rebuild(text)`` makes the
    Document of a new text in the same path and format."""
    return fix_documents(linter, doc.source, [doc], lambda text: [rebuild(text)], unsafe=unsafe)


def fix_documents(linter: Linter, text: str, docs: list[Document], rebuild, *,
                  unsafe: bool = False) -> FixResult:
    """Fix the file ``text`` whose documents are ``docs`` (edits are offsets
    into the file) until no wanted fix is left; ``rebuild(text)`` makes the
    documents of a new text of the same file."""
    result = FixResult(text=text)
    for _ in range(MAX_PASSES):
        diagnostics, problems = _check_all(linter, docs)
        result.problems = problems
        chosen = choose_fixes(diagnostics, unsafe)
        if not chosen:
            result.remaining = diagnostics
            result.text = text
            return result
        edits = []
        lines = SourceLines(text)
        for d in chosen:
            for e in d.fix.edits:
                edits.append(e)
                where = lines.position(e.start)
                result.applied.append(AppliedFix(d, text[e.start:e.end], e.replacement,
                                                 where.line, where.column))
        text = apply_edits(text, edits)
        docs = rebuild(text)
    result.remaining, result.problems = _check_all(linter, docs)
    result.text = text
    result.converged = not choose_fixes(result.remaining, unsafe)
    return result


def _check_all(linter: Linter, docs: list[Document]) -> tuple[list[Diagnostic], list[str]]:
    diagnostics, problems = [], []
    for doc in docs:
        found, met = linter.check(doc)
        diagnostics.extend(found)
        problems.extend(met)
    return sorted(diagnostics, key=Diagnostic.sort_key), problems
