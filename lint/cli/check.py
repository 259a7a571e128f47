"""`newslint check`: report findings in files, folders or standard input."""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import click

from lint.cli.common import common_options, exit_code, fail, make_linter, report
from lint.errors import NewslintError

@click.command()
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
    from lint.run.parallel import default_jobs
    from lint.run.runner import CheckRun

    paths = list(paths) or ["."]
    try:
        linter = make_linter(config_path, paths, select, ignore, extend_select, corpus)
        known = None
        if baseline:
            from lint.run.baseline import read_baseline

            known = read_baseline(Path(baseline))
        if profile_rules:
            linter.timings = {}
        cache = None if no_cache or profile_rules else make_cache(linter, cache_dir)
        run = CheckRun(paths, linter, want_text=output_format == "text" and not statistics,
                       stdin_filename=stdin_filename, cache=cache, jobs=jobs or default_jobs(),
                       progress=not quiet)
        files = iter(run)
        if write_baseline:
            code = record_baseline(write_baseline, files, run)
            if profile_rules:
                print_profile(linter)
            sys.exit(code)
        if known is not None:
            from lint.run.baseline import new_findings

            files = (replace(f, diagnostics=list(new_findings(f.diagnostics, known))) for f in files)
        tally = report(files, run, linter, output_format, no_color, statistics, quiet, show_fixes)
    except NewslintError as exc:
        fail(str(exc))
    if profile_rules:
        print_profile(linter)
    sys.exit(exit_code(tally.errors, tally.severities, linter, fail_on, exit_zero))


def record_baseline(path: str, files, run) -> int:
    """Write every finding of the run to the baseline ``path``; the exit code."""
    from lint.cli.common import print_errors
    from lint.report import each_finding
    from lint.run.baseline import write_baseline

    count = write_baseline(Path(path), each_finding(files))
    errors = print_errors(run.errors)
    click.echo(f"Recorded {count} finding{'s' if count != 1 else ''} in {path}.")
    return 2 if errors else 0


def make_cache(linter, cache_dir):
    """The result cache the config asks for (on by default), or None."""
    settings = linter.config.section("cache")
    if not settings.get("enabled", True):
        return None
    from lint.run.cache import DEFAULT_DIR, Cache

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
