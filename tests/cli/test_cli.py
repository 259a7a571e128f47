"""The real CLI in a subprocess: the seed article end to end, exit codes, bad input."""
import json
import shutil
import subprocess
import sys

from conftest import SEED, run_cli


def findings(result):
    return json.loads(result.stdout)


def boilerplate(items):
    return [d for d in items if d["category"] == "boilerplate" and d["rule"] in ("NL301", "NL302")]


def test_seed_json_contract_and_boilerplate_positions():
    result = run_cli("check", "--format", "json", SEED)
    assert result.returncode == 1, result.stderr
    items = findings(result)
    keys = {"path", "rule", "name", "category", "severity", "message", "start", "end",
            "suggestions", "fix"}
    for item in items:
        assert keys <= set(item)
        for end in ("start", "end"):
            assert set(item[end]) == {"line", "column", "offset"}
    text = SEED.read_text(encoding="utf-8")
    found = {d["rule"]: d for d in boilerplate(items)}
    ad = found["NL301"]
    assert (ad["start"]["line"], ad["start"]["column"]) == (11, 1)
    assert text[ad["start"]["offset"]:ad["end"]["offset"]] == "Advertisements"
    assert ad["fix"]["applicability"] == "safe"
    exit_link = found["NL302"]
    assert exit_link["start"]["line"] == 33
    assert text[exit_link["start"]["offset"]:exit_link["end"]["offset"]] == "Exit mobile version"


def test_fix_removes_exactly_the_leftover_lines(tmp_path):
    target = tmp_path / "article.txt"
    shutil.copyfile(SEED, target)
    original = SEED.read_text(encoding="utf-8")
    result = run_cli("fix", "--select", "NL301,NL302", target)
    assert result.returncode == 1, "fix must fail a hook when it changed the file"
    assert b"fixed NL301" in result.stderr and b"fixed NL302" in result.stderr
    expected = original.replace("Advertisements\n\n", "", 1).replace("\n\nExit mobile version", "")
    assert target.read_text(encoding="utf-8") == expected
    again = run_cli("fix", "--select", "NL301,NL302", target)
    assert again.returncode == 0, again.stderr
    assert target.read_text(encoding="utf-8") == expected


def test_fix_diff_writes_nothing(tmp_path):
    target = tmp_path / "article.txt"
    shutil.copyfile(SEED, target)
    result = run_cli("fix", "--diff", "--select", "boilerplate", target)
    assert b"-Advertisements" in result.stdout
    assert target.read_bytes() == SEED.read_bytes()


def test_bad_inputs_get_one_line_each_and_the_rest_is_checked(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Story.\n\nAdvertisements\n\nMore.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", tmp_path / "binary.txt", tmp_path / "latin1.txt",
                     tmp_path / "missing.txt", good)
    assert result.returncode == 2
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 3
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("latin1.txt" in e and "UTF-8" in e for e in errors)
    assert any("missing.txt" in e for e in errors)
    assert "Traceback" not in result.stderr.decode()
    assert [d["rule"] for d in findings(result)] == ["NL301"]


def test_folder_walk_and_empty_folder(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text("Fine copy.\n", encoding="utf-8")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / "empty").mkdir()
    ok = run_cli("check", tmp_path / "a")
    assert ok.returncode == 0, ok.stderr
    assert b"All checks passed (1 file)" in ok.stdout
    empty = run_cli("check", tmp_path / "empty")
    assert empty.returncode == 2 and b"no files to check" in empty.stderr


def test_unknown_rule_and_broken_config_exit_2(tmp_path):
    unknown = run_cli("check", "--select", "NL999", SEED)
    assert unknown.returncode == 2 and b"NL999" in unknown.stderr
    config = tmp_path / "newslint.toml"
    config.write_text("select = [\n", encoding="utf-8")
    broken = run_cli("check", "--config", config, SEED)
    assert broken.returncode == 2
    assert str(config).encode() in broken.stderr and b"invalid TOML" in broken.stderr
    config.write_text("colour = true\n", encoding="utf-8")
    unknown_key = run_cli("check", "--config", config, SEED)
    assert unknown_key.returncode == 2 and b"unknown key 'colour'" in unknown_key.stderr


def test_select_ignore_and_exit_zero():
    result = run_cli("check", "--format", "json", "--select", "boilerplate", "--ignore", "NL302", SEED)
    assert {d["rule"] for d in findings(result)} == {"NL301", "NL320"}
    result = run_cli("check", "--format", "json", "--select", "NL3", "--ignore", "amp-leftover,NL320", SEED)
    assert {d["rule"] for d in findings(result)} == {"NL301"}
    assert run_cli("check", "--exit-zero", SEED).returncode == 0


def test_stdin_check_and_fix():
    text = "Story.\n\nExit mobile version\n".encode()
    checked = run_cli("check", "--format", "json", "-", input=text)
    assert [d["rule"] for d in findings(checked)] == ["NL302"]
    fixed = run_cli("fix", "-", input=text)
    assert fixed.stdout == b"Story.\n"


def test_rules_and_rule_explain():
    listing = run_cli("rules")
    assert listing.returncode == 0 and b"NL301" in listing.stdout
    explained = run_cli("rule", "NL301").stdout.decode()
    for part in ("# NL301 `ad-label`", "## What it catches", "## Why", "Bad:", "Good:", "yes, safe"):
        assert part in explained
    assert run_cli("rule", "amp-leftover").returncode == 0
    assert run_cli("rule", "NL999").returncode == 2


def test_text_output_shows_line_and_caret():
    out = run_cli("check", "--no-color", "--select", "NL301", SEED).stdout.decode()
    assert "algeria-russia.txt:11:1: NL301 [ad-label]" in out
    assert "   11 | Advertisements" in out
    assert "| ^^^^^^^^^^^^^^" in out


def test_statistics():
    out = run_cli("check", "--statistics", "--select", "boilerplate", SEED).stdout.decode()
    assert "NL301" in out and "NL302" in out


def test_show_fixes_prints_each_edit():
    out = run_cli("check", "--show-fixes", "--no-color", "--select", "NL301", SEED).stdout.decode()
    assert "= fix (safe): 'Advertisements\\n\\n' -> ''" in out


def test_garbage_collection_is_back_on_once_start_up_is_over(tmp_path):
    """lint.__main__ turns collection off for start-up; every command must
    turn it back on, or a long run would never free a reference cycle."""
    (tmp_path / "a.txt").write_text("Teh story.\n", encoding="utf-8")
    for args in (["check", "--no-cache", "a.txt"], ["fix", "a.txt"], ["rules"]):
        code = ("import atexit, gc, sys; atexit.register(lambda: print('collecting', gc.isenabled()));"
                f"sys.argv = ['newslint', *{args!r}]; import lint.__main__ as m; m.main()")
        result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
        assert result.stdout.strip().endswith("collecting True"), (args, result.stdout, result.stderr)


def test_a_rule_firing_hundreds_of_times_in_a_file_keeps_every_finding_and_says_so(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("He said the the thing.\n" * 150, encoding="utf-8")
    out = run_cli("check", "--no-cache", "--no-color", "--select", "NL501", story).stdout.decode()
    assert out.count("NL501 [repeated-word] Repeated") == 150
    assert f"Note: NL501 [repeated-word] fired 150 times in {story}" in out
    few = tmp_path / "few.txt"
    few.write_text("He said the the thing.\n", encoding="utf-8")
    assert "Note:" not in run_cli("check", "--no-cache", "--select", "NL501", few).stdout.decode()


def test_statistics_and_summary_count_per_rule_and_per_kind(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("She said “yes”, “no” and \"maybe\". Don't, won’t, can’t.\n", encoding="utf-8")
    stats = run_cli("check", "--no-cache", "--statistics", "--select", "NL430,NL431", story).stdout.decode()
    assert "     1  NL430  mixed-quotes" in stats and "Per kind:\n     1  mixed-apostrophes\n     1  mixed-quotes" in stats
    out = run_cli("check", "--no-cache", "--no-color", "--select", "NL430,NL431", story).stdout.decode()
    assert "Per rule: NL430 1, NL431 1" in out and "Per kind: mixed-apostrophes 1, mixed-quotes 1" in out
