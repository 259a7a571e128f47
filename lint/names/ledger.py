"""The names ledger `newslint names learn` writes: an archive's name spellings as a glossary to review."""
from __future__ import annotations

import json


def toml_key(text: str) -> str:
    # A JSON string is a valid TOML quoted key.
    return json.dumps(text, ensure_ascii=False)


def ledger(archive, *, min_documents: int, min_ratio: float):
    """(entries, undecided): entries are (canonical, documents, [(variant,
    documents)]) for names the dictionary does not know, used in at least
    ``min_documents`` documents; undecided are groups without a clear majority.
    ``archive`` is a lint.checks.names.Archive (lint.learn.NameCounts.archive)."""
    entries, undecided, grouped = [], [], set()
    for group in archive.groups():
        grouped.update(v.key for v in group)
        top = group[0]
        heaviest = max(v.documents for v in group[1:])
        if top.documents < min_documents or top.documents < min_ratio * heaviest:
            if sum(v.documents for v in group) >= min_documents:
                undecided.append([(v.text, v.documents) for v in group])
            continue
        entries.append((top.text, top.documents, [(v.text, v.documents) for v in group[1:]]))
    for variant in archive.variants.values():
        if variant.key not in grouped and not variant.known and variant.documents >= min_documents \
                and not archive.is_slip(variant):
            entries.append((variant.text, variant.documents, []))
    entries.sort(key=lambda e: e[0].casefold())
    return entries, undecided


def render_ledger(entries, undecided, *, source: str, total: int, min_documents: int) -> str:
    out = [
        f"# Names ledger learned from {source} by `newslint names learn` ({total} documents).",
        "# Each entry: the spelling most documents use = [other spellings seen]; the",
        "# comment gives the number of documents of each. Names the dictionary does",
        f"# not know that {min_documents} or more documents use are listed even without variants.",
        "# Review it (delete what is wrong), then use it:",
        '#   [names] glossary-files = ["<this file>"]',
        "",
        "[glossary]",
    ]
    for canonical, documents, variants in entries:
        counts = "; ".join(f"{v}: {n}" for v, n in variants)
        comment = f"  # {documents} documents" + (f"; {counts}" if counts else "")
        listed = ", ".join(toml_key(v) for v, _ in variants)
        out.append(f"{toml_key(canonical)} = [{listed}]{comment}")
    if undecided:
        out += ["", "# No clear majority; decide and add by hand:"]
        for group in undecided:
            out.append("#   " + ", ".join(f"{v} ({n})" for v, n in group))
    return "\n".join(out) + "\n"
