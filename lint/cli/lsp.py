"""newslint lsp: the language server, over standard input and output."""
from __future__ import annotations

import click

from lint.cli.common import fail


@click.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default; for clients that pass it).")
def lsp(stdio):
    """Run newslint as a language server (LSP) for editors: diagnostics as you
    type, quick fixes, and 'add to house words'."""
    try:
        from lint.lsp.server import make_server
    except ImportError as exc:
        fail(f"newslint lsp needs {exc.name or exc}: pip install 'newslint[lsp]'")
    make_server().start_io()
