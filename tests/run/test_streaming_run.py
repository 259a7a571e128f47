"""check streams: the reporter gets the run file by file, in the order one
sort of every finding gives, and the run holds a bounded number of files'
findings and texts however many files it checks (counted by instrumentation:
the objects alive in the process while the report is written)."""
import gc
import json
import os
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from lint.config import Config
from lint.diagnostics import Diagnostic, FileFindings
from lint.engine import Linter
from lint.report import ReportContext, file_chunks, render
from lint.run.check_file import FileOutcome
from lint.run.files import iter_files, iter_sorted_files
from lint.run.parallel import AHEAD, MAX_CHUNK
from lint.run.runner import CheckRun, run_check

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from conftest import run_cli  # noqa: E402


def archive(folder: Path, count: int) -> Path:
    """``count`` stories in ten folders, each with a repeated word (one finding)."""
    for i in range(count):
        part = folder / f"part{i % 10}"
        part.mkdir(parents=True, exist_ok=True)
        (part / f"{i:05d}.txt").write_text(f"Story {i}: the the council met on Monday.\n", encoding="utf-8")
    return folder


def held(kind) -> int:
    return sum(1 for o in gc.get_objects() if type(o) is kind)


def peak_held(folder: Path, jobs: int, output_format: str) -> tuple[int, int, int]:
    """The most findings, FileFindings with text and FileOutcomes alive at
    once while the report of ``folder`` is written, and the findings reported."""
    linter = Linter(Config(), select=["NL501"])
    run = CheckRun([str(folder)], linter, want_text=output_format == "text", jobs=jobs)
    peaks = [0, 0, 0]
    reported = 0

    def watched(files):
        nonlocal reported
        for i, file in enumerate(files):
            reported += len(file.diagnostics)
            if i % 20 == 10:
                texts = sum(1 for o in gc.get_objects() if type(o) is FileFindings and o.text is not None)
                for n, count in enumerate((held(Diagnostic), texts, held(FileOutcome))):
                    peaks[n] = max(peaks[n], count)
            yield file

    for _ in file_chunks(output_format, watched(run), ReportContext(rules=linter.rules)):
        pass
    return (*peaks, reported)


@pytest.mark.parametrize("output_format", ["text", "junit"])
def test_one_process_holds_one_file_at_a_time(tmp_path, output_format):
    folder = archive(tmp_path / "desk", 400)
    findings, texts, outcomes, reported = peak_held(folder, 1, output_format)
    assert reported == 400
    # the file being reported and the next one, handed over
    assert findings <= 2 and texts <= 2 and outcomes <= 1, (findings, texts, outcomes)


def test_workers_hold_a_bounded_window_whatever_the_archive(tmp_path):
    small = peak_held(archive(tmp_path / "small", 200), 2, "text")
    large = peak_held(archive(tmp_path / "large", 1600), 2, "text")
    assert small[3] == 200 and large[3] == 1600
    bound = 2 * (AHEAD + 1) * MAX_CHUNK + 2  # tasks in flight, one being read
    for findings, texts, outcomes, _ in (small, large):
        assert findings <= bound and outcomes <= bound and texts <= 2
    assert large[0] < 1600 / 4, large  # not the archive's findings


def test_files_come_in_the_order_of_one_sort_of_their_paths(tmp_path):
    root = tmp_path / "desk"
    for name in ("a.txt", "a-b/x.txt", "a/b.txt", "a/b/c.txt", "a/b-c.txt", "b.md", "a/z.txt", "a.b/y.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("Fine.\n", encoding="utf-8")
    config = Config()

    def os_walk_order():  # a folder's files, then its subfolders: not path order here
        for folder, subfolders, files in os.walk(root):
            subfolders.sort()
            yield from (os.path.join(folder, name) for name in sorted(files))

    by_os_walk = list(os_walk_order())
    assert by_os_walk != sorted(by_os_walk)  # the fixture tells the two orders apart
    assert list(iter_sorted_files([str(root)], config, [])) == sorted(by_os_walk)
    assert list(iter_files([str(root)], config, [])) == sorted(by_os_walk)  # one walker for both
    given = [str(root / "b.md"), str(root / "a"), str(root / "a-b")]
    assert list(iter_sorted_files(given, config, [])) == sorted(iter_files(given, config, []))


def test_overlapping_arguments_and_symlinks_check_each_file_once(tmp_path):
    root = tmp_path / "desk"
    (root / "sub").mkdir(parents=True)
    (root / "z.txt").write_text("The the end.\n", encoding="utf-8")
    (root / "sub" / "x.txt").write_text("The the start.\n", encoding="utf-8")
    os.symlink("z.txt", root / "a.txt")  # the same file twice: the first path in order is kept
    os.symlink("sub", root / "linked")
    errors: list[str] = []
    found = list(iter_sorted_files([str(root), str(root / "sub"), str(root / "z.txt")], Config(), errors))
    assert found == [str(root / "a.txt"), str(root / "linked" / "x.txt")] and not errors


def test_stdin_takes_its_place_in_the_order(tmp_path):
    folder = archive(tmp_path / "desk", 20)
    named = str(folder / "part3" / "zzz.txt")
    result = run_cli("check", "--format", "json", "--no-cache", "--stdin-filename", named, folder, "-",
                     input=b"From stdin: the the end.\n")
    paths = [d["path"] for d in json.loads(result.stdout)]
    assert paths == sorted(paths) and named in paths and len(set(paths)) == 21


def test_streamed_run_finds_what_the_whole_run_finds(tmp_path):
    folder = archive(tmp_path / "desk", 60)
    linter = Linter(Config())
    whole = run_check([str(folder)], linter, jobs=2)
    streamed = [d for file in CheckRun([str(folder)], linter, jobs=2) for d in file.diagnostics]
    assert [d.to_json() for d in streamed] == [d.to_json() for d in sorted(whole.diagnostics, key=Diagnostic.sort_key)]
    assert len(streamed) >= 60


def reference_junit(files) -> str:
    """JUnit as one ElementTree of the whole run (how it was built before it streamed)."""
    files = [f for f in files if f.checked]
    total = sum(len(f.diagnostics) for f in files)
    root = ET.Element("testsuites", name="newslint", tests=str(total or len(files)), failures=str(total))
    for f in files:
        suite = ET.SubElement(root, "testsuite", name=f.path, tests=str(len(f.diagnostics) or 1),
                              failures=str(len(f.diagnostics)), errors="0", skipped="0")
        if not f.diagnostics:
            ET.SubElement(suite, "testcase", name="newslint", classname=f.path)
        for d in f.diagnostics:
            case = ET.SubElement(suite, "testcase", classname=f.path,
                                 name=f"{d.rule} {d.name} at {d.start.line}:{d.start.column}")
            failure = ET.SubElement(case, "failure", message=d.message, type=d.severity)
            failure.text = f"{f.path}:{d.start.line}:{d.start.column}: {d.rule} {d.message}"
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def test_streamed_junit_is_what_one_tree_writes(tmp_path):
    folder = archive(tmp_path / "desk", 12)
    (folder / "part0" / "clean.txt").write_text("Fine & <dandy>.\n", encoding="utf-8")
    (folder / "part0" / "bad.txt").write_bytes(b"\xff\xfe\x00")
    files = list(CheckRun([str(folder)], Linter(Config())))
    for chosen in (files, files[:1], [f for f in files if not f.diagnostics], []):
        assert "".join(file_chunks("junit", chosen, ReportContext())) == reference_junit(chosen)
    assert render("junit", [], ReportContext(sources={"a.txt": ""})) == reference_junit([FileFindings("a.txt")])


@pytest.mark.parametrize("count, streamed", [(20, 0), (800, 0), (3000, 2000)])
def test_parallel_tasks_keep_the_order_and_shrink_to_one_file_at_the_end(count, streamed):
    from lint.run.parallel import _tasks

    paths = [f"{i:05d}.txt" for i in range(count)]
    head, rest = paths[:count - streamed], iter(paths[count - streamed:])
    tasks = list(_tasks(head, rest, 2))
    assert [p for task in tasks for p in task] == paths
    assert max(map(len, tasks)) <= MAX_CHUNK and len(tasks[-1]) == 1
    assert count < 100 or len(tasks) < count / 10  # not one task per file
