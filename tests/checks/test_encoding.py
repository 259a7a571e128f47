"""Encoding rules (rules/encoding.toml): mojibake via ftfy, HTML entities and tags."""
from lint.config import Config
from lint.document import Document
from lint.engine import Linter
from lint.fix import fix_document


def lint(text, rule, fmt="text"):
    found, problems = Linter(Config(), select=[rule]).check(Document(text, "s", format=fmt))
    assert not problems
    return found


def fixed(text, rule, unsafe=False):
    linter = Linter(Config(), select=[rule])
    return fix_document(linter, Document(text, "s"), lambda t: Document(t, "s"), unsafe=unsafe).text


def test_mojibake_offsets_cover_only_the_damage():
    text = "Clean line: naïve café.\nItâ€™s the cafÃ© on Â£5 street.\n"
    found = lint(text, "NL410")
    assert len(found) == 1  # one cause, one finding per story (issue #21)
    d = found[0]
    assert text[d.start.offset:d.end.offset] == "â€™" and d.suggestions == ["’"] and d.start.line == 2
    assert [r["text"] for r in d.extra["related"]] == ["Ã©", "Â£"] and "(3 in this story)" in d.message
    assert d.kind == "mojibake" and len(d.fix.edits) == 3
    assert fixed(text, "NL410") == "Clean line: naïve café.\nIt’s the café on £5 street.\n"


def test_windows_1252_control_codes_are_restored():
    assert fixed("It\x92s \x93quoted\x94.\n", "NL410") == "It’s “quoted”.\n"


def test_clean_unicode_is_left_alone():
    assert lint("Zürich, São Paulo, Ελλάδα, Москва, 北京, “quotes” — dashes…\n", "NL410") == []


def test_entities_are_decoded_and_nbsp_becomes_a_space():
    text = "Marks &amp; Spencer, caf&#233;, it&#8217;s, a&nbsp;b, &#x41;\n"
    assert fixed(text, "NL411") == "Marks & Spencer, café, it’s, a b, A\n"


def test_unusual_numbered_entity_fix_is_unsafe():
    text = "Mr Blair&#191;s government\n"
    found = lint(text, "NL411")
    assert found[0].fix.applicability == "unsafe" and found[0].suggestions == ["¿"]
    assert fixed(text, "NL411") == text


def test_not_entities_and_html_documents_are_left_alone():
    assert lint("AT&T; R&D; &madeup; &c.\n", "NL411") == []
    assert lint("<p>Caf&eacute;</p>\n", "NL411", fmt="html") == []


def test_tags_in_plain_text_but_not_in_markdown_or_html():
    text = "He left.<br>\nShe said <a href=\"x\">this</a> and 3 < 5 > 2, <Enter>.\n"
    found = lint(text, "NL412")
    assert [text[d.start.offset:d.end.offset] for d in found] == ["<br>", '<a href="x">', "</a>"]
    assert found[0].fix is None
    assert lint(text, "NL412", fmt="markdown") == []
    assert lint(text, "NL412", fmt="html") == []
