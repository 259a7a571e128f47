"""The Python API: the same findings and fixes as the CLI, for pipelines.

    from lint import check_text, fix_text
    findings = check_text(article)            # list of Diagnostic
    clean = fix_text(article)                 # text with the safe fixes applied

``config`` is a Config, a dict shaped like ``[tool.newslint]``, a path to a
config file, or a ready Linter (reuse one across many records: building a
Linter loads the rule packs).
"""
from __future__ import annotations

from pathlib import Path

from lint.config import Config, load_config, parse_config
from lint.diagnostics import Diagnostic
from lint.engine import Linter


def make_linter(config=None, *, select=None, ignore=None) -> Linter:
    if isinstance(config, Linter):
        return config
    if config is None:
        config = Config()
    elif isinstance(config, dict):
        config = parse_config(config)
    elif isinstance(config, (str, Path)):
        config = load_config(Path(config))
    return Linter(config, select=select, ignore=ignore)


def _source(text: str, path: str, config):
    from lint.run.files import make_source

    return make_source(path, text, config)


def check_text(text: str, config=None, *, path: str = "<text>", select=None, ignore=None) -> list[Diagnostic]:
    """Findings for ``text``; ``path`` picks the format (e.g. "story.md", "feed.jsonl")."""
    linter = make_linter(config, select=select, ignore=ignore)
    source = _source(text, path, linter.config)
    diagnostics, failed = linter.check_documents(source.documents)
    problems = [*source.problems, *failed]
    if problems:
        from lint.errors import NewslintError

        raise NewslintError("; ".join(problems))
    return sorted(diagnostics, key=Diagnostic.sort_key)


def fix_text(text: str, config=None, *, path: str = "<text>", unsafe: bool = False,
             select=None, ignore=None) -> str:
    """``text`` with the safe (or, with ``unsafe``, all) fixes applied."""
    from lint.fix import fix_documents

    linter = make_linter(config, select=select, ignore=ignore)
    source = _source(text, path, linter.config)
    result = fix_documents(linter, text, source.documents,
                           lambda new: _source(new, path, linter.config).documents, unsafe=unsafe)
    return result.text
