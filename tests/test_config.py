import pytest

from lint.config import find_config_file, load_config
from lint.engine import Linter
from lint.errors import ConfigError


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_config_found_by_walking_up_pyproject_needs_tool_section(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    nested = tmp_path / "desk" / "stories"
    nested.mkdir(parents=True)
    assert find_config_file(nested) is None
    write(tmp_path / "pyproject.toml", "[tool.newslint]\nignore = ['NL302']\n")
    assert find_config_file(nested) == tmp_path / "pyproject.toml"
    assert load_config(search_from=nested).ignore == ["NL302"]
    write(nested / "newslint.toml", "fail-on = 'error'\n")
    assert load_config(search_from=nested / "a.txt").fail_on == "error"


@pytest.mark.parametrize("text,message", [
    ("colour = 1\n", "unknown key 'colour'"),
    ("select = 'NL301'\n", "'select' must be a list"),
    ("fail-on = 'fatal'\n", "'fail-on' must be one of"),
    ("[spelling]\nlanguage = 1\n", "unknown key 'spelling.language'"),
    ("[names]\nglossary = 3\n", "'names.glossary' has the wrong type"),
    ("[severity]\nNL301 = 'loud'\n", "severity for 'NL301'"),
])
def test_bad_config_names_file_and_key(tmp_path, text, message):
    path = write(tmp_path / "newslint.toml", text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_unknown_rule_in_config_is_an_error(tmp_path):
    path = write(tmp_path / "newslint.toml", "ignore = ['NL999']\n")
    with pytest.raises(ConfigError, match="NL999"):
        Linter(load_config(path))


def test_severity_override_and_per_file_ignores(tmp_path):
    path = write(tmp_path / "newslint.toml",
                 "[severity]\nad-label = 'warning'\n[per-file-ignores]\n'archive/**' = ['boilerplate']\n")
    linter = Linter(load_config(path))
    from lint.document import Document

    text = "A.\n\nAdvertisements\n\nB.\n"
    found, _ = linter.check(Document(text, str(tmp_path / "today.txt")))
    assert [(d.rule, d.severity) for d in found] == [("NL301", "warning")]
    found, _ = linter.check(Document(text, str(tmp_path / "archive" / "old.txt")))
    assert found == []


def test_house_words_from_config_and_file(tmp_path):
    write(tmp_path / "words.txt", "# house words\nChanegriha\n\nTebboune  # president\n")
    path = write(tmp_path / "newslint.toml", "words = ['Lamamra']\nword-files = ['words.txt']\n")
    assert load_config(path).house_words() == {"Lamamra", "Chanegriha", "Tebboune"}


def test_extra_pack_and_broken_pack(tmp_path):
    pack = write(tmp_path / "house.toml", """
[[rules]]
id = "NL901"
name = "house-banned-phrase"
category = "style"
severity = "warning"
type = "existence"
message = "House style: avoid '{match}'"
description = "d"
rationale = "r"
[rules.params]
tokens = ["going forward"]
""")
    path = write(tmp_path / "newslint.toml", "packs = ['house.toml']\n")
    linter = Linter(load_config(path), select=["NL901"])
    from lint.document import Document

    found, _ = linter.check(Document("Going forward, we will see.", "a.txt"))
    assert [d.message for d in found] == ["House style: avoid 'Going forward'"]
    write(pack, "[[rules]]\nid = 'NL902'\nname='x'\ncategory='style'\nseverity='error'\ntype='nope'\nmessage='m'\n")
    with pytest.raises(ConfigError, match="unknown check type 'nope'"):
        Linter(load_config(path))
    write(pack, "[[rules]]\nid = 'NL903'\nname='y'\ncategory='style'\nseverity='error'\n"
                "type='existence'\nmessage='m'\n[rules.params]\npatterns=['(unclosed']\n")
    with pytest.raises(ConfigError, match="invalid pattern"):
        Linter(load_config(path))
