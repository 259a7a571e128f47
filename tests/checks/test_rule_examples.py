"""Every rule's [[examples]] run here: no rule exists without a test."""
import pytest

from lint.config import Config
from lint.document import Document
from lint.engine import Linter
from lint.fix import fix_document
from lint.rules import load_rules

RULES = load_rules()
CASES = [(r, i, ex) for r in RULES for i, ex in enumerate(r.examples)]


def only(rule):
    return Linter(Config(), select=[rule.id])


@pytest.mark.parametrize("rule,index,example", CASES, ids=[f"{r.id}-{i}" for r, i, _ in CASES])
def test_example(rule, index, example, request):
    if rule.type == "grammar":
        request.getfixturevalue("languagetool_url")  # a real server; skips only outside CI
    linter = only(rule)
    if example.bad is not None:
        found, problems = linter.check(Document(example.bad, "bad.txt"))
        assert not problems
        assert any(d.rule == rule.id for d in found), f"{rule.id} missed its bad example"
        if example.fixed is not None:
            result = fix_document(linter, Document(example.bad, "bad.txt"),
                                  lambda text: Document(text, "bad.txt"), unsafe=True)
            assert result.text == example.fixed
    if example.good is not None:
        found, _ = linter.check(Document(example.good, "good.txt"))
        assert [d for d in found if d.rule == rule.id] == [], f"{rule.id} flagged its good example"


def test_every_rule_has_a_bad_and_a_good_example():
    for rule in RULES:
        assert any(e.bad for e in rule.examples), rule.id
        assert any(e.good for e in rule.examples), rule.id
