"""A notices column's title inside a page ('LEGAL NOTICES', 'CLASSIFIED ADVERTISEMENTS'
under the ads or the news above it): an item with its headline only, as a title over a run
of items is, never the last ad's line nor the first notice's title."""

from __future__ import annotations

import re

from reader.ingest.ad import has_phone
from reader.ingest.ad_marks import bylined_prose
from reader.ingest.brevities import DATED
from reader.ingest.head import is_caps, is_title_case
from reader.ingest.label_caps import notices_label
from reader.ingest.lines import Para
from reader.ingest.over_its_head import EN_DATELINE

NOTICES_TITLE = "a notices column's title ('LEGAL NOTICES') alone on its line: an item of its own"
UNDER_NOTICES_TITLE = "the first notice or ad under its column's title ('LEGAL NOTICES')"
# Read in `_items`: the notices after the first are the column's too (`NoticesColumn`).
IN_NOTICES_COLUMN = "ad: a notice under its column's title ('LEGAL NOTICES'), the first or later"


def lone_title(paras: list[Para]) -> bool:
    """The group is a notices column's title and nothing else."""
    return len(paras) == 1 and len(paras[0].lines) == 1 and notices_label(paras[0].text)


class NoticesColumn:
    """A notices column's title and the groups under it, read down the page: each is a
    notice, to the page's foot, until a story ends the column. A column sets its notices
    alike; a headline alone over its text where the first notice's head runs into its text
    ('EXECUTOR'S NOTICE.' over 'All persons having claims …') is a story's, and so is a
    byline or a dateline ('MILLVALE, May 3.—')."""

    def __init__(self) -> None:
        self.open = False
        self.first: list[Para] | None = None  # the column's first notice, its form

    def holds(self, group: list[Para]) -> bool:
        """Whether the group, read after the groups above it, is one of the column's."""
        if self.open and self.first is not None and self._story(group):
            self.open = False
        return self.open

    def read(self, group: list[Para]) -> None:
        if lone_title(group):
            self.open, self.first = True, None
        elif self.open and self.first is None and sum(len(p.lines) for p in group) > 1:
            self.first = group

    def _story(self, group: list[Para]) -> bool:
        if self.first is not None and _head_apart(group) and _head_tight(self.first):
            return True
        lines = [line.text for para in group[:2] for line in para.lines][:2]
        dated = any(DATED.match(t) or EN_DATELINE.match(t) for t in lines)
        return dated or bylined_prose(group)


def _head_apart(group: list[Para]) -> bool:
    """A head alone in its paragraph with a blank line under it, over its text."""
    return len(group) > 1 and len(group[0].lines) == 1 and group[1].gap > 0


def _head_tight(group: list[Para]) -> bool:
    """A head in capitals or title case run into its text, no blank line between; a notice
    with no head ('Notice is hereby given …') shows no form of the column's heads."""
    head = group[0].lines[0].text
    if not (is_caps(head) or is_title_case(head)):
        return False
    return len(group[0].lines) > 1 or len(group) > 1 and not group[1].gap


CATEGORY_HEAD = "a category's head in capitals alone among the notices ('HELP WANTED'): no ad"
_CATEGORY_MAX = 30  # characters of a category's head
_NO_HEAD = re.compile(r"[\d.:;—–-]$|\d")  # a figure or a closing mark: a notice's line


def title_alone(paras: list[Para]) -> str | None:
    """Why the group, a title alone, is no notice: a notices column's title, or the head of
    a category of small ads ('HELP WANTED', 'FOR RENT') over the ads it groups, one short
    line in capitals with no figure and no closing mark. A want ad runs its head into its
    text ('WANTED—Girl for …'); a heading that runs into nothing names the run. Or None."""
    if lone_title(paras):
        return NOTICES_TITLE
    if len(paras) != 1 or len(paras[0].lines) != 1:
        return None
    text = paras[0].text
    if len(text) <= _CATEGORY_MAX and is_caps(text) and not _NO_HEAD.search(text):
        return CATEGORY_HEAD
    return None


def notices_title(paras: list[Para], k: int, current: list[Para]) -> str | None:
    """Why paragraph k starts an item at a notices column's title or under it, or None."""
    if lone_title(current):
        return UNDER_NOTICES_TITLE
    if len(paras[k].lines) == 1 and notices_label(paras[k].text) and k + 1 < len(paras):
        return NOTICES_TITLE
    return None


CATEGORY_APART = "a category's head in capitals set apart under an ad's contact: its run's title"


def category_under_contact(paras: list[Para]) -> int | None:
    """Where in the group a category's head ('USED CAR BARGAINS', the module's doc) stands
    set apart under an ad closed by its contact line: the title of the small ads under it,
    no line of the ad above. Or None."""
    for k in range(1, len(paras)):
        para = paras[k]
        if not para.gap or len(para.lines) != 1 or len(para.lines[0].text) > _CATEGORY_MAX:
            continue  # cheap tests first: a head is one short line (title_alone)
        apart = k + 1 == len(paras) or paras[k + 1].gap  # an ad's title has its text tight
        if apart and has_phone(paras[k - 1].lines[-1].text):
            if title_alone(paras[k : k + 1]) == CATEGORY_HEAD:
                return k
    return None
