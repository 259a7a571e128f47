"""lint/signature.py's pre-test: where ANY_AFTER does not match after a word
and no "by" ends the text before it, none of the patterns signature() asks can
match, so skipping them changes no answer."""
import random

from lint import signature as sig

PIECES = list("ab yBY:\t\n\u00a0\u2028.,-–—|()0123456789sS") + [
    "says", "said", "wrote", "posted", "by", "By", "BY", "On Friday", "Oct", "January", " at ", "12:30",
    "(12345)", "…", "...", "07.13.12", "Comment", "commented", "Posted", " 20 August, 2011", "Mar 3"]


def _full(text: str, start: int, end: int) -> bool:
    """signature() without its pre-test: every pattern asked."""
    before = text[max(0, start - 24):start]
    if sig.SIGNED_BEFORE.search(before):
        return True
    if (sig.BY_BEFORE.search(before) and sig.USER_ID_AFTER.match(text, end)) or sig.CUT_AFTER.match(text, end) \
            or sig.STAMPED_AFTER.match(text, end):
        return True
    line = before.rsplit("\n", 1)[-1].rstrip(" \t")
    if sig._opens(line):
        return sig.SIGNED_AFTER.match(text, end) is not None or sig.PAIRED_AFTER.match(text, end) is not None
    head = line.rstrip(sig.LETTERS)
    return head[-1:] in (" ", "\t") and sig._opens(head.rstrip(" \t")) and sig.MARKED_AFTER.match(text, end) is not None


def test_pre_test_changes_no_answer():
    rng = random.Random(22)
    seen_true = 0
    for _ in range(8000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 16)))
        for start in range(len(text) + 1):
            end = min(len(text), start + rng.randint(0, 5))
            expected = _full(text, start, end)
            seen_true += expected
            assert sig.signature(text, start, end) == expected, (text, start, end)
    assert seen_true > 400  # the strings do reach signatures


def test_known_signatures():
    for text, word in [("Posted by: Carlox\nhello", "Carlox"), ("there is widesprea by jpapon (1877296)", "widesprea"),
                       ("Christee says:\nGreat", "Christee"), ("Thanks maytte July 21, 2012 at 4:34 pm", "maytte"),
                       ("ikram ansari 09/05/2012", "ikram")]:
        start = text.index(word)
        assert sig.signature(text, start, start + len(word)), text
    text = "Mr Yarmuth said the bill would pass."
    start = text.index("Yarmuth")
    assert not sig.signature(text, start, start + 7)
