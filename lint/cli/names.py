"""newslint names learn DIR: the name spellings of an archive, as a glossary to review."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from lint.errors import NewslintError
from lint.names.ledger import render_ledger


def learn_ledger(docs, config, *, min_documents: int, min_ratio: float):
    """(entries, undecided) for ``docs`` (any iterable: one document is held at a time)."""
    from lint.learn import Learner

    learner = Learner(config, kinds=("names",))
    summary = learner.summarise(docs)
    return summary.names_ledger(learner, min_documents=min_documents, min_ratio=min_ratio), summary.documents


@click.group("names")
def names() -> None:
    """Tools for name spellings."""


@names.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Config file (default: newslint.toml or pyproject.toml found above DIR).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              default="-", show_default=True, help="Glossary file to write (- for standard output).")
@click.option("--min-documents", type=click.IntRange(min=1), default=3, show_default=True,
              help="A canonical spelling must be used in at least this many documents.")
@click.option("--min-ratio", type=click.FloatRange(min=1), default=3, show_default=True,
              help="… and in this many times as many documents as each other spelling.")
def learn(directory, config_path, output, min_documents, min_ratio):
    """Write the name spellings used across the documents under DIRECTORY,
    with their counts, as a names glossary to review and commit."""
    from lint.config import load_config
    from lint.run.files import iter_documents

    if not Path(directory).is_dir():
        click.echo(f"newslint: error: {directory}: no such directory", err=True)
        sys.exit(2)
    errors: list[str] = []
    try:
        config = load_config(Path(config_path) if config_path else None, search_from=Path(directory))
        docs = iter_documents([directory], config, errors)
        (entries, undecided), total = learn_ledger(docs, config, min_documents=min_documents,
                                                   min_ratio=min_ratio)
    except NewslintError as exc:
        click.echo(f"newslint: error: {exc}", err=True)
        sys.exit(2)
    for line in errors:
        click.echo(f"newslint: error: {line}", err=True)
    text = render_ledger(entries, undecided, source=str(directory), total=total,
                         min_documents=min_documents)
    if output == "-":
        click.echo(text, nl=False)
    else:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            click.echo(f"newslint: error: {output}: cannot write: {exc.strerror or exc}", err=True)
            sys.exit(2)
        with_variants = sum(1 for e in entries if e[2])
        click.echo(f"Wrote {len(entries)} names ({with_variants} with variants) from "
                   f"{total} documents to {output}.", err=True)
    sys.exit(2 if errors else 0)
