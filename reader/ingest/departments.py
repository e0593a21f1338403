"""The words an English page's departments are titled by ('SPORTING NEWS', 'FARM AND
MARKET', 'AMUSEMENTS'): a page label's, a standing head's. A leaf: the label and the
segment stages both read it."""

from __future__ import annotations

import re

# The words an English page's department is named by ('SPORTING NEWS', 'FARM AND MARKET');
# a headline's first tier names people or an event ('ROOSEVELT AND TAFT', 'BIG FIRE').
_DEPARTMENT_WORDS = frozenset(
    """NEWS SPORTS SPORTING SPORT HOME LIVING LIFE BUSINESS OPINION SOCIETY LOCAL WORLD NATION
    NATIONAL ARTS ENTERTAINMENT FOOD HEALTH PETS GARDEN FAITH RELIGION RELIGIOUS CHURCH
    EDUCATION SCHOOL SCHOOLS OBITUARIES COMMUNITY PERSONAL FARM MARKET MARKETS SHIPPING FINANCE
    MONEY WEATHER STYLE TRAVEL SCIENCE TECHNOLOGY METRO REGION NOTES CALENDAR EVENTS FAMILY
    HOBBIES AUTOS REAL ESTATE OUTDOORS THEATER THEATERS THEATRE THEATRES MUSIC BOOKS LODGE
    LODGES FRATERNAL CHURCHES CLUBS""".split()
)


# Words a standing department is titled by that a headline uses too ('POLICE RAID DEN',
# 'COURT UPHOLDS TAX'): they name the department only when the title holds nothing else.
_STANDING_WORDS = frozenset("AMUSEMENTS COURT COURTS POLICE".split())


def names_department(title: str) -> bool:
    """A word of the title is one a page's department is named by, or the title is made
    of the words a standing department is titled by alone ('COURT AND POLICE')."""
    words = re.findall(r"[A-Z]+", title)
    return not _DEPARTMENT_WORDS.isdisjoint(words) or department_title(words)


def department_title(words: list[str]) -> bool:
    """Every word of the title but 'AND' names a department ('AMUSEMENTS')."""
    named = [w for w in words if w != "AND"]
    return bool(named) and all(w in _STANDING_WORDS | _DEPARTMENT_WORDS for w in named)


# A paper's standing boxes that are no department but run in as one: 'TIDES—High water …'.
_BOXES = frozenset("TIDES ALMANAC FORECAST TEMPERATURES".split())


def standing_head(word: str) -> bool:
    """A word in capitals that heads a standing item run in ('WEATHER—', 'TIDES—'), where
    'LATER—' goes on with a story and 'LONDON—' dates a brief."""
    return word in _BOXES or names_department(word)
