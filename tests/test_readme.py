"""The README's picture of newslint's output is real output, and its two
commands are where CI reads them."""
import subprocess
import sys

from conftest import ROOT, SEED, run_cli

README = ROOT / "README.md"


def output_picture() -> list[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split("```text\n", 1)[1].split("```", 1)[0]
    return block.splitlines()


def test_the_output_picture_is_what_newslint_prints_on_the_seed():
    picture = output_picture()
    real = run_cli("check", "--no-cache", "--no-color", SEED.relative_to(ROOT)).stdout.decode().splitlines()
    assert picture[-1] == real[-1], "the summary line"
    body = picture[:-1]
    assert body == real[:len(body)], "the README's output picture is stale: paste the real output"


def test_ci_reads_the_two_commands_from_the_readme():
    def command(name):
        return subprocess.run([sys.executable, str(ROOT / ".ci" / "readme_commands.py"), name, str(README)],
                              capture_output=True, text=True, check=True).stdout.strip()

    setup, test = command("setup"), command("test")
    assert "pip install" in setup and "newslint check fixtures/algeria-russia.txt" in setup
    assert test == ".venv/bin/python -m pytest"
