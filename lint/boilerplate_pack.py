"""The rule pack `newslint boilerplate discover` writes: learned leftovers as TOML to review."""
from __future__ import annotations

import json
from pathlib import Path

import regex

from lint import pattern_store

EXAMPLE_FILES = 3
SPLIT = pattern_store.compile(r"(\s+|\p{N}+)")


def toml_string(text: str) -> str:
    # A JSON string is a valid TOML basic string.
    return json.dumps(text, ensure_ascii=False)


def line_pattern(text: str) -> str:
    """A pattern for ``text`` that accepts any digits and any spacing."""
    parts = []
    for part in SPLIT.split(text):
        if not part:
            continue
        if part.isspace():
            parts.append(r"\s+")
        elif part.isdigit() or regex.fullmatch(r"\p{N}+", part):
            parts.append(r"\p{N}+")
        else:
            parts.append(regex.escape(part, special_only=True))
    return "".join(parts)


def render_pack(learned, *, source: str, total: int, needed: int, thresholds: dict,
                rule_id: str, rule_name: str) -> str:
    out = [
        f"# Boilerplate learned from {source} by `newslint boilerplate discover`:",
        f"# {total} documents read; each line below stands in at least {needed} of them",
        "# (" + ", ".join(f"{k}={v}" for k, v in thresholds.items()) + ").",
        "# Review before use: delete every line that is real copy, then list this",
        "# file under `packs` in your newslint config.",
        "",
    ]
    if not learned:
        out.append("# No candidate leftovers found.")
        return "\n".join(out) + "\n"
    phrases, patterns = [], []
    for item in learned:
        files = list(dict.fromkeys(Path(p).name for p in item.paths))
        shown = ", ".join(files[:EXAMPLE_FILES])
        more = ", …" if len(files) > EXAMPLE_FILES else ""
        comment = f"  # {item.count} of {total} documents, e.g. {shown}{more}"
        if regex.search(r"\p{N}", item.text):
            patterns += [comment, f"  {toml_string(line_pattern(item.text))},"]
        else:
            phrases += [comment, f"  {toml_string(item.text)},"]
    first = learned[0].text
    out += [
        "[pack]",
        'name = "learned"',
        f"description = {toml_string('Leftovers learned from ' + source + '.')}",
        "",
        "[[rules]]",
        f"id = {toml_string(rule_id)}",
        f"name = {toml_string(rule_name)}",
        'category = "boilerplate"',
        'severity = "error"',
        'type = "line-match"',
        "message = \"Leftover of this source: '{match}'\"",
        f"description = {toml_string('Lines that recur verbatim in many documents from ' + source + '.')}",
        'rationale = "Learned by newslint boilerplate discover and reviewed by the desk."',
        'fix = "safe"',
        "[rules.params]",
    ]
    if phrases:
        out += ["phrases = [", *phrases, "]"]
    if patterns:
        out += ["patterns = [", *patterns, "]"]
    out += [
        "[[rules.examples]]",
        f"bad = {toml_string('The story.' + chr(10) + chr(10) + first + chr(10))}",
        f"fixed = {toml_string('The story.' + chr(10))}",
    ]
    return "\n".join(out) + "\n"
