"""Work bounds on the shapes that used to be quadratic.

Each test builds a few thousand lines of one adversarial shape and counts
operations (items read from a list, hole spans unpacked), never wall time,
so a bound holds on any machine. The old code did work proportional to the
product of two sizes on these shapes; the bound here is a small multiple of
their sum.
"""
from __future__ import annotations

from functools import cached_property

import pytest

from lint.checks import spelling
from lint.document import Document
from lint.engine import Linter
from lint.formats import html, load, markdown
from lint.formats.view import build_view


class Counted(list):
    """A list that counts the items read from it: each one yielded by
    iteration, each index, each item of a slice."""

    reads = 0

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item

    def __getitem__(self, key):
        got = super().__getitem__(key)
        self.reads += len(got) if isinstance(key, slice) else 1
        return got


class CountedPair(tuple):
    """A (start, end) span that counts how often it is unpacked."""

    unpacked = 0

    def __iter__(self):
        CountedPair.unpacked += 1
        return super().__iter__()


def test_editable_reads_a_bounded_number_of_pieces_per_edit():
    """Shape: 2,000 lines of "<p>the the</p>" (HTML): 8,000 view pieces and
    2,000 fixes, each checked by OffsetMap.editable when it is placed in the
    file. Bound: pieces read <= 4 x (pieces + fixes); copying the rest of the
    pieces on each call read about pieces x fixes / 2."""
    n = 2000
    (doc,), _ = load("page.html", "<p>the the</p>\n" * n)
    offsets = doc.source_map
    offsets.pieces = Counted(offsets.pieces)
    found, problems = Linter(select=["NL501"]).check(doc)
    assert not problems
    assert len(found) == n and all(d.fix for d in found)
    reads = offsets.pieces.reads
    assert reads <= 4 * (len(offsets.pieces) + n)


def test_suppression_work_is_linear_in_directives_plus_findings():
    """Shape: 2,000 "<!-- newslint-disable-next-line NL501 -->" comments in
    Markdown, each over a line with a doubled word (2,000 findings, all
    suppressed). Bound: directives read <= 4 x (directives + findings);
    looping over every directive for each finding read about
    directives x findings / 2."""
    n = 2000
    (doc,), _ = load("copy.md", "<!-- newslint-disable-next-line NL501 -->\nthe the\n\n" * n)
    (bare,), _ = load("copy.md", "the the\n\n" * n)
    linter = Linter(select=["NL501"])
    findings, _ = linter.check(bare)
    assert len(findings) == n
    doc.directives = Counted(doc.directives)
    found, problems = linter.check(doc)
    assert not problems and found == []
    reads = doc.directives.reads
    assert reads <= 4 * (len(doc.directives) + len(findings))


def test_cutting_holes_is_linear_in_overlays_plus_holes():
    """Shape: 1,000 Markdown lines "word {{ x }} word and www.example.com/x
    here": 3,000 overlays and 2,000 holes (template tags and URLs) for
    build_view to cut. Bound: hole spans unpacked <= 4 x (overlays + holes);
    trying every hole against every overlay unpacked overlays x holes."""
    n = 1000
    source = "word {{ x }} word and www.example.com/x here\n" * n
    overlays, holes, _ = markdown.prose(source)
    assert len(holes) == 2 * n
    CountedPair.unpacked = 0
    text, _ = build_view(source, overlays, holes=[CountedPair(h) for h in holes],
                         escape=markdown.escape)
    assert text.startswith("word 0 word and 0 here\n")
    unpacked = CountedPair.unpacked
    assert unpacked <= 4 * (len(overlays) + len(holes))


def test_a_hole_around_other_holes_does_not_make_cutting_quadratic():
    """Shape: one template tag around 2,000 entities and URLs. Bound: hole
    spans unpacked <= 4 x (overlays + holes); the enclosing hole used to keep
    every later overlay looking at every hole."""
    source = "{{ " + "&amp; http://x.co/a " * 2000 + "}}\n"
    overlays, holes, _ = markdown.prose(source)
    CountedPair.unpacked = 0
    build_view(source, overlays, holes=[CountedPair(h) for h in holes], escape=markdown.escape)
    assert CountedPair.unpacked <= 4 * (len(overlays) + len(holes))


@pytest.mark.parametrize("stray", ["</b>", "</pre>"])  # a plain tag, and a skip tag that is not open
def test_html_end_tags_read_a_bounded_part_of_the_skip_stack(monkeypatch, stray):
    """Shape: 2,000 nested "<code>" tags, then 2,000 stray end tags and the
    2,000 "</code>" closing them. Bound: skip-stack entries read <= 4 x end
    tags; listing the whole stack at every end tag read about end tags x
    depth."""
    n = 2000
    stacks = []

    class Reader(html._Reader):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.skip = Counted()
            stacks.append(self.skip)

    monkeypatch.setattr(html, "_Reader", Reader)
    overlays, _ = html.prose("<code>" * n + "x" + stray * n + "</code>" * n)
    assert [(o.text, o.markup) for o in overlays] == [(html.PLACEHOLDER, True)]
    assert len(stacks) == 1
    reads = stacks[0].reads
    assert reads <= 4 * (2 * n)


def test_quoted_reads_a_bounded_number_of_quotes_per_finding(monkeypatch):
    """Shape: one paragraph of 2,000 quotations '"He recieve it" ', each
    holding a known misspelling whose fix the quotation makes unsafe.
    Bound: quote spans read <= 4 x (quotes + findings); testing every quote
    for each finding read about quotes x findings / 2."""
    n = 2000
    made = []
    spans = spelling.SpellingContext.quotes.func

    def quotes(self):
        made.append(Counted(spans(self)))
        return made[-1]

    counted = cached_property(quotes)
    counted.__set_name__(spelling.SpellingContext, "quotes")
    monkeypatch.setattr(spelling.SpellingContext, "quotes", counted)
    found, problems = Linter(select=["NL102"]).check(Document('"He recieve it" ' * n))
    assert not problems
    assert len(found) == n and all(d.fix.applicability == "unsafe" for d in found)
    assert len(made) == 1 and len(made[0]) == n
    reads = made[0].reads
    assert reads <= 4 * (len(made[0]) + n)


def test_a_names_finding_stays_small_however_many_spellings_the_story_has():
    """Shape: one name and 300 one-letter variants of it, each in its own
    paragraph. Bound: every finding's JSON stays under 4 KB (it names at most
    10 other spellings and 10 places of each); it used to list every place of
    every other spelling, so each finding grew with the story."""
    import json
    import string

    variants = [f"Chengr{a}{b}ha" for a in string.ascii_lowercase for b in "aeiou"][:300]
    text = "\n\n".join(f"General {v} said the talks went well." for v in variants * 2) + "\n"
    found, _ = Linter(select=["NL201"]).check(Document(text, "story.txt"))
    assert found
    sizes = [len(json.dumps(d.to_json())) for d in found]
    assert max(sizes) < 4096, max(sizes)


def test_mojibake_compares_a_long_line_in_bounded_pieces(monkeypatch):
    """Shape: one line of 4,000 repetitions of "Itâ€™s cafÃ© ". Bound: no
    comparison of a repaired text with its original is longer than PIECE
    characters a side (comparing the whole line was quadratic)."""
    from lint.checks import mojibake

    sizes = []
    real = mojibake.changes

    def recorded(old, new):
        sizes.append(max(len(old), len(new)))
        return real(old, new)

    monkeypatch.setattr(mojibake, "changes", recorded)
    found, _ = Linter(select=["NL410"]).check(Document("Itâ€™s cafÃ© " * 4000 + "\n", "story.txt"))
    assert len(found) == 1 and found[0].extra["count"] == 8000
    assert max(sizes) <= getattr(mojibake, "PIECE", 1000)


def test_long_paragraphs_are_never_compared_character_by_character(monkeypatch):
    """Shape: two paragraphs of 40,000 words that differ in three. Bound: no
    character-level comparison (rapidfuzz Indel, then difflib) sees a text
    over 5,000 characters; the pair is still reported as a duplicate."""
    import random

    from rapidfuzz import distance  # duplicate-paragraph imports Indel from here when it needs it

    longest = []
    real = distance.Indel.normalized_similarity

    class Recorded:
        @staticmethod
        def normalized_similarity(a, b, **kwargs):
            longest.append(max(len(a), len(b)))
            return real(a, b, **kwargs)

    monkeypatch.setattr(distance, "Indel", Recorded)
    rng = random.Random(2)
    words = "the minister said talks on military cooperation went well in Algiers".split()
    first = " ".join(rng.choice(words) for _ in range(40_000))
    second = first.replace(" the ", " a ", 3)
    found, _ = Linter(select=["NL504"]).check(Document(f"{first}\n\n{second}\n", "story.txt"))
    assert [d.rule for d in found] == ["NL504"]
    assert max(longest, default=0) <= 5000


def test_locating_findings_among_many_records_is_a_bisection(monkeypatch):
    """Shape: a JSON Lines file of 2,000 records, one finding in each.
    Bound: region checks <= 4 x findings (a scan from the first record made
    about records x findings / 2)."""
    from lint.formats import by_path, locate
    from lint.formats.view import OffsetMap

    source = "".join(f'{{"id": {i}, "text": "Story {i}.\\n\\nAdvertisements\\n"}}\n' for i in range(2000))
    docs, _ = load("feed.jsonl", source)
    found, _ = Linter(select=["NL301"]).check_documents(docs)
    assert len(found) == 2000
    calls = []
    real = OffsetMap.contains
    monkeypatch.setattr(OffsetMap, "contains", lambda self, offset: calls.append(1) or real(self, offset))
    documents = by_path(docs)
    for d in found:
        assert locate(d, documents) is not None
    assert len(calls) <= 4 * len(found)
