"""The command line: one module per sub-command; `main` is the group."""
from lint.cli.main import main

__all__ = ["main"]
