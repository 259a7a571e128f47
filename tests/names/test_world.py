"""The names rules with the world's names (lint/names/world.py): known names,
near misses, picking the side, one person or two."""
from pathlib import Path

import pytest

from conftest import run_cli
from lint.config import Config
from lint.document import Document
from lint.engine import Linter
from lint.names.similarity import match_kind
from lint.names.world import COMPANY, COUNTRY, GIVEN, get_world
from lint.spelling.dictionary import get_dictionary


def near_miss(text):
    return get_world().near_miss(text, get_dictionary().zipf)


def check(text):
    found, problems = Linter(Config(), select=["names"]).check(Document(text, "story.txt"))
    assert not problems
    return found


def flagged(text):
    """(flagged spelling, suggested fix or None) of each finding."""
    return sorted((text[d.start.offset:d.end.offset], d.fix.edits[0].replacement if d.fix else None)
                  for d in check(text))


def test_the_world_knows_countries_companies_and_nicknames():
    world = get_world()
    assert world.flags("Egypt") & COUNTRY and world.flags("Volkswagen") & COMPANY
    assert world.flags("Robert") & GIVEN and not world.flags("Chanegriha")
    assert world.same_given("Bob", "Robert") and not world.same_given("Kiichi", "Koichi")


@pytest.mark.parametrize("slip, name", [
    ("Venezula", "venezuela"), ("Volkwagen", "volkswagen"), ("Connecuticut", "connecticut"),
])
def test_a_near_miss_of_a_known_name(slip, name):
    assert near_miss(slip) == name


@pytest.mark.parametrize("word", ["Saudia", "Koichi", "Austria", "Nigeria", "Chengriha", "Kisco",
                                  "Eqypt", "Osama"])
def test_no_near_miss_for_known_names_longer_names_or_unknown_names(word):
    assert near_miss(word) is None


def test_a_short_near_miss_needs_the_right_spelling_in_the_story():
    assert get_world().near_miss("Eqypt", get_dictionary().zipf, linked=True) == "egypt"


def test_near_misses_of_several_names_take_the_most_frequent():
    assert near_miss("Amrican") == "american" and near_miss("Hoston") == "houston"


def test_a_word_after_a_title_or_first_name_is_a_person_not_a_slip_of_a_place():
    assert check("Sen. Ammar spoke. Mr. Ammar left.\n\nJohn Ammar stayed.\n") == []


def test_a_slip_of_a_known_name_is_flagged_though_the_story_never_spells_it_right():
    text = ("Talks in Venezula\n\nThe envoy flew to Venezula on Monday. Officials in Venezula "
            "said talks would go on.\n")
    assert flagged(text) == [("Venezula", "Venezuela")]


def test_the_fix_goes_to_the_known_name_even_when_the_slip_is_the_majority():
    text = ("Eqypt said on Monday it would reopen the border. Eqypt has long mediated, "
            "and Eqypt's envoy met Egypt's neighbours.\n")
    assert flagged(text) == [("Eqypt", "Egypt")]


@pytest.mark.parametrize("text", [
    "Austria beat Australia on Sunday. Austria had lost to Australia before.\n",
    "Niger and Nigeria signed the pact. Niger's president thanked Nigeria.\n",
    "Saudia, the Saudi airline, flew the team home. Saudi officials met them.\n",
    "Kiichi Miyazawa, a former prime minister, is not Koichi Miyazawa, the banker. "
    "Koichi Miyazawa spoke.\n",
    # a given name before two places the world knows makes them no one person
    "Trade\n\nDiamonds fuelled West Africa's civil wars. West African leaders met. West African troops left.\n",
])
def test_different_names_the_world_knows_are_not_flagged(text):
    assert check(text) == []


def test_one_first_name_makes_one_person_even_when_both_surnames_are_names():
    text = ("President Ferdinand Marco spoke on Monday. Ferdinand Marcos said the vote would "
            "go ahead, and Ferdinand Marcos left.\n")
    assert flagged(text) == [("Marco", "Marcos")]


@pytest.mark.parametrize("a, b", [("Qaddafi", "Gaddafi"), ("Gonzales", "Gonzalez"), ("Gorbachev", "Gorbachov"),
                                  ("Haniyeh", "Haniya"), ("Osama", "Usama"), ("Omar", "Umar")])
def test_transliterations(a, b):
    assert match_kind(a, b) == "transliteration"


def test_a_romanised_surname_of_someone_named_in_full_is_caught():
    text = ("Attorney General Alberto Gonzales testified. Gonzales defended the policy, "
            "and Gonzalez left early.\n")
    assert flagged(text) == [("Gonzalez", "Gonzales")]


def test_a_nickname_is_the_same_first_name():
    text = "Bob Tebboune arrived first. Robert Tebbonue spoke later, and Bob Tebboune left.\n"
    assert flagged(text) == [("Tebbonue", "Tebboune")]


def test_a_tie_between_unknown_spellings_says_so_and_offers_no_fix():
    found = check("Chengriha met the envoy. Later Chanegriha spoke.\n")
    assert len(found) == 1 and found[0].fix is None
    assert "Neither spelling" in found[0].message


def test_learn_never_records_a_slip_as_canonical(tmp_path: Path):
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(
            f"Story {i}\n\nOfficials in Venezula said on day {i} that Tebboune would visit.\n",
            encoding="utf-8")
    result = run_cli("names", "learn", tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert '"Tebboune"' in result.stdout.decode() and "Venezula" not in result.stdout.decode()


def test_a_headline_with_the_known_name_is_not_corrected_to_the_body_s_slip():
    text = "Colombia talks resume\n\nOfficials in Colomnia said talks resume. Colomnia wants a deal.\n"
    found = flagged(text)
    assert found == [("Colomnia", "Colombia")]


def test_a_place_before_two_words_does_not_make_them_one_person():
    assert check("Saudi Arabia and the Saudi Arabian envoy met. Saudi Arabia agreed.\n") == []


def test_a_known_word_before_two_names_does_not_make_one_person():
    assert check("North Korea said the North Korean envoy would go. North Korea agreed.\n") == []


def test_the_world_s_names_load_only_when_a_names_rule_runs():
    import subprocess
    import sys

    code = ("import sys; from lint.config import Config; from lint.document import Document; "
            "from lint.engine import Linter; import lint.names.world as w; "
            "Linter(Config(), select=[sys.argv[1]]).check(Document('Officials in Venezula met.\\n'));"
            "print(w.get_world.cache_info().currsize)")
    loaded = {rule: subprocess.run([sys.executable, "-c", code, rule], capture_output=True,
                                   text=True, check=True).stdout.strip()
              for rule in ("NL101", "NL201")}
    assert loaded == {"NL101": "0", "NL201": "1"}


@pytest.mark.parametrize("slip, name", [
    ("Egpyt", "egypt"), ("Nevda", "nevada"), ("Syrai", "syria"),  # five letters, a sure slip
    ("Pyoongyang", "pyongyang"), ("Spokaen", "spokane"),  # a rarer place, a sure slip
    ("Syuria", "syria"),  # an extra vowel inside a six-letter name
])
def test_sure_slips_of_short_or_rarer_names(slip, name):
    assert near_miss(slip) == name


@pytest.mark.parametrize("word", ["Ghani", "Smain", "Legos", "Gilad", "PhRMA", "Belgrave"])
def test_a_changed_letter_of_a_short_or_rare_name_or_an_acronym_is_no_slip(word):
    assert near_miss(word) is None


@pytest.mark.parametrize("text", [
    "Talks\n\nPresident Barack Obama met Ehud Barak. Obama spoke. Barak spoke.\n",
    "Talks\n\nThe two Koreas met. Korean officials spoke. Korean media said so.\n",
    "Talks\n\nBeto O'Rourke spoke. Later O’Rourke left. O’Rourke smiled.\n",
    "Race\n\nSecretary Alison Grimes spoke. Rep. Allyson Schwartz spoke. Allyson Schwartz left.\n",
    "Security\n\nBruce Schneier said so. Schneier is an expert.\n",
    "Romney Rises; ObamaÃ¢â‚¬â„¢s Pushback\n\nObama spoke. Obama left.\n",
])
def test_other_people_forms_and_typography_are_not_one_name_spelled_two_ways(text):
    assert flagged(text) == []


def test_a_sure_slip_explains_a_spelling_before_a_changed_letter():
    assert near_miss("Americaa") == "america" and near_miss("Atlantc") == "atlantic"


def test_a_dateline_in_capitals_is_a_name():
    text = "Talks\n\nBEIJJING (AP) — Officials met on Monday.\n"
    assert flagged(text) == [("BEIJJING", "BEIJING")]


def test_a_lone_spelling_beside_a_name_only_a_person_bears_is_a_persons():
    assert flagged("Talks\n\nABC News' Jordyn Phelps contributed to this report.\n") == []
    assert flagged("Talks\n\nOfficials in Puetro Rico said so.\n") == [("Puetro", "Puerto")]


@pytest.mark.parametrize("text, slip, name", [
    ("Power\n\nNiagra Mohawk raised rates. Niagara Mohawk said so.\n", "Niagra", "Niagara"),
    ("Cars\n\nIzuzu recalled trucks. Isuzu said the recall was small.\n", "Izuzu", "Isuzu"),
])
def test_a_slip_beside_the_right_spelling_of_a_rarer_place_or_company(text, slip, name):
    assert flagged(text) == [(slip, name)]


def test_a_name_is_not_a_slip_of_a_small_place_by_a_changed_letter():
    assert flagged("Raid\n\nThe raid that killed Osama bin Laden. Obama spoke. Obama left.\n") == []


@pytest.mark.parametrize("text", [
    # Each first-name spelling only ever before a surname the other never has:
    # two people, even when one is a familiar name.
    "Game\n\nRichard Jefferson had 25 points. Rashard Lewis added 22 points.\n",
    "Panel\n\nKristen Welker asked. Kirsten Gillibrand answered. Kirsten Gillibrand left.\n",
    "Panel\n\nSen. Kyrsten Sinema spoke. Sen. Kirsten Gillibrand spoke. Kirsten said no.\n",
])
def test_look_alike_first_names_before_different_surnames_are_two_people(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, slip", [
    ("Race\n\nWillam Hague spoke. William Hague left. William Hague returned.\n", "Willam"),
    # a spelling no one bears, one sure slip of a familiar name: a slip whoever bears it
    ("Panel\n\nMichael Kushma spoke. Michaell Smith left. Michael Kushma returned.\n", "Michaell"),
    # the same surname past a middle name
    ("Race\n\nWillam Jefferson Hague spoke. William Hague left. William Hague returned.\n", "Willam"),
    # a bare first name beside one full name
    ("Race\n\nKirsten Gillibrand spoke. Later Kyrsten said no, and Kirsten left.\n", "Kyrsten"),
])
def test_look_alike_first_names_are_one_person_when_the_story_says_so(text, slip):
    assert [s for s, _ in flagged(text)] == [slip]


# -- names4: comment threads, interjections, acronyms, words, direction --------------
@pytest.mark.parametrize("text", [
    # commenters sign as they please: "X says:", "Posted by: X"
    "Great post, thanks.\n\nChristee says:\nYou got this!\n\nChrista Smith wrote the post. Christa left.\n",
    "Posted by: Carlox at November 11, 2012\n\nCarlos Ruiz said the race went well. Carlos won.\n",
    # an interjection drawn out, both ways or far
    "Ummmmm, yeah. Ummm, no.\n",
    "Awwww, so sweet! Aww, thanks.\n",
    # an acronym's plural is an acronym
    "The risk is 3.5 QALHs. Others count QALYs, and QALYs are standard.\n",
    # a city named by a common word is the word (Ninja Gaiden is no slip of Garden)
    "Contra and Ninja Gaiden were games about peace and love.\n",
    # another gender or number of a word: Buenas noches, not Buenos Aires
    "Buenas noches, abrazos.\n",
])
def test_no_finding_on_handles_interjections_acronyms_words_and_forms(text):
    assert check(text) == []


def test_a_letter_three_times_in_one_spelling_only_is_a_slip():
    assert flagged("Annie wrote first. Annie wrote again. Love you, Annnie.\n") == [("Annnie", "Annie")]


def test_a_spelling_written_far_more_often_is_not_outweighed_by_knowing_a_given_name():
    # Anastacia (the singer) x3, the given name Anastasia x1: the finding sits on
    # the minority, and no fix replaces a known name by an unknown one or back
    text = ("Anastacia won. Anastacia sang, beating Beyonce. Alicia Keys and Anastasia lost. "
            "MTV booked Anastacia.\n")
    assert flagged(text) == [("Anastasia", None)]
    assert "do not tell" in check(text)[0].message


def test_of_spellings_alike_but_for_an_apostrophe_the_common_one_wins():
    text = "Im a student. Im reading it now.\n\nI’m sure it helps.\n"
    assert flagged(text) == [("Im", "I’m")]


def test_accents_are_a_name_s_own_the_majority_decides():
    text = "President Enrique Peña Nieto met him. Peña spoke. Later Pena left.\n"
    assert flagged(text) == [("Pena", "Peña")]


@pytest.mark.parametrize("text, slip, fix", [
    ("President Mikhail Gorbachev spoke. Gorbachev said talks would go on, and Gorbachev left. "
     "Aides said Gorbachov returned.\n", "Gorbachov", "Gorbachev"),
    ("Prime Minister Ismail Haniyeh spoke. Haniyeh said talks would go on, and Haniyeh left. "
     "Aides said Haniya returned.\n", "Haniya", "Haniyeh"),
    # a particle is no part of the surname: Nouri Maliki and Nuri al-Maliki are one person
    ("President Nouri Maliki spoke. Maliki said talks would go on, and Maliki left. "
     "Later Nuri al-Maliki returned.\n", "Nouri", "Nuri"),
])
def test_romanised_variants_of_one_person(text, slip, fix):
    assert flagged(text) == [(slip, fix)]


def test_a_slip_that_makes_a_rare_word_beside_a_frequent_name_is_a_slip():
    text = ("President Trump spoke. Trump said the ban stays. Trump tweeted, and Trump left. "
            "After the backlash, Tump announced a pause.\n")
    assert flagged(text) == [("Tump", "Trump")]
    # at a sentence's start, or beside a name used no more often, a word is a word
    assert check("Trump spoke. Tump is a mound.\n") == []


def test_a_familiar_given_name_still_outweighs_a_majority_slip():
    text = "Micahel Jordan scored. Micahel passed, Micahel shot, and Michael Jordan won.\n"
    assert flagged(text) == [("Micahel", "Michael")]
