"""The document model: text split into lines, paragraphs, sentences and tokens.

Every span is a pair of 0-based code-point offsets into ``Document.text``, the
text the checks see. For plain text that is the decoded file itself; a format
reader (Markdown, HTML …) may blank out what is not prose, keeping every
offset equal to the source's, so positions and edits map back one to one.
"""
from __future__ import annotations

import bisect
from functools import cached_property, partial
from operator import attrgetter, itemgetter
from typing import NamedTuple

from lint import pattern_store
from lint.diagnostics import Position

NEWLINE = pattern_store.compile(r"\r\n|\r|\n")


class SourceLines:
    """Line starts of a file's text, shared by the documents cut from it, the
    fixer and the text reporter."""

    def __init__(self, source: str) -> None:
        self.starts = [0] + [m.end() for m in NEWLINE.finditer(source)]

    def position(self, offset: int) -> Position:
        index = bisect.bisect_right(self.starts, offset) - 1
        return Position(index + 1, offset - self.starts[index] + 1, offset)


# One pass over the text finds every token; the group name is its kind.
_LETTERS = r"\p{L}[\p{L}\p{M}]*"
_WORD = rf"{_LETTERS}(?:['’]{_LETTERS})*(?:-{_LETTERS}(?:['’]{_LETTERS})*)*"
TOKEN = pattern_store.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]'’”])"
    r"|(?P<email>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<handle>(?<![\w@])@\w+)"
    r"|(?P<hashtag>(?<![\w#])#\w+)"
    r"|(?P<abbrev>(?:\p{Lu}\.){2,}|(?:\p{Ll}\.){2,})"
    r"|(?P<alnum>[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[.,:/-]?[\p{L}\p{N}]+)*)"
    rf"|(?P<word>{_WORD})"
)
# The same tokens, found sooner: most tokens are plain words followed by a
# space or punctuation that no other kind could take in (not "www.", not a
# letter, digit, @ or character of an e-mail address after it). Tried first,
# such a word skips the other six kinds; anything else falls through to TOKEN.
# Checked equal to TOKEN on the corpora and 300,000 random strings of the
# characters that matter (tests/test_document.py keeps a sample).
FAST_TOKEN = pattern_store.compile(
    rf"(?!www\.)(?P<word>(?>{_WORD}))(?=[\s\"“”‘(),;!?\]—–]|\.(?![\w.+@-])|\Z)|" + TOKEN.pattern
)

# A sentence ends at . ! ? or … (plus closing quotes/brackets) followed by
# space and something that can start a sentence. The match is the space:
# \K drops the end mark from it, and regex skips straight to the marks
# instead of trying a look-behind at every space (half the time, the same
# matches: tests/test_document.py).
SENTENCE_END = pattern_store.compile(
    r"[.!?…][\"'”’)\]]*\K\s+(?=[\"'“‘(\[]?[\p{Lu}\p{N}])"
)
LAST_WORD = pattern_store.compile(r"(\p{L}+)\.$")
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st gen col lt sgt capt maj gov sen rep rev jr sr "
    "no vs etc inc ltd co corp jan feb mar apr aug sep sept oct nov dec "
    "mt ft fig al approx est dept univ".split()
)


class Span(NamedTuple):
    start: int
    end: int


class Token(NamedTuple):  # a tuple: made ~300,000 times on a large archive
    text: str
    start: int
    end: int
    kind: str  # word, alnum, abbrev, url, email, handle, hashtag
    sentence_start: bool = False


# Tokens are built by C-level loops (map, zip) rather than a Python loop
# over the matches: a third less time for the 400,000 tokens of the corpus.
_MATCH = type(FAST_TOKEN.match("a"))
_LASTGROUP = attrgetter("lastgroup")
_TEXT = itemgetter(0)
_new_token = partial(tuple.__new__, Token)


class Document:
    """A decoded text and the structure the checks share."""

    def __init__(
        self,
        text: str,
        path: str = "<text>",
        *,
        format: str = "text",
        encoding: str = "utf-8",
        bom: bool = False,
        source: str | None = None,
        source_map=None,
        origin: dict | None = None,
        directives: list | None = None,
    ) -> None:
        self.text = text
        self.path = path
        self.format = format
        self.encoding = encoding
        self.bom = bom
        # The file's full decoded text when ``text`` is a prose view of it.
        self.source = text if source is None else source
        # A lint.formats.view.OffsetMap when offsets in ``text`` are not
        # offsets in ``source``; ``position`` then reports the source's.
        self.source_map = source_map
        # Fields every finding on this document carries (JSON Lines: record, field).
        self.origin = origin or {}
        # Inline suppression comments (lint.suppression.Directive), in source order.
        self.directives = directives or []
        # What checks work out once about this document and share, keyed by
        # whoever computed it. A plain dict, not a weak one held by the check:
        # weak-reference callbacks swallow a Ctrl-C that lands in them.
        self.shared: dict = {}

    # -- lines and positions -------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        return SourceLines(self.text).starts

    @cached_property
    def lines(self) -> list[Span]:
        """Each line without its line break."""
        starts = self.line_starts
        spans = []
        for i, start in enumerate(starts):
            if i + 1 < len(starts):
                end = starts[i + 1]
                end -= 2 if self.text[end - 2 : end] == "\r\n" else 1
            else:
                end = len(self.text)
            spans.append(Span(start, end))
        return spans

    @cached_property
    def newline(self) -> str:
        """The dominant line break of the text ("\\n" when there is none)."""
        counts: dict[str, int] = {}
        for m in NEWLINE.finditer(self.text):
            counts[m.group()] = counts.get(m.group(), 0) + 1
        return max(counts, key=counts.get) if counts else "\n"

    def line_index(self, offset: int) -> int:
        """0-based index of the line holding ``offset``."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def position(self, offset: int) -> Position:
        if self.source_map is not None:
            return self.source_map.position(offset)
        index = self.line_index(offset)
        return Position(index + 1, offset - self.line_starts[index] + 1, offset)

    def line_text(self, index: int) -> str:
        span = self.lines[index]
        return self.text[span.start : span.end]

    def is_blank_line(self, index: int) -> bool:
        return not self.line_text(index).strip()

    # -- paragraphs and sentences --------------------------------------------
    @cached_property
    def paragraphs(self) -> list[Span]:
        """Maximal runs of non-blank lines."""
        paragraphs, start = [], None
        for i, span in enumerate(self.lines):
            blank = not self.text[span.start : span.end].strip()
            if not blank and start is None:
                start = span.start
            if blank and start is not None:
                paragraphs.append(Span(start, self.lines[i - 1].end))
                start = None
        if start is not None:
            paragraphs.append(Span(start, self.lines[-1].end))
        return paragraphs

    @cached_property
    def headline(self) -> Span | None:
        """The first paragraph when it looks like a headline: one short line
        without closing sentence punctuation."""
        if not self.paragraphs:
            return None
        first = self.paragraphs[0]
        text = self.text[first.start : first.end].strip()
        if "\n" in text or "\r" in text or len(text.split()) > 20:
            return None
        if text.endswith((".", ":", ";", ",")):
            return None
        return first

    @cached_property
    def sentences(self) -> list[Span]:
        sentences = []
        for para in self.paragraphs:
            start = para.start
            body = self.text[para.start : para.end]
            for m in SENTENCE_END.finditer(body):
                cut = para.start + m.start()
                if self._ends_with_abbreviation(start, cut):
                    continue
                sentences.append(Span(start, cut))
                start = para.start + m.end()
            sentences.append(Span(start, para.end))
        return sentences

    def _ends_with_abbreviation(self, start: int, cut: int) -> bool:
        tail = self.text[max(start, cut - 12) : cut].rstrip("\"'”’)]")
        if not tail.endswith("."):
            return False
        word = LAST_WORD.search(tail)
        if not word:
            return False
        w = word.group(1)
        # An initial ("J. Smith") or a listed abbreviation ("Gen. Chengriha").
        return len(w) == 1 and w.isupper() or w.lower() in ABBREVIATIONS

    # -- tokens ----------------------------------------------------------------
    @cached_property
    def tokens(self) -> list[Token]:
        matches = list(FAST_TOKEN.finditer(self.text))
        starts = list(map(_MATCH.start, matches))
        # A token opens a sentence when it is the first to start at or after a sentence's start.
        opens = [False] * len(starts)
        for i in {bisect.bisect_left(starts, s.start) for s in self.sentences}:
            if i < len(opens):
                opens[i] = True
        return list(map(_new_token, zip(map(_MATCH.group, matches), starts, map(_MATCH.end, matches),
                                        map(_LASTGROUP, matches), opens)))

    @cached_property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.kind == "word"]

    # Casefolded texts, index for index with ``tokens`` and ``words``: rules
    # compare whole lists of them at C speed before looking at single tokens.
    @cached_property
    def folded_tokens(self) -> list[str]:
        return list(map(str.casefold, map(_TEXT, self.tokens)))

    @cached_property
    def folded_words(self) -> list[str]:
        return list(map(str.casefold, map(_TEXT, self.words)))

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]


def line_deletion(doc: Document, index: int) -> Span:
    """The span to delete to remove line ``index`` and the gap it leaves.

    A line standing alone between blank lines (or at the top) goes with the
    blank line after it; the last line goes with the blank lines before it;
    any other line goes with its own line break. Paragraph separation stays as
    it was around the removed line.
    """
    lines = doc.lines
    span = lines[index]
    has_break = index + 1 < len(lines)
    # The empty "line" after a final newline is not a real line.
    last_real = len(lines) - 1
    if last_real > 0 and lines[last_real].start == len(doc.text):
        last_real -= 1
    prev_blank = index == 0 or doc.is_blank_line(index - 1)
    if prev_blank and index + 1 <= last_real and doc.is_blank_line(index + 1):
        end = lines[index + 2].start if index + 2 < len(lines) else lines[index + 1].end
        return Span(span.start, end)
    if index >= last_real:
        prev = index - 1
        while prev >= 0 and doc.is_blank_line(prev):
            prev -= 1
        return Span(lines[prev].end if prev >= 0 else 0, span.end)
    return Span(span.start, lines[index + 1].start if has_break else span.end)
