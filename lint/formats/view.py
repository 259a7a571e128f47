"""The prose view of a file and the map from its offsets back to the file.

A format reader lists overlays: source spans that are prose (copied as they
are), that stand for other prose (an entity or an escape, decoded) or that
are markup reading as something else (a paragraph tag as a blank line, a
code span as one neutral token). Everything else is markup too and reads as
little as possible: nothing inside a line, a single space between spaces,
spaces of its own length before prose at the start of a line ("> ", "1. "),
so the view reads like plain copy while every line break stays. The map
turns view offsets into source offsets and tells whether an edit may touch a
source span: only prose, decoded prose and whitespace may be edited.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from typing import Callable

import regex

from lint import pattern_store
from lint.diagnostics import Position
from lint.document import SourceLines

NEWLINE = pattern_store.compile(r"\r\n|\r|\n")
SEGMENT = pattern_store.compile(r"[^\r\n]+|\r\n|\r|\n")
COPY, MASK, REPLACE, MARKUP = "copy", "mask", "replace", "markup"


@dataclass(frozen=True, slots=True)
class Overlay:
    """Source ``start:end`` is prose (``text`` None) or stands for ``text``:
    decoded prose (an entity, an escape) or, with ``markup``, a tag that
    separates text (``"\n\n"`` for a paragraph tag, ``""`` for an inline one)."""

    start: int
    end: int
    text: str | None = None
    markup: bool = False


class OffsetMap:
    """View offsets to source offsets, piece by piece.

    A copy or mask piece has the same length in view and source. Replace and
    markup pieces are atomic: an edit starting or ending inside decoded prose
    takes all of its source; one starting or ending inside markup leaves it out.
    """

    def __init__(self, pieces, text: str, source: str, lines: SourceLines,
                 region: tuple[int, int], escape: Callable[[str], str]) -> None:
        self.pieces = pieces  # (view start, view end, source start, source end, kind)
        self.text = text  # the view
        self.view_starts = [p[0] for p in pieces]
        self.source_starts = [p[2] for p in pieces]
        self.source = source
        self.lines = lines
        self.region = region
        self.escape = escape  # how a replacement is written into the source

    def _piece_of_char(self, i: int):
        # the non-empty piece holding view character i (empty pieces sort before it)
        return self.pieces[bisect.bisect_right(self.view_starts, i) - 1]

    def start(self, i: int) -> int:
        if not self.pieces or i >= self.pieces[-1][1]:
            return self.region[1]
        v0, _, s0, s1, kind = self._piece_of_char(i)
        return {REPLACE: s0, MARKUP: s1}.get(kind, s0 + (i - v0))

    def end(self, i: int) -> int:
        if i <= 0 or not self.pieces:
            return self.region[0]
        v0, _, s0, s1, kind = self._piece_of_char(i - 1)
        return {REPLACE: s1, MARKUP: s0}.get(kind, s0 + (i - v0))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of view span ``start:end`` (an insertion stays one)."""
        if start == end:
            point = self.end(start)
            return point, point
        a, b = self.start(start), self.end(end)
        return (a, b) if a <= b else (b, b)  # it covered only part of one tag's line breaks

    def position(self, i: int) -> Position:
        # Where a tag sits between two view characters, a finding that starts
        # here starts after it and one that ends here ends before it; a
        # finding seldom starts with a space or punctuation, so those mark an end.
        after = self.text[i:i + 1]
        ends = not after or after.isspace() or unicodedata.category(after).startswith("P")
        return self.lines.position(self.end(i) if ends else self.start(i))

    def contains(self, offset: int) -> bool:
        return self.region[0] <= offset <= self.region[1]

    def editable(self, start: int, end: int) -> bool:
        """Whether source ``start:end`` holds only prose, entities and
        whitespace (an insertion: whether it falls outside markup)."""
        k = max(0, bisect.bisect_right(self.source_starts, start) - 1)
        for j in range(k, len(self.pieces)):
            _, _, s0, s1, kind = self.pieces[j]
            if s0 > end or (s0 == end and start < end):
                break
            inside = s0 < end and s1 > start if start < end else s0 < start < s1
            if not inside:
                continue
            if kind == MARKUP:
                return False
            if kind == MASK and self.source[max(s0, start):min(s1, end)].strip():
                return False
        return True


def mask(text: str) -> str:
    return regex.sub(r"[^\r\n]", " ", text)


def build_view(source: str, overlays: list[Overlay], *, region: tuple[int, int] | None = None,
               holes: list[tuple[int, int]] = (), lines: SourceLines | None = None,
               escape: Callable[[str], str] = lambda s: s) -> tuple[str, OffsetMap]:
    """The view of ``source[region]``: overlays as given, the rest masked.

    Overlays must not overlap (a later one that does is dropped); ``holes`` are
    source spans masked even where an overlay marks them as prose.
    """
    lo, hi = region if region is not None else (0, len(source))
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int, str]] = []
    view = 0

    def emit(s0: int, s1: int, text: str, kind: str) -> None:
        nonlocal view
        parts.append(text)
        pieces.append((view, view + len(text), s0, s1, kind))
        view += len(text)

    def gap(s0: int, s1: int) -> None:
        # Markup not marked as prose. A line prefix ("> ", "1. ", "| ") stays as
        # spaces so an edit of its whole line touches it (and is refused);
        # markup inside or at the end of a line reads as nothing, or as one
        # space where it stood between spaces (a table's " | ").
        for m in SEGMENT.finditer(source, s0, s1):
            a, b, segment = m.start(), m.end(), m.group()
            if segment in ("\n", "\r\n", "\r") or not segment.strip():
                emit(a, b, mask(segment), MASK)
            elif (a == 0 or source[a - 1] in "\r\n") and b == s1 < hi and source[b] not in "\r\n":
                emit(a, b, mask(segment), MASK)
            elif b == len(source) or source[b] in "\r\n" or a == 0 or source[a - 1] in "\r\n":
                emit(a, b, "", MARKUP)
            else:
                spaced = segment[0].isspace() or segment[-1].isspace()
                emit(a, b, " " if spaced else "", MARKUP)

    cursor = lo
    for o in sorted(_cut(overlays, holes), key=lambda o: (o.start, o.end)):
        if o.start < cursor or o.end > hi:
            continue
        gap(cursor, o.start)
        if o.text is None:
            if o.end > o.start:
                emit(o.start, o.end, source[o.start:o.end], COPY)
        else:
            emit(o.start, o.end, o.text, MARKUP if o.markup else REPLACE)
        cursor = o.end
    gap(cursor, hi)
    text = "".join(parts)
    return text, OffsetMap(pieces, text, source, lines or SourceLines(source), (lo, hi), escape)


def _cut(overlays: list[Overlay], holes: list[tuple[int, int]]) -> list[Overlay]:
    """Overlays minus the holes: copies are split, replacements inside a hole dropped."""
    if not holes:
        return overlays
    # Holes that overlap are merged (ones that only touch stay apart: a
    # zero-length replacement between them is kept), so they are disjoint and
    # each overlay looks only at the holes it meets.
    merged: list[list[int]] = []
    for h0, h1 in sorted(holes):
        if merged and h0 < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], h1)
        else:
            merged.append([h0, h1])
    holes = [tuple(h) for h in merged]
    starts = [h0 for h0, _ in holes]
    ends = [h1 for _, h1 in holes]
    out = []
    for o in overlays:
        # only the holes that start before o ends and end after it starts
        i = bisect.bisect_left(ends, o.start + 1)
        j = bisect.bisect_left(starts, o.end)
        if i >= j:
            out.append(o)
            continue
        if o.markup:
            out.append(o)
            continue
        cut = [(h0, h1) for h0, h1 in holes[i:j] if h1 > o.start and h0 < o.end]
        if not cut:
            out.append(o)
        elif o.text is None:
            cursor = o.start
            for h0, h1 in cut:
                if h0 > cursor:
                    out.append(Overlay(cursor, h0))
                cursor = max(cursor, h1)
            if cursor < o.end:
                out.append(Overlay(cursor, o.end))
        # a replacement touching a hole is dropped
    return out
