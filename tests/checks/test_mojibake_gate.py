"""The mojibake check's gate: a line it lets past ftfy must never be one that
ftfy would repair, and clean copy must not make newslint import ftfy."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.checks.mojibake import MAYBE_MOJIBAKE, MISREAD_AS, _decoded

ROOT = Path(__file__).resolve().parents[2]

# Every character a misread UTF-8 byte can become, plus the ones ftfy treats specially.
RISKY = sorted(
    {c for e in MISREAD_AS for c in _decoded(e, 0x80, 0xFF)}
    | {chr(i) for i in range(0x80, 0x100)}
    | set("\ufffd \u00a0a.e’“”—'\"")
)
# Text a story may contain, in several scripts.
SOURCE = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿĀāČčŁłŒœŠšŽžƒΑΒΓαβγАБВабв日本語😀€£¥©®™–—‘’“”•…\u00a0 ab"


def misread(text: str, encoding: str) -> str:
    return "".join(_decoded(encoding, b, b) if b >= 0x80 else chr(b) for b in text.encode("utf-8"))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(RISKY), min_size=1, max_size=12))
def test_whatever_ftfy_would_repair_passes_the_gate(line):
    if ftfy.fix_encoding(line) != line:
        assert MAYBE_MOJIBAKE.search(line), line


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(SOURCE), min_size=1, max_size=8),
       st.sampled_from(MISREAD_AS), st.booleans())
def test_utf8_misread_in_every_encoding_passes_the_gate(text, encoding, lost_nbsp):
    line = misread(text, encoding)
    if lost_nbsp:
        line = line.replace("\u00a0", " ")
    if ftfy.fix_encoding(line) != line:
        assert MAYBE_MOJIBAKE.search(line), (text, encoding, line)


def test_every_character_misread_with_a_byte_lost_passes_the_gate():
    """Every code point class (two-, three- and four-byte UTF-8), misread in
    each encoding, with each continuation byte lost to "?", U+FFFD, a space
    or nothing: whatever ftfy repairs, the gate lets through."""
    code_points = [*range(0x80, 0x800, 3), *range(0x800, 0x10000, 61), *range(0x10000, 0x110000, 4093)]
    for cp in code_points:
        if 0xD800 <= cp < 0xE000:
            continue
        for encoding in MISREAD_AS:
            damaged = misread(chr(cp), encoding)
            variants = [damaged] + [damaged[:i] + lost + damaged[i + 1:]
                                    for i in range(1, len(damaged)) for lost in ("?", "\ufffd", " ", "")]
            for variant in variants:
                line = f"word {variant} word"
                if ftfy.fix_encoding(line) != line:
                    assert MAYBE_MOJIBAKE.search(line), (hex(cp), encoding, line)


def test_known_mojibake_passes_and_clean_copy_does_not():
    for damaged in ("Itâ€™s", "cafÃ©", "Ã la carte", "â€œquotedâ€\x9d", "‚Äôs", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "Ø\ufffd",
                    "The name ð ®¯ appears", "He said ð?˜€ then", "≡ ÇÇ"):
        assert MAYBE_MOJIBAKE.search(damaged), damaged
    # Clean copy mostly stays out; a line that does get in (an accented word
    # before a curly quote, "Café “") only costs a call to ftfy.
    clean = "The “owner” of the café, Zoë, said — naïve, £5 or €3 in Zürich… ‘fine’ · São Paulo, Kraków"
    assert not MAYBE_MOJIBAKE.search(clean)


def test_clean_copy_with_curly_quotes_does_not_import_ftfy():
    code = ("import sys; from lint.config import Config; from lint.engine import Linter;"
            "from lint.document import Document;"
            "Linter(Config()).check(Document('The “owner” of the café said — naïve £5.\\n', 't.txt'));"
            "assert 'ftfy' not in sys.modules;"
            "Linter(Config()).check(Document('Itâ€™s here.\\n', 't.txt'));"
            "assert 'ftfy' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
