"""newslint's findings in LanguageTool's HTTP API v2 shapes.

LanguageTool counts offsets in UTF-16 code units (Java's chars); newslint in
code points. Every offset that leaves here is converted.
"""
from __future__ import annotations

import bisect
import json

from lint import __version__

SOFTWARE = {"name": "newslint", "version": __version__, "buildDate": "", "apiVersion": 1,
            "premium": False, "premiumHint": "", "status": ""}

LANGUAGES = [  # newslint's rules are for English
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "English (New Zealand)", "code": "en", "longCode": "en-NZ"},
    {"name": "English (South African)", "code": "en", "longCode": "en-ZA"},
]
NAMES = {lang["longCode"]: lang["name"] for lang in LANGUAGES}

# newslint category -> LanguageTool issue type (the ITS 2.0 localization quality types)
ISSUE_TYPES = {"spelling": "misspelling", "names": "inconsistententities", "boilerplate": "addition",
               "grammar": "grammar", "typography": "typographical", "style": "style"}
CONTEXT = 40  # characters each side of a match, as LanguageTool gives


class BadRequest(Exception):
    """Plain-text 400, as LanguageTool answers a request it cannot use."""


class UTF16:
    """Code-point offsets of one text -> UTF-16 code-unit offsets."""

    def __init__(self, text: str) -> None:
        self.astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF] if not text.isascii() else []

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self.astral, offset)


def language_of(requested: str, default: str) -> dict:
    """The language block of a check answer; ``auto`` detects English."""
    code = default if requested in ("", "auto") else requested
    if code not in NAMES:
        raise BadRequest(f"Error: '{requested}' is not a language code known to newslint: "
                         f"it checks {', '.join(NAMES)}")
    detected = default if requested in ("", "auto") else code
    return {"name": NAMES[code], "code": code,
            "detectedLanguage": {"name": NAMES[detected], "code": detected, "confidence": 1.0,
                                 "source": "newslint"}}


def annotated_text(data: str) -> tuple[str, list[int]]:
    """LanguageTool's ``data`` field: the text to check (text parts and each
    markup's ``interpretAs``), and for each of its code points plus its end the
    code-point offset in the whole annotated source (markup included), where
    LanguageTool reports matches."""
    try:
        parts = json.loads(data)["annotation"]
        if not isinstance(parts, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise BadRequest("Error: 'data' must be JSON like {\"annotation\": [{\"text\": \"...\"}, "
                         "{\"markup\": \"...\"}]}") from None
    text, where, source = [], [], 0
    for part in parts:
        if not isinstance(part, dict) or not isinstance(part.get("text", part.get("markup")), str):
            raise BadRequest("Error: each 'annotation' item needs a 'text' or 'markup' string")
        if "text" in part:
            text.append(part["text"])
            where.extend(range(source, source + len(part["text"])))
            source += len(part["text"])
        else:
            shown = str(part.get("interpretAs", ""))
            text.append(shown)
            where.extend([source] * len(shown))
            source += len(part["markup"])
    where.append(source)
    return "".join(text), where


def sentence_spans(text: str) -> list:
    from lint.document import Document

    return Document(text).sentences


def to_matches(diagnostics, text: str, rules: dict, source_of=None, source_text=None) -> list[dict]:
    """LanguageTool matches for newslint findings on ``text``. With annotated
    text, ``source_of`` maps an offset of ``text`` into ``source_text``."""
    source_text = text if source_text is None else source_text
    utf16 = UTF16(source_text)
    sentences = sentence_spans(text)
    starts = [s.start for s in sentences]
    out = []
    for d in diagnostics:
        start, end, replacements = _span_and_replacements(d)
        sentence = sentences[max(bisect.bisect_right(starts, start) - 1, 0)] if sentences else None
        if source_of is not None:
            # the end follows the match's last character, not the markup after it
            start, end = source_of[start], (source_of[end - 1] + 1 if end > start else source_of[start])
        rule = rules.get(d.rule)
        out.append({
            "message": d.message,
            "shortMessage": rule.name if rule else d.name,
            "replacements": [{"value": r} for r in replacements],
            "offset": utf16(start),
            "length": utf16(end) - utf16(start),
            "context": _context(source_text, start, end),
            "sentence": text[sentence.start:sentence.end] if sentence else "",
            "type": {"typeName": "UnknownWord" if d.category == "spelling" else "Other"},
            "rule": {"id": d.rule, "description": _short(rule.description if rule else "") or d.name,
                     "issueType": ISSUE_TYPES.get(d.category, "uncategorized"),
                     "category": {"id": d.category.upper(), "name": d.category.capitalize()}},
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
            # newslint's own: how safe its first replacement is (safe, unsafe) or null
            "newslint": {"name": d.name, "severity": d.severity,
                         "fix": d.fix.applicability if d.fix else None},
        })
    return out


def _short(description: str) -> str:
    """The first sentence: LanguageTool's descriptions are one line."""
    return description.split(". ", 1)[0].rstrip(".")


def _span_and_replacements(d) -> tuple[int, int, list[str]]:
    """A one-edit fix becomes the match's first replacement, the match then
    covering what the edit replaces (a whole leftover line, say)."""
    start, end = d.start.offset, d.end.offset
    suggestions = list(d.suggestions)
    if d.fix and len(d.fix.edits) == 1:
        edit = d.fix.edits[0]
        if (edit.start, edit.end) != (start, end):
            return edit.start, edit.end, [edit.replacement]
        return start, end, list(dict.fromkeys([edit.replacement, *suggestions]))
    return start, end, suggestions


def _context(text: str, start: int, end: int) -> dict:
    left, right = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before = ("..." if left else "") + text[left:start]
    shown = before + text[start:end] + text[end:right] + ("..." if right < len(text) else "")
    shown = shown.replace("\n", " ").replace("\r", " ")
    units = UTF16(shown)
    return {"text": shown, "offset": units(len(before)),
            "length": units(len(before) + end - start) - units(len(before))}
