"""What the sub-commands share: options, building the linter, reporting,
exit codes, and the one-line error."""
from __future__ import annotations

import gc
import sys
from collections import Counter
from pathlib import Path

import click

from lint import __version__

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")


def fail(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)
    sys.exit(2)


def split_list(values) -> list[str]:
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def make_linter(config_path, paths, select, ignore, extend_select, corpus=False):
    from lint.config import load_config
    from lint.engine import Linter

    stdin_name = click.get_current_context().params.get("stdin_filename")  # its config, too
    start = next((Path(p) for p in paths if p != "-"), Path(stdin_name) if stdin_name else Path.cwd())
    config = load_config(Path(config_path) if config_path else None, search_from=start)
    config.corpus = corpus or config.section("names").get("corpus", False)
    config.whole_page = bool(click.get_current_context().meta.get("newslint.whole_page"))
    if click.get_current_context().meta.get("newslint.grammar"):
        extend_select = (*extend_select, "grammar")
    linter = Linter(config, select=split_list(select), ignore=split_list(ignore),
                    extend_select=split_list(extend_select))
    start_collecting()
    return linter


def start_collecting() -> None:
    """Start-up is over. What it made (modules, rules, patterns) lives until
    exit: frozen, later collections and the one at exit skip it (10 ms of a
    100 ms run). Collection, off during start-up (lint.__main__), resumes."""
    gc.freeze()
    gc.enable()


def config_option(function):
    """--config for the commands that read one config for all they do (serve, lsp)."""
    return click.option("--config", "config_path", type=click.Path(dir_okay=False),
                        help="Config file (default: newslint.toml or pyproject.toml found above "
                             "the current folder).")(function)


def common_options(function):
    options = [
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Config file (default: newslint.toml or pyproject.toml found above the paths)."),
        click.option("--select", multiple=True, help="Only these rules (id, id prefix, name, category or kind:NAME; comma-separated)."),
        click.option("--ignore", multiple=True, help="Skip these rules (id, name, category or kind:NAME, e.g. kind:caption)."),
        click.option("--extend-select", multiple=True, help="Add rules to the selection (e.g. ones off by default)."),
        click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True),
        click.option("--no-color", is_flag=True, help="No colour in text output."),
        click.option("--statistics", is_flag=True, help="Print counts per rule instead of findings."),
        click.option("--fail-on", type=click.Choice(["info", "warning", "error"]),
                     help="Lowest severity that makes the exit code 1 (default from config: info)."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings."),
        click.option("--stdin-filename", help="Name (and so format) of the text read from '-'."),
        click.option("--corpus", is_flag=True, help="Also compare the documents of this run with each other."),
        click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary."),
        click.option("--show-fixes", is_flag=True, help="Text output: show the edit each fix would make."),
        click.option("--grammar", is_flag=True, expose_value=False, help="Also run the grammar check (off by default).",
                     callback=lambda ctx, _, on: ctx.meta.update({"newslint.grammar": on})),
        click.option("--whole-page", is_flag=True, expose_value=False,
                     help="HTML: check the whole page, menus and footers too, not only its story.",
                     callback=lambda ctx, _, on: ctx.meta.update({"newslint.whole_page": on})),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def report(result, linter, output_format, no_color, statistics, quiet, show_fixes=False) -> None:
    from lint.report import ReportContext, chunks

    for line in result.errors:
        click.echo(f"newslint: error: {line}", err=True)
    if statistics:
        counts = Counter((d.rule, d.name) for d in result.diagnostics)
        fixable = {d.rule for d in result.diagnostics if d.fix and d.fix.applicability == "safe"}
        for (rule, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"{count:>6}  {rule}  {name}{'  [*]' if rule in fixable else ''}")
        kinds = per_kind(result.diagnostics)
        if kinds:
            click.echo("Per kind:")
            for kind, count in kinds:
                click.echo(f"{count:>6}  {kind}")
        return
    color = output_format == "text" and not no_color and sys.stdout.isatty()
    context = ReportContext(rules=linter.rules, sources=result.sources, color=color, version=__version__,
                            show_fixes=show_fixes)
    batch, size = [], 0  # written in batches of about 64 KB: one write per finding is slow
    for chunk in chunks(output_format, result.diagnostics, context):
        batch.append(chunk)
        size += len(chunk)
        if size > 65536:
            click.echo("".join(batch), nl=False)
            batch, size = [], 0
    click.echo("".join(batch), nl=False)
    if output_format == "text" and not quiet:
        for line in crowded_rules(result.diagnostics):
            click.echo(line)
        n = len(result.diagnostics)
        safe = sum(1 for d in result.diagnostics if d.fix and d.fix.applicability == "safe")
        summary = f"Found {n} finding{'s' if n != 1 else ''} in {result.files} file{'s' if result.files != 1 else ''}."
        if safe:
            summary += f" {safe} fixable with `newslint fix` ([*])."
        if n:  # before the summary line, which stays last
            rules = Counter(d.rule for d in result.diagnostics)
            click.echo("Per rule: " + ", ".join(f"{r} {c}" for r, c in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))))
            if kinds := per_kind(result.diagnostics):
                click.echo("Per kind: " + ", ".join(f"{k} {c}" for k, c in kinds))
        click.echo(summary if n else f"All checks passed ({result.files} file{'s' if result.files != 1 else ''}).")


def per_kind(diagnostics) -> list[tuple[str, int]]:
    """(kind, count) of the findings that have a kind, most frequent first."""
    counts = Counter(d.kind for d in diagnostics if d.kind)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


CROWDED = 100  # findings of one rule in one file past which the summary points it out


def crowded_rules(diagnostics) -> list[str]:
    """A note for each rule that fired more than CROWDED times in one file.
    Every finding is still reported; the note says how to count or narrow them."""
    counts = Counter((d.path, d.rule, d.name) for d in diagnostics)
    return [f"Note: {rule} [{name}] fired {count:,} times in {path}: "
            f"`--statistics` counts findings per rule, `--ignore {rule}` leaves it out."
            for (path, rule, name), count in sorted(counts.items()) if count > CROWDED]


def exit_code(result, linter, fail_on, exit_zero) -> int:
    from lint.diagnostics import severity_rank

    if result.errors:
        return 2
    if exit_zero:
        return 0
    threshold = severity_rank(fail_on or linter.config.fail_on)
    return 1 if any(severity_rank(d.severity) >= threshold for d in result.diagnostics) else 0


