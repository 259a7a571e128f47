"""page-furniture (NL321): the learned model of page furniture, its kinds, and
scrape repeats reported once as leftovers."""
import gzip
import json

import pytest

from lint import furniture
from lint.config import Config
from lint.document import Document
from lint.engine import Linter

BEFORE = "Talks resumed in Geneva on Monday after a break of three weeks, officials said."
AFTER = "Diplomats said progress was slow but that both sides wanted a deal before the summer."
ALL = Linter(Config(), select=["boilerplate", "duplicate-paragraph"])

# Prose that mentions ads, photos, newsletters and subscriptions is never furniture.
PROSE = [
    "The paper said advertising revenue fell as readers moved to newsletters and paid subscriptions.",
    "She took the photo on Tuesday and sold it to an agency a day later.",
    "Subscribers to the newsletter were told the price of a subscription would rise in May.",
    "The ad campaign, which ran on television and in print, cost the party $2 million.",
    "Photos of the crash were shared widely on social media, police said.",
    "Sign up for the newsletter, the mayor urged residents at the meeting.",
    "He said the photo was taken in 2019 by a friend who has since died.",
    "Advertisers pulled out of the show after the host's remarks, the network said.",
    "Readers can subscribe to the print edition for $5 a week, the publisher said.",
    "The image of the burning tower, shot by a Reuters photographer, went round the world.",
    "Click here, the scam email said, and your account will be restored.",
    "Related stories in the tabloid press were later found to be false, the court heard.",
]


def findings(line, linter=ALL):
    found, _ = linter.check(Document(f"{BEFORE}\n\n{line}\n\n{AFTER}\n"))
    return [(d.rule, d.kind) for d in found]


@pytest.mark.parametrize("sentence", PROSE)
def test_prose_about_ads_photos_newsletters_is_never_flagged(sentence):
    assert findings(sentence) == []


@pytest.mark.parametrize("line, kind", [
    ("By Alex Ward", "byline"),
    ("Published 11:11 PM EST Nov 19, 2019", "timestamp"),
    ("Susan Walsh/AP Photo", "credit"),
    ("Print this page", "widget"),
])
def test_long_tail_leftovers_are_found_with_their_kind(line, kind):
    assert ("NL321", kind) in findings(line)


def test_kind_from_grammar():
    assert furniture.kind_of("By JAMES PRICHARD, AP Business Writer", "content") == "byline"
    assert furniture.kind_of("Moon/Bloomberg/Getty Images", "furniture") == "credit"
    assert furniture.kind_of("Jane Doe contributed to this report.", "supplemental") == "credit"
    assert furniture.kind_of("Updated 5:02 p.m. ET", "furniture") == "timestamp"


AP = ("FILE - In this Jan. 4, 2020, file photo, a man walks past a store in Raleigh, N.C. "
      "(AP Photo/Chris Seward, File)")


def test_ap_caption_printed_twice_is_one_caption_leftover_not_a_duplicate():
    text = f"Store sales fell\n\n{AP}\n\n{BEFORE}\n\n{AP}\n\n{AFTER}\n"
    found, _ = ALL.check(Document(text))
    assert [d.rule for d in found if d.start.line == 7] == ["NL321"]
    assert [d.rule for d in found if d.start.line == 3] == ["NL320"]  # the first copy: a caption
    repeat = next(d for d in found if d.start.line == 7)
    assert repeat.kind == "caption" and repeat.fix.applicability == "unsafe"
    assert not any(d.name == "duplicate-paragraph" for d in found)


def test_headline_repeated_as_first_paragraph():
    head = "Council delays vote on the new bridge over the river Aire"
    found, _ = ALL.check(Document(f"{head}\n\n{head}\n\n{BEFORE}\n\n{AFTER}\n"))
    assert [(d.rule, d.kind, d.start.line) for d in found] == [("NL321", "repeated-headline", 3)]


def test_a_real_duplicate_paragraph_is_still_a_duplicate():
    found, _ = ALL.check(Document(f"Headline here\n\n{BEFORE}\n\n{AFTER}\n\n{BEFORE}\n"))
    assert [d.name for d in found] == ["duplicate-paragraph"]


def test_captions_stay_unsafe_to_delete():
    found, _ = ALL.check(Document(f"{BEFORE}\n\nBy Alex Ward\n\n{AFTER}\n"))
    assert found and all(d.fix.applicability == "unsafe" for d in found if d.rule == "NL321")


def test_shipped_weights_are_data_not_code():
    with gzip.open(furniture.WEIGHTS, "rt", encoding="utf-8") as f:
        data = json.load(f)
    assert data["classes"] == list(furniture.CLASSES)
    assert 0 < data["threshold"] < 1 and len(data["line"]["weights"]) > 1000 and len(data["context"]["weights"]) > 50
    assert len(data["phrases"]) > 100 and set(data["phrases"].values()) <= set(furniture.CLASSES[1:])
    for p in furniture.page_scores([BEFORE, "Click here to share", AFTER])[0]:
        assert abs(sum(p) - 1) < 1e-9


def test_common_phrase_is_flagged_whatever_its_shape():
    assert furniture.common_phrase("  MOST   EMAILED: ") == "furniture"
    found, _ = ALL.check(Document(f"{BEFORE}\n\nMost Emailed\n\n{AFTER}\n"))
    assert [(d.rule, d.kind, d.start.line) for d in found] == [("NL321", "widget", 3)]
    assert "common page furniture" in found[0].message


@pytest.mark.parametrize("line", ["Click here for more football headlines!", "Click here to read the police report."])
def test_a_click_here_line_is_no_sentence(line):
    assert not furniture.reads_as_prose(line)
    assert findings(line) == [("NL321", "widget")]


def test_a_line_is_judged_in_its_page():
    """The same short line is more likely furniture in a run of menu lines
    after the story than between two paragraphs of it."""
    line = "Dave Berry"
    inside = furniture.page_scores([BEFORE, line, AFTER])[0][1][0]
    menu = furniture.page_scores([BEFORE, AFTER, "Email this", "Print", "Most Read", line, "Privacy Policy"])[0][5][0]
    assert menu < inside


def test_a_hard_wrapped_line_of_prose_is_not_furniture(monkeypatch):
    wrapped = "Written for newslint (not copied from any project). Used by\nthe tests of the boilerplate rules."
    text = f"{BEFORE}\n\n{wrapped}\n\n{AFTER}\n"
    assert not [d for d in ALL.check(Document(text))[0] if d.rule == "NL321"]
    # a wrapped line is prose too when the next line goes on in lower case
    assert not [d for d in ALL.check(Document(text.replace("Used by\n", "Used by tests\nof "))) [0]
                if d.rule == "NL321"]
    # the same line standing alone is what the model flags
    alone = text.replace("Used by\n", "Used by\n\n")
    assert [d.rule for d in ALL.check(Document(alone))[0]] == ["NL321"]


def test_the_pages_prose_answers_equal_a_scan_of_every_line():
    """Prose answers gap, words above/below and furniture runs by bisection
    and prefix sums (linear pages); they must equal the plain scans."""
    import random

    from lint.furniture import LONG, Prose

    rng = random.Random(7)
    lines = [" ".join(["word"] * rng.choice((2, 5, 40))) for _ in range(300)]
    first = [(rng.choice((0.1, 0.4, 0.6, 0.95)), 0.0, 0.0, 0.0) for _ in lines]
    prose = Prose(lines, first)
    assert prose and all(first[i][0] >= 0.9 and len(lines[i].split()) >= LONG for i in prose)
    for index in range(len(lines)):
        assert prose.gap(index) == min(abs(index - j) for j in prose)
        words = {j: len(lines[j].split()) for j in prose}
        assert prose.words_around(index) == (sum(w for j, w in words.items() if j < index),
                                             sum(w for j, w in words.items() if j > index))
        run, j = 0, index - 1
        while j >= 0 and first[j][0] < 0.5:
            run, j = run + 1, j - 1
        assert prose.runs_before[index] == run


# A match report's data as a scrape leaves it (written for these tests): team
# sheets, substitutes, scorers, attendance, the referee with no "Referee:" label.
TEAM_SHEET = [
    "Harbour Town 2-1 Millbrook",
    BEFORE, AFTER,
    "Keane, Doyle, Marsh, Okafor, Brennan (Walsh 70), Pryce, Lund, Ames, Corr, Tate, Rudd.",
    "Hale, Birch.",
    "Okafor, Pryce.",
    ": Tate 12, Rudd 55 pen.",
    "11,204",
    "J Mallory",
]


def test_a_team_sheet_is_story_data_not_furniture(monkeypatch):
    text = "\n\n".join(TEAM_SHEET) + "\n"
    linter = Linter(Config(), select=["NL321"])
    assert linter.check(Document(text))[0] == []
    # without the guard the referee's line reads as a byline
    monkeypatch.setattr(furniture, "match_data", lambda lines: [False] * len(lines))
    assert [d.start.line for d in linter.check(Document(text))[0]] == [17]


@pytest.mark.parametrize("line, weight", [
    ("Harbour Town v Millbrook", 2), ("Harbour Town v Millbrook (Sat)", 2), ("Harbour Town or Cliffside v Millbrook Rovers", 2),
    ("Trump Wrongly Touts Economy Growth Milestone vs. Unemployment", 0), ("Senate vs. House", 1),
    ("Harbour Town 2-1 Millbrook", 1), ("16th Premiership", 1), ("11,204", 1), ("Hale, Birch.", 1),
    ("Tate 12.", 1), ("By Alex Ward", 0), ("Published 11:11 PM EST Nov 19, 2019", 0), ("Print this page", 0),
    ("Tags: Obama, Clinton, Iraq", 0), ("J Mallory", 0),
])
def test_data_line(line, weight):
    assert furniture.data_line(line) == weight


def test_a_markdown_heading_is_not_furniture():
    text = f"# Notes\n\n{BEFORE}\n\n## Source\n\n{AFTER}\n"
    linter = Linter(Config(), select=["NL321"])
    from lint.run.files import make_document

    assert linter.check(make_document("notes.md", text))[0] == []
    assert [d.start.line for d in linter.check(Document(text.replace("## ", "")))[0]] == [5]


@pytest.mark.parametrize("line, stamp", [
    ("Thu Jan 17, 2008 5:51pm IST", True), ("Last updated at 8:37 AM on 18/01/08", True),
    ("Posted on: 31-12-2007", True), ("2 hours, 23 minutes ago", True), ("Tuesday 8th January 2008", True),
    ("May 2008 was wet", False), ("The 2008 election", False), ("In 2008 he left", False),
])
def test_a_line_that_is_all_stamp(line, stamp):
    assert bool(furniture.PATTERNS["stamp-line"].search(line)) is stamp
    assert (furniture.kind_of(line, "furniture") == "timestamp") is stamp


def test_a_byline_with_its_age_is_a_byline():
    line = "By JANE ROE, For The Associated Press 2 hours, 23 minutes ago"
    assert furniture.PATTERNS["by-name"].search(line) and furniture.kind_of(line, "content") == "byline"


def test_a_byline_set_over_two_lines():
    found, _ = ALL.check(Document(f"{BEFORE}\n\nBy\n\nJane Roe\n\n{AFTER}\n"))
    assert [(d.rule, d.kind, d.start.line) for d in found] == [("NL321", "byline", 3), ("NL321", "byline", 5)]
    found, _ = ALL.check(Document(f"{BEFORE}\n\nBy\n\nthe river the town grew.\n\n{AFTER}\n"))
    assert found == []


@pytest.mark.parametrize("line", ["By Alex Ward", "By Jane Smith, Reuters", "By Tom Davies and Ann Lee"])
def test_a_whole_line_of_the_byline_grammar_is_a_byline(line):
    assert ("NL321", "byline") in findings(line)


@pytest.mark.parametrize("line", ["By Tuesday the talks had stalled and both sides went home.",
                                  "By the end of the year, Prices Had Doubled"])
def test_a_sentence_opening_with_by_is_no_byline(line):
    assert ("NL321", "byline") not in findings(line)


def test_a_photo_widget_line_is_sure_on_its_own():
    """NPR's caption widget once, not printed twice: a caption (unsafe to
    delete); a bare gallery counter is a widget."""
    found, _ = ALL.check(Document(f"{BEFORE}\n\nEnlarge this image toggle caption Jeff Chiu/AP Jeff Chiu/AP\n\n{AFTER}\n"))
    assert [(d.rule, d.kind, d.fix.applicability) for d in found] == [("NL321", "caption", "unsafe")]
    assert furniture.sure_grammar("Image 1 of 5") == "photo widget"
    assert furniture.kind_of("Image 1 of 5", "supplemental") == "widget"
    assert furniture.sure_grammar("The image of the burning tower went round the world.") is None


def test_a_name_beside_a_stamp_above_the_story_is_a_byline():
    """Names alone are bylines beside a stamp and subheads among the
    paragraphs: the context model reads the grammars of the lines beside."""
    top = ["Geneva talks resume after three weeks", "Elinor Mills", "January 15, 2008 11:05 AM PST", BEFORE, AFTER]
    features = furniture.context_features(top, furniture.first_pass(top), 1, furniture.prose_lines(
        top, furniture.first_pass(top)))
    assert "n1g:stamp-line:before" in features and "cg:name-line:before" in features
    assert furniture.page_scores(top)[0][1][0] < furniture.page_scores([BEFORE, "Elinor Mills", AFTER])[0][1][0]
    found, _ = ALL.check(Document("\n\n".join(top) + "\n"))
    assert [(d.kind, d.start.line) for d in found] == [("byline", 3), ("timestamp", 5)]


def test_reported_speech_after_the_story_is_story():
    """After the story's last long paragraph a sentence is judged as
    furniture could be (teasers, captions), but one that reports speech is
    story: the copyright words of "All rights reserved, the label said, …"
    make no footer of it."""
    story = "\n\n".join([BEFORE, AFTER, "All rights reserved, the label said, were sold in 2001."])
    assert furniture.reported_speech("All rights reserved, the label said, were sold in 2001.")
    assert not furniture.reported_speech("All rights reserved.")
    assert not furniture.reported_speech("Officials said the road is closed")  # no sentence end
    assert [d for d in ALL.check(Document(story + "\n"))[0] if d.rule == "NL321"] == []


def test_the_prose_fixture_read_as_one_file_has_no_furniture():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "fixtures" / "boilerplate" / "prose.txt").read_text(encoding="utf-8")
    assert [(d.rule, d.start.line) for d in ALL.check(Document(text))[0]] == []


def lines_found(lines):
    found, _ = ALL.check(Document("\n\n".join(lines) + "\n"))
    return {(d.start.line + 1) // 2: (d.rule, d.kind, d.message) for d in found}


def test_a_headline_in_a_list_of_related_links_after_the_story_is_a_related_link():
    """"France says it will prove …" reads as a headline with a verb, which
    the model leaves alone; under a related link, with another headline
    under it, after the story's last long paragraph, it is one of a list of
    other stories' titles."""
    found = lines_found([BEFORE, AFTER, "Related Stories", "Mattis tries to downplay confusion over carrier's mission",
                         "France says it will prove Assad used chemical weapons",
                         "Pentagon names new head of Africa command", "Privacy Policy"])
    rule, kind, message = found[5]
    assert (rule, kind) == ("NL321", "related-link") and "stands between page furniture" in message


def test_a_short_line_between_two_leftovers_in_the_story_is_furniture():
    found = lines_found([BEFORE, "Advertisement", "Geneva talks", "Print this page", AFTER])
    assert found[3][0] == "NL321" and "stands between page furniture" in found[3][2]


@pytest.mark.parametrize("lines, line", [
    # above the story a line between furniture is as often its headline
    (["Print this page", "Geneva talks resume after three weeks", "Advertisement", BEFORE, AFTER], 2),
    # a sentence between two leftovers is story
    ([BEFORE, "Advertisement", "The talks went on.", "Print this page", AFTER], 3),
    # one leftover beside it is not a run
    ([BEFORE, "Advertisement", "Geneva talks", AFTER], 3),
])
def test_what_stands_between_furniture_and_stays_story(lines, line):
    assert line not in lines_found(lines)


@pytest.mark.parametrize("line, flagged", [("Weekend Reads", True), ("Music & Film", True), ("Mayor quits", False),
                                           ("Mayor Quits Over Budget", False)])
def test_a_menu_entry_between_furniture_above_the_story(monkeypatch, line, flagged):
    """Above the story's first long paragraph a line between two leftovers is
    as often the story's headline, and is left alone, unless it is a menu
    entry: three words or fewer, all capitalised. (The model's own cut is
    lowered so that only the runs of furniture can flag the line.)"""
    monkeypatch.setattr(furniture, "threshold", lambda: 0.0)
    lines = ["Share this article", "Print this story", line, "Most Emailed", BEFORE, AFTER]
    found, _ = ALL.check(Document("\n\n".join(lines) + "\n"))
    between = [d for d in found if d.start.line == 5]
    assert bool(between) == flagged
    if flagged:
        assert "stands between page furniture" in between[0].message
