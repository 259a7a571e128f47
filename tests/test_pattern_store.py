"""The compiled-pattern store: a second run loads patterns instead of
compiling them, and a damaged, planted or unwritable store only costs time."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "algeria-russia.txt"


def run(code: str, cache: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True)


CHECK_SEED = (
    "from lint.api import check_text;"
    f"print(sorted((d.rule, d.start.offset) for d in check_text(open({str(SEED)!r}, encoding='utf-8').read())))"
)
NO_COMPILING = (
    "import regex._main as m\n"
    "def refuse(*a, **k): raise AssertionError('compiled ' + repr(a[0])[:60])\n"
    "m._compile = refuse\n"
)


def test_second_run_compiles_nothing_and_finds_the_same(tmp_path):
    first = run(CHECK_SEED, tmp_path)
    assert first.returncode == 0, first.stderr
    assert list((tmp_path / "patterns").glob("regex-*.pickle"))
    second = run(NO_COMPILING + CHECK_SEED, tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout and "NL" in first.stdout


def test_a_planted_store_is_not_run(tmp_path):
    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    import regex

    store = tmp_path / "patterns" / f"regex-{regex.__version__}.pickle"
    store.parent.mkdir(parents=True)
    store.write_bytes(pickle.dumps({("x", 0): Planted()}))
    result = run("from lint import pattern_store as s; assert s.compile('a+').match('aa')", tmp_path)
    assert result.returncode == 0, result.stderr
    assert not marker.exists()


def test_a_damaged_or_unwritable_store_only_costs_the_compile(tmp_path):
    import regex

    store = tmp_path / "patterns" / f"regex-{regex.__version__}.pickle"
    store.parent.mkdir(parents=True)
    store.write_bytes(b"\x80\x05garbage")
    assert run(CHECK_SEED, tmp_path).returncode == 0
    assert pickle.loads(store.read_bytes())  # rewritten whole
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    result = run(CHECK_SEED, blocked)
    assert result.returncode == 0 and "Traceback" not in result.stderr
