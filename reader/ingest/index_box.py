"""A front page's index box ends at its entries: '오늘의 주요 기사' over '▷2면 …' lines is
an item of its own, and the first line after them with no mark starts the next item
(an index lists other pages' stories; none of them goes on under it)."""

from __future__ import annotations

import re

from reader.ingest.lines import Para
from reader.ingest.runs import Group
from reader.ingest.units import is_plain

# '▷2면 정부, 내년 예산 심의 본격화': a page's number and the story printed there.
_PAGE_ENTRY = re.compile(r"^[◇◆▷▶○■●·]\s?\d{1,2}면\s")
INDEX_ENDS = "the line after an index's '▷N면 …' entries, which end its box"
_ENTRIES = 2  # entries in a row that make a box: one alone may be a story's pointer


def _entry(para: Para) -> bool:
    return len(para.lines) == 1 and bool(_PAGE_ENTRY.match(para.lines[0].text))


def index_boxes(groups: list[Group]) -> list[Group]:
    """Each group cut after a run of index entries followed by an unmarked line (a
    byline or a credit under them stays: they close a story that points to others)."""
    out: list[Group] = []
    for group in groups:
        paras, start, run = group.paras, 0, 0
        why = group.why
        for k, para in enumerate(paras):
            if _entry(para):
                run += 1
                continue
            # a box's entries come straight under its title, not after a story's prose
            if run >= _ENTRIES and k - run <= start + 1 and is_plain(para.lines[0].text):
                out.append(Group(paras[start:k], why))
                start, why = k, INDEX_ENDS
            run = 0
        out.append(Group(paras[start:], why))
    return out
