"""Findings and the edits that fix them: the data every check returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

SEVERITIES = ("info", "warning", "error")
APPLICABILITIES = ("safe", "unsafe", "display")
CATEGORIES = ("spelling", "names", "boilerplate", "grammar", "typography", "style")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


class Edit(NamedTuple):
    """Replace text[start:end] (code-point offsets) with replacement."""

    start: int
    end: int
    replacement: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


@dataclass(frozen=True)
class Fix:
    applicability: str
    edits: tuple[Edit, ...]

    def __post_init__(self) -> None:
        if self.applicability not in APPLICABILITIES:
            raise ValueError(f"unknown fix applicability {self.applicability!r}")

    @classmethod
    def safe(cls, *edits: Edit) -> "Fix":
        return cls("safe", tuple(edits))

    @classmethod
    def unsafe(cls, *edits: Edit) -> "Fix":
        return cls("unsafe", tuple(edits))

    def to_json(self) -> dict:
        return {"applicability": self.applicability, "edits": [e.to_json() for e in self.edits]}


class Position(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in code points
    offset: int  # 0-based code-point offset into the decoded text

    def to_json(self) -> dict:
        return {"line": self.line, "column": self.column, "offset": self.offset}


@dataclass
class Diagnostic:
    path: str
    rule: str
    name: str
    category: str
    severity: str
    message: str
    start: Position
    end: Position
    suggestions: list[str] = field(default_factory=list)
    fix: Fix | None = None
    # Additive fields beyond the public contract (emitted only when set).
    extra: dict = field(default_factory=dict)
    # What the flagged text is, finer than the category ("caption", "byline",
    # "mixed-quotes"); emitted as "kind" only when set.
    kind: str = ""
    # The flagged text, for fingerprints that survive line shifts (not emitted).
    snippet: str = ""

    def sort_key(self) -> tuple:
        return (self.path, self.start.offset, self.end.offset, self.rule, self.message)

    @classmethod
    def from_json(cls, data: dict, snippet: str = "") -> "Diagnostic":
        """The inverse of ``to_json`` (used by the cache)."""
        known = {"path", "rule", "name", "category", "severity", "message", "start", "end",
                 "suggestions", "fix", "kind"}
        fix = data["fix"]
        return cls(
            path=data["path"], rule=data["rule"], name=data["name"], category=data["category"],
            severity=data["severity"], message=data["message"],
            start=Position(**data["start"]), end=Position(**data["end"]),
            suggestions=list(data["suggestions"]),
            fix=Fix(fix["applicability"], tuple(Edit(**e) for e in fix["edits"])) if fix else None,
            extra={k: v for k, v in data.items() if k not in known}, snippet=snippet,
            kind=data.get("kind", ""),
        )

    def to_json(self) -> dict:
        data = {
            "path": self.path,
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "start": self.start.to_json(),
            "end": self.end.to_json(),
            "suggestions": list(self.suggestions),
            "fix": self.fix.to_json() if self.fix else None,
        }
        if self.kind:
            data["kind"] = self.kind
        data.update(self.extra)
        return data


@dataclass
class FileFindings:
    """One file's findings, sorted, and its text when a reporter wants it:
    what a run streams to its reporter, one file at a time."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str | None = None
    checked: bool = True  # False when the file could not be read or decoded
