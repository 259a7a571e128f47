"""newslint words add WORD...: accept words into the house word list.
newslint words learn DIR...: add the words an archive uses on purpose.

The list is a plain text file, one word a line, # starts a comment; it is
the first of the config's ``word-files`` unless --file names another. Words
in it are never flagged by the spelling rules and may be suggested.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from lint.errors import NewslintError


def listed_words(text: str) -> set[str]:
    return {line.split("#", 1)[0].strip() for line in text.splitlines()} - {""}


def add_words(path: Path, words: list[str]) -> list[str]:
    """Append the words ``path`` lacks (creating it); returns those added."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    present = listed_words(text)
    added = [w for w in dict.fromkeys(words) if w not in present]
    if added:
        if text and not text.endswith("\n"):
            text += "\n"
        text += "".join(f"{w}\n" for w in added)
        if path.exists():
            from lint.run.files import write_atomic

            write_atomic(str(path), text.encode("utf-8"))
        else:
            path.write_text(text, encoding="utf-8")
    return added


@click.group()
def words() -> None:
    """The house word list: words the spelling rules accept."""


def configured_word_file(config) -> Path:
    if not config.word_files:
        raise NewslintError(
            "no word list configured: pass --file FILE, or set word-files = [\"words.txt\"] "
            "in newslint.toml (or [tool.newslint] in pyproject.toml)")
    return config.word_files[0]


def learn_words(paths: list[str], config, errors: list[str], *, min_documents: int, min_ratio: float):
    """(proposals, documents read) for the files under ``paths``; one file at
    a time, so memory holds the counts, not the archive."""
    from lint.engine import Linter
    from lint.run.files import iter_documents
    from lint.spelling.learn import WordCounts, propose

    spelling = Linter(config, select=["NL101"]).checks[0]
    counts = WordCounts()
    for doc in iter_documents(paths, config, errors):
        counts.add(doc, spelling)
    return propose(counts, spelling.suggester, min_documents=min_documents, min_ratio=min_ratio), counts.documents


@words.command("add")
@click.argument("new_words", nargs=-1, required=True)
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Word list to add to (default: the first of the config's word-files).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Config file (default: newslint.toml or pyproject.toml found above the current folder).")
def add(new_words, path, config_path):
    """Accept WORDS: add them to the house word list."""
    bad = [w for w in new_words if not w.strip() or any(c.isspace() or c == "#" for c in w)]
    if bad:
        click.echo(f"newslint: error: not a single word: {bad[0]!r}", err=True)
        sys.exit(2)
    try:
        if path is None:
            from lint.config import load_config

            config = load_config(Path(config_path) if config_path else None)
            path = configured_word_file(config)
        added = add_words(path, list(new_words))
    except NewslintError as exc:
        click.echo(f"newslint: error: {exc}", err=True)
        sys.exit(2)
    except (OSError, UnicodeDecodeError) as exc:
        click.echo(f"newslint: error: {path}: cannot update word list: {exc}", err=True)
        sys.exit(2)
    skipped = len(dict.fromkeys(new_words)) - len(added)
    message = f"Added {len(added)} word{'s' if len(added) != 1 else ''} to {path}"
    click.echo(message + (f" ({skipped} already listed)." if skipped else "."))


@words.command("learn")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Word list to add to (default: the first of the config's word-files).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Config file (default: newslint.toml or pyproject.toml found above the current folder).")
@click.option("--min-documents", type=click.IntRange(min=1), default=5, show_default=True,
              help="A house word is used in at least this many documents...")
@click.option("--min-ratio", type=click.FloatRange(min=0), default=0.2, show_default=True,
              help="...and in at least this share of the documents that use its nearest correction.")
@click.option("--dry-run", is_flag=True, help="Print the words, write nothing.")
def learn(paths, path, config_path, min_documents, min_ratio, dry_run):
    """Learn house words from an archive: words the spelling rules would flag
    that recur across its documents and are not a slip of a word it writes
    more often. Adds them to the house word list and prints each with the
    number of documents using it."""
    from lint.config import load_config

    errors: list[str] = []
    try:
        config = load_config(Path(config_path) if config_path else None)
        if path is None and not dry_run:
            path = configured_word_file(config)
        if path is not None and not dry_run and not path.exists():
            path.write_text("", encoding="utf-8")  # the config may name it before it exists
        proposals, documents = learn_words(list(paths), config, errors, min_documents=min_documents,
                                           min_ratio=min_ratio)
        added = [p.word for p in proposals] if dry_run else add_words(path, [p.word for p in proposals])
    except NewslintError as exc:
        click.echo(f"newslint: error: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:
        click.echo(f"newslint: error: {path}: cannot update word list: {exc.strerror or exc}", err=True)
        sys.exit(2)
    for line in errors:
        click.echo(f"newslint: error: {line}", err=True)
    new = set(added)
    for proposal in proposals:
        if proposal.word in new:
            click.echo(f"{proposal.word}\t{proposal.documents} documents")
    where = "" if dry_run else f" to {path}"
    verb = "Would add" if dry_run else "Added"
    click.echo(f"{verb} {len(added)} word{'s' if len(added) != 1 else ''}{where} "
               f"(learned from {documents} documents).", err=True)
    sys.exit(2 if errors else 0)
