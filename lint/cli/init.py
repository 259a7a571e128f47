"""`newslint init`: write a starter newslint.toml."""
from __future__ import annotations

from pathlib import Path

import click

from lint.cli.common import fail

@click.command()
@click.option("--force", is_flag=True, help="Overwrite an existing newslint.toml.")
def init(force):
    """Write a starter newslint.toml in the current folder."""
    target = Path("newslint.toml")
    if target.exists() and not force:
        fail(f"{target}: already exists (use --force to overwrite)")
    target.write_text(STARTER_CONFIG, encoding="utf-8")
    click.echo(f"Wrote {target}. Run `newslint check .` to lint this folder.")


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
