"""The names check: one name, one spelling per story (NL201, NL202), the names
glossary, corpus mode and `newslint names learn`."""
import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, SEED, run_cli
from lint.config import Config, parse_config
from lint.document import Document
from lint.engine import Linter
from lint.errors import ConfigError
from lint.fix import fix_document
from lint.names.mentions import mentions
from lint.names.similarity import BlockIndex, is_derived, match_kind

LOOKALIKES = [
    line for line in (FIXTURES / "names" / "lookalikes.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def linter(glossary=None, corpus=False, **section):
    if glossary is not None:
        section["glossary"] = glossary
    config = Config(sections={"names": section} if section else {})
    config.corpus = corpus
    return Linter(config, select=["names"])


def check(text, **kwargs):
    found, problems = linter(**kwargs).check(Document(text, "story.txt"))
    assert not problems
    return found


def fixed(text, *, unsafe=False, **kwargs):
    result = fix_document(linter(**kwargs), Document(text, "story.txt"),
                          lambda t: Document(t, "story.txt"), unsafe=unsafe)
    return result.text


# -- mentions ---------------------------------------------------------------------
def test_mentions_strip_possessives_and_keep_the_name_span():
    text = "Algeria’s army and Russia's envoy met the Rosneft bosses’ lawyers and Yukos' owners."
    doc = Document(text)
    words = {w.text: w for m in mentions(doc) for w in m.words}
    assert {"Algeria", "Russia", "Rosneft", "Yukos"} <= set(words)
    for name in ("Algeria", "Russia", "Yukos"):
        w = words[name]
        assert text[w.start:w.end] == name


def test_mentions_group_multi_word_names_with_their_context():
    doc = Document("He met Algerian President Abdelmadjid Tebboune and the Federation Council.\n"
                   "General Said Chengriha\nspoke.")
    found = [m.text for m in mentions(doc)]
    assert "Algerian President Abdelmadjid Tebboune" in found
    assert "Federation Council" in found
    assert "General Said Chengriha" in found
    chengriha = next(w for m in mentions(doc) for w in m.words if w.text == "Chengriha")
    assert chengriha.before == "Said"


def test_a_line_break_or_comma_ends_a_name():
    found = [m.text for m in mentions(Document("Paris, London\nBerlin Rome"))]
    assert found == ["Paris", "London", "Berlin Rome"]


# -- similarity -------------------------------------------------------------------
@pytest.mark.parametrize("a,b,kind", [
    ("Chengriha", "Chanegriha", "vowels"),
    ("Zelensky", "Zelenski", "transliteration"),
    ("Abdelmadjid", "Abdelmajid", "transliteration"),
    ("Khodorkovsky", "Hodorkovsky", "transliteration"),
    ("Hewitt", "Jewitt", None),  # a slip rarely hits the first letter
    ("Mikhail", "Mihail", "transliteration"),
    ("Lavrov", "Lavroff", "transliteration"),
    ("Medvedev", "Medvedeff", "transliteration"),
    ("Tebboune", "Teboune", "transliteration"),
    ("Tebboune", "Tebbonue", "typo"),
    ("Tebboune", "Tebnoune", "typo"),
    ("Chanegriha", "Chanegrika", "typo"),
    ("Müller", "Muller", "transliteration"),
    ("Mohamed", "Muhammad", "vowels"),
])
def test_match_kind(a, b, kind):
    assert match_kind(a, b) == kind
    assert match_kind(b, a) == kind


@pytest.mark.parametrize("a,b", [
    ("algeria", "algerian"), ("russia", "russian"), ("paris", "parisian"), ("iraq", "iraqi"),
    ("canada", "canadian"), ("italy", "italian"), ("tebboune", "tebbounes"),
    ("sharapov", "sharapova"),
])
def test_derived_forms_are_not_variants(a, b):
    assert is_derived(a, b)
    assert match_kind(a.title(), b.title()) is None


@pytest.mark.parametrize("a,b", [("Mario", "Maria"), ("Masi", "Maso"), ("Roberto", "Roberta"),
                                 ("Ali", "Aly")])
def test_names_differing_in_a_final_vowel_or_too_short_are_not_variants(a, b):
    assert match_kind(a, b) is None


def test_blocking_finds_every_matching_pair_among_many_names():
    names = ["Chanegriha", "Tebboune", "Khodorkovsky", "Zelensky", "Lavrov", "Abdelmadjid"]
    variants = ["Chengriha", "Teboune", "Khodorkovski", "Zelenski", "Lavroff", "Abdelmajid"]
    index = BlockIndex()
    for name in names:
        index.add(name)
    for name, variant in zip(names, variants):
        assert name in index.candidates(variant)
    assert not index.candidates("Wimbledon") & set(names)


# -- the seed article -------------------------------------------------------------
def test_seed_has_exactly_one_names_finding_linking_both_spellings():
    text = SEED.read_text(encoding="utf-8")
    found = check(text)
    assert len(found) == 1
    finding = found[0]
    assert finding.rule == "NL201" and finding.category == "names"
    assert text[finding.start.offset:finding.end.offset] == "Chanegriha"
    assert "'Chengriha' (line 7)" in finding.message and "(line 15)" in finding.message
    assert [r["line"] for r in finding.extra["related"]] == [7]
    assert finding.fix is None  # one each: a tie, no evidence for either


def test_seed_fix_with_glossary_makes_the_spelling_consistent():
    text = SEED.read_text(encoding="utf-8")
    found = check(text, glossary={"Chanegriha": ["Chengriha"]})
    assert len(found) == 1
    assert found[0].fix.applicability == "safe"
    result = fixed(text, glossary={"Chanegriha": ["Chengriha"]})
    assert "Chengriha" not in result
    assert result == text.replace("Chengriha", "Chanegriha")
    assert check(result, glossary={"Chanegriha": ["Chengriha"]}) == []


# -- must not flag ----------------------------------------------------------------
@pytest.mark.parametrize("passage", LOOKALIKES)
def test_lookalikes_are_not_flagged(passage):
    assert check(passage) == []
    assert check("A headline about " + passage.split()[0] + "\n\n" + passage + "\n") == []


def test_different_people_with_look_alike_surnames_are_not_flagged_but_one_person_is():
    assert check("Nikolai Patrushev met Sergei Patrushov on Monday.") == []
    found = check("Nikolai Patrushev arrived. Later Nikolai Patrushov spoke.")
    assert len(found) == 1 and "Patrush" in found[0].message


# -- majority, tie, fixes ---------------------------------------------------------
def test_majority_spelling_gives_an_unsafe_fix_of_every_minority_occurrence():
    text = ("Tebboune arrived. Tebboune spoke. Teboune left, and Teboune's aide stayed. "
            "Tebboune returned.")
    found = check(text)
    assert len(found) == 1
    finding = found[0]
    assert finding.fix.applicability == "unsafe"
    assert [e.replacement for e in finding.fix.edits] == ["Tebboune", "Tebboune"]
    assert finding.suggestions == ["Tebboune"]
    assert fixed(text) == text  # not without --unsafe
    assert fixed(text, unsafe=True) == text.replace("Teboune", "Tebboune")


def test_one_finding_per_minority_spelling():
    text = "Chanegriha spoke. Chanegriha left. Chengriha returned. Chanegreeha waved. Chanegriha sat."
    found = check(text)
    flagged = sorted(text[d.start.offset:d.end.offset] for d in found)
    assert flagged == ["Chanegreeha", "Chengriha"]
    assert all(d.suggestions == ["Chanegriha"] for d in found)


def test_a_spelling_joins_the_group_it_matches_most_closely():
    text = "Muslims prayed. Muslims sang. Muslims ate. A Muslim spoke. Musslim leaders met a Muslim."
    found = check(text)
    assert [d.suggestions for d in found] == [["Muslim"]]


def test_a_tie_is_reported_without_a_fix():
    found = check("Khodorkovsky was jailed. Khodorkovski appealed.")
    assert len(found) == 1 and found[0].fix is None and found[0].suggestions == []


# -- glossary ---------------------------------------------------------------------
def test_glossary_variant_occurring_once_is_caught_with_a_safe_fix():
    found = check("General Said Chengriha met the minister.",
                  glossary={"Chanegriha": ["Chengriha", "Chanegreha"]})
    assert len(found) == 1
    assert found[0].extra["evidence"] == "glossary"
    assert "glossary spells it 'Chanegriha'" in found[0].message
    assert found[0].fix.applicability == "safe"


def test_glossary_canonical_only_catches_close_spellings_with_an_unsafe_fix():
    found = check("Chanegreiha met the minister.", glossary={"Chanegriha": []})
    assert len(found) == 1 and found[0].fix.applicability == "unsafe"
    assert check("Chanegriha met the minister.", glossary={"Chanegriha": []}) == []


def test_glossary_decides_the_spelling_against_the_story_majority():
    text = "Chengriha spoke. Chengriha left. Chanegriha returned."
    found = check(text, glossary={"Chanegriha": []})
    assert len(found) == 1
    assert found[0].fix.applicability == "safe"
    assert fixed(text, glossary={"Chanegriha": []}) == text.replace("Chengriha", "Chanegriha")


def test_glossary_links_spellings_the_similarity_would_not():
    text = "Gaddafi spoke. Gaddafi left. Ghathafi returned."
    assert check(text) == []  # too far apart to be matched on spelling alone
    found = check(text, glossary={"Gaddafi": ["Ghathafi"]})
    assert [d.suggestions for d in found] == [["Gaddafi"]]


@pytest.mark.parametrize("glossary,error", [
    ({"Two Words": []}, "single name word"),
    ({"Chanegriha": "Chengriha"}, "variants as strings"),
    ({"Chanegriha": ["Chengriha"], "Chengriha": []}, "both as a canonical"),
    ({"Chanegriha": ["Chengrha"], "Chengriha": ["Chengrha"]}, "under both"),
])
def test_bad_glossaries_are_config_errors(glossary, error):
    with pytest.raises(ConfigError, match=error):
        linter(glossary=glossary).check(Document("Text."))


# -- headline ---------------------------------------------------------------------
def test_headline_spelling_unlike_the_body_is_its_own_finding():
    text = "Teboune to visit Moscow\n\nPresident Tebboune will travel in May. Tebboune said so.\n"
    found = check(text)
    assert [d.rule for d in found] == ["NL202"]
    assert found[0].start.line == 1
    assert "'Tebboune' (line 3)" in found[0].message
    assert fixed(text, unsafe=True) == text.replace("Teboune", "Tebboune")


def test_headline_agreeing_with_the_body_majority_is_fine_and_body_slip_is_nl201():
    text = "Tebboune to visit Moscow\n\nTebboune will travel. Teboune said so. Tebboune left.\n"
    found = check(text)
    assert [d.rule for d in found] == ["NL201"]
    assert text[found[0].start.offset:found[0].end.offset] == "Teboune"


# -- corpus mode ------------------------------------------------------------------
def corpus_docs():
    docs = [Document(f"Story {i}.\n\nGeneral Said Chanegriha met envoy number {i}.\n", f"d{i}.txt")
            for i in range(40)]
    docs.append(Document("Odd one.\n\nGeneral Said Chengriha met the envoy.\n", "odd.txt"))
    docs.append(Document("Both.\n\nChanegriha spoke; Chengriha left.\n", "both.txt"))
    return docs


def test_corpus_mode_reports_the_outlier_with_counts_and_an_unsafe_fix():
    lint = linter(corpus=True)
    docs = corpus_docs()
    found, problems = lint.check_corpus(docs)
    assert not problems
    assert [d.path for d in found] == ["odd.txt"]  # both.txt is the story check's
    finding = found[0]
    assert "2 document(s)" in finding.message and "'Chanegriha' in 41" in finding.message
    assert finding.extra["counts"] == {"Chengriha": 2, "Chanegriha": 41}
    assert finding.fix.applicability == "unsafe"
    assert finding.fix.edits[0].replacement == "Chanegriha"


def test_corpus_mode_is_off_without_the_switch_and_on_with_the_config_key():
    assert linter().check_corpus(corpus_docs()) == ([], [])
    assert not any(c.wants_corpus() for c in linter().checks)
    assert any(c.wants_corpus() for c in linter(corpus=True).checks)


def test_corpus_mode_does_not_flag_the_clean_look_alike_passages():
    docs = [Document(p, f"p{i}.txt") for i, p in enumerate(LOOKALIKES * 3)]
    assert linter(corpus=True).check_corpus(docs) == ([], [])


# -- command line -----------------------------------------------------------------
def test_cli_fix_with_glossary_in_config_makes_the_seed_consistent(tmp_path):
    target = tmp_path / "article.txt"
    shutil.copyfile(SEED, target)
    (tmp_path / "newslint.toml").write_text('[names]\nglossary = { Chanegriha = ["Chengriha"] }\n',
                                            encoding="utf-8")
    before = run_cli("check", "--select", "names", "--format", "json", target, cwd=tmp_path)
    items = json.loads(before.stdout)
    assert len(items) == 1 and items[0]["fix"]["applicability"] == "safe"
    result = run_cli("fix", "--select", "names", target, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    text = target.read_text(encoding="utf-8")
    assert "Chengriha" not in text and text.count("Chanegriha") == 2
    assert text == SEED.read_text(encoding="utf-8").replace("Chengriha", "Chanegriha")
    again = run_cli("check", "--select", "names", target, cwd=tmp_path)
    assert again.returncode == 0, again.stdout


def test_cli_corpus_flag(tmp_path):
    for doc in corpus_docs():
        (tmp_path / doc.path).write_text(doc.text, encoding="utf-8")
    plain = json.loads(run_cli("check", "--select", "names", "--format", "json", tmp_path).stdout)
    assert [d["path"] for d in plain] == [str(tmp_path / "both.txt")]
    corpus = json.loads(run_cli("check", "--corpus", "--select", "names", "--format", "json",
                                tmp_path).stdout)
    assert sorted(Path(d["path"]).name for d in corpus) == ["both.txt", "odd.txt"]


def test_names_learn_writes_a_glossary_that_later_runs_use(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    for doc in corpus_docs()[:41]:
        (archive / doc.path).write_text(doc.text, encoding="utf-8")
    ledger = tmp_path / "names.toml"
    result = run_cli("names", "learn", archive, "-o", ledger, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = ledger.read_text(encoding="utf-8")
    assert '"Chanegriha" = ["Chengriha"]  # 40 documents; Chengriha: 1' in text
    config = parse_config({"names": {"glossary-files": ["names.toml"]}}, tmp_path / "newslint.toml")
    found, _ = Linter(config, select=["names"]).check(
        Document("Chengriha spoke once.", "new.txt"))
    assert len(found) == 1 and found[0].fix.applicability == "safe"
    assert found[0].suggestions == ["Chanegriha"]


def test_names_learn_and_bad_glossary_file_give_one_line_errors(tmp_path):
    missing = run_cli("names", "learn", tmp_path / "nope")
    assert missing.returncode == 2 and b"no such directory" in missing.stderr
    (tmp_path / "newslint.toml").write_text('[names]\nglossary-files = ["gone.toml"]\n',
                                            encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = run_cli("check", "--select", "names", tmp_path / "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert b"gone.toml" in result.stderr and b"Traceback" not in result.stderr


# -- cross-outlet variants (BASIL) and the side a finding sits on ------------------
def flagged_and_fix(text):
    return [(text[d.start.offset:d.end.offset], d.suggestions) for d in check(text)]


@pytest.mark.parametrize("text,pair", [
    ("Libyan leader Moammar Gadhafi spoke. Later al-Qaddafi left.", {"Gadhafi", "al-Qaddafi"}),
    ("Felipe Calderón spoke. Felipe Calderon left.", {"Calderón", "Calderon"}),
    ("Wal-Mart shares rose. Analysts said Walmart gained.", {"Wal-Mart", "Walmart"}),
    ("Rep. Raul Labrador spoke. Representative Raúl Labrador left.", {"Raul", "Raúl"}),
    ("Former Rep. Asa Hutchinson spoke. Mr. Hutchinson said no. Mr. Hutchison left.",
     {"Hutchinson", "Hutchison"}),
])
def test_cross_outlet_variants_are_one_name(text, pair):
    found = check(text)
    assert found, text
    assert {text[found[0].start.offset:found[0].end.offset], *found[0].suggestions,
            *(r["text"] for r in found[0].extra.get("related", []))} >= pair


@pytest.mark.parametrize("text", [
    # two sisters: the initial joins Linda T. Sánchez into one name
    "Rep. Loretta Sanchez won. Sanchez led the caucus. Representative Linda T. Sánchez lost.",
    "Bashar al-Assad spoke. Assad left.",  # a particle is a style, not a second spelling
    "Mr. Johnson spoke. Mr. Johnston left.",  # neither is named in full: two people
])
def test_lookalikes_and_particles_are_not_variants(text):
    assert check(text) == []


def test_finding_sits_on_the_slip_of_a_name_the_world_lists():
    text = ("President Voldymyr Zelenskiy spoke. President Voldymyr Zelenskiy left. "
            "Then President Volodymyr Zelenskiy returned.")
    assert flagged_and_fix(text) == [("Voldymyr", ["Volodymyr"])]


def test_rare_knowledge_does_not_outweigh_the_full_name():
    text = "Spokeswoman Brittany Bramell said it was false.\n\nBramwell continued: no."
    found = check(text)
    assert [(text[d.start.offset:d.end.offset], d.suggestions, d.fix) for d in found] == \
        [("Bramwell", [], None)]
    assert "do not tell which spelling is right" in found[0].message


def test_a_fix_keeps_the_flagged_spelling_s_particle():
    assert flagged_and_fix("Officials said al-Qaddafi spoke. Later al-Qaddafi left. Then Gadhafi came.") \
        == [("Gadhafi", ["Qaddafi"])]
    assert flagged_and_fix("Officials said Qaddafi spoke. Later Qaddafi left. Then al-Gadhafi came.") \
        == [("al-Gadhafi", ["al-Qaddafi"])]


def test_only_name_particles_are_stripped():
    # non- is a prefix of the language, not a particle: Musalim is no slip of non-Muslim
    assert check("A non-Muslim group met. Musalim leaders left.") == []


@pytest.mark.parametrize("text", [
    # a correction note names the wrong spelling on purpose
    "Jennifer Robinson, the lawyer, spoke. Robinson left.\n\n"
    "This story has been corrected to spell the name of the lawyer as Robinson, not Robinsen.",
    # an embedded tweet: its display name is quoted as written
    "Gov. Ricardo Rosselló wrote a letter. Rosselló said no.\n\n"
    "Tweet text pic.twitter.com/abc — Ricardo Rossello (@ricardorossello) October 25, 2017",
    # a film is named as its makers spell it
    '"Gasland" director Josh Fox pushed the ban.',
    # an occupation before a name is no first name: two singers
    "Usher and Jennifer Lopez sang. Singer Jenifer also took home two awards.",
])
def test_names_quoted_as_written_and_false_titles(text):
    assert check(text) == []


def test_a_four_letter_sure_slip_of_a_longer_name_the_story_uses_more():
    text = "President Obama spoke. Obama left. Obama came back.\n\nObam set to act on immigration."
    assert flagged_and_fix(text) == [("Obam", ["Obama"])]
    assert check("Obam set to act on immigration. Obama left.") == []  # one each: not enough


def test_a_word_before_a_capitalised_part_is_no_name_a_particle_is():
    doc = Document("A micro-USB port, a pro-Trump rally and al-Assad's forces.\n")
    words = {w.text for m in mentions(doc) for w in m.words}
    assert "al-Assad" in words
    assert not words & {"micro-USB", "pro-Trump"}


def test_a_commenter_s_handle_is_no_mention_a_news_source_saying_something_is():
    doc = Document("Great post.\n\nChristee says:\nYou got this!\n\nKeri Peardon says: October 8, 2012 at 10:35 am "
                   "Me too.\n\nThe bill passed. Yarmuth said: \"It would help.\"\n")
    words = {w.text for m in mentions(doc) for w in m.words}
    assert "Yarmuth" in words
    assert not words & {"Christee", "Keri", "Peardon"}
