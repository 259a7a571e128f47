"""The story region of a web page: where the article is, so its menus and
footers are not linted as copy.

``<article>`` (the one with most text) or else ``<main>`` marks the story when
the page has one. Otherwise trafilatura (the ``html`` extra) extracts the
article text, and the region runs from the first to the last of its
paragraphs as they stand in the page: leftovers between them (a caption, an ad
label, a related link) stay inside and are reported. None: no story found,
or no page furniture (nav, header, footer, aside, a menu) around one: the
whole page is checked.
"""
from __future__ import annotations

import regex

from lint import pattern_store

OPEN = {tag: pattern_store.compile(rf"<{tag}\b[^>]*>", regex.IGNORECASE) for tag in ("article", "main")}
CLOSE = {tag: pattern_store.compile(rf"</{tag}\s*>", regex.IGNORECASE) for tag in ("article", "main")}
TAG = pattern_store.compile(r"<[^<>]*>")
# What tells a web page from a story saved as HTML: page furniture around it.
CHROME = pattern_store.compile(
    r"""<(?:nav|footer|header|aside)\b|\b(?:id|class)\s*=\s*["'][^"']*(?:nav|menu|footer|sidebar|masthead)""",
    regex.IGNORECASE)
MIN_WORDS = 8  # a paragraph that anchors the region: a sentence, not a menu item
STORY_WORDS = 40  # words of text an element needs to be taken for the story


def element_regions(source: str, tag: str) -> list[tuple[int, int]]:
    """The spans of the outermost ``tag`` elements of ``source``."""
    spans, depth, start = [], 0, 0
    opens = [(m.start(), 1) for m in OPEN[tag].finditer(source)]
    closes = [(m.end(), -1) for m in CLOSE[tag].finditer(source)]
    for offset, step in sorted(opens + closes):
        if step == 1:
            start = offset if depth == 0 else start
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, offset))
    return spans


def text_length(source: str, span: tuple[int, int]) -> int:
    return len(TAG.sub(" ", source[span[0]:span[1]]).split())


def marked_region(source: str) -> tuple[int, int] | None:
    for tag in ("article", "main"):
        spans = element_regions(source, tag)
        if spans:
            best = max(spans, key=lambda span: text_length(source, span))
            if text_length(source, best) >= STORY_WORDS:
                return best
    return None


def extracted_region(source: str, view: str, offsets) -> tuple[int, int] | None:
    """From the first to the last paragraph trafilatura keeps, found in the
    page's prose ``view``; None when trafilatura is missing or finds nothing."""
    try:
        import trafilatura
    except ImportError:
        return None
    text = trafilatura.extract(source, include_comments=False, include_tables=False) or ""
    lines = [line.split() for line in text.splitlines() if len(line.split()) >= MIN_WORDS]
    if not lines:
        return None

    def find(words, after=0):
        pattern = r"\s+".join(regex.escape(w) for w in words[:12])
        return regex.search(pattern, view, pos=after)

    first = next((m for m in map(find, lines) if m), None)
    if first is None:
        return None
    last = next((m for m in (find(w, first.start()) for w in reversed(lines)) if m), first)
    end = view.find("\n\n", last.end())
    start, end = offsets.span(first.start(), len(view) if end < 0 else end)
    return start, end


def story_region(source: str, view: str, offsets) -> tuple[int, int] | None:
    """The source span of the story, or None for the whole page (also when
    nothing on it is page furniture: a story saved as HTML is all story)."""
    if not CHROME.search(source):
        return None
    return marked_region(source) or extracted_region(source, view, offsets)
