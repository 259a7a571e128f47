

def test_a_huge_token_gets_no_edit_keys():
    """Deletion keys are one per letter, each as long as the word: a 100,000
    letter token must not get them (quadratic), a name does."""
    from lint.names.similarity import MAX_EDIT_KEYED, blocking_keys

    assert len(blocking_keys("A" * 100_000)) <= 4
    assert len(blocking_keys("Chanegriha")) > 4 and len("Chanegriha") <= MAX_EDIT_KEYED
