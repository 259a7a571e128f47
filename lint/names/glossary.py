"""The names glossary: a desk's canonical spellings and their known variants.

In config (``[names] glossary``) or in TOML files (``[names] glossary-files``,
each with a ``[glossary]`` table, as ``newslint names learn`` writes them)::

    [glossary]
    Chanegriha = ["Chengriha", "Chanegreha"]   # canonical = [known variants]
    Tebboune = []                              # canonical only

One name word per entry. Matching ignores case.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lint.config import read_toml
from lint.errors import ConfigError

NAME_WORD = "a single name word (no spaces)"


@dataclass
class Glossary:
    canonical: dict[str, str] = field(default_factory=dict)  # casefold -> spelling
    variants: dict[str, str] = field(default_factory=dict)  # casefold variant -> canonical spelling

    def __bool__(self) -> bool:
        return bool(self.canonical)

    def add(self, canonical: str, variants: list, where: str) -> None:
        if not isinstance(canonical, str) or not _is_word(canonical):
            raise ConfigError(f"{where}: glossary entry {canonical!r} must be {NAME_WORD}")
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise ConfigError(f"{where}: glossary entry '{canonical}' must list its variants as strings")
        key = canonical.casefold()
        if key in self.variants:
            raise ConfigError(f"{where}: '{canonical}' is listed both as a canonical spelling "
                              f"and as a variant of '{self.variants[key]}'")
        self.canonical[key] = canonical
        for variant in variants:
            if not _is_word(variant):
                raise ConfigError(f"{where}: glossary variant {variant!r} must be {NAME_WORD}")
            vkey = variant.casefold()
            if vkey == key:
                continue
            if vkey in self.canonical:
                raise ConfigError(f"{where}: '{variant}' is listed both as a canonical spelling "
                                  f"and as a variant of '{canonical}'")
            other = self.variants.get(vkey)
            if other is not None and other != canonical:
                raise ConfigError(f"{where}: variant '{variant}' is listed under both "
                                  f"'{other}' and '{canonical}'")
            self.variants[vkey] = canonical


def _is_word(text: str) -> bool:
    return bool(text.strip()) and not any(c.isspace() for c in text)


def read_glossary_file(path: Path) -> dict:
    data = read_toml(path, "names glossary file")
    unknown = set(data) - {"glossary"}
    if unknown:
        raise ConfigError(f"{path}: unknown top-level key(s): {', '.join(sorted(unknown))} "
                          f"(a names glossary has one [glossary] table)")
    table = data.get("glossary", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'glossary' must be a table")
    return table


def load_glossary(config) -> Glossary:
    """The glossary of ``config``: its glossary files, then its inline entries."""
    section = config.section("names")
    glossary = Glossary()
    where = str(config.path or "config")
    for name in section.get("glossary-files", []):
        if not isinstance(name, str):
            raise ConfigError(f"{where}: 'names.glossary-files' must list file paths")
        path = Path(config.root) / name
        for canonical, variants in read_glossary_file(path).items():
            glossary.add(canonical, variants, str(path))
    for canonical, variants in section.get("glossary", {}).items():
        glossary.add(canonical, variants, f"{where}: names.glossary")
    return glossary
