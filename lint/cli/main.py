"""The `newslint` command group. Each sub-command lives in its own module of
this package and is imported only when it runs, so `newslint check` does not
pay for the others at start-up."""
from __future__ import annotations

import click

from lint import __version__
from lint.cli.common import start_collecting


class LazyGroup(click.Group):
    """Sub-commands imported from their modules only when used."""

    LAZY = {  # name -> "module:attribute"
        "check": "lint.cli.check:check",
        "fix": "lint.cli.fix:fix",
        "rules": "lint.cli.rules:list_rules",
        "rule": "lint.cli.rules:explain_rule",
        "init": "lint.cli.init:init",
        "boilerplate": "lint.cli.boilerplate:boilerplate",
        "languagetool": "lint.cli.languagetool:languagetool",
        "names": "lint.cli.names:names",
        "words": "lint.cli.words:words",
        "serve": "lint.cli.serve:serve",
        "lsp": "lint.cli.lsp:lsp",
    }

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx, name):
        if name in self.LAZY and name not in self.commands:
            import importlib

            module, _, attribute = self.LAZY[name].partition(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
@click.pass_context
def main(ctx) -> None:
    """newslint: find and fix typos, inconsistent names, scrape leftovers and
    typography slips in news copy."""
    if ctx.invoked_subcommand not in ("check", "fix"):  # those start it in make_linter
        start_collecting()
