"""JSON Lines: one document per text field of each record, positions in the
.jsonl file, fixes that touch only the changed strings."""
import json
import shutil
from pathlib import Path

import pytest
from conftest import run_cli

from lint.config import Config, load_config, parse_config
from lint.engine import Linter
from lint.formats import jsonl, load
from lint.run.runner import run_check, run_fix

FORMATS = Path(__file__).resolve().parents[2] / "fixtures" / "formats"
STORIES = FORMATS / "stories.jsonl"

# (rule, line, column, record, field) of every finding in fixtures/formats/stories.jsonl
EXPECTED = [
    ("HS901", 1, 40, 1, "title"),
    ("NL301", 1, 97, 1, "text"),
    ("HS901", 1, 124, 1, "text"),
    ("NL302", 2, 99, 2, "body[1]"),
    ("HS901", 4, 55, 4, "text"),   # after \u escapes and a surrogate pair
]


def linter(config=None):
    return Linter(config or load_config(FORMATS / "newslint.toml"))


def summary(diagnostics):
    return [(d.rule, d.start.line, d.start.column, d.extra["record"], d.extra["field"])
            for d in diagnostics]


def test_findings_carry_file_positions_record_and_field():
    result = run_check([str(STORIES)], linter())
    assert result.errors == []
    assert summary(result.diagnostics) == EXPECTED
    source = STORIES.read_text(encoding="utf-8")
    for d in result.diagnostics:
        assert f"'{source[d.start.offset:d.end.offset]}'" in d.message


def test_json_output_has_record_and_field():
    out = run_cli("check", "--format", "json", "--config", FORMATS / "newslint.toml", STORIES)
    items = json.loads(out.stdout)
    assert [(d["record"], d["field"]) for d in items] == [(r, f) for *_, r, f in EXPECTED]


def test_fix_rewrites_only_the_changed_strings(tmp_path):
    target = tmp_path / "stories.jsonl"
    shutil.copyfile(STORIES, target)
    result = run_fix([str(target)], linter())
    assert result.errors == [] and result.diagnostics == []
    fixed = target.read_bytes()
    assert fixed == (FORMATS / "stories.fixed.jsonl").read_bytes()
    before, after = STORIES.read_bytes().split(b"\n"), fixed.split(b"\n")
    assert before[2] == after[2]  # the record without findings, byte for byte
    records = [json.loads(line) for line in after if line]
    assert records[0]["text"] == "Algeria and Russia agreed.\n\nThe deal strengthens ties."
    assert records[0]["url"] == "https://example.com/strengtens"
    assert records[3]["text"] == 'été 😀 "the pact strengthens both".'


@pytest.mark.parametrize("crlf", [False, True])
def test_fix_round_trip_changes_nothing(tmp_path, crlf):
    data = (FORMATS / "clean.jsonl").read_bytes()
    data = data.replace(b"\n", b"\r\n") if crlf else data
    target = tmp_path / "clean.jsonl"
    target.write_bytes(data)
    result = run_fix([str(target)], linter())
    assert result.applied == {} and result.errors == []
    assert target.read_bytes() == data


def test_crlf_lines_keep_their_line_ends_when_fixed(tmp_path):
    target = tmp_path / "s.jsonl"
    target.write_bytes(STORIES.read_bytes().replace(b"\n", b"\r\n"))
    run_fix([str(target)], linter())
    assert target.read_bytes() == (FORMATS / "stories.fixed.jsonl").read_bytes().replace(b"\n", b"\r\n")


def test_bad_records_are_reported_by_line_and_the_rest_checked(tmp_path):
    target = tmp_path / "mixed.jsonl"
    target.write_text('{"text": "Fine."}\nnot json\n[1, 2]\n{"text": "It strengtens."} trailing\n\n'
                      '{"text": "It strengtens."}\n', encoding="utf-8")
    result = run_check([str(target)], linter())
    assert [e.split(": ", 1)[0] for e in result.errors] == [
        f"{target}:2", f"{target}:3", f"{target}:4"]
    assert all("skipped" in e for e in result.errors)
    assert summary(result.diagnostics) == [("HS901", 6, 14, 6, "text")]


def test_fields_are_configurable_with_key_paths(tmp_path):
    target = tmp_path / "nested.jsonl"
    target.write_text('{"text": "It strengtens.", "article": {"body": ["It strengtens.", 3], '
                      '"lead": "It strengtens."}}\n', encoding="utf-8")
    config = parse_config({"packs": [str(FORMATS / "house.toml")], "select": ["HS901"],
                           "formats": {"jsonl-fields": ["article.body", "article.lead"]}})
    result = run_check([str(target)], linter(config))
    assert [(d.extra["field"], d.start.column) for d in result.diagnostics] == [
        ("article.body[0]", 53), ("article.lead", 83)]


def test_replacements_are_escaped_like_the_line():
    views, _ = jsonl.views('{"text": "ascii"}\n{"text": "été"}\n', ["text"], "a.jsonl")
    ascii_line, unicode_line = views[0][1], views[1][1]
    assert ascii_line.escape('é "q"\n') == '\\u00e9 \\"q\\"\\n'
    assert unicode_line.escape('é "q"\n') == 'é \\"q\\"\\n'


def test_stdin_jsonl_is_fixed_to_stdout():
    fixed = run_cli("fix", "--config", FORMATS / "newslint.toml", "--stdin-filename", "s.jsonl", "-",
                    input=STORIES.read_bytes())
    assert fixed.stdout == (FORMATS / "stories.fixed.jsonl").read_bytes()


def test_every_record_is_a_document_of_its_own():
    docs, problems = load("a.jsonl", '{"title": "T", "body": "B"}\n{"content": "C"}\n', config=Config())
    assert problems == []
    assert [(d.text, d.origin) for d in docs] == [
        ("T", {"record": 1, "field": "title"}), ("B", {"record": 1, "field": "body"}),
        ("C", {"record": 2, "field": "content"})]
