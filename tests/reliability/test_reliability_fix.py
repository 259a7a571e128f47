"""Fix safety, property-based: generated documents with injected defects.

The defects are every rule's own ``bad`` examples (read from the packs at run
time, so new rules are covered without touching this file), mixed with plain
prose and awkward characters, in every newline style. Properties:

* fixing twice changes nothing the second time (idempotence);
* every character that changes is inside an edit the fixer reported;
* no edit splits a CRLF pair, and no new kind of line break appears;
* on disk: BOM, encoding, final newline presence and file mode are kept.

Grammar rules (LanguageTool, a Java server) are left out: they are slow and
tested in their own module; every other rule runs here.
"""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from lint.config import Config
from lint.diagnostics import Diagnostic, Edit, Fix, Position
from lint.document import Document
from lint.engine import Linter
from lint.run.files import decode, encode
from lint.fix import apply_edits, choose_fixes, fix_document
from lint.rules import load_rules
from lint.run.runner import run_fix

EXAMPLES = int(os.environ.get("NEWSLINT_PROPERTY_EXAMPLES", "150"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

RULES = load_rules()
OFFLINE = [r.id for r in RULES if r.category != "grammar"]
DEFECTS = sorted({ex.bad for r in RULES for ex in r.examples if ex.bad})
PROSE = [
    "The minister said the talks would resume on Monday.",
    "Gen. Chanegriha met Mr. Putin in Moscow, officials said.",
    "Prices rose 3.5% in March, the highest since 2019.",
    "“We will not back down,” she told reporters.",
    "Advertisements", "Exit mobile version", "Share this:", "(Reuters)",
]
ODD = ["", " ", "  ", "\t", "\u00a0", "\u200b", "é", "e\u0301", "😀", "𝔸𝔹", "שלום", "مرحبا",
       "--", "...", "…", "'", "\"", "“", "‘", "1,000", "10 %", "&amp;", "<b>", "ï»¿", "Ã©"]
BREAKS = {"lf": ["\n"], "crlf": ["\r\n"], "mixed": ["\n", "\r\n"]}


def linters() -> dict[str, tuple[Linter, bool]]:
    return {
        "default-safe": (Linter(Config()), False),
        "all-unsafe": (Linter(Config(), select=OFFLINE), True),
    }


LINTERS = linters()


@st.composite
def documents(draw, styles=tuple(BREAKS)):
    """(text, newline style): paragraphs of prose, defects and odd characters."""
    style = draw(st.sampled_from(styles))
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            lines.extend(draw(st.sampled_from(DEFECTS)).splitlines() if DEFECTS else [])
        elif kind == 1:
            lines.append(draw(st.sampled_from(PROSE)))
        elif kind == 2:
            parts = draw(st.lists(st.sampled_from(PROSE + ODD + ["and", "the", "the", "teh"]),
                                  max_size=8))
            lines.append(draw(st.sampled_from(["", " "])).join(parts))
        else:
            lines.append("")
    text = ""
    for line in lines:
        text += line + draw(st.sampled_from(BREAKS[style]))
    if draw(st.booleans()):
        text = text.rstrip("\r\n")  # no final newline
    return text, style


def break_kinds(text: str) -> set[str]:
    kinds = set()
    for i, ch in enumerate(text):
        if ch == "\r":
            kinds.add("\r\n" if text[i + 1 : i + 2] == "\n" else "\r")
        elif ch == "\n" and text[i - 1 : i] != "\r":
            kinds.add("\n")
    return kinds


def replay(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits, independently of lint.fix."""
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        assert 0 <= edit.start <= edit.end <= len(text), edit
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def traced_fix(linter: Linter, text: str, unsafe: bool):
    """Run fix_document and return it with every pass: (text, diagnostics found)."""
    passes: list[tuple[str, list[Diagnostic]]] = []
    original_check = linter.check

    def check(doc):
        found, problems = original_check(doc)
        passes.append((doc.text, found))
        return found, problems

    linter.check = check
    try:
        result = fix_document(linter, Document(text, "story.txt"),
                              lambda t: Document(t, "story.txt"), unsafe=unsafe)
    finally:
        del linter.check
    return result, passes


@pytest.mark.parametrize("name", list(LINTERS))
@PROPERTY
@given(doc=documents())
def test_fix_is_idempotent_and_changes_only_reported_edits(name, doc):
    linter, unsafe = LINTERS[name]
    text, _ = doc
    result, passes = traced_fix(linter, text, unsafe)
    assert not result.problems, result.problems
    assert result.converged, "fixes did not settle within the pass limit"

    # Every pass: the next text is the previous one with exactly the reported edits.
    applied_ids = {id(a.diagnostic) for a in result.applied}
    for (before, found), (after, _) in zip(passes, passes[1:]):
        chosen = [d for d in found if id(d) in applied_ids]
        edits = [e for d in chosen for e in d.fix.edits]
        spans = sorted((e.start, e.end) for e in edits)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "overlapping edits applied"
        for e in edits:
            for boundary in (e.start, e.end):
                assert not (before[boundary - 1 : boundary] == "\r" and before[boundary : boundary + 1] == "\n"), \
                    f"edit {e} splits a CRLF pair"
        assert replay(before, edits) == after
    assert passes[-1][0] == result.text
    event(f"passes with fixes: {len(passes) - 1}")

    assert break_kinds(result.text) <= break_kinds(text), "a new kind of line break appeared"
    if text.endswith(("\n", "\r")) and result.text:
        assert result.text.endswith(("\n", "\r")), "final newline lost"
    # (One may appear when a fix empties the last line, e.g. of a stray BOM.)

    again, _ = traced_fix(linter, result.text, unsafe)
    assert again.text == result.text and not again.applied, "a second fix changed the text"


ENCODINGS = [("utf-8", False), ("utf-8", True), ("utf-16-le", True), ("utf-16-be", True)]
MODES = [0o644, 0o600, 0o640, 0o664, 0o755, 0o444]


@PROPERTY
@given(doc=documents(), encoding=st.sampled_from(ENCODINGS), mode=st.sampled_from(MODES),
       name=st.sampled_from(["story.txt", "story.md"]))
def test_fix_on_disk_keeps_bom_encoding_newlines_and_mode(doc, encoding, mode, name):
    text, _ = doc
    linter, unsafe = LINTERS["all-unsafe"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(encode(text, *encoding))
        path.chmod(mode)
        before = path.read_bytes()
        result = run_fix([str(path)], linter, unsafe=unsafe)
        after = path.read_bytes()
        assert stat.S_IMODE(path.stat().st_mode) == mode
        assert sorted(os.listdir(folder)) == [name], "temp file left behind"
    fixed, encoding_after, bom_after = decode(after, name)
    assert (encoding_after, bom_after) == encoding
    if result.applied:
        assert break_kinds(fixed) <= break_kinds(text)
        if text.endswith(("\n", "\r")) and fixed:
            assert fixed.endswith(("\n", "\r"))
    else:
        assert after == before


# -- overlapping edits from different rules ----------------------------------------
@st.composite
def overlapping_fixes(draw):
    """A text and fixes from several "rules" whose edits overlap each other
    (each fix's own edits are disjoint, as a check must make them)."""
    text = draw(st.text(alphabet="ab \r\n😀é", max_size=40))
    diagnostics = []
    for i in range(draw(st.integers(0, 8))):
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6)))
        edits = tuple(
            Edit(start, end, draw(st.sampled_from(["", "X", "YY", "\n"])))
            for start, end in zip(cuts[::2], cuts[1::2])
        )
        if any(a.end == b.start == b.end for a, b in zip(edits, edits[1:])):
            continue
        position = Position(1, edits[0].start + 1, edits[0].start)
        diagnostics.append(Diagnostic(
            path="a.txt", rule=f"NL9{i:02d}", name=f"rule-{i}", category="style", severity="error",
            message="m", start=position, end=position,
            fix=Fix(draw(st.sampled_from(["safe", "unsafe"])), edits),
        ))
    return text, diagnostics


def clash(a: Edit, b: Edit) -> bool:
    if a.start == a.end == b.start == b.end:
        return True
    return max(a.start, b.start) < min(a.end, b.end) or (
        a.start == a.end and b.start < a.start < b.end) or (b.start == b.end and a.start < b.start < a.end)


@settings(max_examples=EXAMPLES * 5, deadline=None, database=None)
@given(case=overlapping_fixes(), unsafe=st.booleans())
def test_overlapping_edits_never_corrupt_text(case, unsafe):
    text, diagnostics = case
    chosen = choose_fixes(diagnostics, unsafe)
    assert all(d.fix.applicability == "safe" or unsafe for d in chosen)
    edits = [e for d in chosen for e in d.fix.edits]
    for i, a in enumerate(edits):
        for b in edits[i + 1 :]:
            assert not clash(a, b), (a, b)
    # Whatever was left out clashes with something chosen (it waits for the next pass).
    for d in diagnostics:
        if d not in chosen and (d.fix.applicability == "safe" or unsafe):
            assert any(clash(a, b) for a in d.fix.edits for b in edits)
    assert apply_edits(text, edits) == replay(text, edits)
