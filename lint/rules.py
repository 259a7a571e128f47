"""Rule packs: TOML declarations of rules, each bound to a check type."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from lint.config import read_toml
from lint.diagnostics import CATEGORIES, SEVERITIES
from lint.errors import ConfigError

RULE_KEYS = {
    "id", "name", "category", "severity", "type", "message", "description",
    "rationale", "fix", "params", "examples", "enabled", "kind",
}
FIX_KINDS = ("safe", "unsafe", "none")


@dataclass
class Example:
    bad: str | None = None
    good: str | None = None
    fixed: str | None = None


@dataclass
class Rule:
    id: str
    name: str
    category: str
    severity: str
    type: str
    message: str
    pack: str  # path of the pack that declared it
    description: str = ""
    rationale: str = ""
    fix: str = "none"  # what the rule's fixes are, for its documentation
    params: dict = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    enabled: bool = True  # False: only runs when selected explicitly
    # What its findings are ("caption", "byline"): the first is the default,
    # a check may name another of them per finding. Selected with kind:NAME.
    kinds: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return self.kinds[0] if self.kinds else ""

    @property
    def builtin(self) -> bool:
        """Declared by one of newslint's own packs (whose patterns the
        reliability tests prove linear), not by a user's."""
        return Path(self.pack).parent == builtin_rules_dir()


@cache
def builtin_rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise ConfigError(f"built-in rule packs not found next to {here}")


def builtin_pack_paths() -> list[Path]:
    return sorted(builtin_rules_dir().glob("*.toml"))


def load_pack(path: Path) -> list[Rule]:
    """The rules of one pack. A pack is parsed once per process while the
    file is unchanged (the spelling and boilerplate checks read packs too)."""
    try:
        st = os.stat(path)
        version = (st.st_mtime_ns, st.st_size)
    except OSError:
        version = (0, -1)  # read_toml reports the problem
    return list(_parse_pack(str(path), *version))


@lru_cache(maxsize=None)
def _parse_pack(path: str, mtime_ns: int, size: int) -> tuple[Rule, ...]:
    data = read_toml(Path(path), "rule pack")
    unknown = set(data) - {"pack", "rules"}
    if unknown:
        raise ConfigError(f"{path}: unknown top-level key(s): {', '.join(sorted(unknown))}")
    rules = data.get("rules", [])
    if not isinstance(rules, list):
        raise ConfigError(f"{path}: 'rules' must be an array of tables ([[rules]])")
    return tuple(_parse_rule(Path(path), i, raw) for i, raw in enumerate(rules))


def _parse_rule(path: Path, index: int, raw: dict) -> Rule:
    where = f"{path}: rules[{index}]"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a table")
    if "id" in raw:
        where = f"{path}: rule {raw['id']}"
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s): {', '.join(sorted(unknown))}")
    for key in ("id", "name", "category", "severity", "type", "message"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise ConfigError(f"{where}: '{key}' is required and must be a string")
    if raw["category"] not in CATEGORIES:
        raise ConfigError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
    if raw["severity"] not in SEVERITIES:
        raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    if raw.get("fix", "none") not in FIX_KINDS:
        raise ConfigError(f"{where}: fix must be one of {', '.join(FIX_KINDS)}")
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise ConfigError(f"{where}: 'params' must be a table")
    kinds = raw.get("kind", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if not isinstance(kinds, list) or not all(isinstance(k, str) and k for k in kinds):
        raise ConfigError(f"{where}: 'kind' must be a string or a list of strings")
    examples = []
    for ex in raw.get("examples", []):
        if not isinstance(ex, dict) or set(ex) - {"bad", "good", "fixed"}:
            raise ConfigError(f"{where}: each example takes only 'bad', 'good' and 'fixed'")
        examples.append(Example(**ex))
    return Rule(
        id=raw["id"], name=raw["name"], category=raw["category"],
        severity=raw["severity"], type=raw["type"], message=raw["message"],
        pack=str(path), description=raw.get("description", ""),
        rationale=raw.get("rationale", ""), fix=raw.get("fix", "none"),
        params=params, examples=examples, enabled=raw.get("enabled", True),
        kinds=tuple(kinds),
    )


def load_rules(extra_packs: list[Path] = ()) -> list[Rule]:
    """The built-in rules followed by those of the extra packs."""
    rules: list[Rule] = []
    for path in [*builtin_pack_paths(), *extra_packs]:
        rules.extend(load_pack(path))
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.id, rule.name):
            if key in seen and seen[key] is not rule:
                raise ConfigError(
                    f"{rule.pack}: rule {rule.id} reuses '{key}', "
                    f"already declared by {seen[key].id} in {seen[key].pack}"
                )
            seen[key] = rule
    return rules
