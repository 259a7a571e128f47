"""atheris (libFuzzer) harness: bytes → decode → every format → every check.

    python fuzz/fuzz_checks.py -max_total_time=60 fixtures/crashers-corpus/

Bytes that fail to decode are the InputError path and fine; any other
exception, or a span outside the text, is a crasher (libFuzzer writes it as
crash-<sha1>; keep it in fixtures/crashers/). tests/reliability/test_fuzz.py runs this for
a few seconds in CI.
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["lint"]):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from lint.checks import BUILTIN, check_class
    from lint.config import Config
    from lint.errors import ConfigError, InputError
    from lint.run.files import decode
    from lint.formats import load
    from lint.rules import Rule, load_rules

CONFIG = Config(corpus=True)
EXTENSIONS = (".txt", ".md", ".html", ".jsonl")


def all_checks() -> list:
    checks = [check_class(r.type)(r, CONFIG) for r in load_rules() if r.type != "grammar"]
    for name in BUILTIN:
        if name == "grammar":  # needs a Java server
            continue
        rule = Rule(id="NL999", name=f"fuzz-{name}", category="style", severity="warning",
                    type=name, message="{match}", pack="<fuzz>")
        try:
            checks.append(check_class(name)(rule, CONFIG))
        except ConfigError:
            pass
    return checks


CHECKS = all_checks()


def test_one_input(data: bytes) -> None:
    if not data:
        return
    extension = EXTENSIONS[data[0] % len(EXTENSIONS)]
    try:
        text, _, _ = decode(data[1:], "fuzz" + extension)
    except InputError:
        return
    docs, _ = load("fuzz" + extension, text, config=CONFIG)
    for doc in docs:
        n = len(doc.source)  # positions are the file's, also for a prose view
        for check in CHECKS:
            for d in check.check(doc):
                if not 0 <= d.start.offset <= d.end.offset <= n:
                    raise AssertionError(f"{d.rule}: span {d.start.offset}-{d.end.offset} outside 0-{n}")
                for e in d.fix.edits if d.fix else ():
                    if not 0 <= e.start <= e.end <= len(doc.text):
                        raise AssertionError(f"{d.rule}: edit {e} outside the text")
        for check in CHECKS:
            if check.wants_corpus():
                list(check.check_corpus(docs))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
