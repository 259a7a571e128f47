"""The text reporter shows a window of the line, never the whole line."""
from conftest import run_cli
from lint.diagnostics import Diagnostic, Position
from lint.report import ReportContext, render
from lint.report.text_report import WIDTH


def finding(line: int, column: int, length: int, message="Possible typo") -> Diagnostic:
    start = Position(line, column, 0)
    return Diagnostic("a.txt", "NL101", "misspelled-word", "spelling", "error", message,
                      start, Position(line, column + length, 0))


def shown(source: str, d: Diagnostic) -> tuple[str, str]:
    out = render("text", [d], ReportContext(sources={"a.txt": source})).splitlines()
    return out[1].split(" | ", 1)[1], out[2].split("| ", 1)[1]


def test_a_short_line_is_shown_whole_with_the_caret_under_the_span():
    text, caret = shown("Algeria and Russia strengtens ties\n", finding(1, 20, 10))
    assert text == "Algeria and Russia strengtens ties"
    assert caret == " " * 19 + "^" * 10


def test_a_long_line_shows_a_window_marked_where_it_is_cut():
    words = " ".join(f"w{i:04d}" for i in range(2000))  # 11,999 characters on one line
    column = words.index("w1000") + 1
    text, caret = shown(f"Headline\n{words}\nEnd.\n", finding(2, column, 5))
    assert text.startswith("…") and text.endswith("…") and len(text) <= WIDTH + 2
    assert text[caret.index("^"):caret.index("^") + 5] == "w1000"
    assert caret.strip() == "^^^^^"


def test_a_span_longer_than_the_window_is_cut_and_its_caret_stops_there():
    line = "a" * 200_000
    text, caret = shown(line + "\n", finding(1, 1, 200_000))
    assert text == "a" * WIDTH + "…"
    assert caret == "^" * (WIDTH + 1)


def test_a_finding_at_the_end_of_a_long_line_shows_its_end():
    line = "x " * 5000 + "tail"
    text, caret = shown(line, finding(1, len(line) - 3, 4))
    assert text.startswith("…") and text.endswith("tail")
    assert caret.endswith("^^^^")


def test_a_long_message_is_shortened_in_text_output_only():
    d = finding(1, 1, 3, message="Repeated word '" + "ab " * 50_000 + "'")
    first = render("text", [d], ReportContext(sources={"a.txt": "ab ab\n"})).splitlines()[0]
    assert len(first) < 400 and "…" in first
    assert d.message in render("json", [d], ReportContext())


def test_cli_text_output_on_a_one_line_story(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("word " * 20_000 + "Advertisements and the the end.\n", encoding="utf-8")
    out = run_cli("check", "--no-cache", "--no-color", "--select", "NL501", story).stdout.decode()
    lines = out.splitlines()
    assert "NL501" in lines[0]
    assert all(len(line) < 400 for line in lines)


def test_a_story_finding_says_how_many_more_places_it_stands_for():
    d = finding(1, 1, 1, message="mixed")
    d.extra = {"count": 42, "related": [{"text": '"', "line": 1, "column": 3, "offset": 2}]}
    out = render("text", [d], ReportContext(sources={"a.txt": '"a"\n'}))
    assert "      = note: and 41 more in this story\n" in out
    d.extra = {"count": 1}
    assert "more in this story" not in render("text", [d], ReportContext(sources={"a.txt": '"a"\n'}))
