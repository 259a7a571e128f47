"""SARIF 2.1.0 for code-scanning services. Columns count code points."""
import json

from lint.report import each_finding, json_array

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _rule(rule) -> dict:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.description or rule.name},
        "fullDescription": {"text": " ".join(x for x in (rule.description, rule.rationale) if x) or rule.name},
        "help": {"text": f"newslint rule {rule.id}"},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "fix": rule.fix},
    }


def _result(d, rule_index: dict) -> dict:
    result = {
        "ruleId": d.rule,
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": d.path.replace("\\", "/")},
                "region": {
                    "startLine": d.start.line, "startColumn": d.start.column,
                    "endLine": d.end.line, "endColumn": d.end.column,
                    "charOffset": d.start.offset, "charLength": d.end.offset - d.start.offset,
                },
            }
        }],
    }
    if d.extra.get("related"):  # the other places of the problem: {text, line, column, offset}
        result["relatedLocations"] = [{
            "id": i,
            "physicalLocation": {
                "artifactLocation": {"uri": d.path.replace("\\", "/")},
                "region": {"startLine": r["line"], "startColumn": r["column"], "charOffset": r["offset"]},
            },
            "message": {"text": f"Also here: '{r['text']}'"},
        } for i, r in enumerate(d.extra["related"])]
    if d.rule in rule_index:
        result["ruleIndex"] = rule_index[d.rule]
    if d.fix is not None:
        result["fixes"] = [{
            "description": {"text": f"{d.fix.applicability} fix"},
            "artifactChanges": [{
                "artifactLocation": {"uri": d.path.replace("\\", "/")},
                "replacements": [
                    {"deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                     "insertedContent": {"text": e.replacement}}
                    for e in d.fix.edits
                ],
            }],
        }]
    return result


RESULTS = "\u0000results\u0000"  # where the streamed results go in the log


def chunks(files, context):
    rules = list(context.rules)
    rule_index = {r.id: i for i, r in enumerate(rules)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "newslint",
                "version": context.version or "0",
                "informationUri": "https://pypi.org/project/newslint/",
                "rules": [_rule(r) for r in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": RESULTS,
        }],
    }
    head, tail = json.dumps(log, ensure_ascii=False, indent=2).split(json.dumps(RESULTS))
    yield head
    yield from json_array((_result(d, rule_index) for d in each_finding(files)), level=3)
    yield tail + "\n"
