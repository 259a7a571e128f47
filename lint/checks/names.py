"""names: one person, place or organisation, one spelling per story.

One check type, two parts (the rule's ``part`` param), each a rule of its own.
The "story" part reports a spelling on three kinds of evidence (the
finding's ``evidence`` field):

* glossary: the names glossary lists it as a variant (or it comes close to a
  glossary name) and the glossary's spelling is not in the body;
* story: the body spells the name another way too ("Chengriha"/"Chanegriha");
* corpus: with ``--corpus``, the other documents of the run write it another way.

The "headline" part reports a headline that spells a name unlike the body.
Every slip is reported once: the glossary claims the spellings it knows
first, the story sees only the body, the headline part only the headline,
and the corpus pass skips documents that use both spellings. The analysis of
a document is done once and shared by the rules.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass

from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.document import Document
from lint.errors import ConfigError
from lint.names.glossary import Glossary, load_glossary
from lint.names.groups import (
    Lexicon, Variant, cluster, collect, glossary_canonical, glossary_spelling, may_be_slip, preferred, related,
    slip_into_word, without_headline,
)
from lint.names.mentions import NameWord, mentions
from lint.names.similarity import BlockIndex, restyle
from lint.patterns import match_case

PARTS = ("story", "headline")
# A finding names at most this many other spellings, and this many places of
# each (its message says how many more), so its size never grows with the story.
MAX_VARIANTS = 10
MAX_PLACES = 10


class Shared:
    """What the names rules of one configuration share: dictionary, glossary,
    and the analysis of each document."""

    def __init__(self, config) -> None:
        from lint.spelling.dictionary import get_dictionary

        try:
            self.lexicon = Lexicon(get_dictionary(config.language))
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        self.glossary: Glossary = load_glossary(config)
        self.canonicals = {}
        for key, text in self.glossary.canonical.items():
            facts = self.lexicon.facts(text)
            self.canonicals[key] = Variant(text, key, facts.known, facts.common, facts.familiar,
                                           world=facts.world)
        self.canonical_index = BlockIndex()
        for variant in self.canonicals.values():
            self.canonical_index.add(variant.text)

    def link(self, a: Variant, b: Variant) -> str | None:
        return related(a, b, self.glossary)

    def link_across(self, a: Variant, b: Variant) -> str | None:
        return related(a, b, self.glossary, strict=True)

    def tag(self, variant: Variant) -> str | None:
        spelling = glossary_spelling(variant, self.glossary)
        return spelling.casefold() if spelling else None

    def names(self, doc: Document) -> "StoryNames":
        found = doc.shared.get(self)
        if found is None:
            found = doc.shared[self] = StoryNames(doc, self)
        return found

    def glossary_spelling_for(self, variant: Variant) -> tuple[str, bool] | None:
        """The canonical spelling of a variant the glossary does not list as
        canonical, and whether the glossary names this variant explicitly."""
        if not self.glossary or variant.key in self.glossary.canonical:
            return None
        listed = self.glossary.variants.get(variant.key)
        if listed is not None:
            return listed, True
        for text in sorted(self.canonical_index.candidates(variant.text)):
            canonical = self.canonicals[text.casefold()]
            if related(variant, canonical):
                return canonical.text, False
        return None


# id(config) -> (a weak reference to the config, its Shared); a Shared lives as
# long as its config (a strong reference here kept every config's, one a Dask task).
_SHARED: dict[int, tuple[weakref.ref, Shared]] = {}


def shared_for(config) -> Shared:
    entry = _SHARED.get(id(config))
    if entry is None or entry[0]() is not config:
        entry = _SHARED[id(config)] = (weakref.ref(config), Shared(config))
        weakref.finalize(config, _SHARED.pop, id(config), None)
    return entry[1]


@dataclass
class Claim:
    canonical: str
    explicit: bool  # the glossary lists this spelling as a variant


class StoryNames:
    """The name spellings of one document."""

    def __init__(self, doc: Document, shared: Shared) -> None:
        self.all = collect(mentions(doc), shared.lexicon)
        self.body = without_headline(self.all)
        # Spellings the glossary corrects because its own is not in the body.
        self.claims: dict[str, Claim] = {}
        for variant in self.all.values():
            hit = shared.glossary_spelling_for(variant)
            if hit is not None and hit[0].casefold() not in self.body:
                self.claims[variant.key] = Claim(*hit)
        # Slips of a name the world knows that the story never spells right.
        self.near_misses: dict[str, str] = {}
        for key, variant in self.body.items():
            target = None if key in self.claims else shared.lexicon.slip_of(variant)
            if target is not None and target not in self.body and not all_quoted(doc.text, variant):
                self.near_misses[key] = target

    def unclaimed(self, variants: dict[str, Variant], glossary: Glossary) -> list[Variant]:
        """The variants to group: not claimed by the glossary, and not common
        words (which are never a variant of anything) unless it lists them
        or they may be a slip into a rare word (see slip_into_word)."""
        slips = [v for v in variants.values() if may_be_slip(v)]
        return [v for k, v in variants.items() if k not in self.claims and k not in self.near_misses
                and (not v.common or glossary_spelling(v, glossary)
                     or (slips and any(slip_into_word(s, v) or s is v for s in slips)))]


class Archive:
    """The spellings of many documents, each counted once per document that
    uses it (the glossary's spellings left out: it decides those)."""

    def __init__(self, shared: Shared, stories: list[StoryNames]) -> None:
        self.shared = shared
        self.variants: dict[str, Variant] = {}
        self.where: dict[str, list[int]] = {}  # spelling -> indexes of the documents using it
        for index, names in enumerate(stories):
            for variant in names.unclaimed(names.all, shared.glossary):
                if glossary_spelling(variant, shared.glossary):
                    continue
                total = self.variants.get(variant.key)
                if total is None:
                    self.variants[variant.key] = total = Variant(
                        variant.text, variant.key, variant.known, variant.common,
                        variant.familiar, documents=0, world=variant.world, zipf=variant.zipf)
                total.documents += 1
                total.given |= variant.given
                total.family |= variant.family
                total.surnames |= variant.surnames
                total.context |= variant.context
                self.where.setdefault(variant.key, []).append(index)

    def groups(self) -> list[list[Variant]]:
        """Related spellings, the preferred one first (see preferred): the one
        the world knows, else the one most documents use."""
        out = []
        for group in cluster(self.variants.values(), self.shared.link_across,
                             weight=lambda v: v.documents):
            top = preferred(group, weight=lambda v: v.documents) or group[0]
            out.append([top, *(v for v in group if v is not top)])
        return out

    def is_slip(self, variant: Variant) -> bool:
        """A spelling one slip from a name the world knows (Venezula)."""
        return self.shared.lexicon.slip_of(variant) is not None


class Names(Check):
    PARAMS = {
        "part": (str, "story"),
        "glossary_message": (str, "'{match}' (line {line}): the names glossary spells it '{suggestion}'"),
        "world_message": (str, "'{match}' (line {line}): a slip of '{suggestion}'?"),
        "tie_note": (str, " Neither spelling is more frequent or a known name: check which is right."),
        # A tie the knowledge cannot break: both known, or a rare known name
        # against the spelling of the person's full name (Bramwell/Bramell).
        "known_tie_note": (str, " Frequency and known names do not tell which spelling is right: check it."),
        "corpus_message": (str, "'{match}' is written this way in {count} document(s) of this run, "
                                "'{suggestion}' in {majority}: same name spelled two ways?"),
        "min_documents": (int, 3),  # corpus: the majority spelling is in at least this many documents
        "min_ratio": ((int, float), 3),  # corpus: ... and in this many times as many as the outlier
    }

    def setup(self) -> None:
        if self.params["part"] not in PARTS:
            raise ConfigError(f"{self.rule.pack}: rule {self.rule.id}: param 'part' must be one of "
                              f"{', '.join(PARTS)}")
        shared_for(self.config)  # a broken glossary is a config error before any file is read

    @property
    def shared(self) -> Shared:
        return shared_for(self.config)

    def check(self, doc: Document):
        names = self.shared.names(doc)
        if self.params["part"] == "headline":
            return self._headline(doc, names)
        return [*self._glossary(doc, names), *self._world(doc, names), *self._story(doc, names)]

    # -- one story -------------------------------------------------------------
    def _glossary(self, doc, names: StoryNames):
        for key, claim in names.claims.items():
            variant = names.all[key]
            yield self._report(doc, variant.words, [], claim.canonical,
                               "safe" if claim.explicit else "unsafe", evidence="glossary",
                               template=self.params["glossary_message"])

    def _world(self, doc, names: StoryNames):
        for key, target in names.near_misses.items():
            variant = names.body[key]
            yield self._report(doc, variant.words, [], match_case(variant.text, target), "unsafe",
                               evidence="world", template=self.params["world_message"])

    def _story(self, doc, names: StoryNames):
        shared = self.shared
        for group in cluster(names.unclaimed(names.body, shared.glossary), shared.link, tag=shared.tag):
            canonical, top = glossary_canonical(group, shared.glossary), None
            if canonical is not None:
                target, applicability = canonical, "safe"
                flagged = [v for v in group if v.key != canonical.casefold()]
            else:
                top = preferred(group)
                target, applicability = (top.text, "unsafe") if top else (None, None)
                flagged = [v for v in group if v is not (top or group[0])]
            if top or canonical:
                note = _glossary_note(canonical)
            else:
                note = self.params["known_tie_note" if any(v.renowned for v in group) else "tie_note"]
            for variant in flagged:
                others = [v for v in group if v is not variant]
                yield self._report(doc, variant.words, others, target and restyle(target, variant.text),
                                   applicability, evidence="story", note=note)

    def _headline(self, doc, names: StoryNames):
        shared = self.shared
        for group in cluster(names.unclaimed(names.all, shared.glossary), shared.link, tag=shared.tag):
            in_body = [names.body[v.key] for v in group if v.key in names.body]
            if not in_body:
                continue
            canonical = glossary_canonical(group, shared.glossary)
            if canonical is not None:
                target, applicability = canonical, "safe"
            else:
                top = preferred(in_body)
                if top is None:
                    continue  # the body is split evenly: the story part reports it
                target, applicability = top.text, "unsafe"
            for variant in group:
                words = [w for w in variant.words if w.in_headline]
                if variant.renowned and not any(v.renowned for v in in_body):
                    continue  # the headline has the known name right: the body's slip is reported
                if words and variant.key != target.casefold():
                    others = [v for v in in_body if v.key != variant.key]
                    yield self._report(doc, words, others, target, applicability,
                                       evidence="headline", note=_glossary_note(canonical))

    # -- the documents of one run ------------------------------------------------
    def wants_corpus(self) -> bool:
        return self.params["part"] == "story" and bool(self.config.corpus)

    def check_corpus(self, docs: list[Document]):
        if not self.wants_corpus():
            return
        shared = self.shared
        stories = [shared.names(doc) for doc in docs]
        archive = Archive(shared, stories)
        for group in archive.groups():
            top = group[0]
            if top.documents < self.params["min_documents"]:
                continue
            for variant in group[1:]:
                if top.documents < self.params["min_ratio"] * variant.documents:
                    continue
                for index in archive.where[variant.key]:
                    doc, names = docs[index], stories[index]
                    if top.key not in names.all:  # else the story's own parts report it
                        yield self._report(
                            doc, names.all[variant.key].words, [], top.text, "unsafe",
                            evidence="corpus", template=self.params["corpus_message"],
                            count=variant.documents, majority=top.documents,
                            extra={"counts": {variant.text: variant.documents, top.text: top.documents}},
                        )

    # -- findings ----------------------------------------------------------------
    def _report(self, doc, words: list[NameWord], others: list[Variant], target: str | None,
                applicability: str | None, *, evidence: str, template: str | None = None,
                note: str = "", extra: dict | None = None, **fields):
        first = words[0]
        fix = None
        if target is not None and applicability is not None:
            fix = Fix(applicability, tuple(
                Edit(w.start, w.end, match_case(w.text, target)) for w in words))
        shown = others[:MAX_VARIANTS]
        related_words = [w for v in shown for w in v.words[:MAX_PLACES]]
        extra = {**(extra or {}), "evidence": evidence}
        if related_words:
            extra["related"] = [
                {"text": w.text, **doc.position(w.start).to_json()} for w in related_words
            ]
        spellings = " and ".join(_where(doc, v) for v in shown)
        if len(others) > len(shown):
            more = len(others) - len(shown)
            spellings += f" and {more} other spelling{'s' if more != 1 else ''}"
        values = {
            "match": first.text, "suggestion": target or "", "line": doc.position(first.start).line,
            "others": spellings, "note": note, **fields,
        }
        message = (template or self.rule.message).format_map(values)
        return self.finding(doc, first.start, first.end, message=message,
                            suggestions=[target] if target else [], fix=fix, extra=extra)


QUOTES = "\"“”'‘’"


def all_quoted(text: str, variant: Variant) -> bool:
    """Every occurrence is a quoted title of its own ("Gasland", the film):
    a work is named as its makers spell it."""
    return all(text[w.start - 1:w.start] in QUOTES and text[w.end:w.end + 1] in QUOTES
               for w in variant.words if w.start > 0)


def _where(doc: Document, variant: Variant) -> str:
    lines = sorted({doc.position(w.start).line for w in variant.words})
    label = "line" if len(lines) == 1 else "lines"
    more = f" and {len(lines) - MAX_PLACES} more" if len(lines) > MAX_PLACES else ""
    return f"'{variant.text}' ({label} {', '.join(map(str, lines[:MAX_PLACES]))}{more})"


def _glossary_note(canonical: str | None) -> str:
    return f" The names glossary spells it '{canonical}'." if canonical else ""
