"""A page is never one giant item: a head too long to be a headline and its deck.

A headline's deck is a few short lines (the seed's is six, the generator writes two to
six); lines before an item's first prose that run past that, printed as blocks of
several lines each (a heading over its rows: a race over its placings, a district over its
counts), are not one deck but items of their own, each block's top line its headline and
its other lines its rows. The single lines right above the prose stay the story's head.
"""

from __future__ import annotations

from reader.ingest.ad_marks import AD_SCORE, ad_score
from reader.ingest.en_heads import is_prose
from reader.ingest.head import figure_rows
from reader.ingest.lines import Para
from reader.ingest.runs import Group

DECK_LINES = 8  # a headline, a subheadline and six deck lines, at most
LONG_HEAD = "a heading over its rows, in a head too long to be a deck"
TITLE_OVER_ROWS = "a title over headings with rows under them"


def _head_run(paras: list[Para]) -> int:
    """How many of the group's first paragraphs come before its first prose."""
    return next((k for k, para in enumerate(paras) if is_prose(para)), len(paras))


def _tops(paras: list[Para]) -> list[int]:
    """Where each printed block starts: a paragraph that is not a line cut out of one."""
    return [k for k, para in enumerate(paras) if not para.inner]


def split_long_head(group: Group) -> list[Group]:
    """The group, or its head cut into items at its blocks of rows, then the story.
    An ad's lines are no deck: its group is left to the ad's own rules."""
    n = _head_run(group.paras)
    head = group.paras[:n]
    if sum(len(p.lines) for p in head) <= DECK_LINES:
        return [group]
    tops = _tops(head) + [n]
    pairs = zip(tops, tops[1:], strict=False)
    blocks = [(a, b) for a, b in pairs if b - a >= 3 and figure_rows(group.paras[a + 1 : b])]
    if len(blocks) < 2 or ad_score(group.paras) >= AD_SCORE:
        return [group]  # one heading over rows may be a story's own table; an ad's rows
    first, last = blocks[0][0], blocks[-1][1]
    cuts = (
        ([0] if first else [])
        + [a for a, _ in blocks]
        + ([last] if last < len(group.paras) else [])
    )
    out: list[Group] = []
    for i, (a, b) in enumerate(zip(cuts, cuts[1:] + [len(group.paras)], strict=False)):
        why = (
            group.why if i == 0 else LONG_HEAD if a < last else f"{LONG_HEAD}: the story after them"
        )
        if i == 0 and first:
            why = f"{group.why}; {TITLE_OVER_ROWS}"
        out.append(Group(group.paras[a:b], why))
    return out
