"""Bounded tables for the mergeable summaries of lint.learn.

A table (key -> count, or key -> an item with a count) of a summary may hold
up to 2 * CAPACITY keys; past that it is cut to at most CAPACITY as a
Misra-Gries summary is (mergeable: Agarwal et al., "Mergeable summaries",
2012): every count drops by the (CAPACITY + 1)-th largest, and the keys left
at zero go. A count kept is then short of the true one by at most the
table's total count / (CAPACITY + 1), a key more frequent than that is never
dropped, and a worker's memory stays bounded however many distinct stories
it reads. Until a table is cut, counts are exact and any split of an archive
merges to what one process counts; the dev corpora (2,330 stories) fill at
most 25,429 keys of a table, so nothing is cut there.
"""
from __future__ import annotations

import heapq

CAPACITY = 100_000


def bounded(table: dict, count=lambda item: item, lowered=lambda item, by: item - by) -> dict:
    """``table`` itself while it holds at most 2 * CAPACITY keys, else a new
    one of at most CAPACITY: ``count(item)`` is an item's count and
    ``lowered(item, by)`` the item with its count lowered by ``by``."""
    if len(table) <= 2 * CAPACITY:
        return table
    floor = heapq.nlargest(CAPACITY + 1, map(count, table.values()))[-1]
    return type(table)({key: lowered(item, floor) for key, item in table.items() if count(item) > floor})
