"""newslint names learn DIR: the name spellings of an archive, as a glossary to review."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from lint.errors import NewslintError


def toml_key(text: str) -> str:
    # A JSON string is a valid TOML quoted key.
    return json.dumps(text, ensure_ascii=False)


def learn_ledger(docs, config, *, min_documents: int, min_ratio: float):
    """(entries, undecided) for ``docs`` (any iterable: one document is held at a time)."""
    from lint.learn import Learner

    learner = Learner(config, kinds=("names",))
    summary = learner.summarise(docs)
    return summary.names_ledger(learner, min_documents=min_documents, min_ratio=min_ratio), summary.documents


def ledger(archive, *, min_documents: int, min_ratio: float):
    """(entries, undecided): entries are (canonical, documents, [(variant,
    documents)]) for names the dictionary does not know, used in at least
    ``min_documents`` documents; undecided are groups without a clear majority.
    ``archive`` is a lint.checks.names.Archive (lint.learn.NameCounts.archive)."""
    entries, undecided, grouped = [], [], set()
    for group in archive.groups():
        grouped.update(v.key for v in group)
        top = group[0]
        heaviest = max(v.documents for v in group[1:])
        if top.documents < min_documents or top.documents < min_ratio * heaviest:
            if sum(v.documents for v in group) >= min_documents:
                undecided.append([(v.text, v.documents) for v in group])
            continue
        entries.append((top.text, top.documents, [(v.text, v.documents) for v in group[1:]]))
    for variant in archive.variants.values():
        if variant.key not in grouped and not variant.known and variant.documents >= min_documents \
                and not archive.is_slip(variant):
            entries.append((variant.text, variant.documents, []))
    entries.sort(key=lambda e: e[0].casefold())
    return entries, undecided


def render_ledger(entries, undecided, *, source: str, total: int, min_documents: int) -> str:
    out = [
        f"# Names ledger learned from {source} by `newslint names learn` ({total} documents).",
        "# Each entry: the spelling most documents use = [other spellings seen]; the",
        "# comment gives the number of documents of each. Names the dictionary does",
        f"# not know that {min_documents} or more documents use are listed even without variants.",
        "# Review it (delete what is wrong), then use it:",
        '#   [names] glossary-files = ["<this file>"]',
        "",
        "[glossary]",
    ]
    for canonical, documents, variants in entries:
        counts = "; ".join(f"{v}: {n}" for v, n in variants)
        comment = f"  # {documents} documents" + (f"; {counts}" if counts else "")
        listed = ", ".join(toml_key(v) for v, _ in variants)
        out.append(f"{toml_key(canonical)} = [{listed}]{comment}")
    if undecided:
        out += ["", "# No clear majority; decide and add by hand:"]
        for group in undecided:
            out.append("#   " + ", ".join(f"{v} ({n})" for v, n in group))
    return "\n".join(out) + "\n"


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
