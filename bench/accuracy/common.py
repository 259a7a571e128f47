"""Shared helpers of the accuracy benchmarks: reading a corpus of articles,
injecting reproducible typos, running newslint and comparing texts.

The corpus is any folder of .txt files (searched recursively); by default
``../shared/corpus`` beside the repository. Files named KNOWN_TYPOS.tsv in it
(``wrong<TAB>right`` lines, # comments) list genuine typos of the clean text:
a tool that flags them is right.
"""
from __future__ import annotations

import difflib
import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

# QWERTY rows: neighbouring keys for substitution and insertion slips.
_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _neighbours() -> dict[str, str]:
    out = {}
    for r, row in enumerate(_ROWS):
        for i, c in enumerate(row):
            near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for other in (r - 1, r + 1):
                if 0 <= other < len(_ROWS):
                    near += [_ROWS[other][j] for j in (i - 1, i, i + 1) if 0 <= j < len(_ROWS[other])]
            out[c] = "".join(sorted(set(near)))
    return out


NEIGHBOURS = _neighbours()
SLIPS = ("drop", "double", "swap", "near-key", "extra-key")
# An ordinary lower-case word: letters only, not glued to an apostrophe,
# hyphen, digit, @, slash or dot-letter (domains).
ORDINARY = re.compile(r"(?<![\w'’@/.-])[a-z]{3,}(?![\w'’@/-])(?!\.\w)")


@dataclass
class Article:
    name: str  # path relative to the corpus folder
    text: str


@dataclass
class Injected:
    name: str
    start: int  # offset of the typo in the corrupted text
    typo: str
    original: str
    slip: str

    @property
    def end(self) -> int:
        return self.start + len(self.typo)


def read_articles(folder: Path, limit: int | None = None) -> list[Article]:
    paths = sorted(p for p in Path(folder).rglob("*.txt") if p.is_file())
    if limit:
        paths = paths[:limit]
    return [Article(p.relative_to(folder).as_posix(), p.read_text(encoding="utf-8")) for p in paths]


def read_known_typos(folder: Path, *extra: Path) -> set[str]:
    """Genuine typos of the clean text (KNOWN_TYPOS.tsv files in ``folder``
    and the extra lists given)."""
    words = set()
    for path in [*Path(folder).rglob("KNOWN_TYPOS.tsv"), *extra]:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.split("\t")[0].strip())
    return words


def word_count(text: str) -> int:
    return len(text.split())


def make_slip(word: str, slip: str, rng: random.Random) -> str:
    """One keystroke error of ``slip`` kind in ``word`` (may return ``word``)."""
    i = rng.randrange(len(word))
    if slip == "drop":
        return word[:i] + word[i + 1:]
    if slip == "double":
        return word[:i] + word[i] + word[i:]
    if slip == "swap":
        i = min(i, len(word) - 2)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if slip == "near-key":
        return word[:i] + rng.choice(NEIGHBOURS[word[i]]) + word[i + 1:]
    if slip == "extra-key":  # a neighbouring key struck with the right one
        extra = rng.choice(NEIGHBOURS[word[i]])
        return word[:i] + (extra + word[i] if rng.random() < 0.5 else word[i] + extra) + word[i + 1:]
    raise ValueError(slip)


def inject(article: Article, is_word, rng: random.Random, per_words: int = 150) -> tuple[str, list[Injected]]:
    """The article with about one keystroke typo per ``per_words`` words, each
    in an ordinary lower-case word and only where the result is not a word
    (``is_word``); and where they are."""
    text = article.text
    spots = list(ORDINARY.finditer(text))
    wanted = max(1, round(word_count(text) / per_words))
    rng.shuffle(spots)
    chosen = []
    for m in spots:
        if len(chosen) == wanted:
            break
        word = m.group()
        for _ in range(10):
            slip = rng.choice(SLIPS)
            typo = make_slip(word, slip, rng)
            if typo != word and len(typo) >= 3 and not is_word(typo):
                chosen.append((m.start(), m.end(), typo, word, slip))
                break
    chosen.sort()
    out, position, shift, injected = [], 0, 0, []
    for start, end, typo, word, slip in chosen:
        out.append(text[position:start])
        out.append(typo)
        injected.append(Injected(article.name, start + shift, typo, word, slip))
        shift += len(typo) - len(word)
        position = end
    out.append(text[position:])
    return "".join(out), injected


def newslint(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run this checkout's newslint CLI."""
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, env=_env())


def _env() -> dict:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def newslint_findings(paths: list[str], select: str, config: Path) -> list[dict]:
    result = newslint("check", "--format", "json", "--exit-zero", "--config", str(config),
                      "--select", select, *paths)
    if result.returncode not in (0, 1):
        raise SystemExit(f"newslint check failed: {result.stderr}")
    return json.loads(result.stdout or "[]")


def word_changes(clean: str, changed: str) -> list[tuple[int, str, str]]:
    """Whitespace-separated words of ``clean`` that ``changed`` does not keep:
    (index of the clean word, clean word, what stands there instead)."""
    a, b = clean.split(), changed.split()
    out = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        replacement = " ".join(b[j1:j2])
        for i in range(i1, i2):
            out.append((i, a[i], replacement))
    return out


def word_index(text: str, offset: int) -> int:
    """Index of the whitespace-separated word of ``text`` holding ``offset``."""
    return len(text[:offset].split()) - (0 if offset == 0 or text[offset - 1].isspace() else 1)
