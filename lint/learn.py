"""What newslint learns from an archive, as mergeable summaries.

Every corpus-level learner (house words, name spellings, recurring
boilerplate lines) counts one document at a time into a summary, and two
summaries add up with ``+``: associative, so an archive split into
partitions, each counted on its own (one process, or a Dask worker), gives
the same summary, and the same words, glossary and pack, as one process
reading it all, as long as the partitions are added in archive order (a
spelling's or a line's first written form is the one kept). A worker holds
one document at a time and its partition's counts, never the archive; each
table of counts is bounded (lint.sketch: exact until it holds 200,000 keys).

    learner = Learner(config)                        # once per process / partition
    summary = learner.summarise(documents)           # a Summary
    total = summary_a + summary_b                    # merged
    total.house_words(learner), total.names_ledger(learner), total.boilerplate(learner)
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from lint.sketch import bounded
from lint.spelling.learn import WordCounts

# A learned line keeps this many example files (distinct names): the pack shows three and "…".
EXAMPLES = 4


@dataclass
class Line:
    """A short line as it recurs across documents."""

    text: str  # its first written form
    count: int = 0  # documents holding it
    paths: list[str] = field(default_factory=list)  # a few of them, distinct file names

    def merged(self, other: "Line") -> "Line":
        paths = list(self.paths)
        for path in other.paths:
            if len(paths) < EXAMPLES and Path(path).name not in {Path(p).name for p in paths}:
                paths.append(path)
        return Line(self.text, self.count + other.count, paths)


@dataclass
class LineCounts:
    """Short lines by key (lint.checks.learned_boilerplate.line_key), counted once per document."""

    documents: int = 0
    lines: dict = field(default_factory=dict)  # key -> Line

    def add(self, doc, max_words: int) -> None:
        from lint.checks.learned_boilerplate import keyed_lines

        self.documents += 1
        for key, indexes in keyed_lines(doc, max_words).items():
            line = self.lines.get(key)
            if line is None:
                line = self.lines[key] = Line(doc.line_text(indexes[0]).strip())
            line.count += 1
            if len(line.paths) < EXAMPLES and Path(doc.path).name not in {Path(p).name for p in line.paths}:
                line.paths.append(doc.path)
        self.lines = _bounded_lines(self.lines)

    def __add__(self, other: "LineCounts") -> "LineCounts":
        lines = dict(self.lines)
        for key, line in other.lines.items():
            lines[key] = lines[key].merged(line) if key in lines else line
        return LineCounts(self.documents + other.documents, _bounded_lines(lines))


def _bounded_lines(lines: dict) -> dict:
    return bounded(lines, lambda line: line.count, lambda line, by: Line(line.text, line.count - by, line.paths))


@dataclass
class NameCounts:
    """The name spellings of the documents counted, each once per document
    (an ``Archive`` of lint.checks.names without the per-document places)."""

    documents: int = 0
    variants: dict = field(default_factory=dict)  # key -> lint.names.groups.Variant

    def add(self, doc, shared) -> None:
        from lint.checks.names import Archive

        self.documents += 1
        self._merge_in(Archive(shared, [shared.names(doc)]).variants)

    def _merge_in(self, variants: dict) -> None:
        for key, variant in variants.items():
            total = self.variants.get(key)
            if total is None:
                self.variants[key] = replace(variant, given=set(variant.given), family=set(variant.family),
                                             context=set(variant.context))
            else:
                total.documents += variant.documents
                total.given |= variant.given
                total.family |= variant.family
                total.context |= variant.context
        self.variants = bounded(self.variants, lambda v: v.documents,
                                lambda v, by: replace(v, documents=v.documents - by))

    def __add__(self, other: "NameCounts") -> "NameCounts":
        merged = NameCounts(self.documents)
        merged._merge_in(self.variants)
        merged._merge_in(other.variants)
        merged.documents += other.documents
        return merged

    def archive(self, shared):
        from lint.checks.names import Archive

        archive = Archive(shared, [])
        archive.variants = self.variants
        return archive


@dataclass
class Summary:
    """Everything learned from some documents; ``a + b`` merges two."""

    words: WordCounts = field(default_factory=WordCounts)
    names: NameCounts = field(default_factory=NameCounts)
    lines: LineCounts = field(default_factory=LineCounts)

    @property
    def documents(self) -> int:
        return self.lines.documents

    def __add__(self, other: "Summary") -> "Summary":
        return Summary(self.words + other.words, self.names + other.names, self.lines + other.lines)

    def house_words(self, learner: "Learner", *, min_documents: int | None = None,
                    min_ratio: float | None = None) -> list:
        """House-word proposals (lint.spelling.learn.Proposal), most used first."""
        from lint.spelling import learn

        return learn.propose(self.words, learner.spelling.suggester,
                             min_documents=min_documents or learn.MIN_DOCUMENTS,
                             min_ratio=learn.MIN_RATIO if min_ratio is None else min_ratio)

    def names_ledger(self, learner: "Learner", *, min_documents: int = 3, min_ratio: float = 3):
        """(entries, undecided) as lint.names.ledger.ledger gives them."""
        from lint.names.ledger import ledger

        return ledger(self.names.archive(learner.names), min_documents=min_documents, min_ratio=min_ratio)

    def boilerplate(self, learner: "Learner", *, min_documents: int | None = None,
                    min_share: float | None = None) -> list[Line]:
        """Lines in enough documents that no phrase rule knows, most frequent first."""
        from lint.checks.learned_boilerplate import min_count

        s = learner.boilerplate_settings
        needed = min_count(self.documents, min_documents or s["min-documents"],
                           s["min-share"] if min_share is None else min_share)
        found = sorted(((key, line) for key, line in self.lines.lines.items() if line.count >= needed),
                       key=lambda item: (-item[1].count, item[0]))
        return [line for _, line in found if not learner.known_leftover(line.text)]


def merge(summaries) -> Summary:
    """The sum of ``summaries`` in the order given (a Dask reduction's aggregate step)."""
    summaries = list(summaries)
    total = summaries[0] if summaries else Summary()
    for summary in summaries[1:]:
        total = total + summary
    return total


class Learner:
    """What the learners of one configuration need, built once per process:
    the spelling check (its word lists), the names analysis, the thresholds.
    ``config`` is what lint.make_linter takes (None, a dict, a path, a Config)."""

    KINDS = ("words", "names", "lines")

    def __init__(self, config=None, kinds=KINDS) -> None:
        from lint.api import make_linter
        from lint.checks.learned_boilerplate import settings

        self.kinds = kinds
        self.config = make_linter(config, select=[]).config
        self.boilerplate_settings = settings(self.config)

    @cached_property
    def spelling(self):
        from lint.engine import Linter

        return Linter(self.config, select=["NL101"]).checks[0]

    @cached_property
    def names(self):
        from lint.checks.names import Shared

        # Names are learned from the copy alone, not from an earlier glossary.
        return Shared(replace(self.config, sections={**self.config.sections, "names": {}}))

    @cached_property
    def known_leftover(self):
        from lint.checks.learned_boilerplate import known_leftovers

        return known_leftovers(self.config)

    def add(self, summary: Summary, doc) -> None:
        if "words" in self.kinds:
            summary.words.add(doc, self.spelling)
        if "names" in self.kinds:
            summary.names.add(doc, self.names)
        summary.lines.add(doc, self.boilerplate_settings["max-words"])  # also counts the documents

    def summarise(self, documents) -> Summary:
        summary = Summary()
        for doc in documents:
            self.add(summary, doc)
        return summary

    def summarise_texts(self, records) -> Summary:
        """The summary of (path, text) records; the path picks the format."""
        from lint.run.files import make_source

        summary = Summary()
        for path, text in records:
            for doc in make_source(path, text, self.config).documents:
                self.add(summary, doc)
        return summary


def write_learned(summary: Summary, learner: Learner, folder, *, source: str = "the archive") -> dict:
    """Write what ``summary`` learned into ``folder`` (house words, a names
    glossary, a boilerplate pack) and return the config that uses them, to
    merge into the config the archive is then checked with. Unreviewed: a
    desk reviews these files before committing them."""
    from lint.checks.learned_boilerplate import min_count
    from lint.boilerplate_pack import render_pack
    from lint.names.ledger import render_ledger

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    words, glossary, pack = folder / "words.txt", folder / "names.toml", folder / "learned.toml"
    words.write_text("".join(f"{p.word}\n" for p in summary.house_words(learner)), encoding="utf-8")
    entries, undecided = summary.names_ledger(learner)
    glossary.write_text(render_ledger(entries, undecided, source=source, total=summary.documents,
                                      min_documents=3), encoding="utf-8")
    s = learner.boilerplate_settings
    thresholds = {k: s[k] for k in ("min-documents", "min-share", "max-words")}
    pack.write_text(render_pack(summary.boilerplate(learner), source=source, total=summary.documents,
                                needed=min_count(summary.documents, s["min-documents"], s["min-share"]),
                                thresholds=thresholds, rule_id="NL390", rule_name="learned-leftover"),
                    encoding="utf-8")
    return {"word-files": [str(words)], "packs": [str(pack)], "names": {"glossary-files": [str(glossary)]}}
