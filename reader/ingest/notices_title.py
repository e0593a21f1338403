"""A notices column's title inside a page ('LEGAL NOTICES', 'CLASSIFIED ADVERTISEMENTS'
under the ads or the news above it): an item with its headline only, as a title over a run
of items is, never the last ad's line nor the first notice's title."""

from __future__ import annotations

from reader.ingest.label_caps import notices_label
from reader.ingest.lines import Para

NOTICES_TITLE = "a notices column's title ('LEGAL NOTICES') alone on its line: an item of its own"
UNDER_NOTICES_TITLE = "the first notice or ad under its column's title ('LEGAL NOTICES')"


def lone_title(paras: list[Para]) -> bool:
    """The group is a notices column's title and nothing else."""
    return len(paras) == 1 and len(paras[0].lines) == 1 and notices_label(paras[0].text)


def notices_title(paras: list[Para], k: int, current: list[Para]) -> str | None:
    """Why paragraph k starts an item at a notices column's title or under it, or None."""
    if lone_title(current):
        return UNDER_NOTICES_TITLE
    if len(paras[k].lines) == 1 and notices_label(paras[k].text) and k + 1 < len(paras):
        return NOTICES_TITLE
    return None
