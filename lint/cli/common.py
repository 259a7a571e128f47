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


class Tally:
    """What the summary, --statistics and the exit code need from a run,
    counted as its files stream past to the reporter: counts per rule, kind
    and severity, and the few crowded (file, rule) pairs; never the findings."""

    def __init__(self) -> None:
        self.findings = self.safe = 0
        self.rules: Counter = Counter()  # (rule, name) -> findings
        self.fixable: set[str] = set()  # rules with a safe fix
        self.kinds: Counter = Counter()
        self.severities: set[str] = set()
        self.crowded: list[tuple[str, str, str, int]] = []  # (path, rule, name, findings) past CROWDED
        self.errors = 0  # error lines printed

    def count(self, files, errors: list[str]):
        """``files`` unchanged; the run's ``errors`` printed as they come."""
        for file in files:
            self.errors += print_errors(errors)
            here: Counter = Counter()
            for d in file.diagnostics:
                self.findings += 1
                self.rules[d.rule, d.name] += 1
                here[d.rule, d.name] += 1
                if d.fix and d.fix.applicability == "safe":
                    self.safe += 1
                    self.fixable.add(d.rule)
                if d.kind:
                    self.kinds[d.kind] += 1
                self.severities.add(d.severity)
            self.crowded.extend((file.path, rule, name, n) for (rule, name), n in here.items() if n > CROWDED)
            yield file
        self.errors += print_errors(errors)

    def per_kind(self) -> list[tuple[str, int]]:
        """(kind, count) of the findings that have a kind, most frequent first."""
        return sorted(self.kinds.items(), key=lambda kv: (-kv[1], kv[0]))

    def crowded_notes(self) -> list[str]:
        """A note for each rule that fired more than CROWDED times in one file.
        Every finding is still reported; the note says how to count or narrow them."""
        return [f"Note: {rule} [{name}] fired {count:,} times in {path}: "
                f"`--statistics` counts findings per rule, `--ignore {rule}` leaves it out."
                for path, rule, name, count in sorted(self.crowded)]


def print_errors(errors: list[str]) -> int:
    """Print the run's error lines so far, and forget them; how many there were."""
    for line in errors:
        click.echo(f"newslint: error: {line}", err=True)
    count = len(errors)
    errors.clear()
    return count


def report(files, run, linter, output_format, no_color, statistics, quiet, show_fixes=False) -> Tally:
    """Report ``files`` (FileFindings, streamed) of ``run`` (its ``errors``,
    printed as they come, and ``files``, counted by the end)."""
    from lint.report import ReportContext, file_chunks

    tally = Tally()
    files = tally.count(files, run.errors)
    if statistics:
        for _ in files:
            pass
        by_count = sorted(tally.rules.items(), key=lambda kv: (-kv[1], kv[0]))
        for (rule, name), count in by_count:
            click.echo(f"{count:>6}  {rule}  {name}{'  [*]' if rule in tally.fixable else ''}")
        if kinds := tally.per_kind():
            click.echo("Per kind:")
            for kind, count in kinds:
                click.echo(f"{count:>6}  {kind}")
        return tally
    color = output_format == "text" and not no_color and sys.stdout.isatty()
    context = ReportContext(rules=linter.rules, color=color, version=__version__, show_fixes=show_fixes)
    batch, size = [], 0  # written in batches of about 64 KB: one write per finding is slow
    for chunk in file_chunks(output_format, files, context):
        batch.append(chunk)
        size += len(chunk)
        if size > 65536:
            click.echo("".join(batch), nl=False)
            batch, size = [], 0
    click.echo("".join(batch), nl=False)
    if output_format == "text" and not quiet:
        for line in tally.crowded_notes():
            click.echo(line)
        n, checked = tally.findings, run.files
        summary = f"Found {n} finding{'s' if n != 1 else ''} in {checked} file{'s' if checked != 1 else ''}."
        if tally.safe:
            summary += f" {tally.safe} fixable with `newslint fix` ([*])."
        if n:  # before the summary line, which stays last
            rules: Counter = Counter()
            for (rule, _), count in tally.rules.items():
                rules[rule] += count
            click.echo("Per rule: " + ", ".join(f"{r} {c}" for r, c in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))))
            if kinds := tally.per_kind():
                click.echo("Per kind: " + ", ".join(f"{k} {c}" for k, c in kinds))
        click.echo(summary if n else f"All checks passed ({checked} file{'s' if checked != 1 else ''}).")
    return tally


CROWDED = 100  # findings of one rule in one file past which the summary points it out


def exit_code(had_errors: bool, severities, linter, fail_on, exit_zero) -> int:
    """2 after an error, else 1 when a finding's severity (of ``severities``) reaches the threshold."""
    from lint.diagnostics import severity_rank

    if had_errors:
        return 2
    if exit_zero:
        return 0
    threshold = severity_rank(fail_on or linter.config.fail_on)
    return 1 if any(severity_rank(s) >= threshold for s in severities) else 0


