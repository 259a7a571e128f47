"""Labelled lines of scraped pages for the page-furniture model (lint/furniture.py).

l3s-gn1 (../shared/boilerplate/l3s-gn1/gold) labels every text block of a page
by class. A page becomes its lines as newslint reads the page, each with its class:
content (headline, full text), supplemental (captions, credits, datelines),
related, furniture (not content). User comments are left out. Shared by the
training script and bench/accuracy/furniture.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

from bench.halves import half  # noqa: E402

SHARED = ROOT.parent / "shared" / "boilerplate"
LABEL = {"0": "furniture", "1": "content", "2": "content", "3": "supplemental", "4": "related"}
SPAN = regex.compile(r"<span\b[^>]*>|</span\s*>", regex.IGNORECASE)
CLASS = regex.compile(r"x-nc-sel(\d)")
MARK = 0xE000  # a private-use character per label marks where its text starts


def marked(source: str) -> str:
    """``source`` with a mark after each span tag naming the label in force."""
    out, stack, cursor = [], [], 0
    for m in SPAN.finditer(source):
        tag = m.group()
        if tag.startswith("</"):
            if stack:
                stack.pop()
        else:
            found = CLASS.search(tag)
            stack.append(found.group(1) if found else (stack[-1] if stack else "u"))
        label = stack[-1] if stack else "u"
        out.append(source[cursor:m.end()])
        out.append(chr(MARK + (int(label) if label != "u" else 9)))
        cursor = m.end()
    out.append(source[cursor:])
    return "".join(out)


def blocks(path: Path) -> list[tuple[str, str]]:
    """(class, text) of each line of one gold page as newslint reads the page
    (its HTML prose view), in reading order; a line takes the label of most of
    its characters."""
    from lint.formats import html
    from lint.formats.view import build_view

    source = marked(path.read_bytes().decode("utf-8", "replace"))
    overlays, _ = html.prose(source)
    text, _ = build_view(source, overlays)
    out, label = [], "9"
    for line in text.splitlines():
        counts: dict[str, int] = {}
        plain = []
        for c in line:
            if MARK <= ord(c) <= MARK + 9:
                label = str(ord(c) - MARK)
                continue
            plain.append(c)
            if not c.isspace():
                counts[label] = counts.get(label, 0) + 1
        line = " ".join("".join(plain).split())
        if not line or not counts or not any(c.isalpha() for c in line):
            continue
        major = max(counts, key=counts.get)
        if major in LABEL:
            out.append((LABEL[major], line))
    return out


def pages(wanted_half: str | None = None):
    """(page name, blocks) of l3s-gn1, of one half (by page name) or all."""
    for path in sorted((SHARED / "l3s-gn1" / "gold").glob("*.txt")):
        if wanted_half is None or half(path.name) == wanted_half:
            found = blocks(path)
            if found:
                yield path.name, found


CACHE = Path.home() / ".cache" / "newslint" / "furniture-pages.json"


def cached_pages() -> list[tuple[str, list]]:
    """Every page's blocks, parsed once (a minute) and kept in the user cache."""
    import json

    if CACHE.is_file():
        return json.loads(CACHE.read_text(encoding="utf-8"))
    found = list(pages())
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(found), encoding="utf-8")
    return found


def story(lines: list[tuple[str, str]], margin: int = 5) -> list[tuple[str, str]]:
    """The lines a scraper keeps of a page: first to last content line, with
    ``margin`` lines of the page on each side."""
    content = [i for i, (label, _) in enumerate(lines) if label == "content"]
    if not content:
        return []
    return lines[max(0, content[0] - margin): content[-1] + margin + 1]


FURNITURE_GRAMMARS = ("by-name", "ap-photo", "agency-bracket", "name-agency", "read-time", "copyright",
                      "toggle-caption")


def corrected(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The labels as this project means them: l3s assessors sometimes marked a
    story's byline, credit or copyright line as full text; such a content line
    (one the credit/byline grammars or a phrase rule match, at most 20 words)
    counts as supplemental, which is what the issue calls a leftover."""
    from lint.furniture import PATTERNS

    known = _known()
    out = []
    for label, text in lines:
        if label == "content" and len(text.split()) <= 20 and (
                any(PATTERNS[g].search(text) for g in FURNITURE_GRAMMARS) or known(text)):
            label = "supplemental"
        out.append((label, text))
    return out


_KNOWN = []


def _known():
    if not _KNOWN:
        from lint.checks.learned_boilerplate import known_leftovers
        from lint.config import Config

        _KNOWN.append(known_leftovers(Config()))
    return _KNOWN[0]


def pack_phrases() -> list[str]:
    """The phrases of the built-in boilerplate pack's line-match rules."""
    from lint.rules import builtin_rules_dir, load_pack

    return [p for rule in load_pack(builtin_rules_dir() / "boilerplate.toml")
            if rule.type == "line-match" for p in rule.params.get("phrases", [])]


def us_news(wanted_half: str):
    """Stories of ../shared/corpus/us-news of one half (by file name relative
    to the set), as labelled lines: a line a boilerplate rule flags (phrase
    packs, photo-caption) is a leftover, a line of 12 words or more ending a
    sentence is content, the rest is left out."""
    from lint.config import Config
    from lint.document import Document
    from lint.engine import Linter

    root = ROOT.parent / "shared" / "corpus" / "us-news"
    rules = [f"NL3{n:02d}" for n in range(1, 15)] + ["NL320"]
    linter = Linter(Config(), select=rules)
    for path in sorted(root.rglob("*.txt")):
        name = path.relative_to(root).as_posix()
        if half(name) != wanted_half:
            continue
        text = path.read_text(encoding="utf-8")
        found, _ = linter.check(Document(text, name))
        flagged = {d.start.line - 1: d.rule for d in found}
        out = []
        for i, line in enumerate(text.splitlines()):
            line = " ".join(line.split())
            if not line:
                continue
            if i in flagged:
                out.append(("supplemental" if flagged[i] in ("NL311", "NL313", "NL320") else "furniture", line))
            elif i == 0 or (len(line.split()) >= 12 and line[-1] in ".\"”?!"):
                out.append(("content", line))
        yield name, out
