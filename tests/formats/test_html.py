"""HTML: text content and alt/title only, exact positions, fixes edit text nodes only."""
import shutil
from pathlib import Path

import pytest

from lint.config import Config, load_config
from lint.engine import Linter
from lint.formats import html, load
from lint.run.runner import run_check, run_fix

FORMATS = Path(__file__).resolve().parents[2] / "fixtures" / "formats"
STORY = FORMATS / "story.html"

# (rule, line, column, fixable) of every finding in fixtures/formats/story.html
EXPECTED = [
    ("HS901", 4, 27, True),    # <title>
    ("HS901", 11, 17, True),   # inside <em>
    ("NL301", 12, 4, True),    # its own <p>: the text is removed, the element stays
    ("NL301", 14, 1, True),    # a text line inside a <div>
    ("HS901", 16, 47, True),   # img alt
    ("NL302", 21, 4, True),    # line 20 is switched off by the comment before it
]


def linter():
    return Linter(load_config(FORMATS / "newslint.toml"))


def summary(diagnostics):
    return [(d.rule, d.start.line, d.start.column, d.fix is not None) for d in diagnostics]


def test_story_findings_at_exact_positions():
    result = run_check([str(STORY)], linter())
    assert result.errors == []
    assert summary(result.diagnostics) == EXPECTED
    source = STORY.read_text(encoding="utf-8")
    for d in result.diagnostics:
        assert f"'{source[d.start.offset:d.end.offset]}'" in d.message


def test_fix_edits_only_text_nodes(tmp_path):
    target = tmp_path / "story.html"
    shutil.copyfile(STORY, target)
    result = run_fix([str(target)], linter())
    assert result.errors == [] and result.diagnostics == []
    assert target.read_bytes() == (FORMATS / "story.fixed.html").read_bytes()


@pytest.mark.parametrize("name", ["clean.html", "story.fixed.html"])
@pytest.mark.parametrize("crlf", [False, True])
def test_fix_round_trip_changes_nothing(tmp_path, name, crlf):
    data = (FORMATS / name).read_bytes()
    data = data.replace(b"\n", b"\r\n") if crlf else data
    target = tmp_path / name
    target.write_bytes(data)
    result = run_fix([str(target)], linter())
    assert result.applied == {} and result.errors == []
    assert target.read_bytes() == data


def findings(text, rules=("HS901", "NL301", "NL302")):
    config = Config(packs=[FORMATS / "house.toml"])
    linter = Linter(config, select=list(rules))
    [doc] = load("page.html", text, config=config)[0]
    return linter.check(doc)[0]


def where(text, **options):
    return [(d.rule, d.start.line, d.start.column) for d in findings(text, **options)]


@pytest.mark.parametrize("text", [
    "<script>var a = 'strengtens';</script>",
    "<style>p { content: 'strengtens'; }</style>",
    '<a href="/strengtens" class="strengtens" data-x="strengtens">link</a>',
    '<p>A <a href="/x" title="strengtens">link</a> in a sentence.</p>',
    "<p>Run <code>strengtens</code> now.</p>",
    "<pre>strengtens</pre>",
    "<!-- strengtens -->",
    '<meta name="description" content="strengtens">',
    "<svg><text>strengtens</text></svg>",
])
def test_what_is_not_prose_is_never_checked(text):
    assert where(text) == []


def test_prose_positions_in_text_attributes_and_across_lines():
    assert where("<p>It\n<b>strengtens</b> ties.</p>") == [("HS901", 2, 4)]
    assert where('<img src="a.png" alt="It strengtens">') == [("HS901", 1, 26)]
    assert where('<figure title="It strengtens"></figure>') == [("HS901", 1, 19)]
    assert where("<title>It strengtens</title>") == [("HS901", 1, 11)]


def test_a_word_split_by_inline_tags_is_found_but_not_fixed():
    [d] = findings("<p>The deal <b>streng</b>tens ties.</p>")
    assert (d.start.column, d.end.column) == (16, 30)
    assert d.fix is None  # the edit would cut through </b>


def test_a_finding_ends_before_the_closing_tag():
    [d] = findings("<p><em>strengtens</em> ties.</p>")
    assert (d.start.column, d.end.column) == (8, 18)
    assert [(e.start, e.end, e.replacement) for e in d.fix.edits] == [(7, 17, "strengthens")]


def test_entities_read_decoded_and_replacements_are_written_encoded():
    [doc] = load("a.html", "<p>Lamamra&rsquo;s office &amp; the&nbsp;press</p>")[0]
    assert "Lamamra’s office & the press" in doc.text
    assert html.escape('AT&T <b> "q" it\'s') == "AT&amp;T &lt;b&gt; &quot;q&quot; it's"
    [d] = findings("<p>R&amp;D strengtens it.</p>")
    assert d.start.column == 12


def test_paragraph_tags_separate_lines_for_line_rules():
    found = where("<div><p>Story.</p><p>Advertisements</p><p>More.</p></div>")
    assert found == [("NL301", 1, 22)]


@pytest.mark.parametrize("text", [
    "<p>unclosed <b>strengtens",
    "<<<>>> & &# &#xZZ; &bogus; strengtens",
    "</p></p></div>",
    "<script>never closed strengtens",
    "<p title='unterminated>strengtens</p>",
    "<!-- unclosed comment strengtens",
    "<!DOCTYPE html><?xml version='1.0'?><![CDATA[x]]>",
    "",
])
def test_broken_html_never_crashes(text):
    findings(text)
