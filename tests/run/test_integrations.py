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


def stories(folder, count):
    folder.mkdir()
    for i in range(count):
        extra = "\n\nAdvertisements\n\nMore." if i % 3 == 0 else ""
        (folder / f"story{i:02}.txt").write_text(f"Story {i} starts here.{extra}\n", encoding="utf-8")
    return folder


def test_parallel_output_is_identical_to_one_process(tmp_path):
    folder = stories(tmp_path / "desk", 40)
    one = run_cli("check", "--format", "json", "--no-cache", "-j", "1", folder)
    two = run_cli("check", "--format", "json", "--no-cache", "-j", "2", folder)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert len(json.loads(one.stdout)) >= 14


def test_cache_hits_unchanged_files_and_is_invalidated_by_config(tmp_path):
    from lint.run.cache import Cache
    from lint.config import parse_config
    from lint.engine import Linter
    from lint.run.runner import run_check

    folder = stories(tmp_path / "desk", 10)
    linter = Linter(parse_config({}))
    first_cache = Cache(tmp_path / "cache", linter)
    first = run_check([str(folder)], linter, cache=first_cache)
    assert first_cache.hits == 0
    second_cache = Cache(tmp_path / "cache", linter)
    second = run_check([str(folder)], linter, cache=second_cache)
    assert second_cache.hits == 10
    assert [d.to_json() for d in second.diagnostics] == [d.to_json() for d in first.diagnostics]
    (folder / "story00.txt").write_text("Changed.\n", encoding="utf-8")
    third_cache = Cache(tmp_path / "cache", linter)
    run_check([str(folder)], linter, cache=third_cache)
    assert third_cache.hits == 9
    other = Linter(parse_config({"words": ["Chanegriha"]}))
    other_cache = Cache(tmp_path / "cache", other)
    run_check([str(folder)], other, cache=other_cache)
    assert other_cache.hits == 0
    assert (tmp_path / "cache" / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")


def test_profile_rules_reports_time_per_rule_and_family(tmp_path):
    result = run_cli("check", "--profile-rules", "--select", "boilerplate", SEED)
    err = result.stderr.decode()
    assert "NL301" in err and "(document model)" in err and "boilerplate" in err


def test_api_reads_json_lines_records():
    feed = '{"title": "Fine", "text": "Story.\\n\\nAdvertisements\\n\\nMore."}\n{"title": "Also fine", "text": "Clean."}\n'
    found = lint.check_text(feed, path="feed.jsonl", select=["NL301"])
    assert [(d.rule, d.extra.get("record"), d.extra.get("field")) for d in found] == [("NL301", 1, "text")]
    fixed = lint.fix_text(feed, path="feed.jsonl", select=["NL301"])
    assert fixed.splitlines()[1] == feed.splitlines()[1]
    assert "Advertisements" not in fixed


def lint_records(records):
    """The README's Dask example: one linter per partition, findings per record."""
    linter = lint.make_linter()
    return [{"id": record["id"], "rules": sorted({d.rule for d in lint.check_text(record["text"], linter)})}
            for record in records]


def test_dask_bag_example_with_a_local_scheduler():
    import dask.bag as db

    records = [{"id": i, "text": "Story.\n\nAdvertisements\n\nMore.\n" if i % 2 else "Clean copy.\n"}
               for i in range(8)]
    bag = db.from_sequence(records, npartitions=4).map_partitions(lint_records)
    results = bag.compute(scheduler="processes", num_workers=2)
    assert [r["id"] for r in results] == list(range(8))
    assert all(("NL301" in r["rules"]) == (r["id"] % 2 == 1) for r in results)


def test_cache_key_covers_every_module_and_the_dictionary():
    """A change anywhere in the package (a check, the dictionary) must
    invalidate cached results, not only in the folder the cache code is in."""
    import os

    from lint.config import Config
    from lint.engine import Linter
    from lint.run import cache

    linter = Linter(Config())
    before = cache.settings_key(linter)
    for path in (cache.LINT_DIR / "checks" / "spelling.py", cache.LINT_DIR / "spelling" / "data" / "en.marisa"):
        st = os.stat(path)
        try:
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
            assert cache.settings_key(linter) != before, path
        finally:
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert cache.settings_key(linter) == before
