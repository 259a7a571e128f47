"""Invariants of the built-in rule packs (the data), as codespell guards its lists."""
import re

import pytest

from lint.checks.line_match import normalise_line
from lint.rules import builtin_pack_paths, load_pack, load_rules

RULES = load_rules()


def test_ids_and_names_are_unique_and_well_formed():
    ids = [r.id for r in RULES]
    names = [r.name for r in RULES]
    assert len(ids) == len(set(ids))
    assert len(names) == len(set(names))
    for rule in RULES:
        assert re.fullmatch(r"NL\d{3}", rule.id), rule.id
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name), rule.name
        assert rule.description and rule.rationale, f"{rule.id} must document itself"


@pytest.mark.parametrize("rule", [r for r in RULES if r.params.get("phrases")], ids=lambda r: r.id)
def test_phrase_lists_are_sorted_unique_and_not_good_examples(rule):
    phrases = rule.params["phrases"]
    keys = [normalise_line(p) for p in phrases]
    assert len(keys) == len(set(keys)), "duplicate phrase"
    assert phrases == sorted(phrases, key=str.casefold), "keep phrases sorted"
    goods = {normalise_line(line) for ex in rule.examples if ex.good for line in ex.good.splitlines()}
    assert not goods & set(keys)


def test_no_phrase_is_claimed_by_two_rules():
    owner = {}
    for rule in RULES:
        for phrase in rule.params.get("phrases", []):
            key = normalise_line(phrase)
            assert key not in owner, f"{phrase!r} in {owner.get(key)} and {rule.id}"
            owner[key] = rule.id


def test_swaps_change_something_and_are_sorted():
    for rule in RULES:
        swap = rule.params.get("swap", {})
        for wrong, right in swap.items():
            assert wrong.casefold() != right.casefold(), f"{rule.id}: {wrong}"
        assert list(swap) == sorted(swap, key=str.casefold), f"{rule.id}: keep swaps sorted"


def test_every_pack_loads_on_its_own():
    for path in builtin_pack_paths():
        assert load_pack(path)


@pytest.mark.parametrize("rule", [r for r in RULES if r.params.get("requires")], ids=lambda r: r.id)
def test_a_replace_gate_never_hides_a_match(rule):
    """`requires` skips the pattern on a text holding none of its strings: the
    pattern must then find nothing, on random texts of the characters it is about."""
    import random

    import regex

    pattern = regex.compile(rule.params["pattern"], regex.MULTILINE | regex.V1)
    requires = rule.params["requires"]
    bad = "".join(ex.bad or "" for ex in rule.examples)
    assert bad and any(s in bad for s in requires)
    alphabet = sorted(set(bad + "".join(requires) + "aZ1.,-'\"$£€¥₹ \t\n\r\u00a0\u2007\u202f\u200b\u200c\u200d\x07"))
    rnd = random.Random(rule.id)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30)))
        while any(s in text for s in requires):
            for s in requires:
                text = text.replace(s, s[:-1])
        assert not pattern.search(text), (rule.id, text)
