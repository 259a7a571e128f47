"""The real pre-commit runs our hooks from this checkout on a real commit."""
import os
import subprocess
import sys

import pytest

from conftest import ROOT

TYPO_FREE_LEFTOVER = "Ministers met on Monday.\n\nAdvertisements\n\nThey agreed a deal.\n"


def git(*args, cwd, check=True):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=check, timeout=120)


@pytest.fixture
def newsroom(tmp_path):
    head = git("rev-parse", "HEAD", cwd=ROOT).stdout.strip()
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    git("config", "user.email", "desk@example.org", cwd=repo)
    git("config", "user.name", "Desk", cwd=repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]}
    return repo, head, env


def configure(repo, head, hook_id):
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {ROOT}\n  rev: {head}\n  hooks:\n  - id: {hook_id}\n", encoding="utf-8")


def commit(repo, env):
    git("add", "-A", cwd=repo)
    return subprocess.run(["git", "commit", "-q", "-m", "story"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900)


def test_check_hook_refuses_a_commit_with_a_leftover_and_fix_hook_fixes_it(newsroom):
    repo, head, env = newsroom
    configure(repo, head, "newslint")
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, check=True,
                   capture_output=True, timeout=120)
    (repo / "story.txt").write_text(TYPO_FREE_LEFTOVER, encoding="utf-8")
    refused = commit(repo, env)
    assert refused.returncode != 0, refused.stdout + refused.stderr
    assert "NL301" in refused.stdout + refused.stderr
    assert git("rev-parse", "--verify", "HEAD", cwd=repo, check=False).returncode != 0, "nothing committed"

    configure(repo, head, "newslint-fix")
    first = commit(repo, env)
    assert first.returncode != 0, "the fixing hook fails the commit it modified"
    assert (repo / "story.txt").read_text(encoding="utf-8") == "Ministers met on Monday.\n\nThey agreed a deal.\n"
    second = commit(repo, env)
    assert second.returncode == 0, second.stdout + second.stderr
