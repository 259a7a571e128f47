import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "algeria-russia.txt"


def run_cli(*args, cwd=None, input=None, env=None):
    """Run the real CLI in a subprocess."""
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "lint", *map(str, args)],
        cwd=cwd or ROOT, input=input, capture_output=True, env=environment,
        timeout=300,
    )


@pytest.fixture
def cli():
    return run_cli


def _unavailable(what: str, reason: str):
    """Skip outside CI; in CI (CI=true) a missing grammar engine, browser or
    client is a failure. Works in a test, a fixture or at module level."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must test {what}: {reason}", pytrace=False)
    pytest.skip(f"{what} not available: {reason}", allow_module_level=True)


@pytest.fixture(scope="session")
def languagetool_package():
    """language-tool-python, the optional `languagetool` extra."""
    try:
        import language_tool_python
    except ImportError:
        _unavailable("LanguageTool", "language-tool-python is not installed (the `languagetool` extra)")
    return language_tool_python


@pytest.fixture(scope="session")
def languagetool_url(languagetool_package):
    """A real LanguageTool server, started once for the session (the process's
    private server, which grammar checks in this process then reuse)."""
    from lint.grammar import languagetool as lt

    try:
        url = lt.server_url()
    except lt.LanguageToolError as exc:
        _unavailable("LanguageTool", str(exc))
    yield url
    lt.stop_private()


@pytest.fixture(scope="session")
def harper_linter():
    try:
        import harper
    except ImportError:
        _unavailable("Harper", "harper-py is not installed")
    return harper


def need(module: str, what: str, extra: str):
    """Import ``module`` or skip (outside CI) / fail (under CI=true)."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        _unavailable(what, f"{module} is not installed (the `{extra}` extra)")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def newslint_server(tmp_path_factory):
    """A real `newslint serve` on a free loopback port, for the session."""
    import time
    import urllib.request

    need("starlette", "newslint serve", "serve")
    need("uvicorn", "newslint serve", "serve")
    port = free_port()
    cwd = tmp_path_factory.mktemp("serve")
    process = subprocess.Popen([sys.executable, "-m", "lint", "serve", "--port", str(port),
                                "--languagetool", "off", "--max-size-kb", "256", "--timeout", "20"],
                               cwd=cwd, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/v2/healthcheck", timeout=2) as response:
                if response.read() == b"OK":
                    break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"newslint serve did not start: {process.stderr.read()}")
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)
