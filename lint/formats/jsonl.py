"""JSON Lines: each record's text fields are documents of their own.

A field is a key path ("body", "article.body"); a list of strings under it is
checked string by string ("body[2]"). The view of a field is its decoded
string; the map runs through the JSON escapes into the file, so findings point
at the file's line and column and a fix rewrites only the characters it
changes, escaped as JSON, leaving every other byte of the file alone.
"""
from __future__ import annotations

import json
from json.decoder import scanstring

from lint import pattern_store
from lint.document import SourceLines
from lint.formats.view import Overlay, build_view

DEFAULT_FIELDS = ("title", "text", "body", "content")
ESCAPE = pattern_store.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\."
)
WHITESPACE = pattern_store.compile(r"[ \t\n\r]*")
_decoder = json.JSONDecoder(strict=False)


class _Skip(Exception):
    pass


def records(source: str):
    """(line number, start offset, line text) of each non-blank line."""
    start = 0
    for number, line in enumerate(source.split("\n"), 1):
        if line.strip():
            yield number, start, line
        start += len(line) + 1


def string_fields(line: str, fields: list[tuple[str, ...]]):
    """(field name, start, end) of the wanted string values in one JSON line
    (start:end is inside the quotes). Raises ValueError on invalid JSON."""
    value, end = _decoder.raw_decode(line, WHITESPACE.match(line).end())
    if line[end:].strip():
        raise ValueError("extra data after the record")
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    found: list[tuple[str, int, int]] = []
    _walk(line, WHITESPACE.match(line).end(), (), fields, found)
    return found


def _skip_ws(line: str, i: int) -> int:
    return WHITESPACE.match(line, i).end()


def _walk(line, i, path, fields, found) -> int:
    """Index after the JSON value at ``i``; records wanted strings on the way."""
    keys = tuple(p for p in path if not isinstance(p, int))  # list indexes do not count
    if not any(f[:len(keys)] == keys for f in fields):
        return _decoder.raw_decode(line, i)[1]
    ch = line[i]
    if ch == '"':
        _, end = scanstring(line, i + 1, False)
        if keys in fields:
            found.append((_name(path), i + 1, end - 1))
        return end
    if ch == "{":
        i = _skip_ws(line, i + 1)
        while line[i] != "}":
            key, i = scanstring(line, i + 1, False)
            i = _skip_ws(line, _skip_ws(line, i) + 1)  # past the colon
            i = _skip_ws(line, _walk(line, i, path + (key,), fields, found))
            if line[i] == ",":
                i = _skip_ws(line, i + 1)
        return i + 1
    if ch == "[":
        i, index = _skip_ws(line, i + 1), 0
        while line[i] != "]":
            i = _skip_ws(line, _walk(line, i, path + (index,), fields, found))
            index += 1
            if line[i] == ",":
                i = _skip_ws(line, i + 1)
        return i + 1
    return _decoder.raw_decode(line, i)[1]


def _name(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def views(source: str, field_names: list[str], path: str):
    """(view text, offset map, origin) for each wanted field of each record,
    and one problem line for each record that is not a JSON object."""
    fields = [tuple(name.split(".")) for name in field_names]
    lines = SourceLines(source)
    out, problems = [], []
    for number, start, line in records(source):
        try:
            spans = string_fields(line, fields)
        except (ValueError, IndexError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc) or "invalid JSON"
            problems.append(f"{path}:{number}: invalid JSON Lines record ({reason}); skipped")
            continue
        ascii_only = line.isascii()

        def escape(text: str, ascii_only=ascii_only) -> str:
            return json.dumps(text, ensure_ascii=ascii_only)[1:-1]

        for name, a, b in spans:
            overlays, cursor = [], a
            for m in ESCAPE.finditer(line, a, b):
                if m.start() > cursor:
                    overlays.append(Overlay(start + cursor, start + m.start()))
                overlays.append(Overlay(start + m.start(), start + m.end(), json.loads(f'"{m.group()}"')))
                cursor = m.end()
            if b > cursor:
                overlays.append(Overlay(start + cursor, start + b))
            text, offsets = build_view(source, overlays, region=(start + a, start + b),
                                       lines=lines, escape=escape)
            out.append((text, offsets, {"record": number, "field": name}))
    return out, problems
