"""grammar: LanguageTool's (or Harper's) findings as newslint diagnostics.

Every paragraph is sent on its own, so an answer depends only on the paragraph
and can be cached on disk (lint.grammar.cache). The engine's own rule id goes
into the message and the ``engine_rule`` field; its category picks the
diagnostic's category through the rule's ``categories`` map. Replacements are
unsafe fixes: a grammar checker's suggestion needs a reader.

Settings come from ``[tool.newslint.grammar]``: engine, server, enable,
disable, enabled-categories, disabled-categories, picky, language, timeout.
"""
from __future__ import annotations

import fnmatch
from dataclasses import replace
from pathlib import Path

from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError
from lint.grammar.cache import ParagraphCache

ENGINES = ("languagetool", "harper")
DEFAULT_TIMEOUT = 60.0


def utf16_end(text: str, start: int, units: int) -> int:
    """The code-point offset ``units`` UTF-16 code units after ``start``."""
    end = start
    while end < len(text) and units > 0:
        units -= 2 if ord(text[end]) > 0xFFFF else 1
        end += 1
    return end


class Grammar(Check):
    PARALLEL = False  # one LanguageTool server per run, not one per worker
    PARAMS = {
        # engine category (LanguageTool category id or Harper lint kind) -> newslint category
        "categories": (dict, {}),
        # engine rules (ids, or patterns with *) and categories that are off unless
        # config enables them: newslint's own rules cover them, or they are house
        # style rather than grammar and raise false alarms on clean copy
        "languagetool_off": (list, []),
        "languagetool_off_categories": (list, []),
        "harper_off": (list, []),
        "harper_off_categories": (list, []),
        "max_suggestions": (int, 5),
    }

    def setup(self) -> None:
        where = f"{self.config.path or 'config'}: grammar"
        section = self.config.section("grammar")
        self.engine_name = section.get("engine", "languagetool")
        if self.engine_name not in ENGINES:
            raise ConfigError(f"{where}.engine must be one of {', '.join(ENGINES)}")
        enable = set(section.get("enable", []))
        off = (set(self.params[f"{self.engine_name}_off"]) | set(section.get("disable", []))) - enable
        categories_on = set(section.get("enabled-categories", []))
        categories_off = set(self.params[f"{self.engine_name}_off_categories"])
        categories_off = (categories_off | set(section.get("disabled-categories", []))) - categories_on
        self.settings = {
            "engine": self.engine_name,
            "language": section.get("language") or self.config.language,
            "enable": sorted(enable),
            "disable": sorted(r for r in off if "*" not in r),
            "drop": sorted(r for r in off if "*" in r),  # matched here, not by the engine
            "enabled_categories": sorted(categories_on),
            "disabled_categories": sorted(categories_off),
            "picky": bool(section.get("picky", False)),
            "max_suggestions": self.params["max_suggestions"],
        }
        self.server = section.get("server")
        self.timeout = float(section.get("timeout", DEFAULT_TIMEOUT))
        if self.timeout <= 0:
            raise ConfigError(f"{where}.timeout must be a positive number of seconds")
        for kind in self.params["categories"].values():
            from lint.diagnostics import CATEGORIES

            if kind not in CATEGORIES:
                raise ConfigError(f"{self.rule.pack}: rule {self.rule.id}: unknown category {kind!r}")
        self.engine = None  # started on first use, so a run without prose starts nothing
        self.cache = ParagraphCache(self._cache_path())

    def _cache_path(self) -> Path | None:
        cache = self.config.section("cache")
        if not cache.get("enabled", True):
            return None
        return Path(self.config.root) / cache.get("dir", ".newslint_cache") / "grammar.sqlite3"

    def _engine(self):
        if self.engine is None:
            if self.engine_name == "harper":
                self.engine = HarperEngine(self.settings)
            else:
                self.engine = LanguageToolEngine(self.settings, self.server, self.timeout)
        return self.engine

    def check(self, doc):
        engine = None
        for paragraph in doc.paragraphs:
            text = doc.text[paragraph.start:paragraph.end]
            if paragraph == doc.headline or not any(c.isalpha() for c in text):
                continue  # headlines are telegraphic ("Algeria signs arms deal") by design
            if engine is None:
                engine = self._engine()
            key = engine.key(text)
            found = self.cache.get(key)
            if found is None:
                found = engine.check(text)
                self.cache.put(key, found)
            for start, end, engine_rule, engine_category, detail, replacements in found:
                if self._dropped(engine_rule):
                    continue
                yield self._diagnostic(doc, paragraph.start, start, end, engine_rule,
                                       engine_category, detail, replacements)

    def _dropped(self, engine_rule: str) -> bool:
        return engine_rule not in self.settings["enable"] and any(
            fnmatch.fnmatchcase(engine_rule, pattern) for pattern in self.settings["drop"])

    def _diagnostic(self, doc, base, start, end, engine_rule, engine_category, detail, replacements):
        start, end = base + start, base + end
        fix = Fix.unsafe(Edit(start, end, replacements[0])) if replacements else None
        diagnostic = self.finding(
            doc, start, end, suggestions=replacements, fix=fix, detail=detail.strip(),
            engine_rule=engine_rule, engine=self.engine_name,
            extra={"engine": self.engine_name, "engine_rule": engine_rule,
                   "engine_category": engine_category},
        )
        category = self.params["categories"].get(engine_category, self.rule.category)
        return replace(diagnostic, category=category)


class LanguageToolEngine:
    """A language-tool-python client of a LanguageTool server, connected on the
    first paragraph the cache cannot answer."""

    def __init__(self, settings: dict, configured: str | None, timeout: float) -> None:
        self.settings = settings
        self.configured = configured.rstrip("/") if configured else None
        self.timeout = timeout
        self.url = self.configured or "LanguageTool"
        self.tool = None
        self._version = None

    @property
    def version(self) -> str:
        if self._version is None:
            if self.configured:
                self._version = server_version(self.configured, self.timeout)
            else:
                from lint.grammar.languagetool import VERSION

                self._version = f"LanguageTool {VERSION}"  # the pinned jars we run
        return self._version

    def key(self, text: str) -> str:
        from lint.grammar.cache import cache_key

        return cache_key({**self.settings, "version": self.version}, text)

    def connect(self):
        from lint.grammar import languagetool

        try:
            import language_tool_python
            from language_tool_python.exceptions import LanguageToolError
        except ImportError:
            raise languagetool.LanguageToolError(
                "the grammar check needs language-tool-python: pip install 'newslint[languagetool]'"
            ) from None
        self.errors = (LanguageToolError, OSError, ValueError, KeyError)
        self.url = languagetool.server_url(self.configured)
        try:
            tool = language_tool_python.LanguageTool(self.settings["language"], remote_server=self.url + "/")
        except self.errors as exc:
            raise self._error(exc) from None
        # language-tool-python reads its request timeout from this class constant.
        tool._TIMEOUT = self.timeout
        tool.disabled_rules = set(self.settings["disable"])
        tool.enabled_rules = set(self.settings["enable"])
        tool.enabled_categories = set(self.settings["enabled_categories"])
        tool.disabled_categories = set(self.settings["disabled_categories"])
        tool.picky = self.settings["picky"]
        self.tool = tool
        return tool

    def check(self, text: str) -> list:
        from lint.grammar import languagetool

        tool = self.tool or self.connect()
        if not self.configured:
            languagetool.touch(languagetool.used_path())  # keeps a background server alive
        try:
            matches = tool.check(text)
        except self.errors as exc:
            raise self._error(exc) from None
        found = []
        for m in matches:
            # language-tool-python has turned LanguageTool's UTF-16 offset into a
            # code-point one; the length is still in UTF-16 units.
            end = utf16_end(text, m.offset, m.error_length)
            found.append([m.offset, end, m.rule_id, m.category, m.message,
                          list(m.replacements[: self.settings["max_suggestions"]])])
        return found

    def _error(self, exc: Exception):
        from lint.grammar import languagetool

        detail = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        if "timed out" in detail.lower():
            detail = f"no answer within {self.timeout:g} s ({detail})"
        server = languagetool.private_server()
        if not self.configured and server is not None and not server.alive():
            detail = (f"the server stopped during the run (exit code {server.process.returncode}): "
                      f"{server.last_log_line() or detail}")
        return languagetool.LanguageToolError(f"LanguageTool at {self.url}: {detail}; grammar not checked")


def server_version(url: str, timeout: float) -> str:
    """LanguageTool's version as the server reports it (part of the cache key)."""
    import json
    import urllib.parse
    import urllib.request

    from lint.grammar.languagetool import LanguageToolError

    data = urllib.parse.urlencode({"language": "en-US", "text": "."}).encode()
    try:
        with urllib.request.urlopen(url + "/v2/check", data, timeout=timeout) as response:
            software = json.load(response).get("software", {})
    except (OSError, ValueError) as exc:
        detail = f"no answer within {timeout:g} s" if "timed out" in str(exc) else f"did not answer: {exc}"
        raise LanguageToolError(f"LanguageTool at {url}: {detail}; grammar not checked") from None
    return f"{software.get('name', '?')} {software.get('version', '?')} {software.get('buildDate', '')}"


HARPER_DIALECTS = {"en-US": "AMERICAN", "en-GB": "BRITISH", "en-AU": "AUSTRALIAN",
                   "en-CA": "CANADIAN", "en-IN": "INDIAN", "en": "AMERICAN"}
_harper_linters: dict = {}


class HarperEngine:
    """Harper (harper-py): in process, no Java, no server."""

    def __init__(self, settings: dict) -> None:
        try:
            import harper
        except ImportError:
            raise ConfigError("grammar.engine = \"harper\" needs harper-py: "
                              "pip install 'newslint[harper]'") from None
        from importlib.metadata import version

        dialect = HARPER_DIALECTS.get(settings["language"])
        if dialect is None:
            raise ConfigError(f"grammar: Harper checks {', '.join(HARPER_DIALECTS)}, "
                              f"not {settings['language']!r}")
        self.settings = settings
        self.version = f"harper-py {version('harper-py')}"
        self.kinds = harper.SuggestionKind
        key = (dialect, tuple(settings["enable"]), tuple(settings["disable"]))
        if key not in _harper_linters:
            linter = harper.Linter(getattr(harper.Dialect, dialect))
            config = linter.get_lint_config()
            unknown = sorted((set(settings["enable"]) | set(settings["disable"])) - set(config))
            if unknown:
                raise ConfigError(f"grammar: unknown Harper rule(s): {', '.join(unknown)}")
            config.update({name: False for name in settings["disable"]})
            config.update({name: True for name in settings["enable"]})
            linter.set_lint_config(config)
            _harper_linters[key] = linter
        self.linter = _harper_linters[key]

    def key(self, text: str) -> str:
        from lint.grammar.cache import cache_key

        return cache_key({**self.settings, "version": self.version}, text)

    def check(self, text: str) -> list:
        unwanted = set(self.settings["disabled_categories"])
        found = []
        for rule, lints in self.linter.organized_lints(text, language="plaintext").items():
            for lint in lints:
                kind = lint.lint_kind
                if kind in unwanted:
                    continue
                found.append([lint.span.start, lint.span.end, rule, kind, lint.message,
                              self._replacements(lint)[: self.settings["max_suggestions"]]])
        found.sort(key=lambda f: (f[0], f[1], f[2]))
        return found

    def _replacements(self, lint) -> list[str]:
        out = []
        for s in lint.suggestions:
            if s.kind == self.kinds.REMOVE:
                out.append("")
            elif s.kind == self.kinds.INSERT_AFTER:
                out.append(lint.problem_text + s.replacement_text)
            else:
                out.append(s.replacement_text)
        return list(dict.fromkeys(out))
