"""Markdown: the prose of a CommonMark file, at its exact place in the source.

markdown-it-py parses the file. Its inline tokens carry no offsets, so each
one is found in its block's source lines in order; anything not found is left
masked, never guessed. Prose is paragraph and heading text, table cells, image
alt text, footnote text, the text of HTML blocks, and the ``title``,
``description`` and ``summary`` values of YAML (``---``) or TOML (``+++``)
front matter. Code, URLs, link targets, markup, front-matter keys and
Hugo/Jekyll template tags are masked. Escapes and entities are decoded in the
view (``\\*`` reads as ``*``, ``&amp;`` as ``&``) and written back escaped.
"""
from __future__ import annotations

import bisect
import functools

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from lint import pattern_store
from lint.config import TOMLError, parse_toml
from lint.document import TOKEN
from lint.formats import html
from lint.formats.view import NEWLINE, Overlay
from lint.suppression import parse_comment

FRONT_MATTER_KEYS = ("title", "description", "summary")
FENCES = {"---": ("---", "..."), "+++": ("+++",)}
TOML_VALUE = pattern_store.compile(
    r"""(?P<key>[A-Za-z_][\w-]*)\s*=\s*(?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>[^']*)')\s*(?:\#.*)?"""
)
URL_START = pattern_store.compile(r"https?://|www\.")  # worth tokenizing for URLs
TEMPLATE_TAG = pattern_store.compile(r"\{\{[^\n]*?\}\}|\{%[^\n]*?%\}")
CODE_FENCE = pattern_store.compile(r"(?<!`)`+(?!`)")
MARKDOWN_SPECIAL = pattern_store.compile(r"([\\`*_\[\]<])")
# A code span, an autolink, a URL or a template tag inside a sentence reads as
# this neutral token, so the sentence keeps its shape ("run `make` now" →
# "run 0 now", not "run  now").
PLACEHOLDER = "0"
NBSP_AS_SPACE = {"\u00a0": " "}  # an explicit &nbsp; is the writer's choice, not paste damage


@functools.cache
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)
    return md.disable("text_join")  # keep escapes and entities as tokens of their own


def escape(text: str) -> str:
    """A replacement as Markdown text: characters that would become markup escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def source_lines(source: str) -> list[tuple[int, int]]:
    """(start, end) of each line without its line break."""
    spans, start = [], 0
    for m in NEWLINE.finditer(source):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(source)))
    return spans


def prose(source: str):
    """The overlays, holes (template tags and URLs, never prose) and
    suppression comments of a Markdown file."""
    lines = source_lines(source)
    texts = [source[a:b] for a, b in lines]
    overlays, directives = [], []
    body_from = 0
    closing = _front_matter_end(texts)
    values = _front_matter(source, lines, closing) if closing is not None else None
    if values is not None:  # (a block that does not parse is Markdown after all)
        overlays += values
        body_from = closing + 1
    parsed = "\n".join(["" if i < body_from else t.replace("\0", "\ufffd") for i, t in enumerate(texts)])
    tokens = parser().parse(parsed)
    cell_cursor: dict[int, int] = {}
    for i, token in enumerate(tokens):
        if token.type == "inline" and token.map:
            in_cell = i > 0 and tokens[i - 1].type in ("td_open", "th_open")
            found, comments = _Inline(token, source, lines, cell_cursor if in_cell else None).run()
            overlays += found
            directives += comments
        elif token.type == "html_block" and token.map:
            first, last = token.map
            found, comments = html.prose(source, lines[first][0], lines[min(last, len(lines)) - 1][1])
            overlays += found
            directives += comments
    start = lines[body_from][0] if body_from < len(lines) else len(source)
    prose_spans = sorted((o.start, o.end) for o in overlays if o.text is None)
    tags = [(m.start(), m.end()) for m in TEMPLATE_TAG.finditer(source, start)]
    urls = _bare_urls(source, prose_spans)
    # a URL in prose, or a template tag inside a sentence, reads as the
    # placeholder; a template tag alone on its line reads as nothing
    in_sentence = [t for t in tags if _in(prose_spans, t[0]) and _mid_line(source, *t)]
    overlays += [Overlay(a, b, PLACEHOLDER, markup=True) for a, b in urls + in_sentence]
    return overlays, tags + urls, sorted(directives, key=lambda d: d.start)


def _in(spans: list[tuple[int, int]], offset: int) -> bool:
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _mid_line(source: str, a: int, b: int) -> bool:
    line_start = max(source.rfind("\n", 0, a), source.rfind("\r", 0, a)) + 1
    line_end = min(i for i in (source.find("\n", b), source.find("\r", b), len(source)) if i >= 0)
    return bool(source[line_start:a].strip() and source[b:line_end].strip())


def _bare_urls(source: str, prose_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """URLs written out in prose (a link's target is never prose)."""
    urls = []
    for a, b in prose_spans:
        if URL_START.search(source, a, b):
            urls += [(m.start(), m.end()) for m in TOKEN.finditer(source, a, b) if m.lastgroup == "url"]
    return urls


# -- front matter -------------------------------------------------------------
def _front_matter_end(texts: list[str]) -> int | None:
    """Index of the line closing front matter that opens the file, if any."""
    if not texts or texts[0].rstrip() not in FENCES:
        return None
    closers = FENCES[texts[0].rstrip()]
    for i in range(1, len(texts)):
        if texts[i].rstrip() in closers:
            return i
    return None


def _front_matter(source, lines, closing) -> list[Overlay] | None:
    """Overlays of the prose values; None when the block is not YAML or TOML."""
    start, end = lines[1][0] if closing > 1 else lines[closing][0], lines[closing][0]
    if source[lines[0][0]] == "-":
        spans = _yaml_values(source, start, end)
    else:
        spans = _toml_values(source, lines, closing)
    if spans is None:
        return None
    overlays = []
    for a, b in spans:
        overlays.append(Overlay(a, b))
        # the value reads as a paragraph of its own
        line_end = lines[bisect.bisect_right([s for s, _ in lines], b - 1) - 1][1]
        if b <= line_end < len(source) and not source[b:line_end].strip(" \t\"'"):
            newline = NEWLINE.match(source, line_end)
            if newline:
                overlays.append(Overlay(line_end, newline.end(), "\n\n"))
    return overlays


def _yaml_values(source, start, end) -> list[tuple[int, int]]:
    import yaml

    try:
        root = yaml.compose(source[start:end], Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        return None
    spans = []
    for key, value in root.value:
        if not (isinstance(key, yaml.ScalarNode) and key.value in FRONT_MATTER_KEYS):
            continue
        if not isinstance(value, yaml.ScalarNode) or not value.value.strip():
            continue
        a, b = start + value.start_mark.index, start + value.end_mark.index
        if value.style in ('"', "'"):
            a, b = a + 1, b - 1
        elif value.style in ("|", ">"):
            a = source.find("\n", a, b) + 1 or b  # the content starts on the next line
        spans.append((a, b))
    return spans


def _toml_values(source, lines, closing) -> list[tuple[int, int]] | None:
    try:
        parse_toml(source[lines[1][0]:lines[closing][0]] if closing > 1 else "")
    except TOMLError:
        return None
    spans = []  # one-line strings only: the page's own keys, before any [table]
    for a, b in lines[1:closing]:
        text = source[a:b]
        if text.lstrip().startswith("["):
            break  # a table: keys below are not the page's own
        m = TOML_VALUE.fullmatch(text.strip())
        if m and m.group("key") in FRONT_MATTER_KEYS:
            group = "dq" if m.group("dq") is not None else "sq"
            offset = a + len(text) - len(text.lstrip())
            if m.end(group) > m.start(group):
                spans.append((offset + m.start(group), offset + m.end(group)))
    return spans


# -- inline content ----------------------------------------------------------
class _Inline:
    """Find an inline token's children in its source lines, in order."""

    def __init__(self, token, source, lines, cell_cursor) -> None:
        self.content = token.content
        self.children = token.children or []
        self.overlays: list[Overlay] = []
        self.directives = []
        # where each content line starts in the content and in the source
        self.starts, self.bases = [], []
        position = 0
        first = token.map[0]
        for k, text in enumerate(self.content.split("\n")):
            self.starts.append(position)
            position += len(text) + 1
            base = None
            if first + k < len(lines) and text:
                a, b = lines[first + k]
                line = source[a:b]
                if cell_cursor is None:
                    index = line.rfind(text)
                else:
                    index = line.find(text, cell_cursor.get(first + k, 0))
                    if index >= 0:
                        cell_cursor[first + k] = index + len(text)
                base = a + index if index >= 0 else None
            self.bases.append(base)

    def point(self, i: int) -> int | None:
        k = bisect.bisect_right(self.starts, i) - 1
        return None if self.bases[k] is None else self.bases[k] + i - self.starts[k]

    def add(self, a: int, b: int, text: str | None = None, markup: bool = False) -> None:
        k = bisect.bisect_right(self.starts, a) - 1
        line_end = self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.content)
        start = self.point(a)
        end = self.point(b - 1) if b > a else start
        if start is not None and end is not None:
            if b <= line_end:
                self.overlays.append(Overlay(start, start + (b - a), text, markup))
            elif markup:  # a code span across lines: its source span as a whole
                self.overlays.append(Overlay(start, end + 1, text, markup))

    def run(self):
        try:
            self.walk(self.children, 0)
        except _Lost:
            pass  # what follows stays masked
        return self.overlays, self.directives

    def find(self, needle: str, position: int) -> int:
        index = self.content.find(needle, position)
        if index < 0:
            raise _Lost
        return index

    def walk(self, children, position: int) -> int:
        in_autolink = False
        for t in children:
            kind = t.type
            if in_autolink and kind != "link_close":
                continue
            if kind == "text" and t.content:
                i = self.find(t.content, position)
                self.add(i, i + len(t.content))
                position = i + len(t.content)
            elif kind == "text_special":
                i = self.find(t.markup, position)
                self.add(i, i + len(t.markup), NBSP_AS_SPACE.get(t.content, t.content))
                position = i + len(t.markup)
            elif kind == "softbreak":
                position = self.find("\n", position) + 1
            elif kind == "hardbreak":  # two trailing spaces or a backslash: read as nothing
                i = self.find("\n", position)
                if i > position:
                    self.add(position, i, "", markup=True)
                position = i + 1
            elif kind == "code_inline":
                i = self.find(t.markup, position)
                position = self.close_code(t.markup, i + len(t.markup))
                self.add(i, position, PLACEHOLDER, markup=True)
            elif kind == "html_inline":
                i = self.find(t.content, position)
                position = i + len(t.content)
                self.comment(t.content, i, position)
            elif kind == "link_open":
                if t.info == "auto":
                    i = self.find("<", position)
                    position = self.find(">", i) + 1
                    self.add(i, position, PLACEHOLDER, markup=True)
                    in_autolink = True
                else:
                    position = self.find("[", position) + 1
            elif kind == "link_close":
                if in_autolink:
                    in_autolink = False
                else:
                    position = self.skip_target(position)
            elif kind == "image":
                position = self.walk(t.children or [], self.find("![", position) + 2)
                position = self.skip_target(position)
            elif kind == "footnote_ref":
                position = self.find("]", self.find("[^", position)) + 1
            elif t.markup and kind.endswith(("_open", "_close")):
                position = self.find(t.markup, position) + len(t.markup)
        return position

    def close_code(self, ticks: str, position: int) -> int:
        for m in CODE_FENCE.finditer(self.content, position):
            if m.group() == ticks:
                return m.end()
        raise _Lost

    def skip_target(self, position: int) -> int:
        """Past the ``]`` that closes a link text and the target after it."""
        i = self.find("]", position) + 1
        text = self.content
        if text[i:i + 1] == "[":
            return self.find("]", i) + 1
        if text[i:i + 1] != "(":
            return i
        depth, quote = 0, None
        while i < len(text):
            ch = text[i]
            if ch == "\\":
                i += 2
                continue
            if quote:
                quote = None if ch == quote else quote
            elif ch in "\"'" and text[i - 1].isspace():
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise _Lost

    def comment(self, raw: str, a: int, b: int) -> None:
        if raw.startswith("<!--") and raw.endswith("-->"):
            start, end = self.point(a), self.point(b - 1)
            if start is not None and end is not None:
                directive = parse_comment(raw[4:-3], start, end + 1)
                if directive is not None:
                    self.directives.append(directive)


class _Lost(Exception):
    """A child token could not be found where it should be."""
