"""The public JSON contract: one array of findings."""
from lint.report import json_array


def chunks(diagnostics, context):
    yield from json_array(d.to_json() for d in diagnostics)
    yield "\n"
