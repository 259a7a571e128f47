"""newslint boilerplate discover DIR: learned leftovers as a rule pack to review."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from lint.boilerplate_pack import render_pack
from lint.errors import NewslintError


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
