"""photo-caption: a short line between paragraphs that ends in a photo credit.

A scraped picture leaves its caption behind as a paragraph of its own:
"Ministers meet in Algiers on Tuesday. (Reuters)". The credit at the end
("(Reuters)", "(AP Photo/…)", "Photo: …", "Getty Images") is what tells a
caption from a paragraph of the story. The caption text may be worth keeping,
so the deletion is only offered as an unsafe fix.
"""
from __future__ import annotations

from lint import pattern_store
from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.document import line_deletion

# Agencies and picture libraries whose name alone is a credit.
AGENCIES = (
    "AP|AFP|EPA|EPA-EFE|Reuters|Getty|Getty Images|AFP via Getty Images|PA|PA Media|PA Wire|"
    "Shutterstock|Alamy|iStock|Bloomberg|Xinhua|Anadolu|Anadolu Agency|dpa|ANI|PTI|IANS|"
    "Sputnik|TASS|Yonhap|Kyodo|SIPA|Zuma|Rex|Rex Features|NurPhoto|SOPA Images|WENN|"
    "Supplied|Handout|File|File photo"
)
PHOTO_WORDS = r"Photo|Photos|Photograph|Picture|Pic|Image|Images|Credit|Courtesy|Illustration"
# "(Reuters)", "(AP Photo/Evan Vucci)", "(Photo: Jane Doe)", "(file photo)", "(Courtesy of …)"
PAREN_CREDIT = (
    rf"\((?:(?:{AGENCIES})(?:\s+(?:Photo|Images))?(?:\s*/\s*[^()/]{{1,60}}){{0,3}}"
    r"|(?i:file photo|file picture|handout photo|handout picture|courtesy(?: of)?\s+[^()]{1,60}"
    r"|(?:photo|picture|image|photograph|pic)s?(?: credit)?\s*(?::|by|courtesy(?: of)?)\s*[^()]{1,60}))\)"
)
# "… Photo: Jane Doe/Reuters", "… Photograph: Name/Agency", "… Getty Images",
# "… Jane Doe/AFP": only after the end of a sentence or a separator, because
# a headline can end in "Getty Images" too.
TRAILING_CREDIT = (
    rf"(?:{PHOTO_WORDS})\s*(?::|by)\s*[^.!?()]{{1,80}}|(?:AFP via )?Getty Images"
    rf"|[\p{{L}} .'’-]{{1,40}}/(?:{AGENCIES})"
)
# Each pattern with the strings one of which its every match holds: a line
# holding none is not searched (most lines are not captions).
CREDITS = (
    (pattern_store.compile(rf"(?<=\S)\s*(?P<credit>{PAREN_CREDIT})\s*$"), (")",)),
    (pattern_store.compile(rf"(?<=[.!?…\"”’|–—])\s*(?P<credit>{TRAILING_CREDIT})\s*$"),
     ("Photo", "Pic", "Image", "Credit", "Courtesy", "Illustration", "Getty Images", "/")),
)
# Caption labels of scraped pages: "Image caption, …", "Media caption …", "Caption: …".
LABEL = pattern_store.compile(r"(?i)^(?P<label>image caption|media caption|caption)\s*[,:]?\s+\S")


class PhotoCaption(Check):
    PARAMS = {
        "max_words": (int, 40),  # a caption is one short sentence or two
    }

    def check(self, doc):
        from lint.furniture import scrape_repeats

        last = len(doc.lines) - 1
        repeats = scrape_repeats(doc)  # a caption's second copy is page-furniture's
        for index, span in enumerate(doc.lines):
            line = doc.text[span.start : span.end]
            stripped = line.strip()
            if not stripped or len(stripped.split()) > self.params["max_words"] or index in repeats:
                continue
            # Standing alone: a paragraph of one line.
            if index > 0 and not doc.is_blank_line(index - 1):
                continue
            if index < last and not doc.is_blank_line(index + 1):
                continue
            credit = self.credit(stripped)
            if credit is None:
                continue
            start = span.start + (len(line) - len(line.lstrip()))
            gone = line_deletion(doc, index)
            yield self.finding(doc, start, start + len(stripped), credit=credit,
                               fix=Fix.unsafe(Edit(gone.start, gone.end, "")))

    @staticmethod
    def credit(line: str) -> str | None:
        """The credit that makes ``line`` a caption, or None."""
        label = LABEL.match(line)
        if label:
            return label.group("label")
        for pattern, needs in CREDITS:
            if not any(s in line for s in needs):
                continue
            m = pattern.search(line)
            # A credit alone is an image-credit line, not a caption (another rule).
            if m and line[: m.start("credit")].strip():
                return m.group("credit").strip()
        return None
