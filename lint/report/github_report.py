"""GitHub Actions workflow commands: one ::error/::warning/::notice per finding."""

from lint.report import each_finding

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def chunks(files, context):
    for d in each_finding(files):
        props = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("file", d.path), ("line", d.start.line), ("col", d.start.column),
                ("endLine", d.end.line), ("endColumn", d.end.column),
                ("title", f"{d.rule} {d.name}"),
            )
        )
        yield f"::{LEVELS[d.severity]} {props}::{_escape_data(d.message)}\n"
