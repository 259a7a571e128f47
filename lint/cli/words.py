"""newslint words add WORD...: accept words into the house word list.

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
            if not config.word_files:
                raise NewslintError(
                    "no word list configured: pass --file FILE, or set word-files = [\"words.txt\"] "
                    "in newslint.toml (or [tool.newslint] in pyproject.toml)")
            path = config.word_files[0]
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
