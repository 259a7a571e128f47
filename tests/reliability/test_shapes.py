"""Every pathological shape of bench/reliability/shapes.py, checked with the
default rules and reported as text: the report stays within a few hundred
characters a finding, and peak memory stays within a linear bound of the
input and the findings (a finding costs memory for its own span, never for
its line or its story).

The shapes are the issue's (a run of one letter, a repeated word, quotes,
one huge word, a story on one line, nested quotes, thousands of names and of
boilerplate lines, a huge JSON Lines record, deep Markdown and HTML) and the
ones a sweep of every rule found (template tags, suppression comments,
mojibake on one line, two huge near-duplicate paragraphs)."""
import importlib.util
import tracemalloc

import pytest

from conftest import ROOT
from lint.config import Config
from lint.engine import Linter
from lint.formats import load
from lint.report import ReportContext, chunks

spec = importlib.util.spec_from_file_location("shapes", ROOT / "bench" / "reliability" / "shapes.py")
shapes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shapes)

SIZES = (16 * 1024, 64 * 1024)  # characters of input: 1x and 4x
PER_FINDING = 400  # characters of text output one finding may take
# Peak traced memory may be at most this much per input character and per
# finding, plus a constant; the largest seen are about 440 and 4,500.
BYTES_PER_CHAR, BYTES_PER_FINDING, BYTES_AT_ALL = 600, 8000, 4 << 20


@pytest.fixture(scope="module")
def linter():
    return Linter(Config())


def run(linter, name: str, size: int) -> tuple[int, int, int]:
    """Findings, characters of text output and peak traced bytes."""
    build, suffix = shapes.SHAPES[name]
    text = build(size)
    tracemalloc.start()
    docs, _ = load(f"story{suffix}", text)
    found, _ = linter.check_documents(docs)
    written = sum(len(c) for c in chunks("text", found, ReportContext(sources={f"story{suffix}": text})))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return len(found), written, peak


@pytest.mark.parametrize("name", sorted(shapes.SHAPES))
def test_a_shape_costs_memory_and_output_in_proportion_to_its_size(linter, name):
    for size in SIZES:
        findings, written, peak = run(linter, name, size)
        assert written <= PER_FINDING * findings + 1, f"{name}: {written:,} characters for {findings} findings"
        bound = BYTES_PER_CHAR * size + BYTES_PER_FINDING * findings + BYTES_AT_ALL
        assert peak <= bound, f"{name} at {size:,}: peak {peak:,} bytes for {findings} findings"
