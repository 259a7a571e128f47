"""Every boilerplate finding names its kind; kind:NAME selects and ignores findings."""
import pytest

from conftest import run_cli
from lint.config import Config, parse_config
from lint.document import Document
from lint.engine import Linter
from lint.errors import ConfigError

TEXT = ("Crowds gathered.\n\nThe mayor waves in Leeds on Tuesday. (AP Photo/Evan Vucci)\n\n"
        "(AP Photo/Evan Vucci)\n\nPublished 5 March 2024, 10:32 GMT\n\nTags: strikes, unions\n\n"
        "Advertisement\n\nThe end.\n")


def kinds(linter, text=TEXT, path="a.txt"):
    found, _ = linter.check(Document(text, path))
    return sorted((d.rule, d.kind) for d in found)


def test_every_boilerplate_finding_has_a_kind():
    found = kinds(Linter(Config(), select=["boilerplate"]))
    assert ("NL320", "caption") in found and ("NL311", "credit") in found
    assert ("NL314", "timestamp") in found and ("NL314", "metadata") in found
    assert ("NL301", "ad-label") in found
    assert all(kind for _, kind in found)


def test_ignore_by_kind_drops_only_that_kind_of_a_rule():
    found = kinds(Linter(Config(), select=["boilerplate"], ignore=["kind:timestamp"]))
    assert ("NL314", "metadata") in found and ("NL314", "timestamp") not in found


def test_select_by_kind_keeps_only_that_kind():
    assert kinds(Linter(Config(), select=["kind:caption", "kind:timestamp"])) == [
        ("NL314", "timestamp"), ("NL320", "caption")]


def test_per_file_ignores_and_config_ignore_take_kinds():
    config = parse_config({"ignore": ["kind:ad-label"], "per-file-ignores": {"a.txt": ["kind:credit"]}})
    found = kinds(Linter(config, select=["boilerplate"]))
    assert ("NL301", "ad-label") not in found and ("NL311", "credit") not in found
    assert ("NL320", "caption") in found


def test_unknown_kind_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown kind 'kind:nope'"):
        Linter(Config(), ignore=["kind:nope"])


def test_cli_ignore_kind(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--ignore", "kind:caption", str(tmp_path / "a.txt"), input=b"")
    out = result.stdout.decode()
    assert "NL311" in out and "NL320" not in out


def test_inline_suppression_by_kind():
    text = ("<p>Talks resumed in Geneva on Monday after a break.</p>\n"
            "<!-- newslint-disable-next-line kind:caption -->\n"
            "<p>The mayor waves in Leeds on Tuesday. (AP Photo/Evan Vucci)</p>\n"
            "<p>The mayor waves in Leeds on Friday. (AP Photo/Evan Vucci)</p>\n")
    from lint.formats import load

    docs, _ = load("a.html", text, config=Config())
    found, _ = Linter(Config(), select=["boilerplate"]).check(docs[0])
    assert [(d.start.line, d.kind) for d in found] == [(4, "caption")]
