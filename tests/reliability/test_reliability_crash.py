"""Crash safety: `newslint fix` killed at random moments never leaves a file
truncated or half-written, and a normal exit or Ctrl-C leaves no temp file.

The kill moments are spread over a whole run (measured first), with a fixed
seed so a failure can be replayed; NEWSLINT_CRASH_TRIALS sets how many.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lint.run import files
from lint.run.files import write_atomic

ROOT = Path(__file__).resolve().parents[2]
SEED_ARTICLE = (ROOT / "fixtures" / "algeria-russia.txt").read_text(encoding="utf-8")
TRIALS = int(os.environ.get("NEWSLINT_CRASH_TRIALS", "6"))
FILES = 24


def make_tree(folder: Path) -> dict[str, bytes]:
    """FILES stories, each a few copies of the seed article with its defects,
    in assorted newline styles and encodings."""
    folder.mkdir()
    originals = {}
    for i in range(FILES):
        text = SEED_ARTICLE * (1 + i % 4)
        if i % 3 == 1:
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-16-le") if i % 7 == 3 else text.encode("utf-8")
        if i % 7 == 3:
            data = b"\xff\xfe" + data
        name = f"story{i:03d}.txt"
        (folder / name).write_bytes(data)
        originals[name] = data
    return originals


def start_fix(folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "lint", "fix", "-q", str(folder)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.fixture(scope="module")
def expected(tmp_path_factory):
    """The tree before and after one complete fix run, and how long it took."""
    base = tmp_path_factory.mktemp("crash")
    folder = base / "done"
    originals = make_tree(folder)
    started = time.monotonic()
    process = start_fix(folder)
    _, stderr = process.communicate(timeout=300)
    seconds = time.monotonic() - started
    assert process.returncode == 1, stderr.decode()  # files were fixed
    fixed = snapshot(folder)
    assert set(fixed) == set(originals), "a normal run left extra files"
    changed = [name for name in originals if fixed[name] != originals[name]]
    assert len(changed) == FILES, "every story has a fixable defect"
    return originals, fixed, seconds, base


def assert_each_file_old_or_new(folder: Path, originals, fixed) -> int:
    """Every story is wholly old or wholly new; returns how many are new."""
    now = {name: data for name, data in snapshot(folder).items() if not name.startswith(".newslint-")}
    assert set(now) == set(originals)
    new = 0
    for name, data in now.items():
        assert data in (originals[name], fixed[name]), f"{name}: neither old nor new ({len(data)} bytes)"
        new += data == fixed[name]
    return new


def test_sigkill_at_random_moments_leaves_files_old_or_new(expected, record_property):
    originals, fixed, seconds, base = expected
    rng = random.Random(20261127)
    outcomes = []
    for trial in range(TRIALS):
        folder = base / f"kill{trial}"
        shutil.copytree(base / "done", folder)
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        process = start_fix(folder)
        time.sleep(rng.uniform(0.2, seconds))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        outcomes.append(assert_each_file_old_or_new(folder, originals, fixed))
    # A later run finishes the job from whatever the killed one left.
    again = start_fix(folder)
    _, stderr = again.communicate(timeout=300)
    assert assert_each_file_old_or_new(folder, originals, fixed) == FILES, stderr.decode()[-2000:]
    record_property("sigkill_trials", TRIALS)
    print(f"\nSIGKILL trials: files already fixed when killed: {outcomes}")
    # The kills landed during the writing, not only before or after it.
    assert any(0 < n < FILES for n in outcomes), outcomes


def test_sigint_leaves_no_temp_file_and_no_traceback(expected):
    originals, fixed, seconds, base = expected
    rng = random.Random(7)
    for trial in range(3):
        folder = base / f"int{trial}"
        shutil.copytree(base / "done", folder)
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        process = start_fix(folder)
        time.sleep(rng.uniform(0.5, seconds))
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        assert b"Traceback" not in stderr, stderr.decode(errors="replace")
        assert not [p for p in os.listdir(folder) if p.startswith(".newslint-")], "temp file left"
        assert_each_file_old_or_new(folder, originals, fixed)


# -- fault injection inside write_atomic --------------------------------------
STEPS = ["write", "fsync", "chmod", "replace"]


@pytest.mark.parametrize("fault", [OSError(28, "No space left on device"), KeyboardInterrupt()],
                         ids=["oserror", "keyboardinterrupt"])
@pytest.mark.parametrize("step", STEPS)
def test_a_failure_at_any_step_of_a_write_leaves_the_old_file(tmp_path, monkeypatch, step, fault):
    story = tmp_path / "story.txt"
    story.write_bytes(b"old text\n")
    story.chmod(0o640)

    def broken(*args, **kwargs):
        raise fault

    if step == "write":
        real_fdopen = os.fdopen

        class Handle:
            def __init__(self, fd, mode):
                self.inner = real_fdopen(fd, mode)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.inner.close()

            def write(self, data):
                self.inner.write(data[: len(data) // 2])  # half written, then the fault
                raise fault

        monkeypatch.setattr(files.os, "fdopen", Handle)
    else:
        monkeypatch.setattr(files.os, step, broken)
    with pytest.raises(type(fault)):
        write_atomic(str(story), b"new text, longer than the old\n")
    monkeypatch.undo()
    assert story.read_bytes() == b"old text\n"
    assert sorted(os.listdir(tmp_path)) == ["story.txt"], "temp file left behind"
    assert story.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("other_thread", [False, True], ids=["alone", "with-a-thread"])
def test_write_holds_ctrl_c_until_the_file_is_whole(tmp_path, other_thread):
    """A SIGINT raised during the write is delivered after the rename, also
    when another thread (which the kernel may pick for the signal) is alive."""
    if other_thread:
        import threading

        stop = threading.Event()
        threading.Thread(target=stop.wait, daemon=True).start()
    story = tmp_path / "story.txt"
    story.write_bytes(b"old\n")
    real_fsync = os.fsync
    seen = []

    def fsync_then_interrupt(fd):
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C in the middle of the write
        # The kernel may hand the signal to another thread, and Python then runs
        # the handler in the main thread a moment later: give it that moment
        # here, inside the write, so the test does not race the delivery.
        time.sleep(0.05)
        seen.append("fsync")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(files.os, "fsync", fsync_then_interrupt)
        with pytest.raises(KeyboardInterrupt):
            write_atomic(str(story), b"new\n")
    assert seen == ["fsync", "fsync"]  # the temp file, then the folder after the rename
    assert story.read_bytes() == b"new\n"
    assert sorted(os.listdir(tmp_path)) == ["story.txt"]
    if other_thread:
        stop.set()
