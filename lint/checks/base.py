"""The base of every check type."""
from __future__ import annotations

from typing import Iterable, Iterator

from lint.diagnostics import Diagnostic, Fix
from lint.document import Document
from lint.errors import ConfigError
from lint.rules import Rule


class Check:
    """One rule bound to its check type.

    Subclasses declare ``PARAMS`` (name → (type, default)) and implement
    ``check``. A check that compares documents overrides ``check_corpus``.
    """

    PARAMS: dict[str, tuple[type | tuple[type, ...], object]] = {}
    # False when each worker process would need its own costly resource (a server).
    PARALLEL = True

    def __init__(self, rule: Rule, config) -> None:
        self.rule = rule
        self.config = config
        unknown = set(rule.params) - set(self.PARAMS)
        if unknown:
            raise ConfigError(
                f"{rule.pack}: rule {rule.id}: unknown param(s) for type "
                f"'{rule.type}': {', '.join(sorted(unknown))}"
            )
        self.params = {}
        for name, (kind, default) in self.PARAMS.items():
            value = rule.params.get(name, default)
            if not isinstance(value, kind):
                raise ConfigError(
                    f"{rule.pack}: rule {rule.id}: param '{name}' has the wrong type "
                    f"({type(value).__name__})"
                )
            self.params[name] = value
        self.setup()

    def setup(self) -> None:
        """Prepare from ``self.params`` (compile patterns …); errors are ConfigError."""

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def wants_corpus(self) -> bool:
        """Whether the run must keep its documents for ``check_corpus``."""
        return False

    def check_corpus(self, docs: list[Document]) -> Iterator[Diagnostic]:
        """Findings that need every document of the run; none by default."""
        return iter(())

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        *,
        message: str | None = None,
        suggestions: Iterable[str] = (),
        fix: Fix | None = None,
        extra: dict | None = None,
        kind: str = "",
        **fields: object,
    ) -> Diagnostic:
        """A diagnostic of this rule; the rule's message is formatted with
        ``match`` (the flagged text), ``suggestion`` and ``fields``; ``kind``
        (one of the rule's kinds) defaults to the rule's first."""
        suggestions = list(suggestions)
        if message is None:
            values = {"match": doc.text[start:end], "suggestion": suggestions[0] if suggestions else ""}
            values.update(fields)
            message = self.rule.message.format_map(values)
        rule = self.rule
        return Diagnostic(
            path=doc.path, rule=rule.id, name=rule.name, category=rule.category,
            severity=rule.severity, message=message, start=doc.position(start),
            end=doc.position(end), suggestions=suggestions, fix=fix, extra=extra or {},
            snippet=doc.text[start:end], kind=kind or rule.kind,
        )
