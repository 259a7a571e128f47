"""Real LanguageTool clients, written by others, pointed at `newslint serve`."""
import subprocess
import sys
from pathlib import Path

from conftest import SEED, need

EMOJI = "Great news 🎉🎉 the goverment said."
NBSP = "The\u00a0goverment said."


def test_language_tool_python_reads_our_answers(newslint_server):
    language_tool_python = need("language_tool_python", "language-tool-python", "languagetool")
    tool = language_tool_python.LanguageTool("en-US", remote_server=newslint_server + "/")
    try:
        seed = SEED.read_text(encoding="utf-8")
        matches = tool.check(seed)
        assert [m.rule_id for m in matches][:4] == ["NL101", "NL320", "NL301", "NL201"]
        first = matches[0]
        assert seed[first.offset:first.offset + first.error_length] == "strengtens"
        assert first.replacements[0] == "strengthens" and first.category == "SPELLING"
        assert first.rule_issue_type == "misspelling"
        # language-tool-python turns LanguageTool's UTF-16 offsets back into code points:
        # right only if ours were UTF-16 units.
        typo, = tool.check(EMOJI)
        assert EMOJI[typo.offset:typo.offset + typo.error_length] == "goverment"
        space, typo = tool.check(NBSP)
        assert (space.offset, space.replacements) == (3, [" "])
        assert NBSP[typo.offset:typo.offset + typo.error_length] == "goverment"
        assert tool.correct(NBSP) == "The government said."
    finally:
        tool.close()


def pylanguagetool(server, *args, input_text=None):
    need("pylanguagetool", "pyLanguagetool", "test")
    script = Path(sys.executable).with_name("pylanguagetool")
    return subprocess.run([str(script), "--api-url", server + "/v2/", "--no-color", "--rules", *map(str, args)],
                          input=input_text, capture_output=True, text=True, timeout=60)


def test_pylanguagetool_command_line(newslint_server):
    result = pylanguagetool(newslint_server, "--lang", "en-US", SEED)
    assert result.returncode == 1, result.stderr  # its exit code for "matches found"
    out = result.stdout
    assert "(newslint 0.1.0)" in out  # the software line it prints
    for expected in ("Possible typo: 'strengtens' (did you mean 'strengthens'?)", "NL101: ", "NL301: ", "NL302: ",
                     "'Chanegriha' (line 15) vs 'Chengriha' (line 7)", "No-break space in running text",
                     "✓ Algeria and Russia strengthens military ties"):
        assert expected in out, expected


def test_pylanguagetool_offsets_after_an_emoji_and_a_no_break_space(newslint_server):
    result = pylanguagetool(newslint_server, "--lang", "auto", input_text=EMOJI)
    assert result.returncode == 1, result.stderr
    # pyLanguagetool slices the context in code points with LanguageTool's UTF-16
    # offsets, so after two emoji its corrected line lands two places right: the
    # mark that the offset is 20 UTF-16 units, as LanguageTool itself would answer.
    assert "✓ Great news 🎉🎉 the gogovernmentaid." in result.stdout
    result = pylanguagetool(newslint_server, "--lang", "auto", input_text=NBSP)
    assert result.returncode == 1, result.stderr
    assert "✓ The goverment said." in result.stdout  # the no-break space (offset 3) replaced
    assert "✓ The\u00a0government said." in result.stdout  # the typo right after it
