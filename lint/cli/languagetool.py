"""`newslint languagetool install|start|stop|status`: the LanguageTool server."""
from __future__ import annotations

import sys
import time

import click

from lint.errors import NewslintError


def _fail(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)
    sys.exit(2)


@click.group("languagetool")
def languagetool() -> None:
    """Install LanguageTool and run it as a background server that runs reuse."""


@languagetool.command()
@click.option("--force", is_flag=True, help="Fetch the jars again even when installed.")
def install(force):
    """Fetch LanguageTool's server and English module from Maven Central (needs mvn and Java 17)."""
    from lint.grammar import languagetool as lt

    try:
        lt.install(force=force, echo=click.echo)
    except NewslintError as exc:
        _fail(str(exc))


@languagetool.command()
@click.option("--idle-timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Stop after this many minutes without a newslint run using it.")
def start(idle_timeout):
    """Start a background server on 127.0.0.1 that later runs reuse."""
    from lint.grammar import languagetool as lt

    try:
        state = lt.start_background(idle_minutes=idle_timeout)
    except NewslintError as exc:
        _fail(str(exc))
    click.echo(f"LanguageTool {state['version']} running at {state['url']} (pid {state['pid']}); "
               f"stops after {state['idle_minutes']:g} idle minutes")


@languagetool.command()
def stop():
    """Stop the background server."""
    from lint.grammar import languagetool as lt

    click.echo("stopped" if lt.stop_background() else "not running")


@languagetool.command()
def status():
    """Say whether LanguageTool is installed and the background server running (exit 1 if not)."""
    from lint.grammar import languagetool as lt

    installed = "installed" if lt.is_installed() else "not installed"
    click.echo(f"LanguageTool {lt.VERSION}: {installed} ({lt.home()})")
    state = lt.read_state()
    if not state or not lt.pid_alive(state.get("pid", -1)) or not lt.answers(state["url"]):
        click.echo("background server: not running")
        sys.exit(1)
    try:
        idle = time.time() - lt.used_path().stat().st_mtime
    except OSError:
        idle = 0.0
    click.echo(f"background server: running at {state['url']} (pid {state['pid']}), idle {idle:.0f} s "
               f"of {state['idle_minutes'] * 60:.0f} s")
