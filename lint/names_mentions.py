"""Name mentions: the capitalised words and multi-word names of a document.

"General Said Chengriha" is one mention of three name words; "Algeria’s" is a
mention whose word is "Algeria" (the possessive is stripped, the span shrinks
to the name). Each word remembers the capitalised word right before it in the
same mention ("Said" before "Chengriha"): that context tells one person from
another who shares a surname, and links two spellings written after the same
first name or title.
"""
from __future__ import annotations

from dataclasses import dataclass

from lint.document import Document, Token

POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")
# Only spaces join the words of one name: a line break, comma or dash ends it.
JOINERS = frozenset(" \u00a0")


@dataclass(frozen=True, slots=True)
class NameWord:
    text: str  # as written, possessive stripped
    start: int
    end: int
    before: str | None  # the capitalised word before it in the same mention
    in_headline: bool
    sentence_start: bool

    @property
    def is_acronym(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


@dataclass(frozen=True, slots=True)
class Mention:
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


def is_capitalised(token: Token) -> bool:
    """A word that starts with a capital, or a particle before a capitalised
    part ("al-Assad")."""
    text = token.text
    if text[:1].isupper():
        return True
    return "-" in text and text.rsplit("-", 1)[1][:1].isupper()


def strip_possessive(text: str) -> str:
    if text.endswith(POSSESSIVE_ENDINGS) and len(text) > 2:
        return text[:-2]
    return text


def mentions(doc: Document) -> list[Mention]:
    """Every run of capitalised words joined by spaces, in text order."""
    headline = doc.headline
    out: list[Mention] = []
    run: list[NameWord] = []
    previous: Token | None = None
    for token in doc.tokens:
        if token.kind != "word" or not is_capitalised(token):
            previous = None
            if run:
                out.append(Mention(tuple(run)))
                run = []
            continue
        gap = doc.text[previous.end:token.start] if previous is not None else ""
        joined = bool(run) and bool(gap) and set(gap) <= JOINERS
        if run and not joined:
            out.append(Mention(tuple(run)))
            run = []
        text = strip_possessive(token.text)
        in_headline = headline is not None and headline.start <= token.start < headline.end
        run.append(NameWord(
            text, token.start, token.start + len(text), run[-1].text if run else None,
            in_headline, token.sentence_start,
        ))
        if text != token.text:  # a possessive ends the name: "Russia’s Lavrov"
            out.append(Mention(tuple(run)))
            run = []
            previous = None
            continue
        previous = token
    if run:
        out.append(Mention(tuple(run)))
    return out
