"""newslint: a linter and fixer for news copy (import name ``lint``)."""

__version__ = "0.1.0"
