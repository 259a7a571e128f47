"""page-furniture: a line the page-furniture model (lint/furniture.py) takes
for a leftover of the web page: a caption, credit, byline, stamp, widget line
or related link that no phrase list knows.

A line is flagged when the model's P(content) for it, judged in its page, is
below the shipped threshold, or below PHRASE_CUT when it is one of the common
phrases mined from the training pages (matched exactly, whatever its shape). Lines
a phrase rule or photo-caption already flags are left to them. A caption
printed twice and a headline repeated as the first paragraph are reported
here (once), not as duplicate paragraphs. Every deletion is an unsafe fix: a
model can be wrong, and a newsroom may want a caption under its picture.
"""
from __future__ import annotations

from functools import cached_property

from lint import furniture
from lint.checks.base import Check
from lint.credits import credit
from lint.checks.learned_boilerplate import known_leftovers
from lint.checks.line_match import prepared_lines
from lint.diagnostics import Edit, Fix
from lint.document import line_deletion

STORY_WORDS = 12
BETWEEN_WORDS = 12  # a line between two leftovers: no longer than this


class PageFurniture(Check):
    PARAMS = {"max_words": (int, 25)}  # longer lines are prose, never furniture

    @cached_property
    def known(self):
        return known_leftovers(self.config)

    def check(self, doc):
        lines = prepared_lines(doc)
        texts = [stripped for _, _, stripped, _, _ in lines]
        repeats = furniture.scrape_repeats(doc)
        # Without one sentence of story (a headline list, a snippet) there is
        # no story for the furniture to stand out from.
        story = any(words >= STORY_WORDS for *_, words in lines)
        cut = furniture.threshold()
        page, prose = furniture.page_scores(texts) if story else ([], range(0))
        data = furniture.match_data(texts) if story else []
        found = {}  # line number in ``lines`` -> its finding
        left = []  # lines judged story copy that may stand between furniture
        for k, (index, start, stripped, _, words) in enumerate(lines):
            kind = repeats.get(index)
            if kind is not None:
                what = "repeats the headline" if kind == "repeated-headline" else "is printed twice"
                found[k] = self._finding(doc, index, start, stripped, kind, what)
                continue
            if story and furniture.split_byline(texts, k) and not self.known(stripped):
                found[k] = self._finding(doc, index, start, stripped, "byline", "is a byline set over two lines")
                continue
            sure = story and words <= self.params["max_words"] and furniture.sure_grammar(stripped)
            if sure and not self.known(stripped):
                # The byline grammar ("By Alex Ward", "By NAME, AGENCY") and a
                # photo widget's ("Enlarge this image toggle caption …") are
                # sure on their own: such a line is no sentence of story.
                found[k] = self._finding(doc, index, start, stripped,
                                         furniture.kind_of(stripped, "supplemental"), f"is a {sure}")
                continue
            if not story or words > self.params["max_words"] or sum(map(str.isalpha, stripped)) < 3 \
                    or self.wrapped(lines, k) or data[k]:
                continue  # "A.", "—", "1/2"; a team sheet
            p = page[k]
            label = furniture.common_phrase(stripped)
            if label is not None and p[0] < furniture.PHRASE_CUT:
                what = "is common page furniture"
            else:
                # Reported speech is story; any other sentence is story unless it
                # comes after the story's last long paragraph, where teasers and
                # captions stand.
                if p[0] >= cut or furniture.reported_speech(stripped) \
                        or ((not prose or k < prose.stop) and furniture.reads_as_prose(stripped)):
                    left.append(k)
                    continue
                label = furniture.CLASSES[max(range(1, len(p)), key=p.__getitem__)]
                what = f"looks like page furniture ({1 - p[0]:.0%})"
            if self.others(stripped) or self.heading(doc, start):
                continue
            found[k] = self._finding(doc, index, start, stripped, furniture.kind_of(stripped, label), what)
        if found:
            for k in self.between_furniture(lines, page, prose, left, found, doc):
                index, start, stripped, _, _ = lines[k]
                p = page[k]
                # A headline among leftovers is another story's: a related link.
                label = "related" if furniture.headline_shaped(stripped) else \
                    furniture.CLASSES[max(range(1, len(p)), key=p.__getitem__)]
                found[k] = self._finding(doc, index, start, stripped, furniture.kind_of(stripped, label),
                                         "stands between page furniture")
        for k in sorted(found):
            yield found[k]

    def between_furniture(self, lines, page, prose, left, found, doc):
        """Short lines the model left alone that stand between two leftovers
        (flagged here, by a phrase rule or as a caption) at or after the
        story's first long paragraph: furniture comes in runs (a sharing bar,
        a list of related links, a footer), and story copy there stands among
        paragraphs. After the story's last long paragraph a headline under a
        leftover, with another headline under it, is a related link (a list
        of other stories' titles, read top down). Above the story a line
        between furniture is as often its headline, and is left alone unless
        it is a menu entry (menu_entry: "Rugby Union", "Music & Film"); so is
        a sentence and a line the model is sure is story (P(content)
        PHRASE_CUT or more)."""
        flagged = set(found)

        def leftover(j):
            return j in flagged or self.others(lines[j][2])

        out = []
        for k in left:
            stripped, words = lines[k][2], lines[k][4]
            if not prose or (k < prose.start and not self.menu_entry(stripped, words)) or k == 0 or k + 1 >= len(lines) or words > BETWEEN_WORDS \
                    or page[k][0] >= furniture.PHRASE_CUT or stripped[-1] in ".!?" \
                    or self.others(stripped) or self.heading(doc, lines[k][1]):
                continue
            below = leftover(k + 1) or (k >= prose.stop and furniture.headline_shaped(stripped)
                                        and furniture.headline_shaped(lines[k + 1][2]))
            if leftover(k - 1) and below:
                out.append(k)
                flagged.add(k)  # a leftover for the line below it
        return out

    @staticmethod
    def menu_entry(stripped, words) -> bool:
        """A menu or tag entry: three words or fewer, each capitalised ("Rugby
        Union", "Music & Film"); a headline has a verb in lower case
        ("Allardyce leaves Magpies")."""
        return words <= 3 and all(not w[:1].islower() or w in ("and", "of") for w in stripped.split())

    def others(self, stripped) -> bool:
        """A line another boilerplate rule flags: a phrase rule or photo-caption."""
        return bool(self.known(stripped) or credit(stripped))

    @staticmethod
    def heading(doc, start) -> bool:
        """A Markdown heading ("## Source"): structure its writer gave the
        file, not a scraper's leftover."""
        if doc.format != "markdown":
            return False
        line = doc.position(start).line - 1
        return doc.source.splitlines()[line].lstrip().startswith("#")

    @staticmethod
    def wrapped(lines, k) -> bool:
        """A hard-wrapped line of a longer sentence ("… Used by" or "… are"
        with "owned by the BBC." in the next line, no blank line between): prose."""
        index, _, stripped, _, words = lines[k]
        if words < 4 or k + 1 >= len(lines) or lines[k + 1][0] != index + 1:
            return False
        return stripped.split()[-1].casefold() in furniture.FUNCTION or lines[k + 1][2][0].islower()

    def _finding(self, doc, index, start, stripped, kind, what):
        gone = line_deletion(doc, index)
        return self.finding(doc, start, start + len(stripped), kind=kind, what=what, label=kind.replace("-", " "),
                            fix=Fix.unsafe(Edit(gone.start, gone.end, "")))
