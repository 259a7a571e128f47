"""Inline suppression comments in Markdown and HTML."""
from pathlib import Path

import pytest

from lint.config import Config, parse_config
from lint.engine import Linter
from lint.formats import load
from lint.suppression import Directive, parse_comment

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def found(text, name="a.md", config=None):
    config = config or Config(packs=[FORMATS / "house.toml"])
    linter = Linter(config, select=["HS901", "NL301", "NL302"])
    docs, _ = load(name, text, config=config)
    return [(d.rule, d.start.line) for doc in docs for d in linter.check(doc)[0]]


def test_parse_comment():
    assert parse_comment(" newslint-disable NL301, NL302 ", 0, 9) == Directive(
        "disable", ("NL301", "NL302"), 0, 9)
    assert parse_comment("newslint-enable", 3, 4) == Directive("enable", (), 3, 4)
    assert parse_comment("newslint-disable-next-line ad-label boilerplate", 0, 1).selectors == (
        "ad-label", "boilerplate")
    assert parse_comment("newslint-disabled NL301", 0, 1) is None
    assert parse_comment("a comment about newslint-disable", 0, 1) is None


def test_disable_and_enable_a_rule_for_a_range():
    text = ("It strengtens.\n\n<!-- newslint-disable HS901 -->\n\nIt strengtens.\n\nAdvertisements\n\n"
            "<!-- newslint-enable HS901 -->\n\nIt strengtens.\n")
    assert found(text) == [("HS901", 1), ("NL301", 7), ("HS901", 11)]


def test_disable_everything_then_enable_one_rule():
    text = ("<!-- newslint-disable -->\n\nIt strengtens.\n\nAdvertisements\n\n"
            "<!-- newslint-enable NL301 -->\n\nIt strengtens.\n\nAdvertisements\n\n"
            "<!-- newslint-enable -->\n\nIt strengtens.\n")
    assert found(text) == [("NL301", 11), ("HS901", 15)]


def test_disable_next_line_covers_that_line_only_and_takes_names_and_categories():
    text = ("<!-- newslint-disable-next-line boilerplate -->\nAdvertisements\n\nAdvertisements\n\n"
            "<!-- newslint-disable-next-line house-typo -->\nIt strengtens. Advertisements\n\n"
            "Text <!-- newslint-disable-next-line -->\nIt strengtens.\n")
    assert found(text) == [("NL301", 4)]


def test_a_comment_in_code_is_not_a_directive():
    text = ("```\n<!-- newslint-disable -->\n```\n\nIt strengtens.\n\n"
            "`<!-- newslint-disable -->` It strengtens.\n")
    assert found(text) == [("HS901", 5), ("HS901", 7)]


def test_html_comments_switch_rules_off():
    text = ("<p>It strengtens.</p>\n<!-- newslint-disable HS901 -->\n<p>It strengtens.</p>\n"
            "<script>/* <!-- newslint-enable --> */</script>\n<p>It strengtens.</p>\n"
            "<!-- newslint-enable -->\n<!-- newslint-disable-next-line NL301 -->\n<p>Advertisements</p>\n"
            "<p>It strengtens.</p>\n")
    assert found(text, "a.html") == [("HS901", 1), ("HS901", 9)]


def test_plain_text_has_no_inline_suppression_but_per_file_ignores_work():
    text = "<!-- newslint-disable -->\nIt strengtens.\n"
    assert found(text, "a.txt") == [("HS901", 2)]
    config = parse_config({"packs": [str(FORMATS / "house.toml")],
                           "per-file-ignores": {"*.jsonl": ["HS901"]}})
    assert found('{"text": "It strengtens."}\n', "a.jsonl", config) == []


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_unknown_rule_in_a_comment_suppresses_nothing(name):
    assert found("<!-- newslint-disable NL999 -->\n\nIt strengtens.\n", name) == [("HS901", 3)]
