"""The shared word list: membership, case, dialects, frequency, loading."""
import subprocess
import sys

import pytest

from lint.spelling.dictionary import get_dictionary


@pytest.fixture(scope="module")
def en():
    return get_dictionary("en")


def test_words_and_their_inflections_are_known(en):
    for word in ("strengthen", "strengthens", "strengthened", "said", "ministers", "weaponry"):
        assert en.known(word), word
    assert not en.known("strengtens")
    assert not en.known("Chengriha")


def test_case_is_matched_sensibly(en):
    assert en.known("Said") and en.known("SAID")  # sentence start, all-caps headline
    assert en.known("Paris") and en.known("PARIS")
    assert en.known("Johnson") and not en.known("Lavrov")  # rare "lavrov" does not make a name known
    assert en.is_common_word("Said")
    assert not en.is_common_word("Johnson")
    assert not en.is_common_word("Chengriha")


def test_curly_apostrophes_and_hyphenated_compounds(en):
    assert en.known("don’t") and en.known("Algeria’s")
    assert en.known("energy-hungry")
    assert not en.known("energy-hungyr")


def test_dialects_are_selectable():
    us, gb, either = get_dictionary("en-US"), get_dictionary("en-GB"), get_dictionary("en")
    assert us.known("color") and not us.known("colour")
    assert gb.known("colour") and gb.known("organisation")
    assert either.known("colour") and either.known("color")
    assert get_dictionary("en_GB") is gb
    with pytest.raises(ValueError):
        get_dictionary("fr-FR")


def test_frequency_ranks_words(en):
    assert en.frequency("the") > en.frequency("house") > en.frequency("strengthens") > 0
    assert en.frequency("strengtens") == 0.0
    assert 6 < en.zipf("the") < 8


def test_web_words_are_known_but_never_suggested(en):
    assert en.known("gameplay") and not en.suggestible("gameplay")
    assert en.suggestible("strengthens")
    assert "strengthens" in en.words_starting("strengt")
    assert not en.known("alot"), "codespell's misspellings never become web words"


def test_loading_is_lazy_and_cached():
    code = ("import sys, lint.spelling.dictionary as d; assert 'marisa_trie' not in sys.modules;"
            "a = d.get_dictionary('en'); assert 'marisa_trie' in sys.modules;"
            "assert d.get_dictionary('en') is a")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("dialect", ["en", "en-US", "en-GB"])
def test_close_words_are_the_suggestible_words_within_two_edits(dialect):
    """The pool's two-edit words, found from the trie's bare spellings, are
    exactly those its records allow: suggestible in the dialect, lower case,
    the first two letters kept, at most two edits away."""
    from rapidfuzz.distance import OSA

    from lint.spelling.suggest import Suggester

    d = get_dictionary(dialect)
    suggester = Suggester(d)
    for typo in ("strengtens", "colour", "color", "recieve", "gameplay", "neurone", "ipod", "naive", "dont"):
        expected = {w for w in d.words_starting(typo[:2]) if w.islower() and OSA.distance(typo, w) <= 2}
        found = suggester._close_words(typo)
        assert set(found) == expected, typo
        assert len(found) == len(expected)
