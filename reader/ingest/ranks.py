"""A ranked box of headlines ('많이 본 뉴스' over '1 수능 한파 없다…', '2 …', '3 …'): each
line its rank, a space and a headline, the ranks counting up one by one. Each is a list's
entry, its rank kept in its text as a numbered entry's ('1. …') is."""

from __future__ import annotations

import re

_RANK = re.compile(r"^(\d{1,2}) (?=[^\d\s])")
_ENTRY_MAX = 60  # characters of a ranked headline: longer is a sentence opening with a figure
RANK_RUN = "article: a ranked line ('1 헤드라인') in a run counting up one by one: an entry"


def _rank(text: str) -> int | None:
    if len(text) > _ENTRY_MAX or text.endswith("."):
        return None
    m = _RANK.match(text)
    return int(m[1]) if m else None


def rank_entry(text: str, above: str | None, below: str | None) -> bool:
    """Whether a line is a ranked entry: the next line ranks one lower, or the line above
    (already an entry) one higher."""
    n = _rank(text)
    if n is None:
        return False
    if below is not None and _rank(below) == n + 1:
        return True
    return above is not None and n > 1 and _rank(above) == n - 1
