"""A notices column's title inside a page ('LEGAL NOTICES', 'CLASSIFIED ADVERTISEMENTS'
under the ads or the news above it): an item with its headline only, as a title over a run
of items is, never the last ad's line nor the first notice's title."""

from __future__ import annotations

import re

from reader.ingest.ad import has_phone
from reader.ingest.head import is_caps
from reader.ingest.label_caps import notices_label
from reader.ingest.lines import Para

NOTICES_TITLE = "a notices column's title ('LEGAL NOTICES') alone on its line: an item of its own"
UNDER_NOTICES_TITLE = "the first notice or ad under its column's title ('LEGAL NOTICES')"
# Read in `_items`: the notices after the first are the column's too, to the page's foot.
IN_NOTICES_COLUMN = "ad: a notice under its column's title ('LEGAL NOTICES'), the first or later"


def lone_title(paras: list[Para]) -> bool:
    """The group is a notices column's title and nothing else."""
    return len(paras) == 1 and len(paras[0].lines) == 1 and notices_label(paras[0].text)


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
