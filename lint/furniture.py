"""A model of page furniture: is a line of scraped copy a leftover of its web
page (a caption, a credit, a byline, a stamp, a widget, a related link)?

Each line is described by named features — its words, its shape (length,
case, punctuation, digits), its place in the story, its neighbours, and the
grammars of credits and bylines below — and scored by a multinomial logistic
regression whose weights ship as data (``lint/data/furniture.json.gz``, written by
tools/train_furniture.py from ../shared/boilerplate). Inference is plain
Python: a sum of weights per class and a softmax.
"""
from __future__ import annotations

import marshal
import math
import sys
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from operator import add
from pathlib import Path

from lint import pattern_store
from lint.credits import credit
from lint.user_cache import checksum, read_checked, write_checked

WEIGHTS = Path(__file__).resolve().parent / "data" / "furniture.json.gz"
DECODED = f"furniture/model-py{sys.version_info[0]}{sys.version_info[1]}.marshal"  # in the user cache
CLASSES = ("content", "supplemental", "related", "furniture")

AGENCY = (r"AP|AFP|EPA|EPA-EFE|Reuters|Getty Images|Getty|PA|PA Media|PA Wire|Shutterstock|Alamy|iStock|"
          r"Bloomberg|Xinhua|Anadolu|dpa|ANI|PTI|IANS|Sputnik|TASS|Yonhap|Kyodo|SIPA|Zuma|Rex|NurPhoto|"
          r"SOPA Images|WENN|The Associated Press|Associated Press|AP Photo|Bloomberg News|The New York Times|"
          r"The Washington Post|NPR|CNN|Fox News|USA TODAY|Corbis|WireImage|FilmMagic")
MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
         r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")
STAMP_TOKEN = (rf"\b(?:{MONTH}|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
               r"|\d{1,4}(?:st|nd|rd|th|[ap]m)?\b|[ap]\.?m\b\.?|(?:[ECMP][SD]T|ET|GMT|BST|UTC|IST|CET|AEST|AEDT)\b"
               r"|(?:published|updated|posted|last|on|at|modified|created|date|time|hours?|minutes?|mins?|days?|ago)\b)")
AGO = r"(?i:\d{1,2}\s+(?:hours?|minutes?|mins?|days?)(?:,?\s+\d{1,2}\s+(?:minutes?|mins?))?\s+ago)"
NAME = r"(?:\p{Lu}[\p{L}'’.-]+)(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|da|al|bin)){0,3}"
# The grammars of credits, bylines and stamps: each a feature of its own.
GRAMMARS = {
    "ap-photo": r"\((?:AP|AFP|Reuters)\s+Photo\s*/[^()]{1,80}\)",
    "file-photo": r"^(?:FILE\s*[-–—]\s*)?In\s+(?:this|a)\b.{0,120}\b(?:file\s+)?photo",
    "file-dash": r"^FILE\s*[-–—]",
    "by-name": rf"^(?i:by|written by|story by|words by)\s+{NAME}(?:\s*(?:,|and|&)\s*{NAME})*"
               rf"(?:\s*[,|/–—-]\s*(?:{AGENCY}|[\p{{Lu}}][\p{{L}} .]+))?(?:\s*[,|•·–—-]?\s*{AGO})?\s*$",
    "agency-bracket": rf"\((?:{AGENCY})(?:\s*/\s*[^()]{{1,60}})?\)\s*$",
    "name-agency": rf"(?:^\(?|[.|]\s*){NAME}\s*(?:/|for|via)\s*(?:{AGENCY})(?:\s+(?:via|for)\s+(?:{AGENCY}))?\s*[).]?\s*$",
    "name-then-agency": rf"^{NAME}\s+(?:{AGENCY})\s*$",
    "getty": r"(?i:getty\s+images|afp\s+via\s+getty|/getty\b|istockphoto|shutterstock)",
    "photo-word": r"(?i:\b(?:photo|photograph|picture|image|illustration|video)s?\s*(?:[:/]|by|credit|courtesy))",
    "toggle-caption": r"(?i:toggle\s+caption|enlarge\s+this\s+image|hide\s+caption|image\s+\d+\s+of\s+\d+)",
    "timestamp": r"(?i:\b(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:[ECMP][SD]T|ET|GMT|BST|UTC))?\b)",
    "date": rf"(?i:\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+\d{{4}}"
            r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)",
    # A line that is all stamp: dates, times, weekdays, zones, "Updated", "Posted on".
    "stamp-line": rf"(?i:^(?=(?:{STAMP_TOKEN}|[^\p{{L}}\p{{N}}]+)+$).*?(?:\d:\d|\d[/.-]\d|{MONTH}|\bago\b))",
    "read-time": r"(?i:\b\d{1,3}\s*(?:min|mins|minute|minutes)\s+read\b)",
    "stamp-word": r"(?i:^(?:published|updated|posted|last\s+updated|modified)\b)",
    "bullet": r"[•|»›·▶►]",
    "copyright": r"(?i:©|\bcopyright\b|\ball rights reserved\b)",
    "url": r"(?i:https?://|www\.|\.com\b|@\w)",
    "click": r"(?i:^(?:click|tap|share|tweet|email|print|follow|subscribe|sign up|read more|see also|related|more from|watch|listen)\b)",
    "contributed": r"(?i:\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)|^(?:additional\s+)?reporting\s+by\b)",
    "reach": r"(?i:\b(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+at\b|^(?:contact|e-?mail)\s+(?:the\s+)?(?:writer|reporter|author|columnist|\p{Lu}\w+)\b.{0,60}\bat\b)",
    "quote-open": r"^[\"“‘']",
    "said": r"(?i:\b(?:said|says|told|according to)\b)",
}
PATTERNS = {name: pattern_store.compile(p) for name, p in GRAMMARS.items()}
# Context-only grammars: names alone ("Elinor Mills", "KEVIN SCHOFIELD and GERRY
# BRAIDEN") are a byline beside a stamp, a subhead elsewhere; "By" alone.
PATTERNS["name-line"] = pattern_store.compile(rf"^{NAME}(?:\s*(?:,|and|&)\s*{NAME}){{0,3}}$")
PATTERNS["by-alone"] = pattern_store.compile(r"^(?i:by)\s*:?$")
WORD = pattern_store.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
DIGIT = pattern_store.compile(r"\p{N}")


@lru_cache(maxsize=4096)
def grammars(line: str) -> frozenset:
    """The names of the PATTERNS ``line`` matches: asked of a line once for
    the line model and again, as itself and as a neighbour, for the context model."""
    return frozenset(name for name, pattern in PATTERNS.items() if pattern.search(line))


def bucket(n: int, edges=(1, 2, 3, 5, 8, 12, 20, 40)) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def ending(line: str) -> str:
    last = line[-1]
    if last in ".!?…":
        return "stop"
    if last in "\"”’'":
        return "quote"
    if last in ")]":
        return "paren"
    if last.isdigit():
        return "digit"
    if last.isalpha():
        return "letter"
    return "mark"


def shape(line: str) -> tuple[str, list[str]]:
    """The word-count bucket of ``line`` and its features of shape and grammar."""
    words = line.split()
    n = len(words)
    out = [f"nw:{bucket(n)}", f"end:{ending(line)}"]
    capital = sum(1 for w in words if w[:1].isupper())
    ratio = capital / n
    out.append("caps:all" if line.isupper() else f"caps:{round(ratio * 4)}")
    digits = len(DIGIT.findall(line))
    out.append(f"digits:{bucket(digits, (0, 2, 4, 8))}")
    out.append(f"first-upper:{words[0][:1].isupper()}")
    hits = grammars(line)
    for name in GRAMMARS:
        if name in hits:
            out.append(f"g:{name}")
            out.append(f"g:{name}:{bucket(n, (3, 8, 20))}")
    return bucket(n), out


def line_features(lines: list[str], index: int, vocabulary: frozenset | None = None) -> list[str]:
    """The features of ``lines[index]`` (non-blank lines of one story, in
    order); ``vocabulary``, the words of widgets, is the shipped one unless given."""
    line = lines[index].strip()
    size, out = shape(line)
    words = [DIGIT.sub("0", w.casefold()) for w in WORD.findall(line)]
    out += [f"w:{w}" for w in set(words[:40])]
    if words:
        # How much of the line is the vocabulary of widgets: rare words of
        # furniture ("permalink") share what the common ones teach.
        known = sum(w in (widget_words() if vocabulary is None else vocabulary) for w in words)
        share = round(4 * known / len(words))
        out += [f"vocab:{share}", f"vocab:{share}:{bucket(len(words))}", f"vocab-n:{min(known, 3)}"]
        out += [f"first:{words[0]}", f"last:{words[-1]}", f"first2:{' '.join(words[:2])}"]
        if len(words) <= 6:
            out.append(f"line:{' '.join(words)}")
    total = len(lines)
    where = "first" if index == 0 else "last" if index == total - 1 else \
        "top" if index < total * 0.15 else "bottom" if index >= total * 0.85 else "middle"
    out.append(f"pos:{where}")
    out.append(f"pos-size:{where}:{size}")
    for step, name in ((-1, "prev"), (1, "next")):
        j = index + step
        if 0 <= j < total:
            other = lines[j].strip()
            out.append(f"{name}:{bucket(len(other.split()))}:{ending(other)}")
        else:
            out.append(f"{name}:none")
    return out


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped weights: ``line`` (the first pass, over line_features),
    ``context`` (the second, over context_features) and the threshold.

    Parsing the JSON (its 40,000 floats) is a fifth of a one-article run;
    the decoded model is kept in the user's cache as marshal data, which
    loads several times faster, under the CRC-32 of the shipped file."""
    shipped = WEIGHTS.read_bytes()
    stored = read_checked(DECODED)
    if stored is not None and stored[:4] == checksum(shipped):
        try:
            found = marshal.loads(stored[4:])
        except (EOFError, ValueError, TypeError):
            found = None
        if isinstance(found, dict):
            return found
    import gzip
    import json

    found = json.loads(gzip.decompress(shipped))
    write_checked(DECODED, checksum(shipped) + marshal.dumps(found))
    return found


def scores(features: list[str], stage: str = "line") -> list[float]:
    """The probability of each class of CLASSES, by the ``stage`` model."""
    table, intercept = model()[stage]["weights"], model()[stage]["intercept"]
    z = list(intercept)
    for w in filter(None, map(table.get, features)):
        z = list(map(add, z, w))  # the same sums, in the same order, as z[k] += w[k]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


@lru_cache(maxsize=1)
def widget_words() -> frozenset:
    return frozenset(model()["vocabulary"])


def vocabulary_of(phrases) -> frozenset:
    """The words of widgets: those of two phrases or more (of the packs),
    function words and single letters left out."""
    counts: dict[str, int] = {}
    for phrase in phrases:
        for w in set(WORD.findall(DIGIT.sub("0", phrase.casefold()))):
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= 2 and len(w) > 1 and w not in FUNCTION)


def threshold() -> float:
    return model()["threshold"]


def line_key(text: str) -> str:
    """A line as the common phrases are kept: case, spacing, digits (as 0)
    and framing punctuation ignored."""
    return DIGIT.sub("0", " ".join(text.casefold().split())).strip(" .:|-")


# A common phrase is furniture unless its page says otherwise: on the tune half,
# the phrases the model gives P(content) >= 0.5 were mostly content ("News"
# over a story, "China" as a tag kept with it).
PHRASE_CUT = 0.5


def common_phrase(line: str) -> str | None:
    """The class of ``line`` when it is one of the shipped common phrases."""
    return model()["phrases"].get(line_key(line))


MAX_WORDS = 25  # a longer line is prose: the first pass gives it P(content) 1 without scoring it
PROSE = (1.0, 0.0, 0.0, 0.0)
LONG = 12  # a line of the story's prose: this many words, and the first pass is sure of it
P_BINS = (0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95, 0.98)
COARSE = (0.1, 0.35, 0.65, 0.9)


def p_bin(p: float, edges=P_BINS) -> str:
    for k, edge in enumerate(edges):
        if p < edge:
            return str(k)
    return str(len(edges))


def first_pass(lines: list[str]) -> list[tuple[float, ...]]:
    """Each line's class probabilities judged alone (with its neighbours' shape)."""
    return [scores(line_features(lines, i)) if len(line.split()) <= MAX_WORDS else PROSE
            for i, line in enumerate(lines)]


def context_features(lines: list[str], first: list, index: int, prose: "Prose") -> list[str]:
    """The second pass's features of ``lines[index]``: its own first-pass
    verdict, its neighbours' (furniture comes in runs: menus, related-link
    lists, footers) and where it stands against the story's prose (the lines
    in ``prose``): before the first long paragraph, after the last, inside,
    how many lines and prose words away."""
    p = first[index]
    top = max(range(4), key=p.__getitem__)
    size = bucket(len(lines[index].split()))
    own = p_bin(p[0])
    out = [f"self:{own}", f"self:{own}:{CLASSES[top]}", f"self:{own}:{size}"]
    for step in (-2, -1, 1, 2):
        j = index + step
        out.append(f"n{step}:{p_bin(first[j][0], COARSE) if 0 <= j < len(lines) else 'none'}")
    before = first[index - 1][0] if index else 1.0
    after = first[index + 1][0] if index + 1 < len(lines) else 1.0
    out.append(f"pair:{p_bin(before, COARSE)}:{p_bin(after, COARSE)}:{p_bin(p[0], COARSE)}")
    run = 1 + prose.runs_before[index] + prose.runs_after[index]
    out.append(f"run:{bucket(run, (1, 2, 3, 5, 8))}:{p_bin(p[0], COARSE)}")
    # Related links come as runs of headlines (no full stop, capitalised).
    titles = sum(prose.headlines[j] for j in range(max(0, index - 2), min(len(lines), index + 3)) if j != index)
    headline = prose.headlines[index]
    out.append(f"headlines:{headline}:{titles}")
    if not prose:
        out.append("region:none")
        return out
    region = "before" if index < prose[0] else "after" if index > prose[-1] else "inside"
    gap = prose.gap(index)
    # A stamp or a name above the story's first paragraph is its dateline or
    # byline; the same line among the paragraphs may be a live blog's heading.
    hits = grammars(lines[index])
    out += [f"cg:{g}:{region}" for g in CONTEXT_GRAMMARS if g in hits]
    for step in (-1, 1):  # a name beside a stamp or under "By" is a byline
        j = index + step
        if 0 <= j < len(lines) and lines[j].count(" ") < MAX_WORDS:  # a long line is prose: no grammar asked
            hits = grammars(lines[j])
            out += [f"n{step}g:{g}:{region}" for g in BESIDE if g in hits]
    out += [f"region:{region}", f"region:{region}:{own}", f"region:{region}:{size}",
            f"headlines:{region}:{headline}:{min(titles, 3)}",
            f"gap:{region}:{bucket(gap, (0, 1, 2, 3, 5, 8))}:{p_bin(p[0], COARSE)}"]
    above, below = prose.words_around(index)
    edges = (0, 30, 100, 250, 500)
    out += [f"above:{bucket(above, edges)}", f"below:{bucket(below, edges)}",
            f"share:{round(4 * above / (above + below))}" if above + below else "share:none"]
    return out


CONTEXT_GRAMMARS = ("stamp-line", "date", "timestamp", "by-name", "name-then-agency", "name-agency", "copyright",
                    "url", "click", "photo-word", "toggle-caption", "read-time", "name-line")
BESIDE = ("stamp-line", "date", "by-name", "by-alone", "name-line")


class Prose(list):
    """The indices of a page's long prose paragraphs, with what the second
    pass asks of them per line, each answered in O(log n) so that a page of
    many lines stays linear: how far the nearest one is, how many prose words
    stand above and below, and how long the run of furniture-like lines
    (first-pass P(content) < 0.5) is on each side."""

    def __init__(self, lines: list[str], first: list) -> None:
        super().__init__(i for i, (line, p) in enumerate(zip(lines, first))
                         if p[0] >= 0.9 and len(line.split()) >= LONG)
        self.cumulative = list(accumulate((len(lines[i].split()) for i in self), initial=0))
        self.runs_before = _runs([p[0] < 0.5 for p in first])
        self.runs_after = _runs([p[0] < 0.5 for p in reversed(first)])[::-1]
        self.headlines = [headline_shaped(line) for line in lines]

    def gap(self, index: int) -> int:
        k = bisect_left(self, index)
        return min(abs(index - self[j]) for j in (k - 1, k) if 0 <= j < len(self))

    def words_around(self, index: int) -> tuple[int, int]:
        above = self.cumulative[bisect_left(self, index)]
        return above, self.cumulative[-1] - self.cumulative[bisect_right(self, index)]


def headline_shaped(line: str) -> bool:
    """Four to sixteen words, a first capital and no final full stop: a
    headline, as related links are."""
    return 3 <= line.count(" ") <= 15 and line[0].isupper() and line[-1] not in ".!?:"  # count: a split per line is slow


def _runs(furniture_like: list[bool]) -> list[int]:
    """For each line, how many furniture-like lines come right before it."""
    out, run = [], 0
    for like in furniture_like:
        out.append(run)
        run = run + 1 if like else 0
    return out


def prose_lines(lines: list[str], first: list) -> Prose:
    return Prose(lines, first)


def page_scores(lines: list[str]) -> tuple[list[list[float]], range]:
    """Each line's class probabilities in its page — the first pass, then the
    second over the first's verdicts in context (stacking); a line of more
    than MAX_WORDS words is prose in both —, and the lines from the story's
    first long paragraph to its last."""
    first = first_pass(lines)
    prose = prose_lines(lines, first)
    found = [scores(context_features(lines, first, i, prose), "context") if p is not PROSE else p
             for i, p in enumerate(first)]
    return found, range(prose[0], prose[-1] + 1) if prose else range(0)


FUNCTION = frozenset("a an and at by for from in of on the to via with".split())
CREDIT_GRAMMARS = ("by-name", "ap-photo", "agency-bracket", "name-agency", "contributed", "read-time",
                   "toggle-caption", "copyright", "file-photo", "stamp-line", "reach")


def sure_grammar(line: str) -> str | None:
    """What ``line`` is when a grammar sure on its own matches it from its
    start: a byline ("By Alex Ward") or a photo widget ("Enlarge this image
    toggle caption Jeff Chiu/AP", "Image 1 of 5")."""
    if PATTERNS["by-name"].match(line):
        return "byline"
    if PATTERNS["toggle-caption"].match(line):
        return "photo widget"
    return None


# Reported speech ("…, the label said, …", "she told reporters."): the grammar of story copy, which
# teasers, captions and widgets do not speak, wherever on the page the line stands.
# (?<!…) and *+: each word is tried once, from its first letter.
REPORTED = pattern_store.compile(r"(?<![\p{L}'’])\p{Ll}[\p{L}'’]*+,?\s++(?:said|says|told|added)\b")


def reported_speech(line: str) -> bool:
    """A sentence of six words or more that reports speech after a
    lower-case word ("…, the label said, were sold in 2001.")."""
    return line[-1:] in ".!?\"”’" and len(line.split()) >= 6 and REPORTED.search(line) is not None


CLICK_HERE = pattern_store.compile(r"(?i:(?:click|tap)\s+here\b)")


def reads_as_prose(line: str) -> bool:
    """A sentence ("Related companies also fell.") or a headline with a verb
    ("Carlyle buys Getty Images") that no credit or byline grammar matches:
    never page furniture, whatever the words' weights say."""
    words = line.split()
    if len(words) < 4 or any(PATTERNS[g].search(line) for g in CREDIT_GRAMMARS):
        return False
    if CLICK_HERE.match(line):
        return False  # "Click here for more football headlines!": a link's words, not a sentence
    lower = [w for w in words[1:] if w[:1].islower() and w.casefold() not in FUNCTION]
    if line[-1] in ".!?\"”’" and lower:
        return True
    return words[0][:1].isupper() and words[1][:1].islower() and words[1] not in FUNCTION \
        and not PATTERNS["click"].search(line)


# Sports data a story carries as lines of its own (team sheets, scorers,
# attendance, fixtures, tables): story data a copy editor keeps, however
# furniture-like each line looks alone.
SIDE = r"\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|or|and|&)){0,4}"
FIXTURE = pattern_store.compile(rf"^{SIDE}\s+(v|vs\.?)\s+{SIDE}(?:\s*\([^()]{{1,20}}\))?$")  # "(Fri)", "(aet)"
SCORE = pattern_store.compile(r"^\p{Lu}[^\d]{1,40}?\s\d{1,3}\s*[-–]\s*\d{1,3}\s+\p{Lu}[^\d]{1,40}$")
STANDING = pattern_store.compile(r"^(?:\d[\d,.]*|\d{1,2}(?:st|nd|rd|th)(?:\s+\S+){1,3})$")
ENTRY = pattern_store.compile(r"^(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}|pen|og)$")
SEPARATOR = pattern_store.compile(r"[,;]")
LOWER_WORD = pattern_store.compile(r"(?<![\p{L}\p{N}'’.-])(?!(?:pen|og)\b)\p{Ll}")


def data_line(line: str) -> int:
    """How much ``line`` reads as sports data: 2 for a fixture ("Blackburn v
    Burnley"; 1 with "vs", which headlines use), 1 for a score, a standing or attendance ("8,200", "16th PREM"),
    or a list of names and minutes ("Marshall, Laursen.", "Easton 60."), else 0."""
    if line.count(" ") > 11 and line.count(",") + line.count(";") < 4:
        return 0
    fixture = FIXTURE.match(line)
    if fixture:
        return 2 if fixture.group(1) == "v" else 1
    if SCORE.match(line) or STANDING.match(line):
        return 1
    if LOWER_WORD.search(line):
        return 0  # prose: a list of names has no lower-case word but "pen" and "og"
    items = [i.replace("(", " ").replace(")", " ").split() for i in SEPARATOR.split(line.strip(" :."))]
    items = [i for i in items if i]
    entries = bool(items) and all(len(i) <= 4 and all(ENTRY.match(w) for w in i) for i in items)
    return int(entries and (len(items) >= 2 or any(w.isdigit() for w in items[0])))


def match_data(lines: list[str], window: int = 3) -> list[bool]:
    """Whether each line stands among sports data: its own and its ``window``
    neighbours' data_line weigh 2 or more."""
    weight = [data_line(line) for line in lines]
    return [sum(weight[max(0, i - window): i + window + 1]) >= 2 for i in range(len(lines))]


def split_byline(lines: list[str], k: int) -> bool:
    """"By" on a line of its own and the name on the next (a page that sets
    them in two elements): both lines are the byline."""
    def by(line):
        return line.strip(" :").casefold() == "by"

    def name(line):
        return line.count(" ") < 8 and line[0].isupper() and line[-1] not in ".!?"

    return (by(lines[k]) and k + 1 < len(lines) and name(lines[k + 1])) or (k > 0 and by(lines[k - 1]) and name(lines[k]))


AD_WORDS = pattern_store.compile(r"(?i:\b(?:ad|ads|advert\w*|sponsored|promoted|paid)\b)")


def kind_of(line: str, label: str) -> str:
    """The kind of a leftover line from its class and the credit/byline grammars."""
    words = len(line.split())
    has = {name for name in ("by-name", "ap-photo", "agency-bracket", "name-agency", "name-then-agency",
                             "getty", "photo-word", "toggle-caption", "timestamp", "date", "read-time",
                             "stamp-word", "stamp-line", "contributed", "reach") if PATTERNS[name].search(line)}
    if has & {"by-name", "reach"}:
        return "byline"
    if "contributed" in has:
        return "credit"
    if has == {"toggle-caption"} and words <= 6:
        return "widget"  # "Image 1 of 5", "Hide caption"
    if has & {"ap-photo", "agency-bracket", "name-agency", "name-then-agency", "getty", "photo-word",
              "toggle-caption"}:
        return "credit" if words <= 8 else "caption"
    if has & {"timestamp", "date", "read-time", "stamp-word", "stamp-line"} and words <= 12:
        return "timestamp"
    if label == "related":
        return "related-link"
    if label == "supplemental":
        return "caption" if words > 6 else "byline"
    return "ad-label" if AD_WORDS.search(line) and words <= 6 else "widget"


def normalised(text: str) -> str:
    return " ".join(text.translate(QUOTES).split()).casefold()


QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def scrape_repeats(doc) -> dict[int, str]:
    """Paragraphs that repeat by a scraper's doing, by first line index: a
    caption printed twice (its second copy) and a headline repeated as the
    first paragraph. Made once per document; the duplicate-paragraph check
    leaves them to page-furniture."""
    found = doc.shared.get(scrape_repeats)
    if found is not None:
        return found
    found = {}
    paragraphs = [(doc.position(p.start).line - 1, doc.text[p.start:p.end].strip()) for p in doc.paragraphs]
    paragraphs = [(line, raw, normalised(raw)) for line, raw in paragraphs if raw.strip()]
    seen: set[str] = set()
    for k, (line, raw, text) in enumerate(paragraphs):
        if k == 1 and text == paragraphs[0][2]:
            found[line] = "repeated-headline"
        elif text in seen and (credit(raw) or PATTERNS["ap-photo"].search(raw)
                               or PATTERNS["toggle-caption"].search(raw)):
            found[line] = "caption"
        seen.add(text)
    doc.shared[scrape_repeats] = found
    return found
