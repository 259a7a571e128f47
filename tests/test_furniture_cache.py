"""The page-furniture model's decoded copy in the user cache: a run after the
first reads it instead of the JSON, gets the very same model, and a damaged,
stale or unwritable copy only costs the parse."""
from __future__ import annotations

import gzip
import json
import marshal

import pytest

from lint import furniture
from lint.user_cache import checksum


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    furniture.model.cache_clear()
    yield tmp_path
    furniture.model.cache_clear()


def shipped() -> dict:
    return json.loads(gzip.decompress(furniture.WEIGHTS.read_bytes()))


def fresh_model() -> dict:
    furniture.model.cache_clear()
    return furniture.model()


def test_first_run_writes_the_copy_and_the_next_reads_it(cache, monkeypatch):
    expected = shipped()
    assert fresh_model() == expected
    assert (cache / furniture.DECODED).is_file()

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed the JSON again")

    monkeypatch.setattr(json, "loads", no_parsing)
    assert fresh_model() == expected


def test_copy_gives_the_same_floats(cache):
    fresh_model()
    again = fresh_model()
    line = shipped()["line"]["weights"]
    assert again["line"]["weights"] == line  # exact: marshal keeps every bit of each float
    assert again["threshold"] == shipped()["threshold"]


@pytest.mark.parametrize("damage", ["truncate", "flip", "stale", "not-marshal"])
def test_bad_copy_falls_back_to_the_json(cache, damage):
    fresh_model()
    path = cache / furniture.DECODED
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[:1000])
    elif damage == "flip":
        path.write_bytes(data[:5000] + bytes([data[5000] ^ 0xFF]) + data[5001:])
    elif damage == "stale":  # another model's copy, checksum right: a retrained model
        payload = checksum(b"another model") + marshal.dumps({"threshold": 2.0})
        path.write_bytes(checksum(payload) + payload)
    else:  # a sound checksum over bytes marshal refuses
        payload = checksum(furniture.WEIGHTS.read_bytes()) + b"\x00garbage"
        path.write_bytes(checksum(payload) + payload)
    assert fresh_model() == shipped()
    assert fresh_model() == shipped()  # and the copy was rewritten sound
    assert path.read_bytes() == data


def test_unwritable_cache_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker))
    try:
        assert fresh_model() == shipped()
    finally:
        furniture.model.cache_clear()
