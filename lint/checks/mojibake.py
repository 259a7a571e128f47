"""mojibake: text decoded with the wrong encoding ("Itâ€™s", "cafÃ©"), repaired by ftfy.

One cause (the story went through the wrong decoder once) damages every
quote and accent of it, so the story gets one finding: at the first damage,
with the count, every other place as a related location and one fix.

ftfy decides what is damage and what the text was meant to be; this check only
turns its repair of each line into findings with exact offsets.
"""
from __future__ import annotations

from functools import cached_property

from lint import pattern_store
from lint.checks.base import Check
from lint.checks.consistency import story_finding

# The single-byte encodings whose misreading of UTF-8 ftfy repairs.
MISREAD_AS = ("latin-1", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
              "iso-8859-2", "mac-roman", "cp437")


def _decoded(encoding: str, first: int, last: int) -> str:
    """What bytes first..last become in ``encoding``; an undefined byte
    becomes its C1 control character, as in ftfy's "sloppy" codecs."""
    text = bytes(range(first, last + 1)).decode(encoding, errors="surrogateescape")
    return "".join(chr(ord(c) - 0xDC00) if "\udc80" <= c <= "\udcff" else c for c in text)


def _char_class(chars: str) -> str:
    return "[" + "".join(f"\\u{ord(c):04x}" for c in sorted(set(chars))) + "]"


# A line can only hold UTF-8 mojibake if, in one of those encodings, what a
# lead byte (C2-F4) becomes is followed by what a continuation byte (80-BF)
# becomes, directly or after the first continuation byte was lost (to a space,
# "?" or U+FFFD); ftfy also repairs C1 controls and "Ã " whose 0xA0 turned
# into a space. Lines without any of that never reach ftfy, so clean copy does
# not pay its 40 ms import. tests/checks/test_mojibake_gate.py checks this against
# ftfy on every way a character can be misread, lost bytes included.
def _maybe_mojibake(encoding: str) -> str:
    lead = _char_class(_decoded(encoding, 0xC2, 0xF4))
    continuation = _char_class(_decoded(encoding, 0x80, 0xBF) + "\ufffd")
    return f"{lead}{continuation}|{lead}[ ?\ufffd]{continuation}"


# Every alternative starts with one of these: looking ahead for one first lets
# regex skip to it instead of trying each alternative at every character
# (28 s -> 6 s over the dev corpora's 15,888 non-ASCII lines, same verdicts).
_FIRST = "".join(_decoded(e, 0xC2, 0xF4) for e in MISREAD_AS) + "".join(map(chr, range(0x80, 0xA0))) + "ÂÃ"
MAYBE_MOJIBAKE = pattern_store.compile(
    f"(?={_char_class(_FIRST)})(?:"
    + "|".join(_maybe_mojibake(e) for e in MISREAD_AS) + r"|[\x80-\x9f]|[ÂÃ] )"
)


def _odd(char: str) -> bool:
    return not char.isascii() and not char.isspace()


def changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The spans that differ between ``old`` and ``new`` (edit opcodes),
    each widened to the whole run of non-ASCII characters around it, so a
    finding shows "Â£" rather than the lone "Â" that a minimal diff deletes.
    rapidfuzz aligns the two in C++, where difflib took seconds on a long
    line with many repairs."""
    from rapidfuzz.distance import Levenshtein

    spans: list[list[int]] = []
    for op, a0, a1, b0, b1 in Levenshtein.opcodes(old, new):
        if op == "equal":
            continue
        left = right = 0
        while a0 - left > 0 and _odd(old[a0 - left - 1]):
            left += 1
        while a1 + right < len(old) and _odd(old[a1 + right]):
            right += 1
        # The widening runs through equal text, so it moves both sides alike.
        wide = [a0 - left, a1 + right, b0 - left, b1 + right]
        if spans and wide[0] <= spans[-1][1]:
            spans[-1][1], spans[-1][3] = wide[1], wide[3]
        else:
            spans.append(wide)
    return [tuple(s) for s in spans]


PIECE = 1000  # a longer line is repaired and compared in pieces of about this size


def pieces(line: str):
    """(offset, text) pieces of ``line``, at most PIECE characters each, cut
    after a space that does not follow "Â" or "Ã" (their space may be a lost
    byte of the damage), or else between two ASCII characters. A news paragraph is one piece; a line of megabytes
    costs linear time, where comparing it whole would be quadratic."""
    start = 0
    while len(line) - start > PIECE:
        cut = line.rfind(" ", start + PIECE // 2, start + PIECE)
        while cut > start and line[cut - 1] in "ÂÃ":
            cut = line.rfind(" ", start + PIECE // 2, cut)
        if cut > start:
            end = cut + 1
        else:  # no space: cut between two ASCII characters, never inside a run of damage
            end = start + PIECE
            while end > start + PIECE // 2 and not (line[end - 1].isascii() and line[end].isascii()):
                end -= 1
            if end == start + PIECE // 2:
                end = start + PIECE
        yield start, line[start:end]
        start = end
    yield start, line[start:]


class Mojibake(Check):
    PARAMS = {"applicability": (str, "safe")}

    @cached_property
    def repair(self):
        import ftfy  # only for a line that may hold mojibake: the import costs 40 ms

        return ftfy.fix_encoding

    def check(self, doc):
        spans = []
        for span in doc.lines:
            line = doc.text[span.start : span.end]
            if line.isascii() or not MAYBE_MOJIBAKE.search(line):
                continue
            for offset, piece in pieces(line):
                spans.extend(self._piece(span.start + offset, piece))
        yield from story_finding(self, doc, spans, self.params["applicability"])

    def _piece(self, base: int, text: str):
        """(start, end, repair) of each damaged span of ``text``, at ``base``."""
        if text.isascii() or not MAYBE_MOJIBAKE.search(text):
            return
        fixed = self.repair(text)
        if fixed == text:
            return
        for a0, a1, b0, b1 in changes(text, fixed):
            yield base + a0, base + a1, fixed[b0:b1]
