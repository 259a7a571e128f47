"""File formats: a file's text → the Documents its checks see, and back.

Plain text is one Document as it is. Markdown and HTML are one Document whose
text is a prose view of the file (see view.py); JSON Lines is one Document per
text field of each record. Findings come back through ``place``: their fix
edits are turned into edits of the file (or dropped when they would touch
markup) and they take the document's origin fields (record, field).
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from pathlib import Path

from lint.diagnostics import Diagnostic, Edit, Fix
from lint.document import Document

EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
              ".jsonl": "jsonl"}


def format_for(path: str) -> str:
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def load(path: str, source: str, *, config=None, encoding: str = "utf-8",
         bom: bool = False) -> tuple[list[Document], list[str]]:
    """The Documents of ``source`` read from ``path`` and one line per problem
    met (a JSON Lines record that is not valid JSON)."""
    kind = format_for(path)
    try:
        return _load(kind, path, source, config, encoding, bom)
    except Exception as exc:  # a bug in a reader must not end the run: the other files are checked
        return [], [f"{path}: cannot be read as {kind}: {type(exc).__name__}: {exc}; skipped"]


def _load(kind, path, source, config, encoding, bom) -> tuple[list[Document], list[str]]:
    if kind == "text":
        return [Document(source, path, encoding=encoding, bom=bom)], []
    from lint.formats.view import build_view

    common = dict(format=kind, encoding=encoding, bom=bom, source=source)
    if kind == "jsonl":
        from lint.formats import jsonl

        fields = (config.section("formats").get("jsonl-fields") if config else None) or jsonl.DEFAULT_FIELDS
        found, problems = jsonl.views(source, list(fields), path)
        return [Document(text, path, source_map=offsets, origin=origin, **common)
                for text, offsets, origin in found], problems
    if kind == "markdown":
        from lint.formats import markdown

        overlays, holes, directives = markdown.prose(source)
        escape = markdown.escape
    else:
        from lint.formats import html

        overlays, directives = html.prose(source)
        holes, escape = [], html.escape
        if not whole_page(config):
            return [_story(source, path, overlays, directives, common)], []
    text, offsets = build_view(source, overlays, holes=holes, escape=escape)
    return [Document(text, path, source_map=offsets, directives=directives, **common)], []


def whole_page(config) -> bool:
    return bool(config is not None and (config.whole_page or config.section("formats").get("whole-page")))


def _story(source, path, overlays, directives, common) -> Document:
    """An HTML page's story region as its Document (see story.py), at the
    page's own offsets; the whole page when no story is found."""
    from lint.formats import html
    from lint.formats.story import story_region
    from lint.formats.view import build_view

    text, offsets = build_view(source, overlays, escape=html.escape)
    region = story_region(source, text, offsets)
    if region is not None:
        overlays, directives = html.prose(source, *region)
        text, offsets = build_view(source, overlays, region=region, escape=html.escape)
    return Document(text, path, source_map=offsets, directives=directives, **common)


def by_path(docs: list[Document]) -> dict[str, tuple[list[Document], list[int]]]:
    """The documents of each path, in the order of their source regions, and
    where each region starts (for ``locate``)."""
    grouped: dict[str, list[Document]] = {}
    for doc in docs:
        grouped.setdefault(doc.path, []).append(doc)
    out = {}
    for path, same in grouped.items():
        same.sort(key=_region_start)
        out[path] = (same, [_region_start(d) for d in same])
    return out


def _region_start(doc: Document) -> int:
    return doc.source_map.region[0] if doc.source_map is not None else -1


def locate(diagnostic: Diagnostic, docs: dict[str, tuple[list[Document], list[int]]]) -> Document | None:
    """The document a finding was made on (by path, then by source region:
    a bisection, as a JSON Lines file can hold a hundred thousand records)."""
    same, starts = docs.get(diagnostic.path, ([], []))
    if len(same) <= 1:
        return same[0] if same else None
    offset = diagnostic.start.offset
    k = bisect.bisect_right(starts, offset) - 1
    for j in (k - 1, k):  # where two regions touch, the earlier one, as a scan would find
        if j >= 0 and same[j].source_map is not None and same[j].source_map.contains(offset):
            return same[j]
    return next((d for d in same if d.source_map is None), None)


def place(diagnostic: Diagnostic, doc: Document | None) -> Diagnostic:
    """``diagnostic`` (made on ``doc``'s text) as a finding on the file."""
    if doc is None or doc.source_map is None:
        return diagnostic
    offsets = doc.source_map
    fix = diagnostic.fix
    if fix is not None:
        edits = []
        for e in fix.edits:
            start, end = offsets.span(e.start, e.end)
            if not offsets.editable(start, end):
                fix = None  # it would change markup, code or the JSON around the text
                break
            edits.append(Edit(start, end, offsets.escape(e.replacement)))
        if fix is not None:
            fix = Fix(fix.applicability, tuple(edits))
    return replace(diagnostic, fix=fix, extra={**doc.origin, **diagnostic.extra})
