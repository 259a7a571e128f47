"""Reporters stream: writing a report of many findings holds one finding's
output at a time, not the whole report nor every finding's JSON object."""
import json
import tracemalloc

import pytest

from lint.diagnostics import Diagnostic, Edit, Fix, Position
from lint.report import REPORTERS, ReportContext, chunks, render

STREAMED = [f for f in REPORTERS if f != "junit"]  # junit spools its suites, in memory up to 1 MB (tests/run/test_streaming_run.py)


def findings(n: int):
    for i in range(n):
        yield Diagnostic("a.txt", "NL501", "repeated-word", "style", "error", "Repeated word: 'the the'",
                         Position(1, 4 * i + 1, 4 * i), Position(1, 4 * i + 8, 4 * i + 7), ["the"],
                         Fix.safe(Edit(4 * i + 3, 4 * i + 7, "")))


@pytest.mark.parametrize("output_format", STREAMED)
def test_output_is_written_piece_by_piece(output_format):
    diagnostics = list(findings(5_000))
    context = ReportContext(sources={"a.txt": "the " * 20_001})
    tracemalloc.start()
    size = 0
    for chunk in chunks(output_format, diagnostics, context):
        size += len(chunk)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert size > 500_000  # ~100+ bytes a finding
    assert peak < size / 4, f"{output_format}: peak {peak:,} bytes for {size:,} bytes of output"


@pytest.mark.parametrize("output_format", ["json", "sarif", "gitlab"])
def test_streamed_json_is_what_json_dumps_writes(output_format):
    for n in (0, 1, 3):
        text = render(output_format, list(findings(n)), ReportContext(version="0.1.0"))
        data = json.loads(text)
        assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
