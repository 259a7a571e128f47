"""Bad input: every odd file either works or gets one clear line naming it
and exit code 2, and the other files are still checked (and fixed).

Config errors and the security points of the reliability issue are here too.
The full-size runs (a 200 MB file, 50,000 files) are bench/reliability/*.py;
scaled-down versions of both run here.
"""
from __future__ import annotations

import json
import os
import tempfile
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.run import files
from lint.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Talks resumed on Monday.\n\nAdvertisements\n\nThe minister left.\n"
GOOD_FIXED = "Talks resumed on Monday.\n\nThe minister left.\n"


def cli(*args, cwd=ROOT, timeout=300):
    return subprocess.run([sys.executable, "-m", "lint", *map(str, args)], cwd=cwd,
                          capture_output=True, timeout=timeout)


def error_lines(stderr: bytes) -> list[str]:
    return [l for l in stderr.decode("utf-8", "replace").splitlines() if l.startswith("newslint: error:")]


def odd_files(folder: Path) -> dict[str, str]:
    """Write the odd inputs; returns name -> "ok" (must be checked) or "error"
    (one error line naming it)."""
    folder.mkdir(exist_ok=True)
    cases = {}

    def put(name, data, outcome):
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        cases[name] = outcome

    put("good.txt", GOOD, "ok")
    put("zero-bytes.txt", b"", "ok")
    put("blank.txt", "\n\n   \n\t\n", "ok")
    put("only-newline.txt", "\r\n", "ok")
    put("punctuation.txt", "...\n!!!\n???\n---\n«»“”‘’\n.,;:\n" * 50, "ok")
    put("rtl-combining.txt", "שלום עולם.\n\nمرحبا بالعالم.\n\ne\u0301e\u0301\u0301 Z\u0351\u0352\u0353\u0354 "
        "\u202eevil\u202c\n\n" * 20, "ok")
    put("emoji-astral.txt", "😀 👩‍👩‍👧 🇩🇿 𝔸𝔹ℂ 𓀀 \U0010fffd\n\nFlags 🏳️‍🌈 and keycaps 1️⃣.\n" * 20, "ok")
    put("utf16.txt", b"\xff\xfe" + GOOD.encode("utf-16-le"), "ok")
    put("utf16be.md", b"\xfe\xff" + GOOD.encode("utf-16-be"), "ok")
    put("bom-utf8.txt", b"\xef\xbb\xbf" + GOOD.encode(), "ok")
    put("long-line.txt", ("word, " * 180_000).encode() + b"\n", "ok")  # ~1 MB, one line
    put("controls.txt", "a\x0bb\x0cc\x1bd\x7f\u0085e\u2028f\u2029g\n", "ok")
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "error")
    put("latin1.txt", "café crème\n".encode("latin-1"), "error")
    put("bad-utf16.txt", b"\xff\xfe" + b"a\x00\x00\xd8", "error")  # lone surrogate
    put("truncated-utf8.txt", "news €".encode()[:-1], "error")
    # One bad record: a line naming it, and the good records still checked.
    put("broken.jsonl", '{"text": "Advertisements"}\n{not json\n', "partial")
    put("broken.html", "<p>Unclosed <b>tag &amp; <script>x = '</p>\n" * 20, "ok")
    put("broken.md", "---\ntitle: [unclosed\n---\n\n# Head\n\n```\nno end\n", "ok")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a folder loop
    return cases


def test_a_symlink_loop_is_one_line_and_the_rest_is_checked(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    os.symlink("loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink("loop-a.txt", tmp_path / "loop-b.txt")
    run = cli("check", "--format", "json", tmp_path, timeout=60)
    stderr = run.stderr.decode()
    assert "Traceback" not in stderr and run.returncode == 2, stderr
    errors = error_lines(run.stderr)
    assert len(errors) == len(stderr.strip().splitlines())
    assert any("loop-a.txt" in e for e in errors) and any("loop-b.txt" in e for e in errors), errors
    assert {Path(d["path"]).name for d in json.loads(run.stdout)} == {"good.txt"}


def test_odd_inputs_each_work_or_get_one_line_and_exit_2(tmp_path):
    folder = tmp_path / "in"
    cases = odd_files(folder)
    run = cli("check", "--format", "json", "--select", "ALL", "--ignore", "grammar", folder, timeout=120)
    stderr = run.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert run.returncode == 2, stderr
    errors = error_lines(run.stderr)
    assert len(errors) == len(stderr.strip().splitlines()), f"only one-line errors on stderr:\n{stderr}"
    for name, outcome in cases.items():
        naming = [e for e in errors if f"/{name}:" in e]
        if outcome in ("error", "partial"):
            assert naming, f"no error line for {name}:\n{stderr}"
        else:
            assert not naming, f"{name} should work:\n{naming}"
    found = json.loads(run.stdout)
    flagged = {Path(d["path"]).name for d in found if d["rule"] == "NL301"}
    assert {"good.txt", "utf16.txt", "utf16be.md", "bom-utf8.txt"} <= flagged
    checked = {Path(d["path"]).name for d in found}
    assert not {name for name, outcome in cases.items() if outcome == "error"} & checked


def test_fix_on_odd_inputs_changes_only_the_fixable_ones(tmp_path):
    folder = tmp_path / "in"
    cases = odd_files(folder)
    before = {name: (folder / name).read_bytes() for name in cases}
    run = cli("fix", folder, timeout=120)
    assert b"Traceback" not in run.stderr and run.returncode == 2, run.stderr.decode()
    after = {name: (folder / name).read_bytes() for name in before}
    assert after["good.txt"] == GOOD_FIXED.encode()
    assert after["utf16.txt"] == b"\xff\xfe" + GOOD_FIXED.encode("utf-16-le")
    assert after["bom-utf8.txt"] == b"\xef\xbb\xbf" + GOOD_FIXED.encode()
    for name, outcome in cases.items():
        if outcome == "error" and name in before:
            assert after[name] == before[name], f"{name} was touched"
    assert not [p for p in os.listdir(folder) if p.startswith(".newslint-")]


def test_an_unreadable_file_is_one_line_and_the_rest_is_checked(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD)
    secret.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert [l for l in result.stderr.splitlines() if l.strip()] == [f"newslint: error: {secret}: permission denied"]
    assert {Path(d["path"]).name for d in json.loads(result.stdout)} == {"good.txt"}


def test_fix_with_a_read_only_file_and_an_unwritable_folder(tmp_path, monkeypatch):
    """A read-only file is fixed with its mode kept, or refused with one line;
    a file whose folder refuses the write is one line, unchanged; the others are fixed."""
    (tmp_path / "good.txt").write_text(GOOD)
    readonly = tmp_path / "readonly.txt"
    readonly.write_text(GOOD)
    readonly.chmod(0o444)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "story.txt").write_text(GOOD)
    locked.chmod(0o555)
    if os.geteuid() == 0:  # root writes anywhere: fail the temp file as a user would
        real = tempfile.mkstemp

        def mkstemp(*args, dir=None, **kwargs):
            if dir and Path(dir).name == "locked":
                raise PermissionError(13, "Permission denied")
            return real(*args, dir=dir, **kwargs)

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    try:
        result = CliRunner().invoke(main, ["fix", str(tmp_path)])
    finally:
        locked.chmod(0o755)
    errors = [l for l in result.stderr.splitlines() if l.startswith("newslint: error:")]
    assert result.exit_code == 2, result.output
    assert (tmp_path / "good.txt").read_text() == GOOD_FIXED
    assert (locked / "story.txt").read_text() == GOOD
    assert any(str(locked / "story.txt") in e and "cannot write" in e for e in errors), errors
    if readonly.read_text() == GOOD:  # refused: then it must say so
        assert any(str(readonly) in e for e in errors), errors
    else:
        assert readonly.read_text() == GOOD_FIXED and readonly.stat().st_mode & 0o777 == 0o444
    assert len(errors) <= 2


def test_a_fifo_is_skipped_not_waited_on(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "pipe.txt")
    try:
        run = cli("check", "-q", tmp_path, timeout=8)
    except subprocess.TimeoutExpired:
        pytest.fail("newslint hung reading a named pipe")
    assert b"Traceback" not in run.stderr
    assert run.returncode in (1, 2)
    assert b"good.txt" in run.stdout


def peak_rss_mb(args, limit: float = 300) -> tuple[float, int, bytes, bytes]:
    """Run the CLI; return its peak RSS (MB), exit code, stdout and stderr.

    ``limit`` seconds is a watchdog against a hang (the run is then killed and
    its exit code is negative), not a speed budget: what the tests bound is
    memory and the work done."""
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen([sys.executable, "-m", "lint", *map(str, args)], cwd=ROOT,
                                   stdout=out, stderr=subprocess.PIPE)
        timer = threading.Timer(limit, process.kill)
        timer.start()
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)  # this child's own peak, unlike RUSAGE_CHILDREN
        timer.cancel()
        out.seek(0)
        stdout = out.read()
    return usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), stdout, stderr


BIG_MB = int(os.environ.get("NEWSLINT_BIG_FILE_MB", "2"))


def test_a_big_file_finishes_in_bounded_memory(tmp_path):
    seed = (ROOT / "fixtures" / "algeria-russia.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as out:
        for i in range(BIG_MB * 1024 * 1024 // len(seed.encode()) + 1):
            out.write(seed.replace("Lavrov", f"Lavrov{i % 97}"))
    size_mb = big.stat().st_size / 2**20
    # Bounded memory: a peak RSS of 300 MB plus 60 times the file.
    rss, code, _, stderr = peak_rss_mb(["check", "-q", "--statistics", big])
    assert code in (0, 1), f"{size_mb:.0f} MB file: exit {code}: {stderr[-500:]!r}"
    assert rss < 300 + 60 * size_mb, f"peak RSS {rss:.0f} MB for a {size_mb:.0f} MB file"


def test_a_folder_of_many_small_files(tmp_path):
    count = int(os.environ.get("NEWSLINT_MANY_FILES", "2000"))
    folder = tmp_path / "many"
    for i in range(count):
        sub = folder / f"{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:05d}.txt").write_text(GOOD if i % 100 == 0 else "Talks resumed on Monday.\n")
    rss, code, stdout, stderr = peak_rss_mb(["check", "--format", "json", "--select", "NL301", folder])
    assert code == 1 and b"Traceback" not in stderr, stderr
    flagged = {Path(finding["path"]).name for finding in json.loads(stdout)}
    assert flagged == {f"{i:05d}.txt" for i in range(0, count, 100)}, "every file checked, each once"
    assert rss < 500, f"peak RSS {rss:.0f} MB for {count} files"


# -- config errors --------------------------------------------------------------
PACK_OK = """
[[rules]]
id = "NL901"
name = "house-going-forward"
category = "style"
severity = "warning"
type = "existence"
message = "No '{match}'"
description = "d"
rationale = "r"
[rules.params]
patterns = ["going forward"]
"""


@pytest.mark.parametrize("config,pack,named", [
    ("ignore = [\n", None, "newslint.toml"),
    ("ignore = [\"NL999\"]\n", None, "NL999"),
    ("select = [\"no-such-rule\"]\n", None, "no-such-rule"),
    ("fail-on = 3\n", None, "fail-on"),
    ("words = \"Chanegriha\"\n", None, "words"),
    ("colour = true\n", None, "colour"),
    ("[typography]\nquotes = 1\n", None, "typography.quotes"),
    ("packs = [\"house.toml\"]\n", PACK_OK.replace('["going forward"]', '["(unclosed"]'), "house.toml"),
    ("packs = [\"house.toml\"]\n", PACK_OK.replace('type = "existence"', 'type = "os:system"'), "os:system"),
    ("packs = [\"house.toml\"]\n", PACK_OK.replace("[rules.params]", "[rules.params]\nwords = 1"), "words"),
    ("packs = [\"house.toml\"]\n", "[[rules]\n", "house.toml"),
    ("packs = [\"missing.toml\"]\n", None, "missing.toml"),
])
def test_config_errors_name_the_file_and_key_and_exit_2(tmp_path, config, pack, named):
    (tmp_path / "newslint.toml").write_text(config)
    if pack is not None:
        (tmp_path / "house.toml").write_text(pack)
    (tmp_path / "a.txt").write_text(GOOD)
    run = cli("check", tmp_path / "a.txt", timeout=60)
    stderr = run.stderr.decode()
    assert run.returncode == 2 and "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and named in lines[0], stderr


# -- security -------------------------------------------------------------------
HOSTILE = [
    "{match.__class__.__mro__}", "{0}", "%s%s%n", "${HOME}", "$(touch pwned)", "`touch pwned`",
    "__import__('os').system('touch pwned')", "<script>fetch('x')</script>",
    "{{7*7}}", "\x1b]0;title\x07\x1b[31m", "../../../../etc/passwd",
]


def test_documents_are_never_executed(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\n\n"
                     + "\n\n".join(f"Advertisements {h}\n\nAdvertisements" for h in HOSTILE) + "\n")
    (tmp_path / "story.jsonl").write_text(
        "\n".join(json.dumps({"text": h + "\n\nAdvertisements\n"}) for h in HOSTILE) + "\n")
    for args in (["check", "--format", "json"], ["fix", "--unsafe"]):
        run = cli(*args, tmp_path, cwd=tmp_path, timeout=120)
        assert b"Traceback" not in run.stderr, run.stderr.decode()
    assert not (tmp_path / "pwned").exists() and not (ROOT / "pwned").exists()
    assert "!!python/object" in story.read_text()  # front matter is left alone


def test_fix_never_writes_outside_the_checked_tree(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "story.txt").write_text(GOOD)
    os.symlink(outside, tree / "linked.txt")
    (tree / "newslint.toml").write_text('exclude = ["../outside.txt"]\n')
    cli("fix", tree, cwd=tree, timeout=120)
    assert (tree / "story.txt").read_text() == GOOD_FIXED
    assert outside.read_text() == GOOD, "fix wrote through a symlink to a file outside the tree"


def test_languagetool_server_listens_on_loopback_only(monkeypatch, tmp_path):
    from lint.grammar import languagetool as lt
    started = []

    class Process:
        pid = 1
        returncode = None

        def __init__(self, args, **kwargs):
            started.append(args)

        def poll(self):
            return None

    monkeypatch.setattr(lt, "require_java", lambda: "java")
    monkeypatch.setattr(lt, "classpath", lambda version=None: "lt.jar")
    monkeypatch.setattr(lt.subprocess, "Popen", Process)
    monkeypatch.setattr(lt, "answers", lambda url, timeout=2.0: url.startswith("http://127.0.0.1:"))
    server = lt.start_server(log=tmp_path / "lt.log")
    assert server.url.startswith("http://127.0.0.1:")
    (args,) = started
    assert "--public" not in args and "--allow-origin" not in args, args
