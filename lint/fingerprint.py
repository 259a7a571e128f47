"""Stable identities of findings: rule, file and the flagged text, plus the
occurrence number among equal ones, so they survive lines moving."""
from __future__ import annotations

import hashlib
from collections import Counter


def fingerprints(diagnostics):
    """(diagnostic, fingerprint) in the order given, one at a time. The
    findings of a file come together (as in every report), and the counts of
    equal ones are kept for the current file only, so a streaming reporter
    holds one file's counts, not the run's."""
    seen: Counter = Counter()
    path = None
    for d in diagnostics:
        if d.path != path:
            seen.clear()  # the path is part of the hash: other files' counts never match
            path = d.path
        text = " ".join(d.snippet.split())
        base = hashlib.sha256(f"{d.rule}\0{d.path}\0{text}".encode()).hexdigest()[:24]
        seen[base] += 1
        yield d, f"{base}-{seen[base]}"
