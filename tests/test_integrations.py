"""Baselines, init and the Python API."""
import json

from conftest import SEED, run_cli

import lint

ARTICLE = "A.\n\nAdvertisements\n\nB.\n"


def test_baseline_reports_only_new_findings_after_lines_move(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    written = run_cli("check", "--select", "boilerplate", "--write-baseline", baseline, story)
    assert written.returncode == 0 and b"Recorded 1 finding" in written.stdout
    story.write_text("New top line.\n\n" + ARTICLE + "\nExit mobile version\n", encoding="utf-8")
    result = run_cli("check", "--select", "boilerplate", "--format", "json", "--baseline", baseline, story)
    assert [d["rule"] for d in json.loads(result.stdout)] == ["NL302"]
    assert result.returncode == 1
    baseline.write_text("{not json", encoding="utf-8")
    broken = run_cli("check", "--baseline", baseline, story)
    assert broken.returncode == 2 and b"broken baseline" in broken.stderr


def test_init_writes_a_config_that_loads(tmp_path):
    first = run_cli("init", cwd=tmp_path)
    assert first.returncode == 0
    assert run_cli("init", cwd=tmp_path).returncode == 2
    checked = run_cli("check", "--format", "json", SEED, cwd=tmp_path)
    assert checked.returncode in (0, 1), checked.stderr


def test_python_api_matches_the_cli(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    cli = json.loads(run_cli("check", "--format", "json", story).stdout)
    api = [d.to_json() for d in lint.check_text(ARTICLE, path=str(story))]
    assert api == cli
    assert lint.fix_text(ARTICLE, select=["NL301"]) == "A.\n\nB.\n"
    linter = lint.make_linter({"ignore": ["NL301"]})
    assert all(d.rule != "NL301" for d in lint.check_text(ARTICLE, linter))


def test_github_action_is_a_valid_composite_action():
    import re

    import yaml

    from conftest import ROOT

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert all(step.get("shell") == "bash" for step in steps if "run" in step), "composite run steps need a shell"
    used = {m for step in steps for m in re.findall(r"inputs\.(\w+)", step.get("run", ""))}
    assert used <= set(action["inputs"])
    assert any("newslint ${{ inputs.args }}" in step.get("run", "") for step in steps)
    for example in ("github-workflow.yml", "gitlab-ci.yml"):
        assert yaml.safe_load((ROOT / "docs" / "examples" / example).read_text(encoding="utf-8"))
