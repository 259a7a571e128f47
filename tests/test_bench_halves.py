"""The development/held-out split of bench/halves.py is stable and balanced."""
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from halves import REPORT, TUNE, half, in_half  # noqa: E402


def test_half_is_the_parity_of_the_first_sha1_byte():
    for key in ("bbc/business/001.txt", "us-news/x.txt", "teh\tthe"):
        first = hashlib.sha1(key.encode()).digest()[0]
        assert half(key) == (TUNE if first % 2 == 0 else REPORT)


def test_halves_are_balanced_and_disjoint():
    keys = [f"story-{n}.txt" for n in range(2000)]
    tune = {k for k in keys if in_half(k, TUNE)}
    report = {k for k in keys if in_half(k, REPORT)}
    assert not tune & report and tune | report == set(keys)
    assert 900 < len(tune) < 1100
    assert all(in_half(k, "all") and in_half(k, None) for k in keys)
