"""newslint serve: newslint as a LanguageTool-compatible server, with a web page at /."""
from __future__ import annotations

from pathlib import Path

import click

from lint.cli.common import config_option, fail


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (only this machine by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8081, show_default=True)
@click.option("--languagetool", "languagetool", metavar="URL|auto|off",
              help="Merge in the matches of this LanguageTool server; 'auto' runs newslint's own "
                   "(`newslint languagetool install`), 'off' none (default: [grammar] server from config).")
@config_option
@click.option("--max-size-kb", type=click.IntRange(min=1), default=1024, show_default=True,
              help="Largest request body accepted (413 past it).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a check may take (503 past it).")
def serve(host, port, languagetool, config_path, max_size_kb, timeout):
    """Serve LanguageTool's HTTP API v2 (POST /v2/check, /v2/languages, ...) so
    LanguageTool clients can use newslint as their server, and a web page at /."""
    try:
        import uvicorn

        from lint.serve.app import Settings, make_app
    except ImportError as exc:
        fail(f"newslint serve needs {exc.name or exc}: pip install 'newslint[serve]'")
    from lint.config import load_config
    from lint.errors import NewslintError

    try:
        config = load_config(Path(config_path) if config_path else None)
        from lint.serve.upstream import languagetool_url

        settings = Settings(max_bytes=max_size_kb * 1024, timeout=timeout,
                            languagetool=languagetool_url(languagetool, config))
        app = make_app(config, settings)
    except NewslintError as exc:
        fail(str(exc))
    click.echo(f"newslint: serving on http://{host}:{port}/"
               + (f" (with LanguageTool at {settings.languagetool})" if settings.languagetool else ""),
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
