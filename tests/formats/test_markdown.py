"""Markdown: prose only, at the exact source position, fixes written into the Markdown."""
import shutil
from pathlib import Path

import pytest
from conftest import run_cli

from lint.config import Config, load_config
from lint.engine import Linter
from lint.formats import load, markdown
from lint.run.runner import run_check, run_fix

FORMATS = Path(__file__).resolve().parents[2] / "fixtures" / "formats"
STORY = FORMATS / "story.md"

# (rule, line, column, fixable) of every finding in fixtures/formats/story.md
EXPECTED = [
    ("HS901", 2, 28, True),    # front matter title
    ("HS901", 6, 18, True),    # front matter description (folded block)
    ("HS901", 12, 8, True),    # link text; its target and title are not prose
    ("NL301", 13, 1, True),    # a leftover line inside a paragraph
    ("HS901", 14, 10, True),
    ("NL302", 16, 3, False),   # in a blockquote: deleting the line would touch the '>'
    ("NL301", 18, 1, True),
    ("HS901", 37, 28, True),   # after an entity, before an escape
    ("HS901", 41, 13, True),   # table cell
    ("NL301", 44, 4, True),    # text of an HTML block
    ("HS901", 47, 23, True),   # footnote text
]


def linter(**options):
    return Linter(load_config(FORMATS / "newslint.toml"), **options)


def summary(diagnostics):
    return [(d.rule, d.start.line, d.start.column, d.fix is not None) for d in diagnostics]


def check(path, **options):
    result = run_check([str(path)], linter(**options))
    assert result.errors == []
    return result.diagnostics


def test_story_findings_at_exact_positions():
    diagnostics = check(STORY)
    assert summary(diagnostics) == EXPECTED
    source = STORY.read_text(encoding="utf-8")
    for d in diagnostics:
        flagged = source[d.start.offset:d.end.offset]
        assert f"'{flagged}'" in d.message
        assert d.end.line == d.start.line and d.end.column - d.start.column == len(flagged)


def test_fix_edits_the_markdown_and_nothing_else(tmp_path):
    target = tmp_path / "story.md"
    shutil.copyfile(STORY, target)
    result = run_fix([str(target)], linter())
    assert result.errors == []
    assert target.read_bytes() == (FORMATS / "story.fixed.md").read_bytes()
    assert summary(result.diagnostics) == [("NL302", 15, 3, False)]
    again = run_fix([str(target)], linter())
    assert again.applied == {} and target.read_bytes() == (FORMATS / "story.fixed.md").read_bytes()


def test_windows_line_ends_give_the_same_positions_and_fix(tmp_path):
    target = tmp_path / "story.md"
    target.write_bytes(STORY.read_bytes().replace(b"\n", b"\r\n"))
    assert summary(check(target)) == EXPECTED
    run_fix([str(target)], linter())
    assert target.read_bytes() == (FORMATS / "story.fixed.md").read_bytes().replace(b"\n", b"\r\n")


@pytest.mark.parametrize("name", ["clean.md", "story.fixed.md"])
@pytest.mark.parametrize("variant", ["as-is", "crlf", "bom"])
def test_fix_round_trip_changes_nothing(tmp_path, name, variant):
    data = (FORMATS / name).read_bytes()
    if variant == "crlf":
        data = data.replace(b"\n", b"\r\n")
    elif variant == "bom":
        data = b"\xef\xbb\xbf" + data
    target = tmp_path / name
    target.write_bytes(data)
    result = run_fix([str(target)], linter())
    assert result.applied == {} and result.errors == []
    assert target.read_bytes() == data


def findings(text, name="post.md"):
    config = Config(packs=[FORMATS / "house.toml"])
    linter = Linter(config, select=["HS901", "NL301", "NL302"])
    docs, problems = load(name, text, config=config)
    assert problems == []
    return [(d.rule, d.start.line, d.start.column) for doc in docs for d in linter.check(doc)[0]]


@pytest.mark.parametrize("text", [
    "Use `strengtens` here.\n",
    "``a ` strengtens``\n",
    "```\nstrengtens\n```\n",
    "~~~\nstrengtens\n~~~\n",
    "Text.\n\n    strengtens in indented code\n",
    "A [link](https://example.com/strengtens \"strengtens\").\n",
    "A [link][strengtens].\n\n[strengtens]: https://example.com/strengtens\n",
    "See <https://example.com/strengtens>.\n",
    "![](strengtens.png)\n",
    '<div class="strengtens">\n</div>\n',
    "<!-- strengtens -->\n",
    "Inline <span class=\"strengtens\">html</span>.\n",
    "---\ntags: [strengtens]\nauthor: strengtens\n---\nBody.\n",
    '+++\ntitle = "Fine"\n[params]\ntitle = "strengtens"\n+++\nBody.\n',
    "{{< figure caption=\"strengtens\" >}}\n",
    "{% include strengtens.html %}\n",
    "Text.[^strengtens]\n\n[^strengtens]: Fine.\n",
])
def test_what_is_not_prose_is_never_checked(text):
    assert findings(text) == []


@pytest.mark.parametrize("text,where", [
    ("# Head strengtens\n", (1, 8)),
    ("Setext strengtens\n===\n", (1, 8)),
    ("*strengtens*\n", (1, 2)),
    ("> quote strengtens\n", (1, 9)),
    ("- item\n  strengtens\n", (2, 3)),
    ("1. first strengtens\n", (1, 10)),
    ("A [strengtens](https://example.com).\n", (1, 4)),
    ("![An image strengtens](a.png)\n", (1, 12)),
    ("| a | b |\n|---|---|\n| x | strengtens |\n", (3, 7)),
    ("Text[^1].\n\n[^1]: Note strengtens.\n", (3, 12)),
    ("<p>Block strengtens</p>\n", (1, 10)),
    ("---\ntitle: strengtens\n---\n", (2, 8)),
    ("---\nsummary: 'It strengtens'\n---\n", (2, 14)),
    ('+++\ndescription = "It strengtens"\n+++\n', (2, 19)),
    ("AT&amp;T strengtens \\*it\\*.\n", (1, 10)),
    ("Line one\\\nstrengtens\n", (2, 1)),
])
def test_prose_is_checked_where_it_stands(text, where):
    assert findings(text) == [("HS901", *where)]


def test_leftover_lines_inside_a_paragraph_and_in_emphasis_are_found():
    text = "The deal was signed.\nAdvertisements\nMore text.\n\n**Exit mobile version**\n"
    assert findings(text) == [("NL301", 2, 1), ("NL302", 5, 3)]


def test_a_fix_that_would_touch_markup_is_dropped_but_the_finding_stays():
    config = Config()
    linter = Linter(config, select=["NL302"])
    doc = load("a.md", "Text.\n\n**Exit mobile version**\n", config=config)[0][0]
    [finding] = linter.check(doc)[0]
    assert finding.fix is None


def test_replacements_are_escaped_as_markdown():
    assert markdown.escape("a*b_c [d] `e` <f> \\") == "a\\*b\\_c \\[d\\] \\`e\\` \\<f> \\\\"
    assert markdown.escape("plain — text") == "plain — text"


@pytest.mark.parametrize("text", [
    "---\ntitle: unclosed front matter\n",
    "---\n: : bad yaml [\n---\nstrengtens\n",
    "```\nunclosed fence strengtens\n",
    "[unclosed link strengtens\n",
    "*unclosed emphasis strengtens\n",
    "\0 nul strengtens\n",
    "\tindented\tstrengtens\n",
    "- " * 200 + "deep strengtens\n",
    "> " * 50 + "deep strengtens\n",
    "",
    "\n\n\n",
])
def test_odd_markdown_never_crashes(text):
    findings(text)


def test_stdin_uses_the_format_and_config_of_stdin_filename():
    name = "fixtures/formats/story.md"
    checked = run_cli("check", "--format", "json", "--stdin-filename", name, "-", input=STORY.read_bytes())
    import json

    items = json.loads(checked.stdout)
    assert [(d["rule"], d["start"]["line"], d["start"]["column"]) for d in items] == [
        (rule, line, column) for rule, line, column, _ in EXPECTED]
    assert all(d["path"] == name for d in items)
    fixed = run_cli("fix", "--stdin-filename", name, "-", input=STORY.read_bytes())
    assert fixed.stdout == (FORMATS / "story.fixed.md").read_bytes()


def test_a_leading_block_that_is_not_yaml_or_toml_is_markdown():
    assert findings("---\nIt strengtens: [ not yaml\n---\n") == [("HS901", 2, 4)]
    assert findings("+++\nIt strengtens\n+++\n") == [("HS901", 2, 4)]


def test_a_reader_failure_is_one_error_line_and_the_other_files_are_checked(tmp_path, monkeypatch):
    def broken(source):
        raise RuntimeError("boom")

    monkeypatch.setattr(markdown, "prose", broken)
    (tmp_path / "a.md").write_text("It strengtens.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("It strengtens.\n", encoding="utf-8")
    result = run_check([str(tmp_path / "a.md"), str(tmp_path / "b.txt")], linter())
    assert result.errors == [f"{tmp_path / 'a.md'}: cannot be read as markdown: RuntimeError: boom; skipped"]
    assert [Path(d.path).name for d in result.diagnostics] == ["b.txt"]


def test_the_view_reads_like_plain_copy():
    text = ("Minister *Sergei Lavrov* met **Ramtane Lamamra**[^1] at [the talks](https://x.org/t \"T\").\n"
            "Run `make` or see https://x.org/strengtens, <https://y.org> and {{< ref \"a\" >}} now.  \n"
            "Then more.\n\n| a | b |\n|---|---|\n\n[^1]: Note.\n")
    [doc] = load("a.md", text)[0]
    assert doc.text.splitlines()[:6] == [
        "Minister Sergei Lavrov met Ramtane Lamamra at the talks.",
        "Run 0 or see 0, 0 and 0 now.",  # the hard break's two spaces read as nothing
        "Then more.",
        "",
        "  a b",
        "",
    ]


def test_toml_front_matter_with_a_lone_surrogate_is_still_front_matter():
    """Only an API caller's str can hold one; the TOML parser (Rust) cannot
    take it, so it is read as "?" rather than failing the document."""
    from lint.api import check_text

    damaged = '+++\ntitle = "Caf\udce9 story"\n+++\n\nThe minister said.\n'
    found = check_text(damaged, path="story.md")
    assert [(d.rule, d.start.line) for d in found] == [("NL101", 2)]  # the title, as front matter
