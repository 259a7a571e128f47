"""Text for people: location, rule, message, the line with a caret underline."""
import click

from lint.document import NEWLINE


def _style(text: str, color: bool, **style) -> str:
    return click.style(text, **style) if color else text


SEVERITY_COLORS = {"error": "red", "warning": "yellow", "info": "blue"}


def render(diagnostics, context) -> str:
    out = []
    lines_cache: dict[str, list[str]] = {}
    for d in diagnostics:
        c = context.color
        location = _style(f"{d.path}:{d.start.line}:{d.start.column}:", c, bold=True)
        rule = _style(f"{d.rule}", c, fg=SEVERITY_COLORS[d.severity], bold=True)
        fixable = " [*]" if d.fix is not None and d.fix.applicability == "safe" else ""
        out.append(f"{location} {rule} [{d.name}] {d.message}{fixable}")
        source = context.sources.get(d.path)
        if source is not None:
            if d.path not in lines_cache:
                lines_cache[d.path] = NEWLINE.split(source)
            lines = lines_cache[d.path]
            if 0 < d.start.line <= len(lines):
                line = lines[d.start.line - 1].expandtabs(1)
                width = (d.end.column - d.start.column) if d.end.line == d.start.line else len(line) - d.start.column + 1
                gutter = f"{d.start.line:>5} | "
                out.append(gutter + line)
                caret = " " * (len(gutter) - 2) + "| " + " " * (d.start.column - 1) + "^" * max(1, width)
                out.append(_style(caret, c, fg=SEVERITY_COLORS[d.severity]))
        if d.suggestions:
            out.append("      = help: " + ", ".join(f"'{s}'" for s in d.suggestions[:5]))
        if context.show_fixes and d.fix is not None and source is not None:
            for edit in d.fix.edits:
                old = source[edit.start:edit.end]
                out.append(f"      = fix ({d.fix.applicability}): {old!r} -> {edit.replacement!r}")
    return "".join(line + "\n" for line in out)
