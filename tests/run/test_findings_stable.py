"""Speed work must not change what newslint finds: the findings JSON on the
repository's fixtures, per file and with --corpus, byte for byte as recorded
before the optimisations (tests/data/findings/). A change to a rule that is
meant to change findings regenerates them with

    python tests/run/test_findings_stable.py --update
"""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from conftest import run_cli  # noqa: E402

EXPECTED = ROOT / "tests" / "data" / "findings"
CASES = {"fixtures.json": [], "fixtures-corpus.json": ["--corpus"]}


def findings(extra: list[str], jobs: int = 1) -> bytes:
    result = run_cli("check", "--no-cache", "-j", jobs, "--format", "json", *extra, "fixtures", cwd=ROOT)
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    return result.stdout


@pytest.mark.parametrize("name", sorted(CASES))
def test_findings_are_byte_for_byte_as_recorded(name):
    assert findings(CASES[name]) == (EXPECTED / name).read_bytes()


def test_two_workers_find_the_same():
    assert findings([], jobs=2) == (EXPECTED / "fixtures.json").read_bytes()


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    for name, extra in CASES.items():
        (EXPECTED / name).write_bytes(findings(extra))
