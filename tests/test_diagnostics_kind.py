"""A finding's kind (finer than its category) survives the JSON round trip the cache relies on."""
from lint.diagnostics import Diagnostic, Position


def _finding(kind: str) -> Diagnostic:
    return Diagnostic(path="a.txt", rule="NL501", name="x", category="boilerplate", severity="warning",
                      message="m", start=Position(1, 1, 0), end=Position(1, 5, 4), kind=kind)


def test_kind_is_emitted_only_when_set_and_read_back():
    assert "kind" not in _finding("").to_json()
    data = _finding("caption").to_json()
    assert data["kind"] == "caption"
    back = Diagnostic.from_json(data)
    assert back.kind == "caption" and "kind" not in back.extra
