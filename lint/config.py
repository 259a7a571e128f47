"""Configuration: ``[tool.newslint]`` in pyproject.toml, or newslint.toml.

The file is found by walking up from the checked path. Every key is known;
an unknown key or a wrong type is a ConfigError naming the file and key.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import rtoml

from lint.diagnostics import SEVERITIES
from lint.errors import ConfigError

CONFIG_FILES = ("newslint.toml", ".newslint.toml", "pyproject.toml")

# key -> expected type; the setting names are those users write (kebab-case).
TOP_LEVEL = {
    "select": list, "ignore": list, "extend-select": list,
    "per-file-ignores": dict, "severity": dict, "fail-on": str,
    "packs": list, "words": list, "word-files": list,
    "include": list, "exclude": list, "language": str, "max-file-size-mb": (int, float),
}
# Settings of one check family: [tool.newslint.SECTION]; section -> key -> type.
SECTIONS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "spelling": {"dialect": str, "min-length": int},
    "names": {"glossary": dict, "glossary-files": list, "corpus": bool},
    "boilerplate": {"min-documents": int, "min-share": (int, float), "max-words": int, "min-repeats": int},
    "typography": {"date-style": str, "quotes": str, "dialect": str, "headline-case": str},
    "grammar": {
        "engine": str, "server": str, "enable": list, "disable": list,
        "enabled-categories": list, "disabled-categories": list, "picky": bool,
        "language": str, "timeout": (int, float),
    },
    "formats": {"jsonl-fields": list, "whole-page": bool},
    "cache": {"dir": str, "enabled": bool},
}
DEFAULT_INCLUDE = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.jsonl"]
DEFAULT_EXCLUDE = [".git/", ".hg/", ".svn/", "node_modules/", ".venv/", "venv/",
                   "__pycache__/", ".tox/", ".newslint_cache/"]


@dataclass
class Config:
    path: Path | None = None  # the file it came from, if any
    root: Path = field(default_factory=Path.cwd)  # relative paths resolve here
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "info"
    packs: list[Path] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    word_files: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    language: str = "en-US"
    sections: dict[str, dict] = field(default_factory=dict)
    corpus: bool = False  # compare the documents of one run (set by --corpus)
    whole_page: bool = False  # HTML: check the whole page, not its story (set by --whole-page)
    # Larger files are refused with one line: memory grows with a file's size.
    max_file_size_mb: float = 25

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_size_mb * 2**20)

    def section(self, name: str) -> dict:
        return self.sections.get(name, {})

    def house_words(self) -> set[str]:
        """Words from ``words`` and every word file (one a line, # comments)."""
        words = set(self.words)
        for path in self.word_files:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read word file: {exc}") from None
            for line in text.splitlines():
                word = line.split("#", 1)[0].strip()
                if word:
                    words.add(word)
        return words


def find_config_file(start: Path) -> Path | None:
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name != "pyproject.toml" or _has_tool_section(candidate):
                    return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "newslint" in read_toml(path).get("tool", {})
    except ConfigError:
        return False


TOMLError = rtoml.TomlParsingError


def parse_toml(text: str) -> dict:
    """TOML text's data, by rtoml (1 ms for the rule packs where tomllib takes
    8 ms). A lone surrogate, which only an API caller's str can hold and Rust
    cannot take, is read as "?"; raises TOMLError."""
    return rtoml.loads(text.encode("utf-8", "replace").decode("utf-8"))


def read_toml(path: Path, what: str = "config") -> dict:
    """A TOML file's data; any failure is one ConfigError naming the file."""
    try:
        return parse_toml(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: {what} not found") from None
    except TOMLError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read {what}: {exc}") from None


def load_config(path: Path | None = None, *, search_from: Path | None = None) -> Config:
    """Load ``path``, or the config found above ``search_from``, or defaults."""
    if path is None:
        path = find_config_file(search_from or Path.cwd())
        if path is None:
            return Config()
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    data = read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("newslint", {})
    return parse_config(data, path)


def parse_config(data: dict, path: Path | None = None) -> Config:
    where = str(path) if path else "config"
    root = path.resolve().parent if path else Path.cwd()
    config = Config(path=path, root=root)
    for key, value in data.items():
        if key in SECTIONS:
            config.sections[key] = _parse_section(where, key, value)
            continue
        if key not in TOP_LEVEL:
            raise ConfigError(f"{where}: unknown key '{key}'")
        if not isinstance(value, TOP_LEVEL[key]):
            raise ConfigError(
                f"{where}: '{key}' must be a {_type_name(TOP_LEVEL[key])}, not {type(value).__name__}"
            )
        attribute = key.replace("-", "_")
        if key in ("packs", "word-files"):
            value = [root / p for p in value]
        setattr(config, attribute, value)
    if config.fail_on not in SEVERITIES:
        raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(SEVERITIES)}")
    for rule, severity in config.severity.items():
        if severity not in SEVERITIES:
            raise ConfigError(f"{where}: severity for '{rule}' must be one of {', '.join(SEVERITIES)}")
    for pattern, rules in config.per_file_ignores.items():
        if not isinstance(rules, list):
            raise ConfigError(f"{where}: per-file-ignores '{pattern}' must be a list of rules")
    return config


def _type_name(kind) -> str:
    return " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__


def _parse_section(where: str, name: str, value: object) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: '{name}' must be a table")
    known = SECTIONS[name]
    for key, item in value.items():
        if key not in known:
            raise ConfigError(f"{where}: unknown key '{name}.{key}'")
        if not isinstance(item, known[key]):
            raise ConfigError(f"{where}: '{name}.{key}' has the wrong type ({type(item).__name__})")
    return dict(value)
