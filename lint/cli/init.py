"""`newslint init`: write a starter newslint.toml."""
from __future__ import annotations

from pathlib import Path

import click

from lint.cli.common import fail

HOUSE_WORDS = "house-words.txt"


@click.command()
@click.option("--force", is_flag=True, help="Overwrite an existing newslint.toml.")
@click.option("--learn-words", is_flag=True,
              help=f"Also learn the folder's house words into {HOUSE_WORDS} (see `newslint words learn`).")
def init(force, learn_words):
    """Write a starter newslint.toml in the current folder."""
    target = Path("newslint.toml")
    if target.exists() and not force:
        fail(f"{target}: already exists (use --force to overwrite)")
    config = STARTER_CONFIG
    if learn_words:
        config = config.replace(f'# word-files = ["{HOUSE_WORDS}"]', f'word-files = ["{HOUSE_WORDS}"]  ')
    target.write_text(config, encoding="utf-8")
    click.echo(f"Wrote {target}. Run `newslint check .` to lint this folder.")
    if learn_words:
        _learn(target)
    else:
        _offer_learning(target)


def _learn(target: Path) -> None:
    from lint.cli.words import add_words, learn_words
    from lint.config import load_config

    errors: list[str] = []
    Path(HOUSE_WORDS).touch()
    config = load_config(target)
    proposals, documents = learn_words(["."], config, errors, min_documents=5, min_ratio=0.2)
    for line in errors:
        click.echo(f"newslint: error: {line}", err=True)
    added = add_words(Path(HOUSE_WORDS), [p.word for p in proposals])
    for proposal in proposals:
        click.echo(f"{proposal.word}\t{proposal.documents} documents")
    click.echo(f"Added {len(added)} house words to {HOUSE_WORDS} (learned from {documents} documents).")


def _offer_learning(target: Path) -> None:
    """Point at --learn-words when the folder holds an archive of copy."""
    from lint.config import load_config
    from lint.run.files import iter_files

    files = 0
    for _ in iter_files(["."], load_config(target), []):
        files += 1
        if files >= 20:
            click.echo(f"This folder holds copy: `newslint init --force --learn-words` also learns its "
                       f"house words into {HOUSE_WORDS}.")
            return


STARTER_CONFIG = """\
# newslint configuration: https://pypi.org/project/newslint/
# Rules are selected by id (NL301), id prefix (NL3), name (ad-label) or category.

# select = ["ALL"]                 # default: every rule that is on by default
ignore = []
# extend-select = ["grammar"]      # turn on rules that are off by default
fail-on = "warning"                # lowest severity that fails a run
language = "en-US"                 # or "en-GB"

include = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.jsonl"]
exclude = []                       # gitignore syntax, e.g. ["archive/"]

words = []                         # house words never flagged as typos
# word-files = ["house-words.txt"] # one word a line, # comments

[per-file-ignores]
# "wires/**" = ["boilerplate"]

[severity]
# NL301 = "warning"
"""
