"""Boilerplate: phrase packs (NL301–NL314), photo captions (NL320), learned
boilerplate (NL330) and `newslint boilerplate discover`."""
import json
import sys

import pytest

from conftest import FIXTURES, SEED, run_cli
from lint.config import Config, parse_config
from lint.document import Document
from lint.engine import Linter
from lint.errors import ConfigError
from lint.fix import fix_document
from lint.rules import load_pack

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = FIXTURES / "boilerplate"
LEFTOVERS = [tuple(line.split("\t", 1)) for line in
             (DATA / "leftovers.tsv").read_text(encoding="utf-8").splitlines() if line.strip()]
CAPTIONS = [line for line in (DATA / "captions.txt").read_text(encoding="utf-8").splitlines() if line]
PROSE = [line for line in (DATA / "prose.txt").read_text(encoding="utf-8").splitlines() if line]
BEFORE = "Talks resumed in Geneva on Monday."
AFTER = "Diplomats said progress was slow."
ALL = Linter(Config(), select=["boilerplate"])


def findings(text, linter=ALL):
    found, problems = linter.check(Document(text, "story.txt"))
    assert not problems
    return found


def fixed(text, linter=ALL, unsafe=False):
    return fix_document(linter, Document(text, "story.txt"), lambda t: Document(t, "story.txt"),
                        unsafe=unsafe).text


def corpus(texts):
    return [Document(text, f"doc{i:03}.txt") for i, text in enumerate(texts)]


TOWNS = ("Leeds York Bath Derby Ely Hull Truro Wells Ripon Exeter Durham Lincoln Oxford Preston "
         "Salford Carlisle Chester Norwich Lichfield Worcester Hereford Gloucester Bristol Dundee "
         "Perth Stirling Inverness Cardiff Swansea Newport Bangor Armagh Belfast Derry Lisburn Newry "
         "Canterbury Winchester Chichester Peterborough").split()


def article(i):
    """A distinct clean article for corpus tests (no digits: they are normalised)."""
    town = TOWNS[i]
    return (f"{town} approves its budget\n\nThe council in {town} approved its budget on Tuesday "
            f"after a long debate.\n\nThe mayor of {town} voted against it.\n")


# -- phrase packs -----------------------------------------------------------------

@pytest.mark.parametrize("rule,line", LEFTOVERS, ids=[f"{r}:{l[:30]}" for r, l in LEFTOVERS])
def test_each_leftover_is_flagged_by_its_rule_wherever_it_stands(rule, line):
    clean = f"{BEFORE}\n\n{AFTER}\n"
    for text in (f"{line}\n\n{clean}", f"{BEFORE}\n\n{line}\n\n{AFTER}\n", f"{clean}\n{line}\n"):
        found = findings(text)
        assert [d.rule for d in found] == [rule], text
        assert text[found[0].start.offset:found[0].end.offset] == line
        assert fixed(text, unsafe=True) == clean


def test_case_whitespace_and_trailing_punctuation_are_tolerated():
    for line in ("ADVERTISEMENTS", "  advertisements.  ", "Advertisements:", "\tAdvertisement »"):
        assert [d.rule for d in findings(f"{BEFORE}\n\n{line}\n\n{AFTER}\n")] == ["NL301"], line


@pytest.mark.parametrize("sentence", [
    "Advertisements for the product were banned.",
    "Read more books, the minister urged.",
    "Related companies also fell.",
])
def test_the_issue_sentences_are_not_flagged(sentence):
    assert findings(f"{BEFORE}\n\n{sentence}\n\n{AFTER}\n") == []


@pytest.mark.parametrize("sentence", PROSE)
def test_prose_with_the_same_words_is_never_flagged(sentence):
    # As a paragraph of its own, and inside a paragraph.
    assert findings(f"{BEFORE}\n\n{sentence}\n\n{AFTER}\n") == []
    assert findings(f"{BEFORE} {sentence} {AFTER}\n") == []


def test_prose_list_is_long_enough():
    assert len(PROSE) >= 33


def test_leftover_words_inside_a_sentence_are_not_flagged():
    text = "He said the Advertisements were removed. Exit mobile version 3 was older. Share this: a plan.\n"
    assert findings(text) == []


def test_phrase_rules_fix_safely_and_keep_paragraph_separation():
    text = f"Skip to content\n\n{BEFORE}\n\nShare this:\n\nLike this:\n\n{AFTER}\n\nExit mobile version"
    assert all(d.fix.applicability == "safe" for d in findings(text))
    assert fixed(text) == f"{BEFORE}\n\n{AFTER}"
    crlf = f"{BEFORE}\r\n\r\nAdvertisements\r\n\r\n{AFTER}\r\n"
    assert fixed(crlf) == f"{BEFORE}\r\n\r\n{AFTER}\r\n"


def test_wire_credit_is_a_warning_with_an_unsafe_fix():
    text = f"{BEFORE}\n\n(Reporting by Jane Doe; Editing by John Smith)\n"
    (d,) = findings(text)
    assert (d.rule, d.severity, d.fix.applicability) == ("NL313", "warning", "unsafe")
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == f"{BEFORE}\n"


def test_a_group_can_be_switched_off():
    text = f"{BEFORE}\n\nShare this:\n\nAdvertisements\n\n{AFTER}\n"
    linter = Linter(Config(), select=["boilerplate"], ignore=["wordpress-widget"])
    assert [d.rule for d in findings(text, linter)] == ["NL301"]


# -- photo captions ------------------------------------------------------------------

@pytest.mark.parametrize("caption", CAPTIONS)
def test_captions_are_warnings_with_an_unsafe_fix(caption):
    text = f"{BEFORE}\n\n{caption}\n\n{AFTER}\n"
    (d,) = findings(text)
    assert (d.rule, d.severity, d.fix.applicability) == ("NL320", "warning", "unsafe")
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == f"{BEFORE}\n\n{AFTER}\n"


def test_caption_must_stand_alone_and_be_short():
    caption = CAPTIONS[0]
    assert findings(f"{BEFORE}\n{caption}\n\n{AFTER}\n") == []
    long_line = " ".join(["The minister spoke"] * 15) + ". (Reuters)"
    assert findings(f"{BEFORE}\n\n{long_line}\n\n{AFTER}\n") == []


def test_seed_article_leftovers_and_caption():
    text = SEED.read_text(encoding="utf-8")
    found = {d.rule: d for d in findings(text)}
    assert set(found) == {"NL301", "NL302", "NL320"}
    assert found["NL320"].start.line == 3 and "(Reuters)" in found["NL320"].message
    safe = fixed(text)
    assert "Advertisements" not in safe and "Exit mobile version" not in safe
    assert "(Reuters)" in safe
    assert safe == text.replace("Advertisements\n\n", "", 1).replace("\n\nExit mobile version", "")
    assert "(Reuters)" not in fixed(text, unsafe=True)


def test_the_caption_gates_skip_only_lines_no_credit_pattern_matches():
    """Each credit pattern is searched only in a line holding one of its
    strings: on captions, leftovers, prose and random mixes of their words the
    gated search finds what the ungated one finds."""
    import random

    from lint.credits import CREDITS, LABEL, credit

    def ungated(line):
        label = LABEL.match(line)
        if label:
            return label.group("label")
        for pattern, _ in CREDITS:
            m = pattern.search(line)
            if m and line[: m.start("credit")].strip():
                return m.group("credit").strip()
        return None

    lines = CAPTIONS + PROSE + [line for _, line in LEFTOVERS]
    words = " ".join(lines).split() + ["/", "(", ")", ".", "Photo:", "by", "Getty", "Images", "—"]
    rnd = random.Random(320)
    lines += [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) for _ in range(5000)]
    assert sum(ungated(line) is not None for line in lines) > len(CAPTIONS) // 2
    assert [line for line in lines if credit(line) != ungated(line)] == []


# -- learned boilerplate ------------------------------------------------------------

def learned_linter(**section):
    config = Config(corpus=True)
    if section:
        config.sections["boilerplate"] = section
    return Linter(config, select=["NL330"])


def test_learned_line_recurring_across_documents_is_reported_with_its_count():
    texts = [article(i) for i in range(40)]
    for i in range(0, 40, 8):  # 5 of 40 documents; the digits differ
        texts[i] += f"\nGot a tip? Call the newsroom on 0{i}20 7946 0{i}\n"
    linter = learned_linter()
    found, problems = linter.check_corpus(corpus(texts))
    assert not problems
    assert len(found) == 5
    assert {d.path for d in found} == {f"doc{i:03}.txt" for i in range(0, 40, 8)}
    assert all(d.extra["count"] == 5 and "5 of 40 documents" in d.message for d in found)
    assert all(d.severity == "warning" and d.fix.applicability == "unsafe" for d in found)


def test_learned_thresholds_come_from_config():
    texts = [article(i) for i in range(40)]
    for i in range(4):
        texts[i] += "\nThe Example Herald - independent since 1887\n"
    assert learned_linter().check_corpus(corpus(texts))[0] != []
    assert learned_linter(**{"min-documents": 5}).check_corpus(corpus(texts))[0] == []
    assert learned_linter(**{"min-share": 0.2}).check_corpus(corpus(texts))[0] == []
    assert learned_linter(**{"max-words": 4}).check_corpus(corpus(texts))[0] == []


def test_learned_skips_lines_the_phrase_packs_flag_and_long_lines():
    texts = [article(i) for i in range(10)]
    long_line = "This line has far too many words to be page furniture of any kind at all here"
    for i in range(10):
        texts[i] += f"\nAdvertisements\n\n{long_line}\n"
    assert learned_linter().check_corpus(corpus(texts))[0] == []


def test_learned_runs_only_with_corpus_mode():
    assert not Linter(Config(), select=["NL330"]).checks[0].wants_corpus()
    assert learned_linter().checks[0].wants_corpus()


def test_line_repeated_three_times_in_one_document_is_learned():
    slot = "Story continues after this message"
    three = f"A.\n\n{slot}\n\nB.\n\n{slot}\n\nC.\n\n{slot}\n\nD.\n"
    linter = Linter(Config(), select=["NL330"])
    found = findings(three, linter)
    assert len(found) == 3 and "3 times in this document" in found[0].message
    assert fixed(three, linter, unsafe=True) == "A.\n\nB.\n\nC.\n\nD.\n"
    assert findings(f"A.\n\n{slot}\n\nB.\n\n{slot}\n", linter) == []


def test_a_story_s_own_labels_recurring_in_it_are_not_boilerplate():
    """Issue #21: an interview's speakers and a live blog's times recur as structure."""
    linter = Linter(Config(), select=["NL330"])
    for label in ("Sean Illing", "Steven Pearlstein", "11:28 a.m. EST", "Lyon", "30 pct. pts."):
        story = "".join(f"{label}\n\nThe answer is {word}.\n\n" for word in ("yes", "no", "maybe", "later"))
        assert findings(story, linter) == [], label
    story = "".join(f"toggle caption Domenico Montanaro/NPR\n\nThe {word}.\n\n" for word in ("one", "two", "end"))
    assert len(findings(story, linter)) == 3


def test_learned_boilerplate_through_the_cli(tmp_path):
    for i in range(12):
        extra = "\nSend us your photos at pics@example.org\n" if i % 3 == 0 else ""
        (tmp_path / f"a{i:02}.txt").write_text(article(i) + extra, encoding="utf-8")
    plain = run_cli("check", "--format", "json", "--select", "NL330", tmp_path)
    assert plain.returncode == 0, plain.stderr
    result = run_cli("check", "--corpus", "--format", "json", "--select", "NL330", tmp_path)
    items = json.loads(result.stdout)
    assert result.returncode == 1 and len(items) == 4
    assert all(d["count"] == 4 for d in items)


def test_boilerplate_config_keys_are_checked():
    config = parse_config({"boilerplate": {"min-documents": 4, "min-share": 0, "max-words": 9}})
    assert config.section("boilerplate")["min-documents"] == 4
    with pytest.raises(ConfigError, match="boilerplate.min-docs"):
        parse_config({"boilerplate": {"min-docs": 4}})
    with pytest.raises(ConfigError, match="wrong type"):
        parse_config({"boilerplate": {"min-share": "5%"}})


# -- discover -----------------------------------------------------------------------

def test_discover_prints_a_reviewable_pack_that_works(tmp_path):
    docs = tmp_path / "wire"
    docs.mkdir()
    for i in range(20):
        text = article(i)
        if i % 4 == 0:
            text += f"\n© {2000 + i} Example Media Group Ltd\n"
        if i % 5 == 0:
            text = "Got a story? Email newsdesk@example-herald.co.uk\n\n" + text
        if i % 2 == 0:
            text += "\nAdvertisements\n"
        (docs / f"s{i:02}.txt").write_text(text, encoding="utf-8")
    result = run_cli("boilerplate", "discover", docs)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "# 5 of 20 documents, e.g. s00.txt, s04.txt, s08.txt" in out
    assert "# 4 of 20 documents" in out
    assert "Advertisements" not in out  # already a built-in rule
    pack = tmp_path / "learned.toml"
    pack.write_text(out, encoding="utf-8")
    (rule,) = load_pack(pack)
    assert rule.params["phrases"] == ["Got a story? Email newsdesk@example-herald.co.uk"]
    assert len(rule.params["patterns"]) == 1
    config = Config(packs=[pack])
    linter = Linter(config, select=[rule.id])
    new = "Story.\n\n© 2031 Example Media Group Ltd\n"
    assert [d.rule for d in findings(new, linter)] == [rule.id]
    assert fixed(new, linter) == "Story.\n"
    assert tomllib.loads(out)["rules"][0]["fix"] == "safe"


def test_discover_on_bad_input_says_so_without_a_traceback(tmp_path):
    missing = run_cli("boilerplate", "discover", tmp_path / "nope")
    assert missing.returncode == 2 and b"no such directory" in missing.stderr
    (tmp_path / "a.txt").write_text("One story.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    result = run_cli("boilerplate", "discover", tmp_path)
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert b"No candidate leftovers" in result.stdout
