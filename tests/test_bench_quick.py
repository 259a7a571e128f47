"""The speed benchmark's quick mode runs end to end (timings are not asserted)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = ROOT / "bench" / "speed" / "run.py"


@pytest.fixture
def tiny_corpus(tmp_path):
    """Three articles named like the corpus's (001.txt ...), from the fixtures."""
    folder = tmp_path / "corpus" / "news"
    folder.mkdir(parents=True)
    for n, name in enumerate(["algeria-russia.txt", "boilerplate/prose.txt", "names/lookalikes.txt"], 1):
        shutil.copyfile(ROOT / "fixtures" / name, folder / f"{n:03d}.txt")
    return tmp_path / "corpus"


def quick(corpus: Path) -> subprocess.CompletedProcess:
    if not shutil.which("newslint", path=str(Path(sys.executable).parent)) and not shutil.which("newslint"):
        pytest.fail("newslint is not installed beside this Python")
    return subprocess.run([sys.executable, str(RUN), "--quick", "--corpus", str(corpus)],
                          capture_output=True, text=True, timeout=300)


def test_quick_mode_prints_the_table(tiny_corpus):
    result = quick(tiny_corpus)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "| case | tool | wall (s) | words/s | peak RSS (MiB) |" in out
    assert "3 articles" in out
    for row in ("| cold start, one article | newslint |", "| corpus | newslint -j 1 |"):
        assert row in out
    # The per-family table comes from `newslint check --profile-rules`.
    assert "| family | seconds | share |" in out
    assert "| spelling |" in out and "| (document model) |" in out


def test_quick_mode_falls_back_to_the_fixtures(tmp_path):
    result = quick(tmp_path / "no-such-corpus")
    assert result.returncode == 0, result.stderr
    assert "the repository's fixtures (no corpus found)" in result.stdout
    assert "| corpus | newslint -j 1 |" in result.stdout


def test_full_mode_refuses_a_missing_corpus(tmp_path):
    result = subprocess.run([sys.executable, str(RUN), "--runs", "1", "--corpus", str(tmp_path / "none")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "no corpus articles" in result.stderr
