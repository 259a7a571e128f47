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


def plant(cache: Path, entries: dict) -> Path:
    """A store file with a correct checksum: what only the unpickler and the
    entry checks stand against."""
    from lint.user_cache import checksum

    from lint.pattern_store import STORE

    store = cache / STORE
    store.parent.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps({key: pickle.dumps(value) for key, value in entries.items()})
    store.write_bytes(checksum(payload) + payload)
    return store


def test_a_planted_store_is_not_run(tmp_path):
    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    plant(tmp_path, {("x", 0): Planted()})
    result = run("from lint import pattern_store as s; assert s.compile('a+').match('aa')", tmp_path)
    assert result.returncode == 0, result.stderr
    assert not marker.exists()


def test_an_entry_that_is_not_the_pattern_its_key_names_is_ignored(tmp_path):
    import regex

    swapped = regex.compile(r"x+")
    plant(tmp_path, {(r"\r\n|\r|\n", 0): swapped, ("a+", 0): 1})
    result = run(CHECK_SEED, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == run(CHECK_SEED, tmp_path / "fresh").stdout


def test_a_damaged_or_unwritable_store_only_costs_the_compile(tmp_path):
    store = plant(tmp_path, {})
    data = bytearray(run(CHECK_SEED, tmp_path) and store.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the compiled code
    store.write_bytes(bytes(data))
    damaged = run(CHECK_SEED, tmp_path)
    assert damaged.returncode == 0, damaged.stderr  # ignored, not handed to regex
    from lint.user_cache import checksum

    rewritten = store.read_bytes()
    assert checksum(rewritten[4:]) == rewritten[:4]
    assert len(pickle.loads(rewritten[4:])) >= 50
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    result = run(CHECK_SEED, blocked)
    assert result.returncode == 0 and "Traceback" not in result.stderr


def test_no_home_folder_is_no_traceback(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("HOME", "XDG_CACHE_HOME", "NEWSLINT_CACHE_DIR")}
    code = ("import pathlib; pathlib.Path.home = lambda: (_ for _ in ()).throw(RuntimeError('no home'));"
            "from lint import pattern_store as s; s.compile('b{2,}')")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_the_store_keeps_at_most_max_entries(tmp_path):
    code = ("from lint import pattern_store as s\n"
            "for i in range(s.MAX_ENTRIES + 50): s.compile(f'a{{{i}}}')\n")
    assert run(code, tmp_path).returncode == 0
    from lint import pattern_store

    stored = list((tmp_path / "patterns").glob("regex-*.pickle"))[0].read_bytes()
    assert len(pickle.loads(stored[4:])) == pattern_store.MAX_ENTRIES


def test_a_run_unpickles_only_the_patterns_it_asks_for(tmp_path):
    import regex

    plant(tmp_path, {("a+", 0): regex.compile("a+"), ("b+", 0): regex.compile("b+")})
    code = ("from lint import pattern_store as s\n"
            "import regex._main as m\n"
            "def refuse(*a, **k): raise AssertionError('compiled ' + repr(a[0]))\n"
            "m._compile = refuse\n"
            "assert s.compile('a+').match('aa')\n"
            "assert list(s._used) == [('a+', 0)] and isinstance(s._stored[('b+', 0)], bytes)\n")
    result = run(code, tmp_path)
    assert result.returncode == 0, result.stderr
