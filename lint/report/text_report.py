"""Text for people: location, rule, message, and a window of the line with a
caret under the finding.

News paragraphs are single lines of hundreds of characters, and a scraped
file can hold one line of megabytes, so only about WIDTH columns around the
finding are shown, with "…" where the line is cut; a long span's caret is
cut at the window's edge, and a long message or fix is shortened the same way.
The output stays linear: each finding prints at most a few hundred characters.
"""
from __future__ import annotations

import click

from lint.document import SourceLines

WIDTH = 100  # columns of the line shown around a finding
BEFORE = 30  # of them, at most this many before the finding starts
MAX_TEXT = 200  # a message or a fix's old/new text longer than this is shortened
ELLIPSIS = "…"

SEVERITY_COLORS = {"error": "red", "warning": "yellow", "info": "blue"}


def _style(text: str, color: bool, **style) -> str:
    return click.style(text, **style) if color else text


def shorten(text: str, limit: int = MAX_TEXT) -> str:
    """``text`` cut in the middle to ``limit`` characters."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return text[:half] + ELLIPSIS + text[-half:]


def shown_range(length: int, start: int, width: int = WIDTH) -> tuple[int, int]:
    """Which columns [left, right) of a line of ``length`` are shown."""
    if length <= width:
        return 0, length
    left = max(0, min(start - BEFORE, length - width))
    return left, min(length, left + width)


def cut(text: str, length: int, left: int, right: int, start: int, end: int) -> tuple[str, int, int]:
    """``text`` holds columns [left, right) of a line of ``length``."""
    prefix = ELLIPSIS if left else ""
    suffix = ELLIPSIS if right < length else ""
    begin = start - left + len(prefix)
    finish = min(end, right) - left + len(prefix)
    if end > right:
        finish += len(suffix)  # the caret runs on under the "…"
    return prefix + text + suffix, begin, max(finish, begin + 1)


def source_window(source: str, starts: list[int], d) -> tuple[str, int, int] | None:
    """The window of the finding's first line, read from ``source`` without
    copying the whole line (a line can be megabytes)."""
    number = d.start.line
    if not 0 < number <= len(starts):
        return None
    begin = starts[number - 1]
    stop = starts[number] if number < len(starts) else len(source)
    while stop > begin and source[stop - 1] in "\r\n":
        stop -= 1
    length = stop - begin
    start = d.start.column - 1
    end = d.end.column - 1 if d.end.line == d.start.line else length
    left, right = shown_range(length, start)
    text = source[begin + left:begin + right].expandtabs(1)
    return cut(text, length, left, right, start, end)


def chunks(files, context):
    for file in files:
        starts = None  # the file's line starts, once it has a finding to show
        for d in file.diagnostics:
            if starts is None and file.text is not None:
                starts = SourceLines(file.text).starts
            yield finding(d, file.text, starts, context)


def finding(d, source: str | None, starts: list[int] | None, context) -> str:
    """One finding's lines; ``source`` is its file's text (None: not shown)."""
    out = []
    c = context.color
    location = _style(f"{d.path}:{d.start.line}:{d.start.column}:", c, bold=True)
    rule = _style(f"{d.rule}", c, fg=SEVERITY_COLORS[d.severity], bold=True)
    fixable = " [*]" if d.fix is not None and d.fix.applicability == "safe" else ""
    out.append(f"{location} {rule} [{d.name}] {shorten(d.message)}{fixable}")
    if source is not None:
        shown_line = source_window(source, starts, d)
        if shown_line is not None:
            shown, begin, finish = shown_line
            gutter = f"{d.start.line:>5} | "
            out.append(gutter + shown)
            caret = " " * (len(gutter) - 2) + "| " + " " * begin + "^" * (finish - begin)
            out.append(_style(caret, c, fg=SEVERITY_COLORS[d.severity]))
    related = d.extra.get("related")
    if related and isinstance(d.extra.get("count"), int):
        out.append(f"      = note: and {d.extra['count'] - 1} more in this story")
    if d.suggestions:
        out.append("      = help: " + ", ".join(f"'{shorten(s)}'" for s in d.suggestions[:5]))
    if context.show_fixes and d.fix is not None and source is not None:
        for edit in d.fix.edits:
            old = source[edit.start:edit.end]
            out.append(f"      = fix ({d.fix.applicability}): {shorten(repr(old))} -> "
                       f"{shorten(repr(edit.replacement))}")
    return "".join(line + "\n" for line in out)
