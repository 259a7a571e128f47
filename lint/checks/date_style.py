"""date-style: the punctuation and order of full dates, by house style.

``typography.date-style`` is "ap" (default: "May 14, 2018") or "dmy"
("14 May 2018"). AP: a missing comma between day and year is added (safe);
a day-first date with a comma ("14 May, 2018") is reordered (unsafe).
DMY: the comma in "14 May, 2018" is removed (safe); a month-first date is
reordered (unsafe). Dates already in the other style without the stray comma
are left alone: a desk that wants them converted says so with a rule of its own.
"""
from __future__ import annotations

from lint import pattern_store
from lint.checks.base import Check
from lint.diagnostics import Edit, Fix
from lint.errors import ConfigError

MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October"
         r"|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)")
DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|,\d)"
MONTH_FIRST = pattern_store.compile(rf"(?<![\p{{L}}\p{{N}}]){MONTH} {DAY}(?P<comma>,?) {YEAR}")
# (?=\d) changes no match; it lets regex skip to digits (ten times faster).
DAY_FIRST_COMMA = pattern_store.compile(rf"(?=\d)(?<![\p{{L}}\p{{N}}]){DAY} {MONTH}(?P<comma>,) {YEAR}")
STYLES = ("ap", "dmy")


class DateStyle(Check):
    def setup(self) -> None:
        self.style = self.config.section("typography").get("date-style", "ap").lower()
        if self.style not in STYLES:
            raise ConfigError(f"typography.date-style must be one of {', '.join(STYLES)}")

    def check(self, doc):
        for m in MONTH_FIRST.finditer(doc.text):
            if self.style == "ap" and not m.group("comma"):
                at = m.start("comma")  # right after the day and any "th"
                new = f"{doc.text[m.start():at]},{doc.text[at:m.end()]}"
                yield self._finding(doc, m, Fix.safe(Edit(at, at, ",")), new)
            elif self.style == "dmy":
                new = f"{m.group('day')} {m.group('month')} {m.group('year')}"
                yield self._finding(doc, m, Fix.unsafe(Edit(m.start(), m.end(), new)), new)
        for m in DAY_FIRST_COMMA.finditer(doc.text):
            if self.style == "dmy":
                comma = m.start("comma")
                yield self._finding(doc, m, Fix.safe(Edit(comma, comma + 1, "")), m.group().replace(",", ""))
            else:
                new = f"{m.group('month')} {m.group('day')}, {m.group('year')}"
                yield self._finding(doc, m, Fix.unsafe(Edit(m.start(), m.end(), new)), new)

    def _finding(self, doc, m, fix, new):
        return self.finding(doc, m.start(), m.end(), suggestions=[new], fix=fix, style=self.style.upper())
