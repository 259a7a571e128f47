"""The public JSON contract: one array of findings."""
from lint.report import each_finding, json_array


def chunks(files, context):
    yield from json_array(d.to_json() for d in each_finding(files))
    yield "\n"
