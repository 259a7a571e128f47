"""newslint boilerplate discover DIR: learned leftovers as a rule pack to review."""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click
import regex

from lint import pattern_store
from lint.errors import NewslintError

EXAMPLE_FILES = 3
SPLIT = pattern_store.compile(r"(\s+|\p{N}+)")


def toml_string(text: str) -> str:
    # A JSON string is a valid TOML basic string.
    return json.dumps(text, ensure_ascii=False)


def line_pattern(text: str) -> str:
    """A pattern for ``text`` that accepts any digits and any spacing."""
    parts = []
    for part in SPLIT.split(text):
        if not part:
            continue
        if part.isspace():
            parts.append(r"\s+")
        elif part.isdigit() or regex.fullmatch(r"\p{N}+", part):
            parts.append(r"\p{N}+")
        else:
            parts.append(regex.escape(part, special_only=True))
    return "".join(parts)


def render_pack(learned, *, source: str, total: int, needed: int, thresholds: dict,
                rule_id: str, rule_name: str) -> str:
    out = [
        f"# Boilerplate learned from {source} by `newslint boilerplate discover`:",
        f"# {total} documents read; each line below stands in at least {needed} of them",
        "# (" + ", ".join(f"{k}={v}" for k, v in thresholds.items()) + ").",
        "# Review before use: delete every line that is real copy, then list this",
        "# file under `packs` in your newslint config.",
        "",
    ]
    if not learned:
        out.append("# No candidate leftovers found.")
        return "\n".join(out) + "\n"
    phrases, patterns = [], []
    for item in learned:
        files = list(dict.fromkeys(Path(p).name for p in item.paths))
        shown = ", ".join(files[:EXAMPLE_FILES])
        more = ", …" if len(files) > EXAMPLE_FILES else ""
        comment = f"  # {item.count} of {total} documents, e.g. {shown}{more}"
        if regex.search(r"\p{N}", item.text):
            patterns += [comment, f"  {toml_string(line_pattern(item.text))},"]
        else:
            phrases += [comment, f"  {toml_string(item.text)},"]
    first = learned[0].text
    out += [
        "[pack]",
        'name = "learned"',
        f"description = {toml_string('Leftovers learned from ' + source + '.')}",
        "",
        "[[rules]]",
        f"id = {toml_string(rule_id)}",
        f"name = {toml_string(rule_name)}",
        'category = "boilerplate"',
        'severity = "error"',
        'type = "line-match"',
        "message = \"Leftover of this source: '{match}'\"",
        f"description = {toml_string('Lines that recur verbatim in many documents from ' + source + '.')}",
        'rationale = "Learned by newslint boilerplate discover and reviewed by the desk."',
        'fix = "safe"',
        "[rules.params]",
    ]
    if phrases:
        out += ["phrases = [", *phrases, "]"]
    if patterns:
        out += ["patterns = [", *patterns, "]"]
    out += [
        "[[rules.examples]]",
        f"bad = {toml_string('The story.' + chr(10) + chr(10) + first + chr(10))}",
        f"fixed = {toml_string('The story.' + chr(10))}",
    ]
    return "\n".join(out) + "\n"


@click.group("boilerplate")
def boilerplate() -> None:
    """Tools for scrape and CMS leftovers."""


@boilerplate.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Config file (default: newslint.toml or pyproject.toml found above DIR).")
@click.option("--min-documents", type=click.IntRange(min=1),
              help="A line must stand in at least this many documents (default from config: 3).")
@click.option("--min-share", type=click.FloatRange(0, 1),
              help="… and in at least this share of them (default from config: 0.02).")
@click.option("--max-words", type=click.IntRange(min=1),
              help="Longest line considered, in words (default from config: 12).")
@click.option("--id", "rule_id", default="NL390", show_default=True, help="Id of the rule written.")
@click.option("--name", "rule_name", default="learned-leftover", show_default=True,
              help="Name of the rule written.")
def discover(directory, config_path, min_documents, min_share, max_words, rule_id, rule_name):
    """Print the leftovers learned from the documents under DIRECTORY as a
    TOML rule pack, with each line's count and example files."""
    from lint.checks.learned_boilerplate import min_count, settings
    from lint.config import load_config
    from lint.learn import Learner
    from lint.run.files import iter_documents

    if not Path(directory).is_dir():
        click.echo(f"newslint: error: {directory}: no such directory", err=True)
        sys.exit(2)
    errors: list[str] = []
    try:
        config = load_config(Path(config_path) if config_path else None, search_from=Path(directory))
        s = settings(config)
        for key, value in (("min-documents", min_documents), ("min-share", min_share),
                           ("max-words", max_words)):
            if value is not None:
                s[key] = value
        config = replace(config, sections={**config.sections, "boilerplate": s})
        learner = Learner(config, kinds=())
        summary = learner.summarise(iter_documents([directory], config, errors))
        learned = summary.boilerplate(learner)
    except NewslintError as exc:
        click.echo(f"newslint: error: {exc}", err=True)
        sys.exit(2)
    for line in errors:
        click.echo(f"newslint: error: {line}", err=True)
    thresholds = {k: s[k] for k in ("min-documents", "min-share", "max-words")}
    click.echo(render_pack(learned, source=str(directory), total=summary.documents,
                           needed=min_count(summary.documents, s["min-documents"], s["min-share"]),
                           thresholds=thresholds, rule_id=rule_id, rule_name=rule_name), nl=False)
    sys.exit(2 if errors else 0)
