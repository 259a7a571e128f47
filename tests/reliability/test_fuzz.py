"""Fuzzing with a time budget: the document model, every format reader and
every check type (built in or from an entry point) on generated text. Any
exception is a bug; so is a span or an edit outside the text.

The budget is NEWSLINT_FUZZ_SECONDS (default 36) split over the targets; the
examples tried are printed and recorded as test properties. A failing input is
saved (path in the failure message); keep it in fixtures/crashers/, where
``test_crashers_stay_fixed`` runs every file on every check type for good.
An atheris (libFuzzer) harness is in fuzz/; ``test_atheris_harness_runs``
runs it for NEWSLINT_ATHERIS_SECONDS (default 10).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.checks import BUILTIN, ENTRY_POINT_GROUP, check_class
from lint.config import Config
from lint.document import Document
from lint.errors import ConfigError
from lint.formats import load
from lint.rules import Rule, load_rules

ROOT = Path(__file__).resolve().parents[2]
CRASHERS = ROOT / "fixtures" / "crashers"
BUDGET = float(os.environ.get("NEWSLINT_FUZZ_SECONDS", "36"))
CRASH_DIR = Path(os.environ.get("NEWSLINT_CRASH_DIR", tempfile.gettempdir())) / "newslint-crashers"
# Calls of one hypothesis run; the budget loop repeats runs with new seeds.
RUN = settings(max_examples=25, deadline=None, database=None,
               suppress_health_check=list(HealthCheck))
EXTENSIONS = [".txt", ".md", ".html", ".jsonl"]
# Needs a Java server: fuzzed by its own tests, not here.
EXTERNAL_TYPES = {"grammar"}


def check_types() -> list[str]:
    from importlib.metadata import entry_points

    names = set(BUILTIN) | {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}
    return sorted(names - EXTERNAL_TYPES)


def build_checks(config: Config) -> dict[str, list]:
    """Every check type with each pack rule that uses it, plus the type with
    its default params when those are valid."""
    checks: dict[str, list] = {name: [] for name in check_types()}
    for rule in load_rules():
        if rule.type in checks:
            checks[rule.type].append(check_class(rule.type)(rule, config))
    for name in checks:
        rule = Rule(id="NL999", name=f"fuzz-{name}", category="style", severity="warning",
                    type=name, message="{match}", pack="<fuzz>")
        try:
            checks[name].append(check_class(name)(rule, config))
        except ConfigError:
            pass  # the type needs params; its pack rules cover it
    return checks


CONFIG = Config(corpus=True)
CHECKS = build_checks(CONFIG)

# Text that looks like news copy and its damage, or like nothing at all.
PIECES = [
    "The", "minister", "said", "Gen.", "Chanegriha", "Chengriha", "U.S.", "teh", "the the",
    "Advertisements", "Exit mobile version", "(Reuters)", "Photo: AFP", "Share this:",
    "3.5%", "10 per cent", "1,000", "1000", "$ 5", "£5m", "2019", "Jan. 5", "5 January",
    "“", "”", "‘", "’", "\"", "'", "«", "»", "—", "–", "-", "...", "…", ".", ",", "?", "!",
    "\u00a0", "\u200b", "\u200f", "\ufeff", "\t", " ", "  ", "\n", "\r\n", "\r", "\n\n",
    "é", "e\u0301", "\u0301", "ﬁ", "İ", "ß", "שלום", "مرحبا", "\u202e", "😀", "👩‍👩‍👧", "𝔸", "\U0010ffff",
    "Itâ€™s", "cafÃ©", "&amp;", "&nbsp;", "<p>", "</div>", "<script>x</script>", "<!--", "-->",
    "# ", "## Title", "* ", "- ", "> ", "```", "`", "[link](http://x.y)", "![img](a.png)",
    "---", "title: x", "[^1]", "{", "}", "[", "]", ":", "\"text\"", "{\"text\": \"a\"}", "null",
    "http://example.com/a?b=c", "www.bbc.co.uk", "a@b.co", "@handle", "#tag", "colour", "color",
]
pieces_text = st.lists(st.sampled_from(PIECES), max_size=60).map(
    lambda parts: "".join(p if p in " \n\r\t" else p + " " for p in parts)
)
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
jsonl_text = st.lists(
    st.fixed_dictionaries({"text": pieces_text, "title": st.sampled_from(PIECES)}), max_size=4
).map(lambda records: "\n".join(__import__("json").dumps(r, ensure_ascii=False) for r in records))
texts = st.one_of(pieces_text, any_text, jsonl_text)

STATS: dict[str, int] = {}


def save_crasher(text: str, extension: str) -> Path:
    CRASH_DIR.mkdir(parents=True, exist_ok=True)
    path = CRASH_DIR / (hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12] + extension)
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


def documents_of(text: str, extension: str) -> list[Document]:
    docs, problems = load("fuzz" + extension, text, config=CONFIG)
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    return docs


def assert_model_sound(doc: Document) -> None:
    text = doc.text
    n = len(text)
    lines = doc.lines
    assert lines[0].start == 0 and lines[-1].end == n
    for a, b in zip(lines, lines[1:]):
        assert a.start <= a.end < b.start and text[a.end : b.start] in ("\n", "\r\n", "\r")
    for spans in (doc.paragraphs, doc.sentences):
        for a, b in zip(spans, spans[1:]):
            assert a.end <= b.start
        assert all(0 <= s.start <= s.end <= n for s in spans)
    previous = 0
    for token in doc.tokens:
        assert previous <= token.start < token.end <= n and text[token.start : token.end] == token.text
        previous = token.end
    if doc.headline is not None:
        assert doc.headline in doc.paragraphs
    for offset in sorted({0, n // 3, n // 2, n}):
        position = doc.position(offset)
        assert position.line >= 1 and position.column >= 1
        if doc.source_map is None:
            assert position.offset == offset
            assert doc.line_starts[position.line - 1] + position.column - 1 == offset
        else:  # a prose view: positions are the source file's
            assert 0 <= position.offset <= len(doc.source)


def assert_findings_sound(found, doc: Document) -> None:
    n = len(doc.text)
    for d in found:
        # Positions are the file's (a prose view maps them back); edits are the view's.
        assert 0 <= d.start.offset <= d.end.offset <= len(doc.source), d
        if doc.source_map is None:
            assert d.start == doc.position(d.start.offset) and d.end == doc.position(d.end.offset)
        assert isinstance(d.message, str) and d.message
        if d.fix is not None:
            spans = sorted((e.start, e.end) for e in d.fix.edits)
            assert all(0 <= s <= e <= n for s, e in spans), d.fix
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), d.fix


def fuzz_target(target):
    """Run the hypothesis test ``target`` again and again until its share of
    the budget is spent; returns how many examples it tried."""
    share = BUDGET / 3
    deadline = time.monotonic() + share
    key = target.__name__
    STATS[key] = 0
    while True:
        target()
        if time.monotonic() >= deadline:
            return STATS[key]


def counted(name: str) -> None:
    STATS[name] = STATS.get(name, 0) + 1


@RUN
@given(text=texts, extension=st.sampled_from(EXTENSIONS))
def model_once(text, extension):
    counted("model_once")
    try:
        for doc in documents_of(text, extension):
            assert_model_sound(doc)
    except BaseException:
        print(f"crasher saved: {save_crasher(text, extension)}")
        raise


@RUN
@given(text=texts, extension=st.sampled_from(EXTENSIONS))
def checks_once(text, extension):
    counted("checks_once")
    try:
        for doc in documents_of(text, extension):
            for checks in CHECKS.values():
                for check in checks:
                    assert_findings_sound(list(check.check(doc)), doc)
    except BaseException:
        print(f"crasher saved: {save_crasher(text, extension)}")
        raise


@RUN
@given(corpus=st.lists(pieces_text, min_size=1, max_size=4))
def corpus_once(corpus):
    counted("corpus_once")
    docs = [Document(text, f"story{i}.txt") for i, text in enumerate(corpus)]
    by_path = {doc.path: doc for doc in docs}
    for checks in CHECKS.values():
        for check in checks:
            if check.wants_corpus():
                for d in check.check_corpus(docs):
                    assert_findings_sound([d], by_path[d.path])


def test_every_check_type_is_fuzzed():
    missing = [name for name, checks in CHECKS.items() if not checks]
    assert not missing, f"check types with no usable rule to fuzz: {missing}"


@pytest.mark.parametrize("target", [model_once, checks_once, corpus_once], ids=lambda t: t.__name__)
def test_fuzz(target, record_property):
    started = time.monotonic()
    tried = fuzz_target(target)
    seconds = time.monotonic() - started
    record_property("examples", tried)
    record_property("seconds", round(seconds, 1))
    print(f"\nfuzz {target.__name__}: {tried} inputs in {seconds:.1f} s")
    assert tried > 0


def crasher_files() -> list[Path]:
    return sorted(p for p in CRASHERS.glob("*") if p.is_file() and p.name != "README.md")


@pytest.mark.parametrize("path", crasher_files(), ids=lambda p: p.name)
def test_crashers_stay_fixed(path):
    from lint.run.files import decode

    text, _, _ = decode(path.read_bytes(), path.name)
    for doc in documents_of(text, path.suffix):
        assert_model_sound(doc)
        for checks in CHECKS.values():
            for check in checks:
                assert_findings_sound(list(check.check(doc)), doc)


def test_crasher_folder_is_not_empty():
    # The regression fixtures are part of the contract; losing them must show.
    assert crasher_files()


def test_atheris_harness_runs():
    try:
        import atheris  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("atheris is a test dependency and must be installed in CI")
        pytest.skip("atheris not installed (pip install atheris)")
    seconds = int(os.environ.get("NEWSLINT_ATHERIS_SECONDS", "10"))
    with tempfile.TemporaryDirectory() as artifacts, tempfile.TemporaryDirectory() as corpus:
        for seed in crasher_files():  # seeds; libFuzzer adds to this folder, so a copy
            shutil.copy(seed, corpus)
        run = subprocess.run(
            [sys.executable, str(ROOT / "fuzz" / "fuzz_checks.py"), f"-max_total_time={seconds}",
             "-rss_limit_mb=3072", "-timeout=20", f"-artifact_prefix={artifacts}/",
             corpus],
            cwd=ROOT, capture_output=True, text=True, timeout=seconds + 120,
        )
        found = os.listdir(artifacts)
    tail = run.stderr[-3000:]
    assert run.returncode == 0 and not found, f"atheris found a crasher ({found}):\n{tail}"
    runs = [line for line in run.stderr.splitlines() if "Done " in line]
    print("\n" + (runs[-1] if runs else tail))
