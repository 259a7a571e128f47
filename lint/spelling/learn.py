"""House words learned from an archive: words the spelling rules would flag
that the archive uses on purpose.

    counts = WordCounts()
    for doc in documents:
        counts.add(doc, spelling)       # spelling: the NL101 check (its word lists)
    proposals = propose(counts, spelling.suggester)

``WordCounts`` is a mergeable summary: per-partition counts merged with ``+``
(associative and commutative; bounded as lint.sketch says), so the same code
learns in one process or over a partitioned archive. A word is proposed when
at least ``min_documents`` documents use it and it is not a slip of a word
the archive writes much more often: "dlrs", two edits from "dollars", in 500
wire stories is house style; "goverment", seen in 3 stories beside
"government" in 2,000, is a typo.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from lint.sketch import bounded
from lint.spelling import suggest

MIN_DOCUMENTS = 5
# A word used in fewer documents than this share of its best correction's is a slip of it.
MIN_RATIO = 0.2


@dataclass
class WordCounts:
    documents: int = 0
    suspects: Counter = field(default_factory=Counter)  # unknown word -> documents
    words: Counter = field(default_factory=Counter)  # every lower-case word -> documents

    def add(self, doc, spelling) -> None:
        """Count one document; ``spelling`` is the spelling check (NL101),
        whose word lists decide which words are unknown."""
        self.documents += 1
        texts = {token.text for token in doc.words}
        self.words.update(t for t in texts if t.isalpha() and t.islower())
        self.suspects.update({word for text in texts for _, word, _ in spelling.suspects(text)})
        self.words, self.suspects = bounded(self.words), bounded(self.suspects)

    def __add__(self, other: "WordCounts") -> "WordCounts":
        return WordCounts(self.documents + other.documents, bounded(self.suspects + other.suspects),
                          bounded(self.words + other.words))


class Proposal(NamedTuple):
    word: str
    documents: int
    nearest: str | None  # the best correction the spelling check would offer
    nearest_documents: int


def propose(counts: WordCounts, suggester: suggest.Suggester, *, min_documents: int = MIN_DOCUMENTS,
            min_ratio: float = MIN_RATIO) -> list[Proposal]:
    """House-word proposals, most used first."""
    found = []
    for word, documents in counts.suspects.items():
        if documents < min_documents:
            continue
        candidates = suggester.candidates(word, limit=3)
        nearest = candidates[0].word if candidates else None
        nearest_documents = counts.words[nearest] if nearest else 0
        if nearest_documents and documents < min_ratio * nearest_documents:
            continue  # the archive mostly writes the correction: a recurring typo
        found.append(Proposal(word, documents, nearest, nearest_documents))
    found.sort(key=lambda p: (-p.documents, p.word))
    return found
