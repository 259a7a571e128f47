"""docs/rules/ is what the packs say: one page per rule, the same text
`newslint rule ID` prints, and the index table `newslint rules --format
markdown` prints."""
import importlib.util
import re

from conftest import ROOT, run_cli

DOCS = ROOT / "docs" / "rules"
spec = importlib.util.spec_from_file_location("build_rule_docs", ROOT / "tools" / "build_rule_docs.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)

regex_links = re.compile(r"\| \[(NL\d+)\]\(NL\d+\.md\) \|")
STALE = "docs/rules/ is stale: run `python tools/build_rule_docs.py`"


def test_every_rule_page_is_current_and_no_page_is_left_over():
    wanted = build.pages()
    on_disk = {p.name: p.read_bytes().decode("utf-8") for p in DOCS.glob("*.md")}
    assert sorted(on_disk) == sorted(wanted), STALE
    for name, text in wanted.items():
        assert on_disk[name] == text, f"{STALE} ({name})"


def test_newslint_rule_prints_the_page():
    for rule_id in ("NL101", "NL320"):
        printed = run_cli("rule", rule_id).stdout.decode()
        assert printed == (DOCS / f"{rule_id}.md").read_bytes().decode("utf-8")


def test_index_holds_the_table_newslint_rules_prints():
    table = run_cli("rules", "--format", "markdown").stdout.decode()
    linked = regex_links.sub(r"| \1 |", (DOCS / "index.md").read_text(encoding="utf-8"))
    assert linked.endswith(table)
    assert table.count("\n") == len(build.pages()) - 1 + 2  # a row per rule, plus the header rows


def test_every_page_says_what_why_examples_and_fix():
    for page in DOCS.glob("NL*.md"):
        text = page.read_text(encoding="utf-8")
        for part in ("## What it catches", "## Why", "Bad:", "Good:", "| fix |"):
            assert part in text, f"{page.name}: no {part!r}"
