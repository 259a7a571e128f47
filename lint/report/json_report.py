"""The public JSON contract: one array of findings."""
import json


def render(diagnostics, context) -> str:
    return json.dumps([d.to_json() for d in diagnostics], ensure_ascii=False, indent=2) + "\n"
