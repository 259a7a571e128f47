"""`newslint rules` lists every rule; `newslint rule ID` explains one."""
from __future__ import annotations

from pathlib import Path

import click

from lint.cli.common import fail
from lint.errors import NewslintError


@click.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text")
def list_rules(config_path, output_format):
    """List every rule: id, name, category, severity, fix."""
    from lint.config import load_config
    from lint.rules import load_rules

    try:
        rules = sorted(load_rules(load_config(Path(config_path) if config_path else None).packs),
                       key=lambda r: r.id)
    except NewslintError as exc:
        fail(str(exc))
    if output_format == "json":
        import json

        click.echo(json.dumps([rule_json(r) for r in rules], indent=2, ensure_ascii=False))
        return
    if output_format == "markdown":
        click.echo(rules_table(rules), nl=False)
        return
    for r in rules:
        default = "" if r.enabled else "  (off by default)"
        click.echo(f"{r.id:<7} {r.name:<32} {r.category:<12} {r.severity:<8} fix: {r.fix}{default}")


def rule_json(r) -> dict:
    return {"id": r.id, "name": r.name, "category": r.category, "severity": r.severity,
            "type": r.type, "fix": r.fix, "enabled": r.enabled,
            "description": r.description, "rationale": r.rationale}


@click.command("rule")
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def explain_rule(rule_id, config_path):
    """Explain one rule (by id or name) with its examples."""
    from lint.config import load_config
    from lint.rules import load_rules

    try:
        rules = load_rules(load_config(Path(config_path) if config_path else None).packs)
    except NewslintError as exc:
        fail(str(exc))
    matches = [r for r in rules if rule_id in (r.id, r.name) or r.id == rule_id.upper()]
    if not matches:
        fail(f"unknown rule '{rule_id}' (see `newslint rules`)")
    click.echo(explain(matches[0]), nl=False)


FIX_TEXT = {
    "safe": "yes, safe: `newslint fix` applies it",
    "unsafe": "yes, unsafe: only `newslint fix --unsafe` applies it; read it first",
    "none": "no: report only",
}


def pack_name(r) -> str:
    """Where the rule is declared: ``rules/NAME.toml`` for a built-in pack."""
    from lint.rules import builtin_rules_dir

    path = Path(r.pack)
    return f"rules/{path.name}" if path.parent == builtin_rules_dir() else str(path)


def explain(r) -> str:
    """The rule's page, in Markdown: `newslint rule ID` prints it and
    docs/rules/ID.md holds it (tools/build_rule_docs.py)."""
    lines = [f"# {r.id} `{r.name}`", "",
             "| category | severity | check type | on by default | fix |",
             "|---|---|---|---|---|",
             f"| {r.category} | {r.severity} | {r.type} | {'yes' if r.enabled else 'no'} | {FIX_TEXT[r.fix]} |", ""]
    if r.kinds:
        kinds = ", ".join(f"`kind:{k}`" for k in r.kinds)
        lines += [f"Its findings are of kind {kinds}: select or ignore them by kind.", ""]
    if r.description:
        lines += ["## What it catches", "", r.description.strip(), ""]
    if r.rationale:
        lines += ["## Why", "", r.rationale.strip(), ""]
    if r.examples:
        lines += ["## Examples", ""]
    for example in r.examples:
        for label, text in (("Bad", example.bad), ("Fixed", example.fixed), ("Good", example.good)):
            if text is not None:
                lines += [f"{label}:", "", "```text", *text.rstrip("\n").split("\n"), "```", ""]
    lines.append(f"Declared in `{pack_name(r)}`.")
    return "\n".join(lines) + "\n"


def rules_table(rules, links: bool = False) -> str:
    """Every rule, one Markdown table row each; with ``links``, each id links
    to its page (docs/rules/index.md)."""
    out = ["| id | name | category | severity | fix | what it catches |", "|---|---|---|---|---|---|"]
    for r in rules:
        off = " (off by default)" if not r.enabled else ""
        text = " ".join(r.description.split()).replace("|", "\\|")
        rule_id = f"[{r.id}]({r.id}.md)" if links else r.id
        out.append(f"| {rule_id} | `{r.name}` | {r.category} | {r.severity}{off} | {r.fix} | {text} |")
    return "\n".join(out) + "\n"
