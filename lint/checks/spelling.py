"""spelling: words that are not words of the language, with ranked corrections.

Only words that read as common words are checked. Skipped as name-like:
capitalised words inside a sentence, all-caps and mixed-case words (NATO,
iPod, McDonald), tokens with digits, URLs, e-mail addresses, @handles,
#hashtags, pieces of domain names and file paths. A capitalised word that
opens a sentence (and is not followed by another capitalised word) or stands
in a title-case headline is checked only when the document never capitalises
it mid-sentence and a common word lies one slip away ("Strengtens" →
"Strengthens"), so an unknown surname opening a sentence stays quiet. A
word followed by [sic] is never flagged, nor a commenter's handle signing a
comment ("ilse says:") nor a word damaged by mojibake (NL410's), nor a word in
a passage spelt its own way (a parody, dialect, another language: many of
the words around it are unknown too; ``_own_way``).

A word spelt the same way twice in one document is taken as meant, and so
are closed compounds of known words ("showbusiness") unless a single slip
explains them better ("airlien"). Nothing is reported when no correction lies
within two slips: such words are jargon or names, not keystroke typos.

The fix is safe only when the ranker's confidence that the first candidate
is the word meant (lint/spelling/suggest.py, ``Ranker.confidence``) is at
least ``safe_confidence`` (or ``settled_confidence`` when it is the one
cheap slip and the ranker rules out every close rival, or when the words
around prefer it to every rival by ``context_lead``; or ``keyboard_confidence``
when it is one slip of the fingers with no close rival), that word is at least ``min_safe_zipf`` common
and at most ``max_safe_cost`` away, and the slip is lower-case; inside a direct quotation the confidence must
reach ``quoted_safe_confidence`` (``quoted_settled_confidence`` for a settled
slip), as a quotation may keep its speaker's or writer's spelling. Otherwise the fix is unsafe. Lower-case words of the
known-misspellings pack are left to that pack.
"""
from __future__ import annotations

import bisect
from collections import Counter
from functools import cached_property
from itertools import compress, takewhile
from operator import itemgetter

import regex

from lint import pattern_store
from lint.spelling import plausible, suggest
from lint.checks.base import Check
from lint.checks.mojibake import MAYBE_MOJIBAKE
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError
from lint.patterns import match_case
from lint.signature import signature

SIC_MARK = pattern_store.compile(r"[\[(]sic[\])]", regex.IGNORECASE)
SPACE = pattern_store.compile(r"\s")
# Characters that, touching a word, make it part of a path, markup or code.
GLUE = set("/\\_@&=#<>{}|~^*+%$0123456789]\ufffd")  # "[A]ssuming": an editor's bracket
POSSESSIVE = pattern_store.compile(r"['’]s?$|['’](?:ll|re|ve|d|m|t)$")
# An apostrophe an encoding lost to "?" ("wasn?t", "it?s").
LOST_APOSTROPHE = pattern_store.compile(r"\?(?:t|s|ll|re|ve|d|m)(?![^\W\d_])", regex.IGNORECASE)
THRICE = pattern_store.compile(r"(\p{L})\1\1")
CONTRACTION = pattern_store.compile(r"['’](ll|re|ve|d|m|t)(?![^\W\d_])")
OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
# A capitalised word opening a sentence is a typo only one slip from a word this common.
CAPITAL_MIN_ZIPF = 3.0
MAX_LENGTH = 40  # longer letter runs are not prose words (and would be slow to correct)
# A passage spelt its own way (a parody, dialect, slang, gibberish, another language): of the lower-case
# words within OWN_WAY_WINDOW words of a flag, in its paragraph, at least OWN_WAY_WORDS others and
# OWN_WAY_SHARE of them are unknown. Slips run about one in a hundred or more words, even in a hasty comment.
OWN_WAY_WINDOW = 60
OWN_WAY_WORDS = 4
OWN_WAY_SHARE = 0.10
_TEXT = itemgetter(0)  # a token's text


class Spelling(Check):
    PARAMS = {
        "safe_confidence": (float, 0.97),  # the ranker's confidence a safe fix needs (suggest.Ranker)...
        "quoted_safe_confidence": (float, 0.99),  # ...and inside a direct quotation, this;
        "settled_confidence": (float, 0.9),  # ...or this, when it is the one cheap slip or the words settle it
        "quoted_settled_confidence": (float, 0.95),  # ...and that inside a direct quotation
        "keyboard_confidence": (float, 0.85),  # ...or this, when it is one slip of the fingers (suggest.keyboard_slip)
        "quoted_keyboard_confidence": (float, 0.92),  # ...and that inside a direct quotation
        "keyboard_rival_cost": (float, 0.5),  # ...and no rival at most this much dearer holds rival_belief
        "context_lead": (float, 0.5),  # fit (log10) by which the words around must prefer it to every rival
        "close_cost": (float, 1.0),  # rivals this close in slip cost...
        "rival_belief": (float, 0.02),  # ...must have less than this share of the ranker's belief
        "min_safe_zipf": (float, 3.0),  # ...into a word at least this common
        "max_safe_cost": (float, 1.5),  # ...at most this slip cost away (one slip or two cheap ones)
        "defer_to_pack": (str, "misspellings.toml"),  # built-in pack whose words we leave alone
        "slips_only": (bool, True),  # flag only likely slips (lint/spelling/plausible.py)
    }

    def setup(self) -> None:
        from lint.spelling.dictionary import DIALECTS

        section = self.config.section("spelling")
        self.dialect = section.get("dialect", "en")
        self.min_length = section.get("min-length", 3)
        if self.dialect.replace("_", "-").lower() not in {d.lower() for d in DIALECTS}:
            raise ConfigError(f"spelling.dialect must be one of {', '.join(DIALECTS)}, not {self.dialect!r}")
        self.house = self.config.house_words()
        self.house_folded = {w.casefold() for w in self.house if w.islower()}
        self._suspects_by_text: dict[str, tuple] = {}  # see _suspects; most tokens recur in a run

    @cached_property
    def dictionary(self):
        from lint.spelling.dictionary import get_dictionary

        return get_dictionary(self.dialect)

    @cached_property
    def suggester(self):
        return suggest.Suggester(self.dictionary, self.house)

    @cached_property
    def deferred(self) -> set[str]:
        """Lower-case words the known-misspellings pack corrects ("recieve")."""
        name = self.params["defer_to_pack"]
        if not name:
            return set()
        from lint.rules import builtin_rules_dir, load_pack

        path = builtin_rules_dir() / name
        if not path.is_file():
            return set()
        return {w for r in load_pack(path) for w in r.params.get("swap", {})}

    # -- which words to check ----------------------------------------------
    def _accepted(self, word: str) -> bool:
        return (word in self.house or word.casefold() in self.house_folded
                or self.dictionary.known(word))

    def suspects(self, token_text: str) -> tuple[tuple[int, str, bool], ...]:
        """The parts of ``token_text`` the word lists do not clear (see _suspects)."""
        found = self._suspects_by_text.get(token_text)
        return self._suspects(token_text) if found is None else found

    def _suspects(self, token_text: str) -> tuple[tuple[int, str, bool], ...]:
        """(offset in the token, word, capitalised?) of each hyphen-separated
        part of ``token_text`` that its shape and the word lists do not clear.
        It depends on the text alone, so ``check`` keeps it for the run: most
        tokens recur, and most have none."""
        suspects, offset = [], 0
        for part in token_text.split("-"):
            start, offset = offset, offset + len(part) + 1
            word = POSSESSIVE.sub("", part) if "'" in part or "’" in part else part  # most have no apostrophe
            if not self.min_length <= len(word) <= MAX_LENGTH or not word.isalpha():
                continue
            if part != token_text and part.lower() in suggest.PREFIXES:
                continue  # "neo-classical", "eco-friendly"
            if word.isupper() or not word[1:].islower():
                continue  # acronym or mixed case: a name
            if not (self._accepted(part) or (word != part and self._accepted(word)) or word in self.deferred):
                suspects.append((start, word, word[0].isupper()))
        found = self._suspects_by_text[token_text] = tuple(suspects)
        return found

    def check(self, doc):
        context = SpellingContext(doc)
        words = doc.words
        text = doc.text
        sic = None  # found when a token first needs it: most documents have no suspect left by then
        known = self._suspects_by_text
        texts = list(map(_TEXT, words))
        for unseen in set(texts).difference(known):
            self._suspects(unseen)
        # Set and map work in C: the Python loop visits only the few tokens with suspects.
        for index in compress(range(len(words)), map(known.__getitem__, texts)):
            token = words[index]
            following = words[index + 1:index + 2]
            # capitalised where a common word would not be: a name (most suspects; so asked first)
            suspects = [s for s in known[token.text] if not s[2] or context.opens(token, token.start + s[0], following)]
            if not suspects:
                continue
            sic = sic_offsets(text) if sic is None else sic
            if token.end in sic or _embedded(text, token.start, token.end) \
                    or dropped_g(text, token.start, token.end) or _damaged(text, token.start, token.end) \
                    or signature(text, token.start, token.end):
                continue
            for offset, word, capital in suspects:
                start = token.start + offset
                if context.repeated(word):
                    continue  # spelt the same way twice: meant (a typo rarely repeats)
                if context.emphatic(word):
                    continue  # a letter held, as the document holds others: "perfecttt", "eeek"
                if word.capitalize() in context.names:
                    continue  # the document uses it as a name
                before, after = neighbours(text, words, index) if offset == 0 and len(word) == len(token.text) \
                    else (None, None)
                others = [p for p in token.text.split("-") if p != word] if "-" in token.text else []
                finding = self._finding(context, start, start + len(word), word, capital, before, after,
                                        hyphen_parts=others, around=window(words, index))
                if finding is not None and not self._own_way(context, words, index):
                    yield finding

    def _own_way(self, context, words, index: int) -> bool:
        """Whether ``words[index]`` stands in a passage spelt its own way: of
        the other lower-case words (at least ``min-length`` long) within
        OWN_WAY_WINDOW of it in its paragraph, OWN_WAY_WORDS and OWN_WAY_SHARE
        are unknown ("somethink very signicophant … strichnine by my illnest")."""
        known = self._suspects_by_text
        para = context.paragraph(words[index].start)
        lower = unknown = 0
        for j in range(max(0, index - OWN_WAY_WINDOW), min(len(words), index + OWN_WAY_WINDOW + 1)):
            token = words[j]
            text = token.text
            if j == index or not para[0] <= token.start < para[1] or len(text) < self.min_length \
                    or not text[:1].islower():
                continue
            lower += 1
            unknown += any(not s[2] for s in known[text])
        return unknown >= OWN_WAY_WORDS and unknown >= OWN_WAY_SHARE * lower

    def _finding(self, context, start, end, word, capital, before=None, after=None, *,
                 hyphen_parts=(), around=()):
        d = self.dictionary
        lower = word.lower()
        candidates = self.suggester.candidates(lower, before=before, after=after)
        # a slip into a word never seen in real text ("rallyes") explains nothing better than a compound
        one_slip = any(c.cost <= suggest.ONE_SLIP and plausible.seen(d, c) for c in candidates)
        if capital and not any(c.cost <= suggest.ONE_SLIP and d.zipf(c.word) >= CAPITAL_MIN_ZIPF
                               for c in candidates):
            return None  # a capitalised unknown with no close common word: likely a name
        split = None
        if not one_slip:
            if not plausible.explains(d, candidates) and suggest.is_compound(d, lower):
                return None  # "showbusiness", "rebanding"; but "airlien" is a slip of "airline"
            split = None if capital else suggest.run_on(d, lower)
        confidence = suggest.get_ranker().confidence(candidates, lower, bool(before or after)) \
            if candidates and split is None else 1.0
        if self.params["slips_only"] and plausible.reason(
                d, word, capital=capital, hyphen_parts=list(hyphen_parts), sentence=list(around),
                candidates=candidates, confidence=confidence, run_on=split) is not None:
            return None  # more likely a name, a coinage or a foreign word than a slip
        if split is not None:
            return self.finding(context.doc, start, end, suggestions=[split],
                                fix=Fix("unsafe", (Edit(start, end, split),)))
        if not candidates:
            return None  # nothing within two slips: jargon or a name, not a keystroke typo
        suggestions = [match_case(word, c.word) for c in candidates]
        best = candidates[0]
        quoted = context.quoted(start, end)
        settled_at = self.params["quoted_settled_confidence" if quoted else "settled_confidence"]
        keyboard_at = self.params["quoted_keyboard_confidence" if quoted else "keyboard_confidence"]
        sure = confidence >= self.params["quoted_safe_confidence" if quoted else "safe_confidence"] or (
            confidence >= settled_at and (self._settled(candidates) or self._context_settles(candidates))) or (
            confidence >= keyboard_at and self._keyboard(candidates, lower))
        safe = (not capital and sure and d.zipf(best.word) >= self.params["min_safe_zipf"]
                and best.cost <= self.params["max_safe_cost"]
                and _keeps_contraction(d, context.doc.text, end, best.word))
        fix = Fix("safe" if safe else "unsafe", (Edit(start, end, suggestions[0]),))
        return self.finding(context.doc, start, end, suggestions=suggestions, fix=fix)

    def _context_settles(self, candidates) -> bool:
        """Whether the words around decide: the list knows a pair the best
        candidate makes with its neighbours, and it fits between them better
        than every rival by ``context_lead`` (log10 of the pair frequencies)."""
        best = candidates[0]
        context = suggest.FEATURES.index("context")
        return best.seen >= 1 and all(best.features[context] - c.features[context] >= self.params["context_lead"]
                                      for c in candidates[1:])

    def _keyboard(self, candidates, typo: str) -> bool:
        """Whether the best candidate is one slip of the fingers away
        (suggest.keyboard_slip) and no rival at most ``keyboard_rival_cost``
        dearer holds ``rival_belief``."""
        best = candidates[0]
        near = best.cost + self.params["keyboard_rival_cost"]
        return suggest.keyboard_slip(typo, best.word) and not any(
            c.cost <= near and c.probability >= self.params["rival_belief"] for c in candidates[1:])

    def _settled(self, candidates) -> bool:
        """Whether the best candidate is the one cheap slip: at most one slip
        away, no rival cheaper, and every rival within ``close_cost`` of it
        ruled out by the ranker (frequency, the words around)."""
        best, rivals = candidates[0], candidates[1:]
        if best.cost > suggest.ONE_SLIP or any(c.cost < best.cost for c in rivals):
            return False
        return all(c.probability < self.params["rival_belief"] for c in rivals
                   if c.cost <= best.cost + self.params["close_cost"])


def _keeps_contraction(dictionary, text: str, end: int, word: str) -> bool:
    """Whether ``word``, put where the slip ends before a contraction ("dosen't":
    the slip is "dosen"), still makes a word with it: "dozen't" is none, so
    that fix is not safe. A possessive ("'s") fits any noun."""
    found = CONTRACTION.match(text, end)
    return found is None or dictionary.known(word + "'" + found.group(1))


def neighbours(text: str, words, index: int) -> tuple[str | None, str | None]:
    """The words just before and after ``words[index]`` in its sentence, when
    only spaces separate them (punctuation breaks the context)."""
    token = words[index]
    before = after = None
    if index and not token.sentence_start:
        left = words[index - 1]
        if left.text.isalpha() and text[left.end:token.start].isspace():
            before = left.text
    if index + 1 < len(words):
        right = words[index + 1]
        if right.text.isalpha() and not right.sentence_start and text[token.end:right.start].isspace():
            after = right.text
    return before, after


def window(words, index: int) -> list[str]:
    """The words within plausible.FOREIGN_WINDOW of ``words[index]`` in its sentence."""
    out = []
    for step in (-1, 1):
        j = index
        for _ in range(plausible.FOREIGN_WINDOW):
            if (step < 0 and words[j].sentence_start) or not 0 <= j + step < len(words):
                break
            j += step
            if step > 0 and words[j].sentence_start:
                break
            out.append(words[j].text)
    return out


def dropped_g(text: str, start: int, end: int) -> bool:
    """"gettin'", "nothin’": a word written as spoken, its apostrophe for the
    dropped g, not a slip."""
    return text[end - 2:end].lower() == "in" and text[end:end + 1] in ("'", "’") \
        and not text[end + 1:end + 2].isalpha()


def sic_offsets(text: str) -> set[int]:
    """Where a word may end to be followed by [sic]: each mark and the
    whitespace before it. Found once per document, as matching at every
    word would rescan the text for the next "sic" each time."""
    offsets = set()
    for mark in SIC_MARK.finditer(text):
        at = mark.start()
        offsets.add(at)
        while at and SPACE.match(text, at - 1):
            at -= 1
            offsets.add(at)
    return offsets


def _embedded(text: str, start: int, end: int) -> bool:
    """Part of a domain, path, markup or code rather than prose."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in GLUE or after in GLUE or after == "[":
        return True  # after == "[": an editor completes the word, "equat[ing whites]"
    if after == "." and end + 1 < len(text) and text[end + 1].isalpha():
        return True  # bbc.co.uk, georgewbush.com
    return before == "." and start >= 2 and text[start - 2].isalpha()


def _damaged(text: str, start: int, end: int) -> bool:
    """Part of mojibake ("doesnâ€™t", "thatâ??s"): NL410's to report, not a
    slip; or before an apostrophe an encoding lost to "?" ("wasn?t")."""
    return text[end - 1] in "âÃÂ" or MAYBE_MOJIBAKE.search(text, start, end + 2) is not None \
        or LOST_APOSTROPHE.match(text, end) is not None


class SpellingContext:
    """What the check learns about one document, computed when first needed."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.headline = doc.headline

    def in_headline(self, offset: int) -> bool:
        return self.headline is not None and self.headline.start <= offset < self.headline.end

    @cached_property
    def title_case_headline(self) -> bool:
        """Most of the headline's longer words are capitalised ("Russia Strengthens Ties")."""
        if self.headline is None:
            return False
        end = self.headline.end
        words = [t.text for t in takewhile(lambda t: t.start < end, self.doc.words)
                 if self.in_headline(t.start) and len(t.text) > 3]
        return len(words) > 1 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)

    def opens(self, token, start: int, following) -> bool:
        """Whether a capital at ``start`` (in ``token``) may be a common word's:
        the first word of a sentence not followed by another capitalised word
        ("Linkin Park", "Jef Raskin"), or any word of a title-case headline."""
        if self.in_headline(start) and self.title_case_headline:
            return True
        if start != token.start or not token.sentence_start:
            return False
        return not (following and following[0].text[:1].isupper()
                    and following[0].start - token.end <= 1)

    @cached_property
    def counts(self) -> Counter:
        """How often each hyphen-separated part of a word, possessive dropped, occurs."""
        words = Counter(map(_TEXT, self.doc.words))  # in C; then the few words with a hyphen or apostrophe
        marked = [t for t in words if "-" in t or "'" in t or "’" in t]
        counts = words.copy()
        for text in marked:
            del counts[text]
        for text in marked:
            for part in text.split("-"):
                counts[POSSESSIVE.sub("", part)] += words[text]
        return counts

    def repeated(self, word: str) -> bool:
        """Whether the document spells ``word`` at least twice. Each part counted
        is an occurrence in the text apart from the others, so a text holding
        it once settles it without counting every word (most suspects)."""
        return self.doc.text.count(word) > 1 and self.counts[word] > 1

    @cached_property
    def held(self) -> set[str]:
        """Unknown words of the document with a letter three times in a row ("eeek", "Sooooo")."""
        from lint.spelling.dictionary import get_dictionary

        d = get_dictionary("en")
        parts = (POSSESSIVE.sub("", p) for t in self.doc.words if THRICE.search(t.text) for p in t.text.split("-"))
        return {p.lower() for p in parts if THRICE.search(p) and not d.known(p)}

    def emphatic(self, word: str) -> bool:
        """Whether ``word`` holds a letter three times and another word of the
        document does too: a writer who holds letters for emphasis ("tooo",
        "perfecttt"). A slip that strikes a doubled key again ("falll") is
        alone in its story."""
        return THRICE.search(word) is not None and len(self.held - {word.lower()}) > 0

    @cached_property
    def names(self) -> set[str]:
        """Words the document capitalises mid-sentence (outside a headline)."""
        names = set()
        for token in self.doc.words:
            if token.sentence_start or not token.text[:1].isupper() or self.in_headline(token.start):
                continue
            names.update(POSSESSIVE.sub("", p) for p in token.text.split("-") if p[:1].isupper())
        return names

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of direct quotations: “…”, «…» and "…" within a paragraph."""
        text, spans = self.doc.text, []
        for para in self.doc.paragraphs:
            opened: tuple[str, int] | None = None
            for i in range(para.start, para.end):
                if opened is None:
                    if text[i] in OPEN_CLOSE or text[i] == '"':
                        opened = (OPEN_CLOSE.get(text[i], '"'), i)
                elif text[i] == opened[0]:
                    spans.append((opened[1], i + 1))
                    opened = None
            if opened is not None:  # a quotation running to the paragraph's end
                spans.append((opened[1], para.end))
        return spans

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.doc.paragraphs]

    def paragraph(self, offset: int) -> tuple[int, int]:
        """(start, end) of the paragraph holding ``offset``; the whole text outside any."""
        k = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if k < 0 or offset >= self.doc.paragraphs[k].end:
            return 0, len(self.doc.text)
        return self.doc.paragraphs[k].start, self.doc.paragraphs[k].end

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [a for a, _ in self.quotes]

    def quoted(self, start: int, end: int) -> bool:
        # The quotes are disjoint and in order: only the last one opening at or before start can hold it.
        k = bisect.bisect_right(self._quote_starts, start) - 1
        return k >= 0 and end <= self.quotes[k][1]
