"""HTML: the text content is prose; tags, scripts, styles and code are not.

The stdlib parser reports where each tag, comment and text run starts, which
is what an exact mapping needs. Entities are decoded in the view (``&rsquo;``
reads as ’) and written back encoded. Paragraph-level tags read as a blank
line, inline tags as nothing, so "<em>un</em>likely" is one word and a
sentence does not run into the next paragraph. Of the attributes only
``alt`` and ``title`` are prose.
"""
from __future__ import annotations

from collections import Counter

import html
from html.parser import HTMLParser

import regex

from lint import pattern_store
from lint.formats.view import Overlay
from lint.suppression import Directive, parse_comment

# Elements whose content is not prose.
SKIP = frozenset("script style code pre kbd samp var template svg math noscript textarea".split())
# Elements that start a new block of text.
BLOCK = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li main nav "
    "ol p pre section summary table tbody td tfoot th thead title tr ul".split()
)
# Inline code reads as one neutral token, so its sentence keeps its shape.
INLINE_CODE = frozenset("code kbd samp var".split())
PLACEHOLDER = "0"
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
PROSE_ATTRIBUTE = pattern_store.compile(
    r"""\s(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", regex.IGNORECASE
)
ENTITY = pattern_store.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


def escape(text: str) -> str:
    """A replacement as HTML text (quotes kept readable outside attributes)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def decode(entity: str) -> str:
    # an explicit &nbsp; is the writer's choice, not paste damage: it reads as a space
    return html.unescape(entity).replace("\u00a0", " ")


def text_overlays(source: str, start: int, end: int) -> list[Overlay]:
    """``source[start:end]`` as prose, each entity decoded on its own."""
    out, cursor = [], start
    for m in ENTITY.finditer(source, start, end):
        decoded = decode(m.group())
        if decoded == m.group():
            continue  # not an entity: plain text
        if m.start() > cursor:
            out.append(Overlay(cursor, m.start()))
        out.append(Overlay(m.start(), m.end(), decoded))
        cursor = m.end()
    if end > cursor:
        out.append(Overlay(cursor, end))
    return out


class _Reader(HTMLParser):
    def __init__(self, full: str, start: int, end: int) -> None:
        super().__init__(convert_charrefs=False)
        self.full = full
        self.source = full[start:end]
        self.base = start
        self.line_starts = [0] + [i + 1 for i, c in enumerate(self.source) if c == "\n"]
        self.overlays: list[Overlay] = []
        self.directives: list[Directive] = []
        self.skip: list[tuple] = []  # open elements whose text is not prose: (tag, overlay index, start, outermost)
        self.skip_open: Counter = Counter()  # how many of each tag are on self.skip

    def here(self) -> int:
        line, column = self.getpos()
        return self.base + self.line_starts[line - 1] + column

    def _local(self, offset: int) -> int:
        return offset - self.base

    # -- tags ----------------------------------------------------------------
    def handle_starttag(self, tag, attrs, closed=False):
        start = self.here()
        end = start + len(self.get_starttag_text() or "")
        if tag in SKIP and not closed and tag not in VOID:
            self.skip.append((tag, len(self.overlays), start, not self.skip))
            self.skip_open[tag] += 1
        cursor = start
        # alt/title read as paragraphs of their own; on an inline element
        # (a link's tooltip) that would cut its sentence in two, so they are left out
        if not self.skip and (tag in BLOCK or tag in ("img", "area", "input")):
            for m in PROSE_ATTRIBUTE.finditer(self.full, start, end):
                group = next(g for g in (2, 3, 4) if m.group(g) is not None)
                v0, v1 = m.start(group), m.end(group)
                if v1 > v0:
                    self.overlays.append(Overlay(cursor, v0, "\n\n", markup=True))
                    self.overlays.extend(text_overlays(self.full, v0, v1))
                    cursor = v1
        if tag == "br":
            separator = "\n"
        elif tag in BLOCK or cursor > start:
            separator = "\n\n"
        else:
            separator = ""
        self.overlays.append(Overlay(cursor, end, separator, markup=True))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs, closed=True)

    def handle_endtag(self, tag):
        start = self.here()
        close = self.source.find(">", self._local(start))
        end = self.base + (close + 1 if close >= 0 else len(self.source))
        # Scan only for a tag that is open: the scan then stops where the
        # elements it closes begin, so each element is scanned once in all.
        last = next(i for i in range(len(self.skip) - 1, -1, -1) if self.skip[i][0] == tag) \
            if self.skip_open[tag] else None
        if last is not None:
            _, index, tag_start, outermost = self.skip[last]
            for closed in self.skip[last:]:
                self.skip_open[closed[0]] -= 1
            del self.skip[last:]
            if tag in INLINE_CODE and outermost:
                del self.overlays[index:]
                self.overlays.append(Overlay(tag_start, end, PLACEHOLDER, markup=True))
                return
        self.overlays.append(Overlay(start, end, "\n\n" if tag in BLOCK else "", markup=True))

    def handle_comment(self, data):
        start = self.here()
        close = self.source.find(">", self._local(start) + 4 + len(data))
        end = self.base + (close + 1 if close >= 0 else len(self.source))
        directive = parse_comment(data, start, end)
        if directive is not None:
            self.directives.append(directive)
        self.overlays.append(Overlay(start, end, "", markup=True))

    # -- text ----------------------------------------------------------------
    def handle_data(self, data):
        if self.skip or not data:
            return
        start = self.here()
        self.overlays.append(Overlay(start, start + len(data)))

    def handle_entityref(self, name):
        self._entity("&" + name)

    def handle_charref(self, name):
        self._entity("&#" + name)

    def _entity(self, raw):
        if self.skip:
            return
        start = self.here()
        end = start + len(raw)
        if self.full[end:end + 1] == ";":
            end += 1
        decoded = decode(self.full[start:end])
        self.overlays.append(Overlay(start, end, decoded) if decoded != self.full[start:end]
                             else Overlay(start, end))


def prose(source: str, start: int = 0, end: int | None = None) -> tuple[list[Overlay], list[Directive]]:
    """The prose overlays and suppression comments of ``source[start:end]``."""
    end = len(source) if end is None else end
    reader = _Reader(source, start, end)
    try:
        reader.feed(source[start:end])
        reader.close()
    except (AssertionError, ValueError):  # the stdlib parser is lenient; what it still rejects stays masked
        pass
    return reader.overlays, reader.directives
