"""The wheel carries everything: build it, install it in a fresh virtual
environment and run it from outside the source tree."""
import json
import shutil
import subprocess
import sys
import venv

from conftest import ROOT, SEED


def test_wheel_installs_and_runs_outside_the_source_tree(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    wheels = list(dist.glob("newslint-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheels[0])],
                   check=True, capture_output=True, timeout=600)
    work = tmp_path / "elsewhere"
    work.mkdir()
    article = work / "article.txt"
    shutil.copyfile(SEED, article)
    result = subprocess.run([str(env_dir / "bin" / "newslint"), "check", "--format", "json", "article.txt"],
                            cwd=work, capture_output=True, timeout=300)
    assert result.returncode == 1, result.stderr
    rules = {d["rule"] for d in json.loads(result.stdout)}
    assert {"NL301", "NL302"} <= rules
    listing = subprocess.run([str(env_dir / "bin" / "newslint"), "rules"], cwd=work,
                             capture_output=True, timeout=300)
    assert listing.returncode == 0 and b"NL301" in listing.stdout
    # The installed package must not be reading the checkout's rules/ folder.
    where = subprocess.run([str(python), "-c", "import lint.rules as r; print(r.builtin_rules_dir())"],
                           cwd=work, capture_output=True, text=True, timeout=60)
    assert "_rules" in where.stdout and str(ROOT / "rules") not in where.stdout
