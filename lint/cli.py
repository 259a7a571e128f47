"""The command line: newslint check | fix | rules | rule ID."""
from __future__ import annotations

import gc
import sys
from collections import Counter
from pathlib import Path

import click

from lint import __version__
from lint.errors import NewslintError

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


def common_options(function):
    options = [
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Config file (default: newslint.toml or pyproject.toml found above the paths)."),
        click.option("--select", multiple=True, help="Only these rules (id, id prefix, name or category; comma-separated)."),
        click.option("--ignore", multiple=True, help="Skip these rules (id, name or category)."),
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
    ]
    for option in reversed(options):
        function = option(function)
    return function


class LazyGroup(click.Group):
    """Sub-command groups of other modules, imported only when used, so that
    `newslint check` does not pay for them at start-up."""

    LAZY = {  # name -> "module:attribute"
        "boilerplate": "lint.cli_boilerplate:boilerplate",
        "languagetool": "lint.cli_languagetool:languagetool",
        "names": "lint.cli_names:names",
        "words": "lint.cli_words:words",
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


def report(result, linter, output_format, no_color, statistics, quiet, show_fixes=False) -> None:
    from lint.report import ReportContext, render

    for line in result.errors:
        click.echo(f"newslint: error: {line}", err=True)
    if statistics:
        counts = Counter((d.rule, d.name) for d in result.diagnostics)
        fixable = {d.rule for d in result.diagnostics if d.fix and d.fix.applicability == "safe"}
        for (rule, name), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"{count:>6}  {rule}  {name}{'  [*]' if rule in fixable else ''}")
        return
    color = output_format == "text" and not no_color and sys.stdout.isatty()
    context = ReportContext(rules=linter.rules, sources=result.sources, color=color, version=__version__,
                            show_fixes=show_fixes)
    click.echo(render(output_format, result.diagnostics, context), nl=False)
    if output_format == "text" and not quiet:
        n = len(result.diagnostics)
        safe = sum(1 for d in result.diagnostics if d.fix and d.fix.applicability == "safe")
        summary = f"Found {n} finding{'s' if n != 1 else ''} in {result.files} file{'s' if result.files != 1 else ''}."
        if safe:
            summary += f" {safe} fixable with `newslint fix` ([*])."
        click.echo(summary if n else f"All checks passed ({result.files} file{'s' if result.files != 1 else ''}).")


def exit_code(result, linter, fail_on, exit_zero) -> int:
    from lint.diagnostics import severity_rank

    if result.errors:
        return 2
    if exit_zero:
        return 0
    threshold = severity_rank(fail_on or linter.config.fail_on)
    return 1 if any(severity_rank(d.severity) >= threshold for d in result.diagnostics) else 0


@main.command()
@click.argument("paths", nargs=-1)
@common_options
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record the current findings in this file and exit 0.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@click.option("--no-cache", is_flag=True, help="Check every file again, ignoring cached results.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Cache folder (default: .newslint_cache).")
@click.option("--profile-rules", is_flag=True, help="Print the time each rule took (runs in one process).")
def check(paths, config_path, select, ignore, extend_select, output_format, no_color, statistics,
          fail_on, exit_zero, stdin_filename, corpus, quiet, show_fixes, baseline, write_baseline, jobs,
          no_cache, cache_dir, profile_rules):
    """Check files and folders (or - for standard input)."""
    from lint.parallel import default_jobs
    from lint.runner import run_check

    paths = list(paths) or ["."]
    try:
        linter = make_linter(config_path, paths, select, ignore, extend_select, corpus)
        known = None
        if baseline:
            from lint.baseline import read_baseline

            known = read_baseline(Path(baseline))
        if profile_rules:
            linter.timings = {}
        cache = None if no_cache or profile_rules else make_cache(linter, cache_dir)
        result = run_check(paths, linter, keep_sources=output_format in ("text", "junit"),
                           stdin_filename=stdin_filename, cache=cache, jobs=jobs or default_jobs(),
                           progress=not quiet)
    except NewslintError as exc:
        fail(str(exc))
    if profile_rules:
        print_profile(linter)
    if write_baseline:
        from lint.baseline import write_baseline as write

        count = write(Path(write_baseline), result.diagnostics)
        for line in result.errors:
            click.echo(f"newslint: error: {line}", err=True)
        click.echo(f"Recorded {count} finding{'s' if count != 1 else ''} in {write_baseline}.")
        sys.exit(2 if result.errors else 0)
    if known is not None:
        from lint.baseline import new_findings

        result.diagnostics = new_findings(result.diagnostics, known)
    report(result, linter, output_format, no_color, statistics, quiet, show_fixes)
    sys.exit(exit_code(result, linter, fail_on, exit_zero))


def make_cache(linter, cache_dir):
    """The result cache the config asks for (on by default), or None."""
    settings = linter.config.section("cache")
    if not settings.get("enabled", True):
        return None
    from lint.cache import DEFAULT_DIR, Cache

    folder = Path(cache_dir) if cache_dir else linter.config.root / settings.get("dir", DEFAULT_DIR)
    return Cache(folder, linter)


def print_profile(linter) -> None:
    """Seconds per rule and per category, slowest first, on stderr."""
    timings = linter.timings
    total = sum(timings.values()) or 1.0
    by_rule = {r.id: r for r in linter.rules}
    families: Counter = Counter()
    for key, seconds in timings.items():
        families[by_rule[key].category if key in by_rule else key] += seconds
    click.echo("rule     name                                seconds   share", err=True)
    for key, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        name = by_rule[key].name if key in by_rule else ""
        click.echo(f"{key:<8} {name:<34} {seconds:8.3f}  {seconds / total:6.1%}", err=True)
    click.echo("family                                       seconds   share", err=True)
    for family, seconds in families.most_common():
        click.echo(f"{family:<43} {seconds:8.3f}  {seconds / total:6.1%}", err=True)


@main.command()
@click.argument("paths", nargs=-1)
@common_options
@click.option("--unsafe", is_flag=True, help="Also apply unsafe fixes.")
@click.option("--diff", is_flag=True, help="Print a unified diff of the fixes; write nothing.")
@click.option("--exit-zero-on-fix", is_flag=True, help="Exit 0 after fixing when no findings remain.")
def fix(paths, config_path, select, ignore, extend_select, output_format, no_color, statistics,
        fail_on, exit_zero, stdin_filename, corpus, quiet, show_fixes, unsafe, diff, exit_zero_on_fix):
    """Fix what can be fixed in place, and report what remains."""
    from lint.runner import run_fix

    paths = list(paths) or ["."]
    try:
        linter = make_linter(config_path, paths, select, ignore, extend_select, corpus)
        result = run_fix(paths, linter, unsafe=unsafe, diff=diff, stdin_filename=stdin_filename,
                         keep_sources=output_format == "text")
    except NewslintError as exc:
        fail(str(exc))
    # Provenance: every edit, to stderr so stdout stays the report (or the fixed stdin text).
    for path, applied in result.applied.items():
        verb = "would fix" if diff or result.fixed_stdin is not None else "fixed"
        for a in applied:
            d = a.diagnostic
            click.echo(f"{path}:{d.start.line}:{d.start.column}: {verb} {d.rule} [{d.name}] "
                       f"{a.old!r} -> {a.new!r}", err=True)
    for text in result.diffs:
        click.echo(text, nl=False)
    if result.fixed_stdin is not None:
        click.echo(result.fixed_stdin, nl=False)
        remaining_output = False
    else:
        remaining_output = not diff
    if remaining_output:
        report(result, linter, output_format, no_color, statistics, quiet, show_fixes)
    else:
        for line in result.errors:
            click.echo(f"newslint: error: {line}", err=True)
    fixes = sum(len(a) for a in result.applied.values())
    if not quiet:
        action = "Would fix" if diff else "Fixed"
        click.echo(f"{action} {fixes} finding{'s' if fixes != 1 else ''} in {len(result.applied)} "
                   f"file{'s' if len(result.applied) != 1 else ''}; {len(result.diagnostics)} remaining.", err=True)
    code = exit_code(result, linter, fail_on, exit_zero)
    if code == 0 and fixes and not exit_zero_on_fix and not exit_zero:
        code = 1  # a pre-commit hook must fail the commit it modified
    sys.exit(code)


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text")
def list_rules(config_path, output_format):
    """List every rule: id, name, category, severity, fix."""
    from lint.config import load_config
    from lint.rules import load_rules

    try:
        rules = sorted(load_rules(load_config(Path(config_path) if config_path else None).packs),
                       key=lambda r: r.id)
    except NewslintError as exc:
        fail(str(exc))
    if output_format == "json":
        import json

        click.echo(json.dumps([rule_json(r) for r in rules], indent=2, ensure_ascii=False))
        return
    if output_format == "markdown":
        click.echo("| id | name | category | severity | fix | what it catches |")
        click.echo("|---|---|---|---|---|---|")
        for r in rules:
            off = " (off by default)" if not r.enabled else ""
            text = " ".join(r.description.split()).replace("|", "\\|")
            click.echo(f"| {r.id} | `{r.name}` | {r.category} | {r.severity}{off} | {r.fix} | {text} |")
        return
    for r in rules:
        default = "" if r.enabled else "  (off by default)"
        click.echo(f"{r.id:<7} {r.name:<32} {r.category:<12} {r.severity:<8} fix: {r.fix}{default}")


def rule_json(r) -> dict:
    return {"id": r.id, "name": r.name, "category": r.category, "severity": r.severity,
            "type": r.type, "fix": r.fix, "enabled": r.enabled,
            "description": r.description, "rationale": r.rationale}


@main.command("rule")
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def explain_rule(rule_id, config_path):
    """Explain one rule (by id or name) with its examples."""
    from lint.config import load_config
    from lint.rules import load_rules

    try:
        rules = load_rules(load_config(Path(config_path) if config_path else None).packs)
    except NewslintError as exc:
        fail(str(exc))
    matches = [r for r in rules if rule_id in (r.id, r.name) or r.id == rule_id.upper()]
    if not matches:
        fail(f"unknown rule '{rule_id}' (see `newslint rules`)")
    click.echo(explain(matches[0]), nl=False)


FIX_TEXT = {
    "safe": "Fixable: yes, safe (`newslint fix` applies it).",
    "unsafe": "Fixable: yes, unsafe (only with `newslint fix --unsafe`; read it first).",
    "none": "Fixable: no (report only).",
}


def explain(r) -> str:
    lines = [f"{r.id} {r.name}", "", f"Category: {r.category}    Severity: {r.severity}    "
             f"Check type: {r.type}{'' if r.enabled else '    Off by default'}", FIX_TEXT[r.fix], ""]
    if r.description:
        lines += ["What it catches:", f"  {r.description}", ""]
    if r.rationale:
        lines += ["Why:", f"  {r.rationale}", ""]
    for example in r.examples:
        for label, text in (("Bad", example.bad), ("Fixed", example.fixed), ("Good", example.good)):
            if text is not None:
                lines.append(f"{label}:")
                lines += [f"    {line}" for line in text.rstrip("\n").split("\n")]
        lines.append("")
    lines.append(f"Declared in: {r.pack}")
    return "\n".join(lines) + "\n"


@main.command()
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


if __name__ == "__main__":  # pragma: no cover
    main()
