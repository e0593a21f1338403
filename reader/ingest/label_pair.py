"""An English page's title naming two subjects joined by 'AND' ('SOCIETY AND PERSONAL',
'MARKETS AND SHIPPING', 'RELIGIOUS AND FRATERNAL'), alone in its paragraph over a headline
stacked in capitals: the page's label. Old papers titled their departments so; a
headline's first tier over its bank names one event, and its bank is a line, not a stack."""

from __future__ import annotations

import re

from reader.ingest.head import is_caps
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL

PAIR_OVER_STACK = "masthead: a title of two names joined by AND over a headline stack: the label"
# One or two words each side ('FARM AND MARKET', 'CHURCH AND LODGE NEWS').
_PAIR = re.compile(r"^[A-Z][A-Z'’-]++(?: [A-Z][A-Z'’-]++)? (?:AND|&) [A-Z][A-Z'’-]++(?: [A-Z]++)?$")
_STACK = 2  # capital lines of the headline under it, at least
# The words an English page's department is named by ('SPORTING NEWS', 'FARM AND MARKET');
# a headline's first tier names people or an event ('ROOSEVELT AND TAFT', 'BIG FIRE').
_DEPARTMENT_WORDS = frozenset(
    """NEWS SPORTS SPORTING SPORT HOME LIVING LIFE BUSINESS OPINION SOCIETY LOCAL WORLD NATION
    NATIONAL ARTS ENTERTAINMENT FOOD HEALTH PETS GARDEN FAITH RELIGION RELIGIOUS CHURCH
    EDUCATION SCHOOL SCHOOLS OBITUARIES COMMUNITY PERSONAL FARM MARKET MARKETS SHIPPING FINANCE
    MONEY WEATHER STYLE TRAVEL SCIENCE TECHNOLOGY METRO REGION NOTES CALENDAR EVENTS FAMILY
    HOBBIES AUTOS REAL ESTATE OUTDOORS THEATER MUSIC BOOKS LODGE FRATERNAL""".split()
)


# Words a standing department is titled by that a headline uses too ('POLICE RAID DEN',
# 'COURT UPHOLDS TAX'): they name the department only when the title holds nothing else.
_STANDING_WORDS = frozenset("AMUSEMENTS COURT COURTS POLICE".split())


def names_department(title: str) -> bool:
    """A word of the title is one a page's department is named by, or the title is made
    of the words a standing department is titled by alone ('COURT AND POLICE')."""
    words = re.findall(r"[A-Z]+", title)
    return not _DEPARTMENT_WORDS.isdisjoint(words) or standing_title(words)


def standing_title(words: list[str]) -> bool:
    """Every word of the title but 'AND' names a department ('AMUSEMENTS')."""
    named = [w for w in words if w != "AND"]
    return bool(named) and all(w in _STANDING_WORDS | _DEPARTMENT_WORDS for w in named)


def pair_over_stack(paras: list[Para], dense: bool) -> bool:
    """The first paragraph is such a title; the next opens with a stack of lines in
    capitals that end no sentence."""
    if dense or len(paras) < 2 or len(paras[0].lines) != 1:
        return False
    title = paras[0].lines[0].text
    if not _PAIR.match(title) or not names_department(title):
        return False
    stack = [line.text for line in paras[1].lines[:_STACK]]
    return len(stack) == _STACK and all(is_caps(t) and not TERMINAL.search(t) for t in stack)
