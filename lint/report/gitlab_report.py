"""GitLab Code Quality (a subset of the Code Climate issue format)."""
from lint.fingerprint import fingerprints
from lint.report import each_finding, json_array

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def chunks(files, context):
    diagnostics = each_finding(files)
    issues = (
        {
            "type": "issue",
            "description": d.message,
            "check_name": f"{d.rule} {d.name}",
            "categories": ["Style"],
            "fingerprint": fingerprint,
            "severity": SEVERITIES[d.severity],
            "location": {
                "path": d.path.replace("\\", "/"),
                "positions": {
                    "begin": {"line": d.start.line, "column": d.start.column},
                    "end": {"line": d.end.line, "column": d.end.column},
                },
            },
        }
        for d, fingerprint in fingerprints(diagnostics)
    )
    yield from json_array(issues)
    yield "\n"
