"""Name mentions: the capitalised words and multi-word names of a document.

"General Said Chengriha" is one mention of three name words; "Algeria’s" is a
mention whose word is "Algeria" (the possessive is stripped, the span shrinks
to the name). Each word remembers the capitalised word right before it in the
same mention ("Said" before "Chengriha"): that context tells one person from
another who shares a surname, and links two spellings written after the same
first name or title.
"""
from __future__ import annotations

from functools import partial
from typing import NamedTuple

import regex

from lint import pattern_store
from lint.document import Document, Span
from lint.names.similarity import PARTICLES
from lint.signature import SIGNED_AFTER, signature

POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")
# Only spaces join the words of one name: a line break, comma or dash ends it;
# a full stop too, but after an initial or a title ("Linda T. Sánchez", "Mr. Cowan").
JOINERS = " \u00a0"
ABBREVIATED = frozenset("mr mrs ms dr st gen col maj capt lt sgt adm cmdr sen rep gov rev prof pres supt insp det".split())


class NameWord(NamedTuple):  # a tuple: made for every capitalised word
    text: str  # as written, possessive stripped
    start: int
    end: int
    before: str | None  # the capitalised word before it in the same mention
    in_headline: bool
    sentence_start: bool

    @property
    def is_acronym(self) -> bool:
        return is_acronym(self.text)


def is_acronym(text: str) -> bool:
    """In capitals, or an acronym's plural (QALYs, CEOs)."""
    text = text[:-1] if text.endswith("s") else text
    return len(text) > 1 and text.isupper()


_new_word = partial(tuple.__new__, NameWord)  # faster than NameWord(...), made ~50,000 times a corpus


class Mention(NamedTuple):
    words: tuple[NameWord, ...]

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def is_capitalised(text: str) -> bool:
    """A word that starts with a capital, or a particle before a capitalised
    part ("al-Assad"); not a word before one ("micro-USB", "pro-Trump")."""
    if text[:1].isupper():
        return True
    head, _, rest = text.partition("-")
    return head in PARTICLES and rest[:1].isupper()


def strip_possessive(text: str) -> str:
    if text.endswith(POSSESSIVE_ENDINGS) and len(text) > 2:
        return text[:-2]
    return text


# Lines that write a name as someone else wrote it, wrong or not: a
# correction note ("corrected to spell ... Samuelson, not Samuelsen") and an
# embedded tweet ("... — Ricardo Rossello (@ricardorossello) October 25").
AS_WRITTEN = pattern_store.compile(
    r"\b(?:[Cc]orrect(?:ed|ion)|[Mm]isspell(?:ed|ing|s)?|[Mm]isidentified|[Ii]ncorrectly)\b"
    r"|[—–-] [^\n]{1,60} \(@\w+\)")


def as_written(text: str) -> list[tuple[int, int]]:
    """The spans of the lines whose names are quoted as written (AS_WRITTEN).
    The marks are searched for, not each line matched: a match never spans
    two lines, so the first one from a line's start is on the first line that
    has one."""
    spans = []
    at = 0
    while (found := AS_WRITTEN.search(text, at)) is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        at = text.find("\n", found.end())
        if at < 0:
            at = len(text)
        spans.append((start, at))
    return spans


def mentions(doc: Document) -> list[Mention]:
    """Every run of capitalised words joined by spaces, in text order, but
    for those of lines that quote names as written (see as_written) and a
    commenter's handle signing a comment ("Christee says:", "Posted by:
    Carlox"): a thread's commenters are no names of the story, and sign
    themselves as they please."""
    skipped = as_written(doc.text)
    text = doc.text
    found = [m for m in _mentions(doc) if not signs_comment(text, m)]
    if not skipped:
        return found
    return [m for m in found if not any(start <= m.start < end for start, end in skipped)]


# What follows a commenter's "says:" in a thread: the comment's date and time, or a line break.
DATED = pattern_store.compile(r"[ \t]*+(?:$|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)",
                              regex.MULTILINE)


def signs_comment(text: str, mention: Mention) -> bool:
    """A commenter's handle signing a comment (lint/signature.py): "Posted by: Carlox", "by spazdor (902907)", or "Christee
    says:" with the comment's date or a line break after it, so that news
    copy's "Yarmuth said: “It would …”" keeps its name."""
    if not signature(text, mention.start, mention.end):
        return False
    after = SIGNED_AFTER.match(text, mention.end)
    return after is None or any(c.isdigit() for c in after.group()) or DATED.match(text, after.end()) is not None


def _mentions(doc: Document) -> list[Mention]:
    headline = doc.headline or Span(0, 0)  # no headline: an empty span
    head_start, head_end = headline.start, headline.end
    text = doc.text
    tokens = doc.tokens
    out: list[Mention] = []
    run: list[NameWord] = []
    last = -2  # the index of the token that ends ``run``
    for i in _capitalised_words(tokens):
        written, start, end, _, sentence_start = tokens[i]
        if run and (i != last + 1 or ((gap := text[run[-1].end:start]) != " " and not is_joiner(gap, run[-1].text))):
            out.append(Mention(tuple(run)))  # another token between, or a gap that parts them (one space joins)
            run = []
        last = i
        name = strip_possessive(written)
        run.append(_new_word((name, start, start + len(name), run[-1].text if run else None,
                              head_start <= start < head_end, sentence_start)))
        if name != written:  # a possessive ends the name: "Russia’s Lavrov"
            out.append(Mention(tuple(run)))
            run = []
    if run:
        out.append(Mention(tuple(run)))
    return out


def _capitalised_words(tokens) -> list[int]:
    """The indices of the word tokens that are capitalised (is_capitalised), in order."""
    return [i for i, (text, _, _, kind, _) in enumerate(tokens)
            if kind == "word" and (text[:1].isupper() or "-" in text and is_capitalised(text))]


def is_joiner(gap: str, before: str = "") -> bool:
    """Whether the text between two words joins them into one name."""
    if gap[:1] == "." and (len(before) == 1 and before.isupper() or before.casefold() in ABBREVIATED):
        gap = gap[1:]
    return bool(gap) and not gap.strip(JOINERS)
