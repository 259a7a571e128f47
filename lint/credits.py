"""The grammar of photo credits and caption labels: what ends a caption.

"(Reuters)", "(AP Photo/Evan Vucci)", "… Photo: Jane Doe/Reuters", "… Getty
Images", "Image caption, …". The photo-caption check (lint/checks/caption.py)
and the page-furniture model (lint/furniture.py, lint/checks/furniture_model.py)
read a caption by it.
"""
from __future__ import annotations

from lint import pattern_store

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
