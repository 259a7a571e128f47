"""The linter: select rules, run their checks on documents, shape findings."""
from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from lint.checks import check_class
from lint.config import Config
from lint.diagnostics import Diagnostic
from lint.document import Document
from lint.errors import ConfigError
from lint.patterns import PatternTimeout
from lint.rules import Rule, load_rules


KIND = "kind:"


def selector_matches(selector: str, rule: Rule) -> bool:
    """A selector is ALL, a rule id, an id prefix (NL1), a name, a category or
    kind:NAME (a rule that can find that kind)."""
    if selector.startswith(KIND):
        return selector[len(KIND):] in rule.kinds
    if selector in ("ALL", rule.id, rule.name, rule.category):
        return True
    return selector[:2].upper() == "NL" and rule.id.startswith(selector.upper())


def finding_matches(selector: str, rule: Rule | None, d: Diagnostic) -> bool:
    """Whether one finding is selected: kind:NAME by the finding's own kind."""
    if selector.startswith(KIND):
        return d.kind == selector[len(KIND):]
    return selector_matches(selector, rule) if rule is not None else selector == d.rule


def whole_rule(selector: str, rule: Rule) -> bool:
    """Whether ignoring ``selector`` leaves nothing of ``rule`` to run."""
    if selector.startswith(KIND):
        return set(rule.kinds) == {selector[len(KIND):]}
    return selector_matches(selector, rule)


def validate_selectors(selectors, rules: list[Rule], where: str) -> None:
    for selector in selectors:
        if not any(selector_matches(selector, r) for r in rules):
            what = "kind" if selector.startswith(KIND) else "rule, name or category"
            raise ConfigError(f"{where}: unknown {what} '{selector}'")


class Linter:
    def __init__(
        self,
        config: Config | None = None,
        *,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        extend_select: list[str] | None = None,
    ) -> None:
        self.config = config or Config()
        # How this linter was made, so worker processes can make the same one.
        self.options = {"select": select, "ignore": ignore, "extend_select": extend_select}
        self.timings: dict[str, float] | None = None  # rule id -> seconds, when profiling
        all_rules = load_rules(self.config.packs)
        where = str(self.config.path or "config")
        select = select if select else self.config.select
        ignore = [*self.config.ignore, *(ignore or [])]
        extend = [*self.config.extend_select, *(extend_select or [])]
        validate_selectors(select, all_rules, "--select" if select is not self.config.select else where)
        validate_selectors(ignore, all_rules, where + " or --ignore")
        validate_selectors(extend, all_rules, where + " or --extend-select")
        validate_selectors(self.config.severity, all_rules, where + " severity")
        for selectors in self.config.per_file_ignores.values():
            validate_selectors(selectors, all_rules, where + " per-file-ignores")
        self.all_rules = all_rules
        self.rules = [
            r for r in all_rules
            if (any(selector_matches(s, r) for s in select) if select else r.enabled)
            or any(selector_matches(s, r) for s in extend)
        ]
        self.rules = [r for r in self.rules if not any(whole_rule(s, r) for s in ignore)]
        # Kind selectors also pick findings within a rule (a caption, not a credit).
        self._kind_ignore = [s for s in ignore if s.startswith(KIND)]
        self._kind_select = None
        if select and any(s.startswith(KIND) for s in select):
            self._kind_select = [*select, *extend]
        self.checks = [self._make_check(rule) for rule in self.rules]
        self._ignore_specs = self._compile_per_file_ignores()

    def _make_check(self, rule: Rule):
        try:
            return check_class(rule.type)(rule, self.config)
        except ImportError as exc:
            raise ConfigError(f"rule {rule.id} ({rule.name}) needs the Python package "
                              f"'{exc.name}', which is not installed") from None

    def _compile_per_file_ignores(self):
        if not self.config.per_file_ignores:
            return []
        import pathspec

        return [
            (pathspec.GitIgnoreSpec.from_lines([pattern]), selectors)
            for pattern, selectors in self.config.per_file_ignores.items()
        ]

    def _ignored_here(self, path: str) -> list[str]:
        if not self._ignore_specs:
            return []
        try:
            relative = Path(path).resolve().relative_to(self.config.root).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        return [s for spec, selectors in self._ignore_specs if spec.match_file(relative) for s in selectors]

    def check(self, doc: Document) -> tuple[list[Diagnostic], list[str]]:
        """Findings of every active rule on ``doc`` and the problems met
        (one line each: a pattern that timed out, a check that failed)."""
        diagnostics: list[Diagnostic] = []
        problems: list[str] = []
        if self.timings is not None:
            self._time("(document model)", lambda: (doc.tokens, doc.words))
        for check in self.checks:
            try:
                if self.timings is None:
                    diagnostics.extend(check.check(doc))
                else:
                    self._time(check.rule.id, lambda: diagnostics.extend(check.check(doc)))
            except PatternTimeout as exc:
                problems.append(f"{doc.path}: rule {check.rule.id}: pattern {exc} timed out; skipped")
            except Exception as exc:  # a bug in one check must not hide the others
                problems.append(f"{doc.path}: rule {check.rule.id} failed: {type(exc).__name__}: {exc}")
        return self.finish(diagnostics, [doc]), problems

    def check_documents(self, docs) -> tuple[list[Diagnostic], list[str]]:
        """``check`` over the documents of one file, findings and problems joined."""
        diagnostics: list[Diagnostic] = []
        problems: list[str] = []
        for doc in docs:
            found, failed = self.check(doc)
            diagnostics.extend(found)
            problems.extend(failed)
        return diagnostics, problems

    def _time(self, key: str, work) -> None:
        started = time.perf_counter()
        try:
            work()
        finally:
            self.timings[key] = self.timings.get(key, 0.0) + time.perf_counter() - started

    def check_corpus(self, docs: list[Document]) -> tuple[list[Diagnostic], list[str]]:
        diagnostics, problems = [], []
        for check in self.checks:
            try:
                diagnostics.extend(check.check_corpus(docs))
            except PatternTimeout as exc:
                problems.append(f"rule {check.rule.id}: pattern {exc} timed out; skipped")
            except Exception as exc:
                problems.append(f"rule {check.rule.id} failed: {type(exc).__name__}: {exc}")
        return self.finish(diagnostics, docs), problems

    def finish(self, diagnostics: list[Diagnostic], docs: list[Document] = ()) -> list[Diagnostic]:
        """Place findings in their files (formats) and apply inline suppressions,
        per-file ignores and severity overrides; sort; drop exact duplicates."""
        from lint.formats import by_path, locate, place
        from lint.suppression import suppressed

        by_rule = {r.id: r for r in self.rules}

        def matches(selector: str, d: Diagnostic) -> bool:
            return finding_matches(selector, by_rule.get(d.rule), d)

        documents = by_path(docs)
        out, seen = [], set()
        ignored_cache: dict[str, list[str]] = {}
        for d in diagnostics:
            doc = locate(d, documents)
            d = place(d, doc)
            if doc is not None and suppressed(d, doc, matches):
                continue
            if d.path not in ignored_cache:
                ignored_cache[d.path] = self._ignored_here(d.path)
            if not self._wanted(d, ignored_cache[d.path], matches):
                continue
            rule = by_rule.get(d.rule)
            if rule is not None:
                for selector, severity in self.config.severity.items():
                    if finding_matches(selector, rule, d):
                        d = replace(d, severity=severity)
            key = (d.path, d.rule, d.start.offset, d.end.offset, d.message)
            if key not in seen:
                seen.add(key)
                out.append(d)
        out.sort(key=Diagnostic.sort_key)
        return out

    @property
    def kind_selectors(self) -> list:
        """What picks findings within rules (a part of the cache key)."""
        return [self._kind_ignore, self._kind_select]

    def _wanted(self, d: Diagnostic, ignored_here: list[str], matches) -> bool:
        """Whether a finding survives the kind selectors and per-file ignores."""
        if any(matches(s, d) for s in (*self._kind_ignore, *ignored_here)):
            return False
        return self._kind_select is None or any(matches(s, d) for s in self._kind_select)
