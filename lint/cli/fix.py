"""`newslint fix`: apply fixes in place (or as a diff), report what remains."""
from __future__ import annotations

import sys

import click

from lint.cli.common import common_options, exit_code, fail, make_linter, print_errors, report
from lint.errors import NewslintError

@click.command()
@click.argument("paths", nargs=-1)
@common_options
@click.option("--unsafe", is_flag=True, help="Also apply unsafe fixes.")
@click.option("--diff", is_flag=True, help="Print a unified diff of the fixes; write nothing.")
@click.option("--exit-zero-on-fix", is_flag=True, help="Exit 0 after fixing when no findings remain.")
def fix(paths, config_path, select, ignore, extend_select, output_format, no_color, statistics,
        fail_on, exit_zero, stdin_filename, corpus, quiet, show_fixes, unsafe, diff, exit_zero_on_fix):
    """Fix what can be fixed in place, and report what remains."""
    from lint.run.runner import run_fix

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
            click.echo(f"{path}:{a.line}:{a.column}: {verb} {d.rule} [{d.name}] "
                       f"{a.old!r} -> {a.new!r}", err=True)
    for text in result.diffs:
        click.echo(text, nl=False)
    if result.fixed_stdin is not None:
        click.echo(result.fixed_stdin, nl=False)
        remaining_output = False
    else:
        remaining_output = not diff
    errors = bool(result.errors)
    if remaining_output:
        from lint.report import by_file

        files = by_file(result.diagnostics, result.sources, sort=output_format == "junit")
        report(files, result, linter, output_format, no_color, statistics, quiet, show_fixes)
    else:
        print_errors(result.errors)
    # A finding's fix may hold many edits (a story-wide style fix): count findings.
    fixes = sum(len({id(a.diagnostic) for a in applied}) for applied in result.applied.values())
    if not quiet:
        action = "Would fix" if diff else "Fixed"
        click.echo(f"{action} {fixes} finding{'s' if fixes != 1 else ''} in {len(result.applied)} "
                   f"file{'s' if len(result.applied) != 1 else ''}; {len(result.diagnostics)} remaining.", err=True)
    code = exit_code(errors, {d.severity for d in result.diagnostics}, linter, fail_on, exit_zero)
    if code == 0 and fixes and not exit_zero_on_fix and not exit_zero:
        code = 1  # a pre-commit hook must fail the commit it modified
    sys.exit(code)
