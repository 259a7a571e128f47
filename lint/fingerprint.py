"""Stable identities of findings: rule, file and the flagged text, plus the
occurrence number among equal ones, so they survive lines moving."""
from __future__ import annotations

import hashlib
from collections import Counter


def fingerprints(diagnostics):
    """One fingerprint per diagnostic, in the same order, yielded one at a
    time so a streaming reporter holds only the counts of distinct ones."""
    seen: Counter = Counter()
    for d in diagnostics:
        text = " ".join(d.snippet.split())
        base = hashlib.sha256(f"{d.rule}\0{d.path}\0{text}".encode()).hexdigest()[:24]
        seen[base] += 1
        yield f"{base}-{seen[base]}"
