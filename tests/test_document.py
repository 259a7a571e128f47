from pathlib import Path
from lint.document import Document, line_deletion


def words(text):
    return [(t.text, t.kind) for t in Document(text).tokens]


def test_tokens_keep_possessives_hyphens_and_non_latin_letters():
    assert words("Russia’s energy-hungry Łódź café O'Neill") == [
        ("Russia’s", "word"), ("energy-hungry", "word"), ("Łódź", "word"),
        ("café", "word"), ("O'Neill", "word"),
    ]


def test_tokens_numbers_initials_and_web_things():
    found = words("The U.S. paid $1,250.50 for 22160-class ships, see https://x.org/a?b=1. "
                  "Mail a@b.com or @newsdesk #Budget2024")
    assert ("U.S.", "abbrev") in found
    assert ("1,250.50", "alnum") in found
    assert ("22160-class", "alnum") in found
    assert ("https://x.org/a?b=1", "url") in found
    assert ("a@b.com", "email") in found
    assert ("@newsdesk", "handle") in found
    assert ("#Budget2024", "hashtag") in found


def test_offsets_are_code_points_into_the_text():
    text = "😀 naïve 𝔘 strengtens"
    doc = Document(text)
    token = doc.words[-1]
    assert text[token.start:token.end] == "strengtens"
    assert doc.position(token.start).column == token.start + 1


def test_lines_paragraphs_positions_with_crlf():
    doc = Document("Title\r\n\r\nOne line.\r\nSame para.\r\n\r\nLast")
    assert [doc.line_text(i) for i in range(len(doc.lines))] == [
        "Title", "", "One line.", "Same para.", "", "Last"]
    assert [doc.span_text(p) for p in doc.paragraphs] == ["Title", "One line.\r\nSame para.", "Last"]
    assert doc.newline == "\r\n"
    pos = doc.position(doc.text.index("Same"))
    assert (pos.line, pos.column) == (4, 1)


def test_sentences_do_not_split_after_abbreviations_and_initials():
    doc = Document("Gen. Said Chengriha met Mr. J. Smith. He left. Then it rained!")
    assert [doc.span_text(s) for s in doc.sentences] == [
        "Gen. Said Chengriha met Mr. J. Smith.", "He left.", "Then it rained!"]
    starts = [t.text for t in doc.tokens if t.sentence_start]
    assert starts == ["Gen", "He", "Then"]


def test_headline_is_a_short_first_line_without_full_stop():
    assert Document("Algeria and Russia strengthen ties\n\nBody text.").headline is not None
    assert Document("This is a sentence.\n\nBody.").headline is None


def deleted(text, index):
    doc = Document(text)
    span = line_deletion(doc, index)
    return text[:span.start] + text[span.end:]


def test_line_deletion_between_paragraphs_keeps_one_blank_line():
    assert deleted("A.\n\nAds\n\nB.\n", 2) == "A.\n\nB.\n"
    assert deleted("A.\r\n\r\nAds\r\n\r\nB.\r\n", 2) == "A.\r\n\r\nB.\r\n"


def test_line_deletion_at_the_end_keeps_the_final_newline_state():
    assert deleted("A.\n\nExit", 2) == "A."
    assert deleted("A.\n\nExit\n", 2) == "A.\n"


def test_line_deletion_at_top_and_inside_paragraph():
    assert deleted("Skip\n\nA.\n", 0) == "A.\n"
    assert deleted("A.\nAds\nB.\n", 1) == "A.\nB.\n"
    assert deleted("Only", 0) == ""


def test_fast_tokens_are_the_tokens_of_the_full_pattern():
    """FAST_TOKEN is a shortcut for plain words: it must find exactly what TOKEN finds."""
    import random

    from lint.document import FAST_TOKEN, TOKEN

    pieces = list("ab1Z.@#-+:/,_'’ \n\t“”‘();!?]—") + ["http://", "www.", "e\u0301", "U.S.", "a@b.c", "x9"]
    rnd = random.Random(22)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))) for _ in range(20000)]
    texts.append((Path(__file__).parent.parent / "fixtures" / "algeria-russia.txt").read_text(encoding="utf-8"))

    def tokens(pattern, text):
        return [(m.group(), m.span(), m.lastgroup) for m in pattern.finditer(text)]

    assert [t for t in texts if tokens(FAST_TOKEN, t) != tokens(TOKEN, t)] == []


def test_sentence_ends_are_those_of_the_look_behind_pattern():
    """SENTENCE_END (\\K after the end mark) must match exactly the spaces the
    plain look-behind form did, which it replaced for speed."""
    import random

    import regex

    from lint.document import SENTENCE_END

    look_behind = regex.compile(r"(?<=[.!?…][\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[\p{Lu}\p{N}])")
    pieces = list(".!?…\"'”’)] \n\t\u00a0Aa1(“‘[b—")
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))) for _ in range(20000)]
    texts.append((Path(__file__).parent.parent / "fixtures" / "algeria-russia.txt").read_text(encoding="utf-8"))

    def ends(pattern, text):
        return [m.span() for m in pattern.finditer(text)]

    assert [t for t in texts if ends(SENTENCE_END, t) != ends(look_behind, t)] == []
