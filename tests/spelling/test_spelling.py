"""The spelling check (NL101), its suggestions, the known-misspellings pack
(NL102) and the house word list."""
import subprocess
import sys

import pytest
from conftest import ROOT, SEED, run_cli

from lint.config import Config, parse_config
from lint.spelling.dictionary import get_dictionary
from lint.document import Document
from lint.engine import Linter
from lint.fix import fix_document
from lint.spelling.suggest import Ranker, Suggester, get_ranker, keyboard_slip, slip_cost

SEED_NAMES = ["Lavrov", "Ramtane", "Lamamra", "Chengriha", "Chanegriha", "Patrushev", "Abdelmadjid",
              "Tebboune", "Bondarev", "Algeria", "Algerian", "Russia", "Russian", "Moscow",
              "Mediterranean"]


def flags(text, config=None, rule="NL101"):
    found, problems = Linter(config or Config(), select=[rule]).check(Document(text, "t.txt"))
    assert not problems
    return {text[d.start.offset:d.end.offset]: d for d in found}


def fixed(text, config=None, unsafe=False):
    linter = Linter(config or Config(), select=["spelling"])
    return fix_document(linter, Document(text, "t.txt"), lambda t: Document(t, "t.txt"), unsafe=unsafe).text


# -- the seed ------------------------------------------------------------------
def test_seed_typo_is_flagged_and_safely_fixed_and_no_name_is_flagged():
    text = SEED.read_text(encoding="utf-8")
    found = flags(text)
    assert list(found) == ["strengtens"]
    d = found["strengtens"]
    assert d.suggestions[0] == "strengthens"
    assert d.fix.applicability == "safe"
    assert fixed(text).startswith("Algeria and Russia strengthens military ties")
    for name in SEED_NAMES:
        assert name not in found


# -- what is checked -------------------------------------------------------------
def test_capitalised_words_inside_a_sentence_are_names():
    assert flags("The envoy met Generl Smith and Zorbulak in Tirana.\n") == {}


def test_sentence_start_and_title_case_headline_are_checked_with_case_kept():
    found = flags("Strengtens Military Ties\n\nThe talks went well.\n")
    assert found["Strengtens"].suggestions[0] == "Strengthens"
    found = flags("The envoy left. Beleived to be ill, he rested.\n")
    assert found["Beleived"].suggestions[0] == "Believed"


def test_a_word_the_story_capitalises_mid_sentence_is_a_name_everywhere():
    text = "Tebbone arrived. Later Tebbone said the visit went well.\n"
    assert flags(text) == {}


def test_an_opener_followed_by_a_capitalised_word_is_a_name():
    assert flags("Results came in. Linkin Park topped the chart.\n") == {}


def test_acronyms_mixed_case_digits_urls_emails_handles_hashtags_are_skipped():
    text = ("The NATOO summit, eBayy sales and 4thly ranked www.exmaple.com items; mail "
            "desk@newsroom-exmaple.org, follow @newsdeks and #elecshun; see bbcc.co.uk.\n")
    assert flags(text) == {}


def test_sic_is_never_flagged():
    assert flags("The sign read Welcom [sic] and the note said recieved (sic).\n", rule="spelling") == {}


def test_a_quoted_slip_needs_more_confidence_to_be_fixed_safely():
    text = 'He said: "We will strengten our ties." The minister agreed to strnegthen them.\n'
    linter = Linter(Config(), select=["NL101"])
    check = linter.checks[0]
    check.params["quoted_safe_confidence"] = check.params["quoted_settled_confidence"] = 1.01  # never that sure
    found = {d.snippet or d.message: d for d in linter.check(Document(text, "t.txt"))[0]}
    by_word = {text[d.start.offset:d.end.offset]: d for d in found.values()}
    assert by_word["strengten"].fix.applicability == "unsafe"
    assert by_word["strnegthen"].fix.applicability == "safe"
    check.params["quoted_settled_confidence"] = check.params["settled_confidence"]  # a settled slip...
    by_word = {text[d.start.offset:d.end.offset]: d for d in linter.check(Document(text, "t.txt"))[0]}
    assert by_word["strengten"].fix.applicability == "safe"
    check.params["quoted_settled_confidence"] = 1.01
    check.params["quoted_safe_confidence"] = check.params["safe_confidence"]  # ...or a sure one
    by_word = {text[d.start.offset:d.end.offset]: d for d in linter.check(Document(text, "t.txt"))[0]}
    assert by_word["strengten"].fix.applicability == "safe"


def test_a_word_repeated_in_the_document_is_taken_as_meant():
    assert flags("The analsyts spoke. Other analsyts agreed.\n") == {}
    assert "analsyts" in flags("The analsyts spoke.\n")


def test_compounds_are_accepted_but_a_single_slip_is_not():
    assert flags("The showbusiness gameshow and the housebuilder.\n") == {}
    assert "airlien" in flags("The airlien cut fares.\n")
    # one slip of any kind from a common word explains it better than two words do
    assert "charactors" in flags("All the main charactors died.\n")


def test_compounds_with_a_short_part_or_a_leading_particle_are_accepted():
    # a common three-letter word beside a long one; a particle before a content word
    assert flags("The carmaking town sent a phonecam clip through a backchannel.\n") == {}
    # ...but a misspelt word is not two words: nor a suffix spelt as a word, nor a function word after a particle
    assert set(flags("The tehory of inheritage grew upto a point.\n")) == {"tehory", "inheritage", "upto"}


def test_derivations_of_long_rare_stems_are_accepted_but_not_their_inflections():
    from lint.spelling.plausible import derived

    d = get_dictionary("en")
    # an agent noun or -ation of a long known word the list does not derive; a rival
    # spelling no real text uses ("ralliers") does not make "rallyers" a slip
    assert derived(d, "bloviater") and derived(d, "fabulations")
    assert flags("The rallyers cheered the bloviater.\n") == {}
    # the list inflects its words: an inflection it lacks is a slip ("dispence" is only a rare variant)
    assert not derived(d, "dispencing")
    assert "dispencing" in flags("He was dispencing advice.\n")


def test_run_on_words_get_an_unsafe_split():
    d = flags("It was thefirst time.\n")["thefirst"]
    assert d.suggestions == ["the first"] and d.fix.applicability == "unsafe"


def test_jargon_without_a_close_correction_is_not_flagged():
    assert flags("Patients were given desmoteplase.\n") == {}


# -- suggestions and the safe margin ----------------------------------------------
@pytest.fixture(scope="module")
def suggester():
    return Suggester(get_dictionary("en"))


def test_keystroke_slips_cost_less_than_other_edits():
    assert slip_cost("teh", "the") < slip_cost("tha", "the")  # swap < far key
    assert slip_cost("thr", "the") < slip_cost("thx", "the")  # r is next to e
    assert slip_cost("committe", "committee") < 1 and slip_cost("strengtens", "strengthens") < 1
    assert slip_cost("the", "the") == 0


@pytest.mark.parametrize("typo,word,cost", [
    ("teh", "the", 0.5), ("hte", "the", 0.5), ("recieve", "receive", 0.5),  # a swap, at either end or inside
    ("thr", "the", 0.6), ("stremgth", "strength", 0.6), ("seperate", "separate", 0.7),
    ("commmittee", "committee", 0.5), ("strengtens", "strengthens", 0.5),
    ("tehx", "the", 1.5),  # a swap and a far extra key: the slips add up
    ("", "ab", 1.0), ("ab", "", 2.0)])  # only dropped letters; only extra ones
def test_slip_cost_of_each_kind_of_slip(typo, word, cost):
    assert slip_cost(typo, word) == pytest.approx(cost)


@pytest.mark.parametrize("typo,word", [("strengtens", "strengthens"), ("teh", "the"),
                                       ("goverment", "government"), ("buidling", "building"),
                                       ("minsiter", "minister"), ("annouced", "announced")])
def test_top_suggestion(suggester, typo, word):
    assert suggester.candidates(typo)[0].word == word


def test_the_rankers_confidence_decides_safe_or_unsafe():
    # "tird" is one slip from "tired", "third", "tried"...: no clear winner, though
    # "was ... of" ranks "tired" first.
    assert flags("Then tird.\n")["tird"].fix.applicability == "unsafe"
    assert flags("He was tird of it.\n")["tird"].suggestions[0] == "tired"
    assert flags("They will strnegthen ties.\n")["strnegthen"].fix.applicability == "safe"
    linter = Linter(parse_config({}), select=["NL101"])
    check = linter.checks[0]
    candidates = check.suggester.candidates("strnegthen", before="will", after="ties")
    sure = get_ranker().confidence(candidates, "strnegthen", True)
    check.params["safe_confidence"] = check.params["settled_confidence"] = sure + 0.001
    check.params["keyboard_confidence"] = sure + 0.001  # "strnegthen" is two letters swapped
    found, _ = linter.check(Document("They will strnegthen ties.\n", "t.txt"))
    assert found[0].fix.applicability == "unsafe"


def test_confidence_falls_as_the_runner_up_closes_in(suggester):
    ranker = get_ranker()
    clear = suggester.candidates("strengtens", before="Russia", after="military")
    close = suggester.candidates("tird", before="was", after="of")
    assert ranker.confidence(clear, "strengtens", True) > ranker.confidence(close, "tird", True)


@pytest.mark.parametrize("typo,word", [("funetik", "phonetic"), ("aquantance", "acquaintance"), ("intelejent", "intelligent")])
def test_words_written_by_ear_find_their_word(suggester, typo, word):
    assert word in {c.word for c in suggester.candidates(typo, limit=10)}


def test_a_ranker_trained_on_other_features_is_refused():
    with pytest.raises(ValueError, match="train_spelling_ranker"):
        Ranker({"features": ["cost"], "weights": [1.0]})


def test_context_picks_between_close_candidates():
    # "yera" is one slip from "year" and from "yeah"/"yerba": "last year" is a
    # frequent pair, so the words around the slip settle it.
    assert flags("They met last yera in Paris.\n")["yera"].suggestions[0] == "year"
    # "wiht" is one swap from "with" and one slip from "wight"; "with the" decides.
    assert flags("He left wiht the others.\n")["wiht"].fix.applicability == "safe"


def test_a_rival_as_close_as_the_best_leaves_the_fix_unsafe():
    # "hten" is a swap of "then" and an extra letter in "hen": without a
    # neighbour that picks one, the fix is a guess, so it is not safe.
    assert flags("Hten.\n") == {} or flags("Hten.\n")["Hten"].fix.applicability == "unsafe"
    assert flags("The eles were in the river.\n")["eles"].fix.applicability == "unsafe"


def test_the_one_cheap_slip_is_settled_only_when_close_rivals_are_ruled_out():
    from lint.spelling.suggest import Candidate

    check = Linter(Config(), select=["NL101"]).checks[0]
    near, far = Candidate("emission", 0.5, 0.0, 0, 0.6), Candidate("emissions", 1.0, -0.5, 2, 0.4)
    assert not check._settled([far, near])  # the ranker chose the dearer one
    assert check._settled([Candidate("emission", 0.5, 0.0, 0, 0.99), Candidate("emissions", 1.0, 3.0, 0, 0.01)])
    rival = Candidate("emitting", 0.6, 0.2, 0, 0.3)
    assert not check._settled([Candidate("emission", 0.5, 0.0, 0, 0.7), rival])  # a live close rival


def test_a_dearer_correction_chosen_by_context_needs_the_ranker_to_be_sure(suggester):
    # "emision": "emission" is one slip away; context may prefer "emissions", but
    # the safe fix is whatever the ranker is confident in, never a bare guess.
    candidates = suggester.candidates("emision", before="carbon", after="rose")
    assert candidates[0].word in {"emission", "emissions"}
    assert 0.0 < get_ranker().confidence(candidates, "emision", True) < 1.0


def test_bigram_fit_prefers_the_frequent_pair():
    from lint.spelling.context import get_bigrams

    bigrams = get_bigrams()
    assert bigrams.zipf("last", "year") > 5
    assert bigrams.zipf("last", "very") is None
    year, seen_year = bigrams.fit("year", 5.9, "last", None)
    very, seen_very = bigrams.fit("very", 6.0, "last", None)
    assert year > very and seen_year == 1 and seen_very == 0


# -- configuration ------------------------------------------------------------------
def test_dialect_is_selectable():
    text = "The colour of the organisation.\n"
    assert flags(text) == {}
    us = flags(text, parse_config({"spelling": {"dialect": "en-US"}}))
    assert set(us) == {"colour", "organisation"}
    assert set(flags("The color of the organization.\n", parse_config({"spelling": {"dialect": "en-GB"}}))) == {"color"}


def test_a_bad_dialect_is_a_config_error():
    from lint.errors import ConfigError

    with pytest.raises(ConfigError):
        Linter(parse_config({"spelling": {"dialect": "klingon"}}), select=["NL101"])


def test_house_words_are_accepted_and_suggested(tmp_path):
    words = tmp_path / "house.txt"
    words.write_text("# our names\nnewsdesking  # a house verb\n", encoding="utf-8")
    config = parse_config({"words": ["blogzine"], "word-files": ["house.txt"]}, tmp_path / "newslint.toml")
    assert flags("The blogzine and newsdesking.\n", config) == {}
    assert flags("The newsdeskign team.\n", config)["newsdeskign"].suggestions[0] == "newsdesking"


def test_known_misspellings_pack_fixes_and_spelling_defers_to_it():
    text = "They will recieve it.\n"
    assert flags(text) == {}  # NL101 leaves it to NL102
    d = flags(text, rule="NL102")["recieve"]
    assert d.fix.applicability == "safe" and d.suggestions == ["receive"]
    assert flags("Clubs in Serie A.\n", rule="NL102") == {}  # case-sensitive: names pass
    quoted = flags('She said: "We did not recieve it."\n', rule="NL102")["recieve"]
    assert quoted.fix.applicability == "unsafe"
    assert flags("He wrote that he would recieve [sic] it.\n", rule="NL102") == {}


# -- the command line ---------------------------------------------------------------------
def test_words_add_accepts_a_flagged_word_in_one_step(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The newsroomz meet.\n", encoding="utf-8")
    assert run_cli("check", "--select", "spelling", article, cwd=tmp_path).returncode == 1
    (tmp_path / "newslint.toml").write_text('word-files = ["words.txt"]\n', encoding="utf-8")
    result = run_cli("words", "add", "newsroomz", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "newsroomz\n"
    assert run_cli("check", "--select", "spelling", article, cwd=tmp_path).returncode == 0
    again = run_cli("words", "add", "newsroomz", cwd=tmp_path)
    assert b"already listed" in again.stdout
    assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "newsroomz\n"


def test_words_add_without_a_word_list_explains_itself(tmp_path):
    result = run_cli("words", "add", "newsroomz", cwd=tmp_path)
    assert result.returncode == 2
    assert b"--file" in result.stderr and b"Traceback" not in result.stderr
    assert run_cli("words", "add", "two words", "--file", tmp_path / "w.txt").returncode == 2


def test_dictionary_is_not_loaded_when_spelling_is_off():
    code = ("import sys; from lint.config import Config; from lint.engine import Linter;"
            "from lint.document import Document;"
            "Linter(Config(), select=['boilerplate']).check(Document('Teh text.', 't.txt'));"
            "assert 'marisa_trie' not in sys.modules and 'lint.spelling.dictionary' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_bench_typo_injection_is_reproducible_and_makes_non_words():
    sys.path.insert(0, str(ROOT / "bench" / "accuracy"))
    import random

    from common import Article, inject

    article = Article("a.txt", "The minister said the government would strengthen its military ties. " * 40)
    known = get_dictionary("en").known
    first = inject(article, known, random.Random("1:a.txt"))
    second = inject(article, known, random.Random("1:a.txt"))
    assert first == second
    text, typos = first
    assert len(typos) == round(len(article.text.split()) / 150)
    for typo in typos:
        assert text[typo.start:typo.end] == typo.typo and not known(typo.typo)
        assert typo.original.islower() and typo.typo != typo.original


def test_accented_forms_of_known_words_and_editor_brackets_pass():
    text = "It seems so cliché, and his fiancée was naïve. \"[A]ssuming he agrees,\" she said.\n"
    assert flags(text) == {}
    assert "fiiancée" in flags("His fiiancée was there.\n")  # an accent does not clear a typo


def test_a_correction_more_than_max_safe_cost_away_is_never_safe():
    text = "They will strnegthen ties.\n"
    linter = Linter(parse_config({}), select=["NL101"])
    check = linter.checks[0]
    best = check.suggester.candidates("strnegthen", before="will", after="ties")[0]
    assert linter.check(Document(text, "t.txt"))[0][0].fix.applicability == "safe"
    check.params["max_safe_cost"] = best.cost - 0.01
    assert linter.check(Document(text, "t.txt"))[0][0].fix.applicability == "unsafe"


def test_one_slip_of_the_fingers_needs_less_confidence():
    # "paarty": "party" with a letter typed twice; "part" keeps it unsettled
    linter = Linter(parse_config({}), select=["NL101"])
    check = linter.checks[0]
    candidates = check.suggester.candidates("paarty", before="Tory", after="are")
    sure = get_ranker().confidence(candidates, "paarty", True)
    assert sure < check.params["safe_confidence"]
    assert not check._settled(candidates) and not check._context_settles(candidates)
    assert check._keyboard(candidates, "paarty") and not check._keyboard(candidates, "paraty")
    text = "The Tory paarty are split.\n"
    assert linter.check(Document(text, "t.txt"))[0][0].fix.applicability == "safe"
    check.params["keyboard_confidence"] = sure + 0.001
    assert linter.check(Document(text, "t.txt"))[0][0].fix.applicability == "unsafe"
    # a rival as cheap with belief ("ahd": "had" is two letters swapped, "and" a neighbouring key)
    assert not check._keyboard(check.suggester.candidates("ahd", before="players", after="get"), "ahd")


def test_a_keyboard_slip_is_a_key_beside_or_instead_a_doubled_letter_or_a_swap():
    assert keyboard_slip("cenger", "center")  # a neighbouring key instead of the right one
    assert keyboard_slip("stremgth", "strength") and keyboard_slip("strengtgh", "strength")  # beside it
    assert keyboard_slip("commmittee", "committee")  # typed twice
    assert keyboard_slip("teh", "the") and keyboard_slip("cetner", "center")  # swapped
    assert not keyboard_slip("begining", "beginning")  # a dropped letter: the speller's slip too
    assert not keyboard_slip("seperate", "separate")  # a vowel for another: a speller's slip
    assert not keyboard_slip("strenxgth", "strength")  # "x" is near neither "n" nor "g"


def test_a_keyboard_slip_with_a_rival_nearly_as_cheap_stays_unsure():
    linter = Linter(parse_config({}), select=["NL101"])
    check = linter.checks[0]
    candidates = check.suggester.candidates("paarty", before="Tory", after="are")
    assert check._keyboard(candidates, "paarty")
    rivals = [c for c in candidates[1:] if c.probability >= check.params["rival_belief"]]
    assert rivals  # "part": dearer than "party" by more than keyboard_rival_cost
    check.params["keyboard_rival_cost"] = max(c.cost for c in rivals) - candidates[0].cost
    assert not check._keyboard(candidates, "paarty")


def test_a_fix_that_breaks_a_contraction_is_not_safe():
    # "dosen't": the slip checked is "dosen"; "dozen" is one neighbouring key away, but "dozen't" is no word
    linter = Linter(parse_config({}), select=["NL101"])
    found = linter.check(Document("It dosen't matter to them at all.\n", "t.txt"))[0]
    assert found and found[0].fix.applicability == "unsafe"
    found = linter.check(Document("They coudln't say.\n", "t.txt"))[0]  # "could't" is none either
    assert found and found[0].suggestions[0] == "could" and found[0].fix.applicability == "unsafe"
    found = linter.check(Document("The commmittee's report came out.\n", "t.txt"))[0]  # a possessive fits
    assert found and found[0].suggestions[0] == "committee" and found[0].fix.applicability == "safe"


def test_the_words_around_can_settle_a_slip_that_is_not_the_one_cheap_one():
    # "tird" is one slip from "tired", "third", "tried": not settled by slip cost,
    # but "was ... of" fits "tired" far better than any rival.
    linter = Linter(parse_config({}), select=["NL101"])
    check = linter.checks[0]
    candidates = check.suggester.candidates("tird", before="was", after="of")
    assert not check._settled(candidates) and check._context_settles(candidates)
    assert not check._context_settles(check.suggester.candidates("tird"))  # no neighbours: nothing to settle
    sure = get_ranker().confidence(candidates, "tird", True)
    check.params["settled_confidence"] = sure - 0.001
    text = "He was tird of it.\n"
    assert linter.check(Document(text, "t.txt"))[0][0].fix.applicability == "safe"
    check.params["context_lead"] = 99.0
    assert linter.check(Document(text, "t.txt"))[0][0].fix.applicability == "unsafe"



def test_only_likely_slips_are_flagged():
    """NL101 flags a word only when it reads as a slip of a real word (lint/spelling/plausible.py)."""
    # a Spanish quotation: the unknown word is a frequent Spanish word among others
    assert flags('Chants of "Si se puede" were heard.\n') == {}
    # an inflection or derivation the word list does not spell out
    assert flags("They call us deplorables, and the police were kettling protesters.\n") == {}
    # ...but not when the same stem and ending are known in another spelling
    from lint.spelling.dictionary import get_dictionary
    from lint.spelling.plausible import derived

    d = get_dictionary("en")
    assert derived(d, "kettling") and not derived(d, "begining") and not derived(d, "yearss")
    # ...and a form of a known word ("loss" + "ing") the ranker reads surely as another word is a slip
    assert derived(d, "lossing") and flags("He was lossing ground.\n")["lossing"].suggestions[0] == "losing"
    # a hyphenated name, and a coinage joined to a function word
    assert flags("Moon Sang-gyun said so, on the ground of insupportability.\n") == {}
    # no close common correction: a name or jargon
    assert flags("The ariary fell.\n") == {}
    # a slip of a common word stays flagged, and so does a run-on of two common words
    assert set(flags("The analsyts said it was thefirst time.\n")) == {"analsyts", "thefirst"}
    # a capitalised known word opening a headline
    assert flags("Dems continue to press Obama\n\nThe story.\n") == {}


def test_belief_split_between_forms_of_one_word_is_still_a_slip():
    """The gate asks whether a word is a slip, not which correction is meant."""
    from lint.spelling.plausible import likely_slip, same_word
    from lint.spelling.suggest import Candidate

    d = get_dictionary("en")

    def pool(*words):  # (word, slip cost, share of belief), the ranker's frequency from the dictionary
        return [Candidate(w, cost, 0.0, probability=p, features=(cost, 1.0, d.zipf(w))) for w, cost, p in words]

    assert same_word("newsrooms", "newsroom") and not same_word("drinks", "dinks")
    # the ranker unsure which of two forms: a slip of that word
    assert likely_slip(d, pool(("newsrooms", 0.6, 0.45), ("newsroom", 1.0, 0.4), ("news", 1.5, 0.15)), 0.2)
    # the same belief spread over unrelated words: slang or a coinage
    assert not likely_slip(d, pool(("dinks", 0.6, 0.45), ("drinks", 1.0, 0.4), ("doings", 1.0, 0.15)), 0.2)
    # a far correction needs the ranker sure of it, whatever its belief
    assert not likely_slip(d, pool(("reformation", 2.2, 1.0)), 0.8)
    assert likely_slip(d, pool(("reformation", 2.2, 1.0)), 0.95)
    assert flags("The newsroomz meet.\n")  # the ranker's confidence is low, its belief in newsroom(s) high


def test_slips_only_can_be_turned_off():
    from lint.rules import Rule  # noqa: F401 - the param is a rule param like the others

    linter = Linter(Config(), select=["NL101"])
    check = linter.checks[0]
    check.params["slips_only"] = False
    found, _ = linter.check(Document("The ariary fell.\n", "t.txt"))
    assert [d.rule for d in found] == ["NL101"]


def test_dictionary_marks_foreign_words_and_unaccented_spellings():
    from lint.spelling.dictionary import get_dictionary

    d = get_dictionary("en")
    assert d.foreign("siempre") and d.foreign("la") and not d.foreign("the")
    assert d.known("détente") and d.known("detente") and d.known("fiancees")
    assert d.suggestible("détente") and not d.suggestible("detente")


def test_a_dropped_g_is_speech_not_a_slip():
    assert flags("This guy ain't gettin' them, and age ain’t nothin’ but a number.\n", rule="NL102") == {}
    assert "nothin" in flags("There was nothin to see.\n", rule="NL102")


def test_a_commenters_handle_signing_a_comment_is_not_a_slip():
    assert "costme" in flags("We made a costme for the party.\n")
    for signed in ("Great post!\ncostme says:\nI loved it.\n",
                   "Great post!\ncostme said... I loved it.\n",
                   "Comment #38 - Posted by: costme at 3:23 AM\n",
                   "Nice one by costme (902907) on the thread.\n",
                   "Ha!\nBy costme (80459) on Tuesday\nSo true.\n",
                   "Thanks for the tips!\ncostme\n09/04/2012\nAwesome tutorial.\n"):
        assert flags(signed) == {}, signed
    # a slip in prose before "said:" is still a slip
    assert "costme" in flags("The costme said: nothing at all.\n")


@pytest.mark.parametrize("signed", [
    "Great post. costme October 24, 2012 at 1:52 pm I loved it.\n",
    "Great post.\ncostme 07.13.12 at 08:59 I loved it.\n",
    "Thanks for the memories. costme On Friday, November 2 at 8:25 am So true.\n",
    "Come on lads. 4. costme - 20 August, 2011 As for Liverpool, well.\n",
    "Thanks a lot costme July 21, 2012 at 4:34 pm Gracias.\n",  # with the time, wherever it stands
    "Amazing. 29. Jun, 2012 / costme wyshart says: Nothing to worry about.\n",
    "Amazing. 29. Jun, 2012 / curty costme says: Nothing to worry about.\n",
    "It's great! ikram costme 09/05/2012 its beautiful.\n"])
def test_a_handle_signing_with_a_date_stamp_or_two_words_is_not_a_slip(signed):
    assert flags(signed) == {}


def test_a_date_or_says_in_prose_leaves_a_slip_a_slip():
    # a date in prose, after a word that does not open its line, leaves a slip a slip
    assert "costme" in flags("They wore a costme on October 24, 2012 to the party.\n")
    assert "costme" in flags("The costme on Friday was red.\n")
    assert "costme" in flags("The costme wyshart said: nothing.\n")  # two words before "said" are prose


def test_the_last_word_of_a_preview_cut_off_before_its_signature_is_not_a_slip():
    assert flags("You are assuming there is widesprea by jpapon (1877296) It shouldn't be.\n") == {}
    assert flags("Or add an othe\n\n    by Mister Whirly (964219)\n\nThe problem is.\n") == {}
    assert "widesprea" in flags("You are assuming there is widesprea abuse by officials.\n")


def test_an_apostrophe_lost_to_a_question_mark_is_not_a_slip():
    assert flags("The mayor said he wasn?t there and couldn?t say why.\n") == {}
    assert "wasn" in flags("The mayor said he wasn there.\n")


def test_a_letter_held_for_emphasis_is_not_a_slip():
    assert flags("Hope you get well soooon. Take care!\n") == {}  # four times: always
    assert flags("The blog is perfecttt!!! (eeek, showing my age)\n") == {}  # held in two words
    # three times, alone in its story: a doubled key struck again
    assert set(flags("Profits falll 15% to $56m.\n")) == {"falll"}
    assert set(flags("He was the front-runnner in the race.\n")) == {"runnner"}


def test_a_passage_in_another_language_is_not_a_slip():
    assert flags("la mia vita, e un torrente calmo, ma talvolta precipitoso e quando tranquillo.\n") == {}
    assert flags("Sleeve color berwarna abu-abu perpaduan putih dan gelap cocok untuk wanita dewasa.\n") == {}
    assert flags('I loved the "complicité" chapter, very much.\n') == {}  # a letter no English key types
    assert "costme" in flags("We made a costme for the party with my sister.\n")


def test_an_adverb_of_a_long_known_stem_is_not_a_slip_but_a_short_one_is():
    assert flags("You are going to get somewhere investigatively, he said.\n") == {}
    found = flags("It resently changed, and he left quitely.\n")
    assert set(found) == {"resently", "quitely"}
    assert "happyly" in flags("They lived happyly together.\n")  # "happily" is the spelling


def test_a_word_damaged_by_mojibake_is_left_to_the_mojibake_rule():
    found = flags("The costme doesnâ€™t fit, thatâ??s all, and les realit\ufffdes.\n")
    assert set(found) == {"costme"}


def test_an_ending_written_as_spoken_is_not_a_slip():
    # eye dialect: "z" for the last "s" of a known word, "ah" for "er"
    found = flags("They want warnings to protect their feelz, and a bowl of clam chowdah, and a costme.\n")
    assert set(found) == {"costme"}
    assert "pleaze" in flags("Come in, pleaze, and sit down.\n")  # a "z" not at the end is a slip
    assert "waz" in flags("The house waz empty.\n")  # three letters: "z" is the key beside "s"


def test_a_letter_stuck_before_a_word_is_not_a_slip():
    # e- and i- make words of common words; a finger that struck the key beside the first is a slip
    assert flags("Your browser does not support the iframe tag, and ebusiness is hard.\n") == {}
    assert "ejoy" in flags("We ejoy the show.\n")  # one cheap slip from "enjoy"
    assert "uframe" in flags("The uframe was new.\n")  # no such prefix


def test_a_passage_spelt_its_own_way_is_not_a_run_of_slips():
    parody = ("I am riting yu, deer mysterre, to let yu no how bed I feeloxerab out it all. The "
              "compostition of your work must be moast signicophant and I am so disturd by my inhumility "
              "to onthorstand it.\n")
    assert flags(parody) == {}
    # three slips in a paragraph of ordinary prose are slips
    prose = ("The council met on Tuesday to discuss the budegt, and the chairman said the ministry had "
             "not yet replied to its letter about the new scholo and the roadss.\n")
    assert set(flags(prose)) == {"budegt", "scholo", "roadss"}
