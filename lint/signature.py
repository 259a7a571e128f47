"""A commenter's handle signing a comment in a thread, not a word of the story.

"ilse says:", "Chibby said...", a handle alone on its line above the
comment's date ("stepha October 25, 2012 at 2:16 pm"), "Posted by: jdrop",
Slashdot's "by spazdor (902907)", and the last word of a preview cut off
before such a signature. The spelling check (lint/checks/spelling.py) does not
flag it and the names check (lint/names/mentions.py) does not count it as a
mention.
"""
from __future__ import annotations

import regex

from lint import pattern_store

# (?<!\s) and \s*+: a search tries each run of spaces once, not from each of its spaces.
# A comment's date stamp: "October 24, 2012", "20 August, 2011", "07.13.12", "On Friday".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
         r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|(?-i:On)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
_MARK = rf"(?:says\s*:|(?:[-–—|]\s*)?(?:posted\s+)?{_DATE})"
SIGNED_AFTER = pattern_store.compile(rf"(?<!\s)\s*+(?:said\s*(?:\.\.\.|…|:)|wrote\s*:|{_MARK})", regex.IGNORECASE)
# A handle of two words ("curty wyshart says:", "ikram ansari 09/05/2012"): after the first, and after the second.
PAIRED_AFTER = pattern_store.compile(rf"(?<![ \t])[ \t]++[^\W\d_][\w'’]*+\s*+{_MARK}", regex.IGNORECASE)
MARKED_AFTER = pattern_store.compile(rf"(?<!\s)\s*+{_MARK}", regex.IGNORECASE)
# ...and with the time too it signs a comment wherever it stands ("Thanks a lot maytte July 21, 2012 at 4:34 pm").
STAMPED_AFTER = pattern_store.compile(rf"(?<!\s)\s++{_DATE},?\s++(?:at\s+)?\d{{1,2}}:\d{{2}}", regex.IGNORECASE)
# A comment's preview cut off before its signature (Slashdot): "there is widesprea by jpapon (1877296)".
CUT_AFTER = pattern_store.compile(r"(?<!\s)\s++by\s++[^\s()][^\n()]{0,40}?\s*\(\d{3,}\)")
SIGNED_BEFORE = pattern_store.compile(r"(?:posted|comment(?:ed)?)\s+by\s*:?\s*$", regex.IGNORECASE)
BY_BEFORE = pattern_store.compile(r"(?:^|\s)by\s*$", regex.IGNORECASE)
USER_ID_AFTER = pattern_store.compile(r"\s*\(\d{3,}\)")
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Every pattern above that looks after the word, in one: where this does not
# match and no "by" ends the text before, none of them can (tested), so most
# words cost one match instead of six.
ANY_AFTER = pattern_store.compile(rf"(?<!\s)\s*+(?:said\s*(?:\.\.\.|…|:)|wrote\s*:|by\s|{_MARK})"
                                  rf"|(?<![ \t])[ \t]++[^\W\d_][\w'’]*+\s*+{_MARK}", regex.IGNORECASE)


def signature(text: str, start: int, end: int) -> bool:
    """A commenter's handle signing a comment (see SIGNED_AFTER), or the last
    word of a preview cut off before one (CUT_AFTER), not prose."""
    before = text[max(0, start - 24):start]
    if ANY_AFTER.match(text, end) is None and before.rstrip().rstrip(":").rstrip()[-2:].lower() != "by":
        return False  # neither a pattern after the word nor one before it (both end in "by") can match
    if SIGNED_BEFORE.search(before):
        return True
    if (BY_BEFORE.search(before) and USER_ID_AFTER.match(text, end)) or CUT_AFTER.match(text, end) \
            or STAMPED_AFTER.match(text, end):
        return True
    line = before.rsplit("\n", 1)[-1].rstrip(" \t")
    if _opens(line):
        return SIGNED_AFTER.match(text, end) is not None or PAIRED_AFTER.match(text, end) is not None
    head = line.rstrip(LETTERS)  # the line before the word ahead of this one
    return head[-1:] in (" ", "\t") and _opens(head.rstrip(" \t")) and MARKED_AFTER.match(text, end) is not None


def _opens(line: str) -> bool:
    """Whether a word after ``line`` opens it, or follows punctuation."""
    return not line or not (line[-1].isalpha() or line[-1] == ",")
