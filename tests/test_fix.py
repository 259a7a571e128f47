"""The fixer: non-overlapping edits, repeated to a fixed point, atomic writes
that keep encoding, BOM, newline style and mode."""
import codecs
import os
import stat

import pytest

from conftest import run_cli
from lint.config import Config
from lint.diagnostics import Diagnostic, Edit, Fix, Position
from lint.engine import Linter
from lint.run.files import decode, encode, write_atomic
from lint.fix import apply_edits, choose_fixes

ARTICLE = "Story starts.\n\nAdvertisements\n\nStory ends.\n"
FIXED = "Story starts.\n\nStory ends.\n"


def diag(start, end, replacement, applicability="safe", rule="NL301"):
    p = Position(1, start + 1, start)
    return Diagnostic("a.txt", rule, "x", "style", "error", "m", p, Position(1, end + 1, end),
                      fix=Fix(applicability, (Edit(start, end, replacement),)))


def test_apply_edits_in_order():
    assert apply_edits("abcdef", [Edit(4, 5, "E"), Edit(0, 1, "")]) == "bcdEf"


def test_overlapping_fixes_are_left_for_a_later_pass():
    chosen = choose_fixes([diag(0, 4, "x"), diag(2, 6, "y"), diag(6, 7, "z")], unsafe=False)
    assert [(d.fix.edits[0].start, d.fix.edits[0].end) for d in chosen] == [(0, 4), (6, 7)]


def test_two_insertions_at_one_point_conflict():
    assert len(choose_fixes([diag(3, 3, "a"), diag(3, 3, "b", rule="NL302")], unsafe=False)) == 1


def test_unsafe_fixes_need_the_flag():
    assert choose_fixes([diag(0, 1, "x", "unsafe")], unsafe=False) == []
    assert len(choose_fixes([diag(0, 1, "x", "unsafe")], unsafe=True)) == 1


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("encoding,bom", [("utf-8", False), ("utf-8", True), ("utf-16-le", True)])
def test_fix_keeps_encoding_bom_newlines_and_mode(tmp_path, newline, encoding, bom):
    path = tmp_path / "story.txt"
    path.write_bytes(encode(ARTICLE.replace("\n", newline), encoding, bom))
    os.chmod(path, 0o640)
    result = run_cli("fix", "--select", "NL301", path)
    assert result.returncode == 1, result.stderr
    data = path.read_bytes()
    assert data == encode(FIXED.replace("\n", newline), encoding, bom)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"], "no temp file left behind"


def test_decode_remembers_bom():
    assert decode(codecs.BOM_UTF8 + b"hi", "x") == ("hi", "utf-8", True)
    assert decode("hi".encode("utf-16"), "x")[0] == "hi"


def test_write_atomic_follows_symlinks(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomic(str(link), b"new")
    assert link.is_symlink() and target.read_text() == "new"


def test_a_failed_write_is_one_error_line_and_leaves_the_file(tmp_path, monkeypatch):
    from lint.run.runner import run_fix

    blocked = tmp_path / "blocked.txt"
    fine = tmp_path / "fine.txt"
    for path in (blocked, fine):
        path.write_text(ARTICLE, encoding="utf-8")
    real_replace = os.replace

    def refuse(src, dst):
        if str(dst).endswith("blocked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    result = run_fix([str(blocked), str(fine)], Linter(Config(), select=["NL301"]))
    assert result.errors == [f"{blocked}: cannot write fix: Permission denied"]
    assert blocked.read_text(encoding="utf-8") == ARTICLE
    assert fine.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked.txt", "fine.txt"]


def test_fix_is_idempotent_and_exit_zero_on_fix(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    first = run_cli("fix", "--select", "boilerplate", "--exit-zero-on-fix", path)
    assert first.returncode == 0, first.stderr
    assert path.read_text(encoding="utf-8") == FIXED
    second = run_cli("fix", "--select", "boilerplate", path)
    assert second.returncode == 0 and b"Fixed 0 findings" in second.stderr


def test_linter_fix_reaches_a_fixed_point():
    from lint.document import Document
    from lint.fix import fix_document

    text = "A.\n\nAdvertisements\n\nAdvertisements\n\nB.\n"
    linter = Linter(Config(), select=["NL301"])
    result = fix_document(linter, Document(text, "a.txt"), lambda t: Document(t, "a.txt"))
    assert result.text == "A.\n\nB.\n" and result.converged and result.remaining == []


def test_fix_keeps_owner_and_group_when_run_as_root(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    os.chown(path, 12345, 23456)
    write_atomic(str(path), FIXED.encode())
    st = os.stat(path)
    assert (st.st_uid, st.st_gid) == (12345, 23456)
    assert path.read_text(encoding="utf-8") == FIXED


def test_a_story_wide_fix_prints_each_edit_at_its_own_place_and_counts_one_finding(tmp_path):
    text = "“Go,” she said. " * 3 + "\n\n" + 'He said "no".\n\nThey said "yes".\n'
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    result = run_cli("fix", "--unsafe", "--select", "NL430", story)
    err = result.stderr.decode()
    places = [line.split(": ", 1)[0].rsplit(":", 2)[1:] for line in err.splitlines() if "fixed NL430" in line]
    assert places == [["3", "9"], ["3", "12"], ["5", "11"], ["5", "15"]]
    assert "Fixed 1 finding in 1 file" in err
