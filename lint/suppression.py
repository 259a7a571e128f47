"""Inline suppression comments in Markdown and HTML.

    <!-- newslint-disable NL301 -->            off from here (no rule: all rules)
    <!-- newslint-enable NL301 -->             on again (no rule: all rules)
    <!-- newslint-disable-next-line NL301 -->  off for the line after the comment

A rule may be named by id, id prefix, name or category, several separated by
commas or spaces. The format readers find the comments (a comment inside a
code block is not one); the engine applies them here, in one place.
"""
from __future__ import annotations

import bisect

from typing import NamedTuple

import regex

from lint import pattern_store

DIRECTIVE = pattern_store.compile(r"\s*newslint-(disable-next-line|disable|enable)(?![\w-])(.*)", regex.DOTALL)


class Directive(NamedTuple):
    kind: str  # disable, enable, disable-next-line
    selectors: tuple[str, ...]  # empty: every rule
    start: int  # source offsets of the comment
    end: int


def parse_comment(body: str, start: int, end: int) -> Directive | None:
    """The directive in an HTML comment's ``body``, if it is one."""
    m = DIRECTIVE.fullmatch(body)
    if not m:
        return None
    selectors = tuple(s for s in regex.split(r"[\s,]+", m.group(2)) if s)
    return Directive(m.group(1), selectors, start, end)


def suppressed(diagnostic, doc, matches) -> bool:
    """Whether the comments of ``doc`` turn ``diagnostic`` (already placed in
    the file) off; ``matches(selector, diagnostic)`` applies a rule selector."""
    directives = doc.directives
    if not directives:
        return False
    key = ("suppression", diagnostic.rule)
    table = doc.shared.get(key)
    if table is None:
        where = doc.source_map.lines if doc.source_map is not None else doc

        def named(selectors) -> bool:
            return any(matches(s, diagnostic) for s in selectors)

        next_line, ends, states = set(), [], []
        everything, off, on = False, [], []
        for d in directives:
            if d.kind == "disable-next-line":
                if not d.selectors or named(d.selectors):
                    next_line.add(where.position(d.end).line + 1)
                continue
            if d.kind == "disable":
                if not d.selectors:
                    everything, off, on = True, [], []
                elif everything:
                    on = [s for s in on if s not in d.selectors]
                else:
                    off.extend(d.selectors)
            elif not d.selectors:
                everything, off, on = False, [], []
            elif everything:
                on.extend(d.selectors)
            else:
                off = [s for s in off if s not in d.selectors]
            ends.append(d.end)
            states.append((everything and not named(on)) or named(off))
        table = doc.shared[key] = (next_line, ends, states)
    next_line, ends, states = table
    if diagnostic.start.line in next_line:
        return True
    k = bisect.bisect_right(ends, diagnostic.start.offset) - 1
    return k >= 0 and states[k]
