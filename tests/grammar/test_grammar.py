"""The grammar check against a real LanguageTool server (and real Harper).

The server is started once per session (conftest ``languagetool_url``); these
tests skip without Java or the jars, except in CI (CI=true) where they fail.
"""
import http.server
import json
import socket
import threading

import pytest

from conftest import FIXTURES, run_cli
from lint.grammar import languagetool as lt
from lint.checks.grammar import utf16_end
from lint.config import Config
from lint.document import Document
from lint.engine import Linter
from lint.fix import fix_document
from lint.rules import load_rules

ARTICLE = FIXTURES / "grammar" / "arms-deal.txt"
EXPECTED = json.loads((FIXTURES / "grammar" / "arms-deal.expected.json").read_text(encoding="utf-8"))


def grammar_linter(tmp_path, select=("NL601",), **grammar):
    config = Config(root=tmp_path)
    config.sections["grammar"] = grammar
    config.sections["cache"] = {"dir": "cache"}
    return Linter(config, select=list(select))


def found(linter, text, path="story.txt"):
    diagnostics, problems = linter.check(Document(text, path))
    assert not problems, problems
    return [d for d in diagnostics if d.rule == "NL601"]


def as_expected(diagnostics, text):
    return [{"line": d.start.line, "column": d.start.column, "text": text[d.start.offset:d.end.offset],
             "engine_rule": d.extra["engine_rule"], "category": d.category,
             "fix": d.fix.edits[0].replacement} for d in diagnostics]


# -- pure helpers ---------------------------------------------------------------
def test_utf16_end_counts_astral_characters_as_two_units():
    text = "a😀b𝒳c"
    assert utf16_end(text, 0, 1) == 1
    assert utf16_end(text, 1, 2) == 2  # the emoji alone
    assert utf16_end(text, 1, 3) == 3
    assert utf16_end(text, 0, 7) == 5
    assert utf16_end(text, 2, 100) == 5  # never past the end


def test_grammar_rule_is_off_by_default_and_selected_by_category():
    rule = next(r for r in load_rules() if r.type == "grammar")
    assert not rule.enabled and rule.fix == "unsafe"
    assert not any(r.type == "grammar" for r in Linter(Config()).rules)
    assert any(r.type == "grammar" for r in Linter(Config(), extend_select=["grammar"]).rules)


# -- LanguageTool ---------------------------------------------------------------
def test_fixture_findings(languagetool_url, tmp_path):
    text = ARTICLE.read_text(encoding="utf-8")
    assert as_expected(found(grammar_linter(tmp_path), text, str(ARTICLE)), text) == EXPECTED["languagetool"]


def test_offsets_after_emoji_and_astral_character(languagetool_url, tmp_path):
    text = "Fans 😀 cheered 𝒳 loudly. Police said a investigation was under way. He have left.\n"
    items = found(grammar_linter(tmp_path), text)
    spans = {d.extra["engine_rule"]: text[d.start.offset:d.end.offset] for d in items}
    assert spans == {"EN_A_VS_AN": "a", "HE_VERB_AGR": "have"}
    article = next(d for d in items if d.extra["engine_rule"] == "EN_A_VS_AN")
    assert article.start.column == text.index(" a investigation") + 2


def test_message_json_field_and_unsafe_fix(languagetool_url, tmp_path):
    linter = grammar_linter(tmp_path)
    text = "The government has sign a deal with Moscow.\n"
    (item,) = found(linter, text)
    data = item.to_json()
    assert data["engine"] == "languagetool" and data["engine_rule"] == "PRP_HAVE_VB"
    assert "PRP_HAVE_VB" in data["message"]
    assert data["fix"]["applicability"] == "unsafe"
    rebuild = lambda t: Document(t, "story.txt")  # noqa: E731
    assert fix_document(linter, Document(text, "story.txt"), rebuild).text == text  # safe only: untouched
    fixed = fix_document(linter, Document(text, "story.txt"), rebuild, unsafe=True)
    assert fixed.text == "The government has signed a deal with Moscow.\n"


def test_spelling_is_left_to_newslint_and_config_turns_rules_on_and_off(languagetool_url, tmp_path):
    text = "The goverment said a investigation had \"begun.\n"
    default = {d.extra["engine_rule"] for d in found(grammar_linter(tmp_path), text)}
    assert default == {"EN_A_VS_AN"}  # no spell-checker, no unpaired-quote duplicate
    custom = grammar_linter(tmp_path, enable=["MORFOLOGIK_RULE_EN_US", "EN_UNPAIRED_QUOTES"],
                            disable=["EN_A_VS_AN"])
    rules = {d.extra["engine_rule"]: d.category for d in found(custom, text)}
    assert rules.keys() == {"MORFOLOGIK_RULE_EN_US", "EN_UNPAIRED_QUOTES"}
    assert rules["MORFOLOGIK_RULE_EN_US"] == "spelling"
    assert rules["EN_UNPAIRED_QUOTES"] == "typography"
    british = grammar_linter(tmp_path, enable=["MORFOLOGIK_RULE_EN_GB"], language="en-GB")
    assert [d.extra["engine_rule"] for d in found(british, "The colour of the goverment.\n")] == \
        ["MORFOLOGIK_RULE_EN_GB"]


def test_doubled_word_is_reported_once(languagetool_url, tmp_path):
    linter = grammar_linter(tmp_path, select=("NL501", "NL601"))
    diagnostics, problems = linter.check(Document("He said the the deal was done.\n", "s.txt"))
    assert not problems
    assert [(d.rule, d.start.offset, d.end.offset) for d in diagnostics] == [("NL501", 8, 15)]


def test_no_own_rule_finding_is_reported_again_by_languagetool(languagetool_url, tmp_path):
    grammar = grammar_linter(tmp_path)
    twice = []
    for rule in load_rules():
        if rule.type == "grammar":
            continue
        own = Linter(Config(), select=[rule.id])
        for example in (e for e in rule.examples if e.bad):
            doc = Document(example.bad, "x.txt")
            mine = [d for d in own.check(doc)[0] if d.rule == rule.id]
            for g in grammar.check(doc)[0]:
                for d in mine:
                    if g.start.offset < max(d.end.offset, d.start.offset + 1) and \
                            d.start.offset < max(g.end.offset, g.start.offset + 1):
                        twice.append(f"{rule.id} and {g.extra['engine_rule']} on "
                                     f"{example.bad[g.start.offset:g.end.offset]!r}")
    # NL309's breadcrumb line is deleted by its own fix; LanguageTool's remark on its spacing goes with it.
    assert [t for t in twice if not t.startswith("NL309 ")] == []


def test_unchanged_paragraphs_make_no_requests(languagetool_url, tmp_path, monkeypatch):
    text = ARTICLE.read_text(encoding="utf-8")
    first = grammar_linter(tmp_path)
    cold = found(first, text)
    assert first.checks[0].cache.misses == 5  # the headline is not sent
    from lint.checks import grammar

    def refuse(self):
        raise AssertionError("a cached article must not reach LanguageTool")

    monkeypatch.setattr(grammar.LanguageToolEngine, "connect", refuse)
    second = grammar_linter(tmp_path)  # a new run over the same disk cache
    warm = found(second, text)
    assert [d.to_json() for d in warm] == [d.to_json() for d in cold]
    assert second.checks[0].cache.misses == 0
    changed = grammar_linter(tmp_path, disable=["FEWER_LESS"])  # other settings: another key
    _, problems = changed.check(Document(text, "story.txt"))
    assert "must not reach LanguageTool" in problems[0]


# -- failures: one clear line naming the file, other rules still report, exit 2 --
def closed_port_url():
    return f"http://127.0.0.1:{lt.free_port()}"


def test_unreachable_server_is_one_problem_line_and_other_rules_report(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("He said the the deal was done.\n", encoding="utf-8")
    config = tmp_path / "newslint.toml"
    config.write_text(f'extend-select = ["grammar"]\n[grammar]\nserver = "{closed_port_url()}"\n'
                      '[cache]\nenabled = false\n', encoding="utf-8")
    result = run_cli("check", "--config", config, "--select", "NL501,NL601", "--format", "json", story)
    assert result.returncode == 2
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 1 and str(story) in errors[0] and "LanguageTool" in errors[0]
    assert "Traceback" not in result.stderr.decode()
    assert [d["rule"] for d in json.loads(result.stdout)] == ["NL501"]


class _Silent(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.send_response(500)
        self.end_headers()
        self.wfile.write(b"internal trouble")

    do_POST = do_GET

    def log_message(self, *args):
        pass


def test_http_error_and_timeout_give_clear_messages(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Silent)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        linter = grammar_linter(tmp_path, server=f"http://127.0.0.1:{server.server_port}")
        _, problems = linter.check(Document("A sentence.\n", "wire.txt"))
        assert len(problems) == 1 and problems[0].startswith("wire.txt: rule NL601")
        assert "500" in problems[0]
    finally:
        server.shutdown()
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)  # accepts connections, never answers
    try:
        linter = grammar_linter(tmp_path, server=f"http://127.0.0.1:{silent.getsockname()[1]}", timeout=1)
        _, problems = linter.check(Document("A sentence.\n", "late.txt"))
        assert len(problems) == 1 and "late.txt" in problems[0] and "within 1 s" in problems[0]
    finally:
        silent.close()


def test_server_crash_mid_run_names_the_file(languagetool_url, tmp_path):
    server = lt.start_server(log=tmp_path / "crash.log")
    try:
        linter = grammar_linter(tmp_path, server=server.url)
        assert found(linter, "Police said a investigation was under way.\n", "first.txt")
        server.process.kill()
        server.process.wait()
        _, problems = linter.check(Document("The talks was held in Moscow.\n", "second.txt"))
        assert len(problems) == 1 and problems[0].startswith("second.txt: rule NL601")
        assert "LanguageTool" in problems[0]
    finally:
        server.stop()


def test_missing_java_is_a_clear_error(languagetool_package, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Police said a investigation was under way.\n", encoding="utf-8")
    result = run_cli("check", "--grammar", "--select", "NL601", story, cwd=tmp_path,  # an empty cache
                     env={"PATH": "/nonexistent", "JAVA_HOME": "", "NEWSLINT_CACHE_DIR": str(tmp_path / "c")})
    assert result.returncode == 2
    err = result.stderr.decode()
    assert str(story) in err and "Java 17" in err and "Traceback" not in err


def test_grammar_flag_and_configured_server_through_the_cli(languagetool_url, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Police said a investigation was under way.\n", encoding="utf-8")
    config = tmp_path / "newslint.toml"
    config.write_text(f'[grammar]\nserver = "{languagetool_url}"\n', encoding="utf-8")
    off = run_cli("check", "--config", config, "--format", "json", story)
    assert [d for d in json.loads(off.stdout) if d["rule"] == "NL601"] == []
    on = run_cli("check", "--config", config, "--grammar", "--format", "json", story)
    items = [d for d in json.loads(on.stdout) if d["rule"] == "NL601"]
    assert [(d["engine_rule"], d["start"]["column"]) for d in items] == [("EN_A_VS_AN", 13)]
    assert on.returncode == 1


# -- Harper -----------------------------------------------------------------------
def test_harper_fixture_findings(harper_linter, tmp_path):
    text = ARTICLE.read_text(encoding="utf-8")
    items = found(grammar_linter(tmp_path, engine="harper"), text)
    assert as_expected(items, text) == EXPECTED["harper"]
    assert {d.extra["engine"] for d in items} == {"harper"}


def test_harper_spelling_off_offsets_in_code_points(harper_linter, tmp_path):
    text = "Lavrov 😀 met Chengriha 𝒳 and it was a honour. The company said it's profits fell.\n"
    items = found(grammar_linter(tmp_path, engine="harper"), text)
    spans = {d.extra["engine_rule"]: text[d.start.offset:d.end.offset] for d in items}
    assert spans == {"ItsPossessive": "it's"}  # no spell-check: names and 'honour' pass
    british = grammar_linter(tmp_path, engine="harper", language="en-GB", enable=["SpellCheck"])
    assert "Chengriha" in [text[d.start.offset:d.end.offset] for d in found(british, text)]


def test_bad_engine_settings_are_config_errors(tmp_path):
    from lint.errors import ConfigError

    with pytest.raises(ConfigError):
        grammar_linter(tmp_path, engine="grammarly")
    with pytest.raises(ConfigError):
        grammar_linter(tmp_path, timeout=0)
