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
        [sys.executable, "-m", "lint.cli", *map(str, args)],
        cwd=cwd or ROOT, input=input, capture_output=True, env=environment,
        timeout=300,
    )


@pytest.fixture
def cli():
    return run_cli
