"""Typography rules (rules/typography.toml): characters, spacing, numbers, quotes; and the seed end to end."""
import json
import shutil

import pytest

from conftest import SEED, run_cli
from lint.config import Config
from lint.document import Document
from lint.engine import Linter
from lint.errors import ConfigError
from lint.fix import fix_document
from lint.rules import Rule


def lint(text, rule, path="story.txt", **typography):
    linter = Linter(Config(sections={"typography": typography}), select=[rule])
    found, problems = linter.check(Document(text, path, format="markdown" if path.endswith(".md") else "text"))
    assert not problems
    return found


def fixed(text, rule, unsafe=False, **typography):
    linter = Linter(Config(sections={"typography": typography}), select=[rule])
    return fix_document(linter, Document(text, "s.txt"), lambda t: Document(t, "s.txt"), unsafe=unsafe).text


def spans(text, found):
    return [text[d.start.offset:d.end.offset] for d in found]


def test_no_break_space_and_the_space_beside_it_become_one_space():
    text = "of\u00a0Russia, a\u00a0 signing, million.\u00a0 The\u00a0\n"
    assert spans(text, lint(text, "NL401")) == ["\u00a0", "\u00a0 ", "\u00a0 "]
    # The one at the end of the line is trailing whitespace, not running text.
    assert fixed(text, "NL401") == "of Russia, a signing, million. The\u00a0\n"


def test_invisible_characters_keep_emoji_joiners_and_persian_non_joiners():
    text = "pre\u200bsident \u2060x 👨\u200d👩 \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert spans(text, lint(text, "NL402")) == ["\u200b", "\u2060"]
    assert "U+200B ZERO WIDTH SPACE" in lint(text, "NL402")[0].message


def test_control_character_fix_is_unsafe_and_spares_tabs_and_line_breaks():
    text = "a\u0007b\tc\r\nd\u001be"
    found = lint(text, "NL404")
    assert spans(text, found) == ["\u0007", "\u001b"]
    assert {d.fix.applicability for d in found} == {"unsafe"}
    assert fixed(text, "NL404") == text
    assert fixed(text, "NL404", unsafe=True) == "ab\tc\r\nde"


def test_trailing_whitespace_is_one_finding_per_document_fixing_every_line():
    text = "One. \nTwo.\t\r\nThree.\n"
    found = lint(text, "NL406")
    assert len(found) == 1 and "2 line(s)" in found[0].message
    assert fixed(text, "NL406") == "One.\nTwo.\r\nThree.\n"
    assert lint("Hard break  \nnext\n", "NL406", path="story.md") == []


def test_multiple_spaces_leave_indentation_alone():
    text = "  Indented.  Then  two.\n"
    assert fixed(text, "NL407") == "  Indented. Then two.\n"


def test_tab_between_words_only():
    assert fixed("\tIndented\tword\n", "NL405", unsafe=True) == "\tIndented word\n"


def test_currency_space():
    text = "$ 180 million, £\u00a05m, US$ 3bn, a $ sign\n"
    assert fixed(text, "NL420") == "$180 million, £5m, US$3bn, a $ sign\n"


def test_thousands_separators_report_the_minority():
    text = "About 25,000 marched, 12,500 watched and 30000 stayed home in 2018.\n"
    found = lint(text, "NL421")
    assert spans(text, found) == ["30000"]
    assert found[0].fix.applicability == "unsafe" and found[0].suggestions == ["30,000"]
    text = "About 25000 marched, 12500 watched and 30,000 stayed.\n"
    assert fixed(text, "NL421", unsafe=True) == "About 25000 marched, 12500 watched and 30000 stayed.\n"
    assert lint("25,000 and 30000\n", "NL421") == []  # a tie: no majority to follow
    assert lint("25,000 and 30,000, Project 22160-class, code A12345\n", "NL421") == []
    url = "25,000 and 30,000; http://www.realclearpolitics.com/articles/senate_dems_116784.html\n"
    assert lint(url, "NL421") == []  # issue #21: the digits of a URL are no number


def test_percent_styles_report_the_minority():
    text = "Up 5%, then 3%, then 2 per cent and 4 percent.\n"
    found = lint(text, "NL422")
    assert spans(text, found) == [" per cent"]  # once per story, the other one related
    assert found[0].extra["count"] == 2 and [r["text"] for r in found[0].extra["related"]] == [" percent"]
    assert fixed(text, "NL422", unsafe=True) == "Up 5%, then 3%, then 2% and 4%.\n"
    assert lint("A 5% rise and a 3 per cent fall: a tie, so no majority.\n", "NL422") == []


def test_consistency_needs_two_variants():
    from lint.checks.consistency import Consistency

    rule = Rule(id="NL999", name="x", category="typography", severity="info", type="consistency",
                message="m", pack="p.toml", params={"variants": {"a": {"pattern": "a", "replacement": "a"}}})
    with pytest.raises(ConfigError):
        Consistency(rule, Config())


def test_mixed_double_quotes_curl_straight_ones_by_position():
    text = "“Go,” she said. “Now.” He said \"no\" twice.\n"
    found = lint(text, "NL430")
    assert spans(text, found) == ['"']  # once per story: the other straight quote is related
    assert found[0].extra["count"] == 2 and len(found[0].fix.edits) == 2
    assert fixed(text, "NL430", unsafe=True) == "“Go,” she said. “Now.” He said “no” twice.\n"


def test_mixed_quotes_are_one_finding_per_story_with_every_place_and_one_fix(tmp_path):
    """Issue #21: 42 straight quotes in a curly story were 42 findings."""
    text = "“Go,” she said. " * 25 + "\n\n" + "".join(
        f'He said "no" again, {i} times.\n\n' for i in range(21))
    found = lint(text, "NL430")
    assert len(found) == 1
    d = found[0]
    assert d.start.line == 3 and "(42 in this story)" in d.message
    assert d.extra["count"] == 42 and "related_omitted" not in d.extra
    related = d.extra["related"]
    assert len(related) == 41 and all(text[r["offset"]] == r["text"] == '"' for r in related)
    assert [r["line"] for r in related[:3]] == [3, 5, 5] and related[0]["column"] == d.start.column + 3
    assert d.fix.applicability == "unsafe" and len(d.fix.edits) == 42
    assert fixed(text, "NL430", unsafe=True) == text.replace(' "no', " “no").replace('" again', "” again")
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    out = run_cli("check", "--no-cache", "--no-color", "--select", "NL430", story).stdout.decode()
    assert out.count("NL430 [mixed-quotes]") == 1 and "= note: and 41 more in this story" in out
    data = json.loads(run_cli("check", "--no-cache", "--format", "json", "--select", "NL430", story).stdout)
    data = data if isinstance(data, list) else data["findings"]
    assert len(data) == 1 and data[0]["count"] == 42 and len(data[0]["related"]) == 41
    assert set(data[0]["related"][0]) == {"text", "line", "column", "offset"}
    assert run_cli("fix", "--unsafe", "--select", "NL430", story).returncode == 1  # 1: it fixed something
    assert story.read_text(encoding="utf-8") == fixed(text, "NL430", unsafe=True)
    assert lint(story.read_text(encoding="utf-8"), "NL430") == []


def test_a_story_finding_lists_at_most_100_places_but_fixes_them_all():
    from lint.checks.consistency import MAX_RELATED

    text = "Russia’s army and Algeria’s navy; " * 300 + "Africa's land. " * 250 + "\n"
    found = lint(text, "NL431")
    assert len(found) == 1
    d = found[0]
    assert d.extra["count"] == 250 and len(d.extra["related"]) == MAX_RELATED == 100
    assert d.extra["related_omitted"] == 149
    assert len(d.fix.edits) == 250
    assert fixed(text, "NL431") == text.replace("'", "’")


def test_house_quote_style_overrides_the_majority():
    text = "“Go,” she said. “Now.” He said \"no\".\n"
    assert fixed(text, "NL430", unsafe=True, quotes="straight") == "\"Go,\" she said. \"Now.\" He said \"no\".\n"
    with pytest.raises(ConfigError):
        lint(text, "NL430", quotes="angled")


def test_mixed_apostrophes_are_a_safe_fix():
    text = "Russia’s army, Algeria’s navy and Africa's biggest; 'quoted'\n"
    assert fixed(text, "NL431") == "Russia’s army, Algeria’s navy and Africa’s biggest; 'quoted'\n"


@pytest.mark.parametrize("text,marks", [
    ("He said \"no and left.\n", ['"']),
    ("He said \"no\" and left.\"\n", ['"']),
    ("She said “no and he said “yes”.\n", ["“"]),
    ("No quote here” at all.\n", ["”"]),
    ("“Part one\n\n“part two,” he said.\n", []),  # the continued-quotation convention
    ("He said: “No. “Never,” he said.\n", []),  # reopened after a sentence within one paragraph
    ("“We go now.\n\nThey left.\n", []),  # opens a sentence: joined paragraphs, not flagged
    ("Intro.\n\n“We go, a \"resounding no,\" he said,’’ she said.\n\nThey left.\n", ["“"]),  # closed by \'\' 
    ("He is 5'11\" tall and \"fit\".\n", []),  # an inch mark
    ("The \"State of Markets 2004\" said.\n", []),
    # Issue #21: quotes nested in quotes of the other kind or of the same kind.
    ('"Having Trump host “SNL” is a nod," wrote Mr. Stuever.\n', []),
    ('He tweeted: "A lot of bad "dudes" out there!" on Monday.\n', []),
    ("“Chuck Todd should be FIRED by “Concast” for this,” he tweeted.\n", []),
    ('He said "they "lied" and left.\n', ['"']),  # nesting does not hide the unclosed outer quote
])
def test_unbalanced_quotes(text, marks):
    assert spans(text, lint(text, "NL432")) == marks


def test_an_unbalanced_paragraph_is_one_finding_per_side_with_its_other_marks_related():
    text = "He said “one and “two and “three.\n\nThen” she” left.\n"
    found = lint(text, "NL432")
    assert [(d.snippet, d.start.line, d.extra.get("count")) for d in found] == [("“", 1, 3), ("”", 3, 2)]
    assert [r["column"] for r in found[0].extra["related"]] == [18, 27]
    flood = lint("“" * 100_000 + "\n", "NL432")  # one line of junk: one repair, not 99,999 findings
    assert len(flood) == 1 and flood[0].extra["count"] == 99_999 and len(flood[0].extra["related"]) == 100


# Every rule of the three packs that is on by default.
SEED_RULES = ",".join(["NL401", "NL402", "NL403", "NL404", "NL405", "NL406", "NL407", "NL410", "NL411",
                       "NL412", "NL420", "NL421", "NL422", "NL430", "NL431", "NL432", "NL501", "NL502",
                       "NL503", "NL504"])


def test_seed_fix_changes_exactly_the_no_break_spaces_currency_and_date(tmp_path):
    target = tmp_path / "article.txt"
    shutil.copyfile(SEED, target)
    original = SEED.read_bytes()
    assert original.count("\u00a0".encode()) == 5
    checked = run_cli("check", "--select", SEED_RULES, "--format", "json", target)
    rules = sorted(d["rule"] for d in json.loads(checked.stdout))
    assert rules == ["NL401"] * 5 + ["NL420", "NL502"]
    result = run_cli("fix", "--select", SEED_RULES, target)
    assert result.returncode == 1, result.stderr
    expected = (original.replace("\u00a0".encode(), b" ")
                .replace(b"$ 180 million", b"$180 million")
                .replace(b"May 14 2018", b"May 14, 2018"))
    assert target.read_bytes() == expected
    again = run_cli("fix", "--select", SEED_RULES, target)
    assert again.returncode == 0, again.stderr
    assert target.read_bytes() == expected
