"""A desk's name over the page's first headline: labels told by where the gaps fall or by
the section's own word ('청소년 수련관 소식' set apart over a headline tight on its lead,
'GARDEN CLUB NEWS' over a headline not in capitals)."""

from __future__ import annotations

import re

from reader.ingest.head import HANGUL, is_caps
from reader.ingest.lines import Para
from reader.ingest.listing import listed
from reader.ingest.masthead import LABEL_WORDS, SECTIONS
from reader.ingest.repair import TERMINAL

DESK_MAX = 16  # characters of a desk's name
HEADLINE_MAX = 80  # characters: a longer line is text
_RATIO = 1.5  # the headline under a desk's name is this much longer, or more
# A name of letters in one to four words, joined by spaces, '·' or '&': '청소년 수련관 소식',
# '주말 & 레저'. Brackets, figures and marks make a heading or a headline, not a desk.
_DESK = re.compile(r"^[가-힣A-Za-z]++(?:(?:\s?+[·&]\s?+|\s)[가-힣A-Za-z]++){0,3}$")
_CAPS_WORD = re.compile(r"[A-Z]++")

# Words English papers name their sections with, as the name's last word ('GARDEN CLUB NEWS',
# 'HIGH SCHOOL SPORTS'); a headline in capitals rarely ends on one.
EN_DESK_WORDS = frozenset(
    """NEWS SPORTS SPORT OPINION SOCIETY CALENDAR EVENTS NOTES BUSINESS OBITUARIES COMMUNITY
    LIVING HEALTH FOOD ARTS ENTERTAINMENT EDUCATION SCHOOLS WEATHER TRAVEL OUTDOORS""".split()
)

DESK_OVER_TIGHT_HEAD = (
    "masthead: a short name set apart over a headline tight on its lead: the desk's label"
)
EN_DESK = "masthead: a section's name in capitals ('… NEWS') over a headline not in capitals"


def _headline(text: str, first: str) -> bool:
    """A headline under a desk's name: no sentence, longer by half, no entry or heading."""
    if TERMINAL.search(text) or listed(text) or text[:1] in "[<(【〈■◆◇▲△▶□○●-":
        return False
    return _RATIO * len(first) <= len(text) <= HEADLINE_MAX


def over_tight_head(paras: list[Para], dense: bool) -> bool:
    """A short Korean name alone in its paragraph over a headline whose lead follows it
    with no blank line between: the desk's label. A page that sets its heads tight on
    their text puts no gap inside a headline's stack, so the line set apart above the
    stack is no headline of it."""
    if dense or len(paras) < 2 or len(paras[0].lines) != 1 or len(paras[1].lines) < 2:
        return False
    first = paras[0].lines[0].text
    if len(first) > DESK_MAX or not HANGUL.search(first) or not _DESK.match(first):
        return False
    if first.split()[-1] not in SECTIONS | LABEL_WORDS:
        return False  # a desk's name ends on a section's word ('… 소식'); a headline does not
    head, lead = paras[1].lines[0].text, paras[1].lines[1].text
    return _headline(head, first) and bool(TERMINAL.search(lead)) and len(lead) > len(head)


def en_desk(paras: list[Para], dense: bool) -> bool:
    """A short line in capitals whose last word names a section ('LIBRARY NEWS', 'SPORTS')
    over a headline not in capitals, with more under it: the page's label. A headline in
    capitals over a mixed-case bank ends on its subject, not on a desk's word."""
    lines = [line for para in paras[:3] for line in para.lines][:3]
    if len(lines) < 3 or not dense and len(paras[0].lines) != 1:
        return False
    first, below = lines[0].text, lines[1].text
    if len(first) > DESK_MAX + 8 or not is_caps(first) or TERMINAL.search(first):
        return False
    words = _CAPS_WORD.findall(first)
    if not words or len(words) > 3 or words[-1] not in EN_DESK_WORDS or not _DESK.match(first):
        return False
    if is_caps(below) or TERMINAL.search(below) or listed(below) or len(below) > HEADLINE_MAX:
        return False
    return any(ch.islower() for ch in below)


def over_its_text(paras: list[Para]) -> bool:
    """A title in capitals alone over lines that run on to a sentence's end, with no blank
    line between ('THE WEATHER' over 'Fair tonight and Fri-' / 'day; cooler …'): an ear or
    a brief, its headline over its text; a page's label stands over a headline."""
    if len(paras) < 2 or len(paras[0].lines) != 1 or paras[1].gap:
        return False
    text = paras[1].lines
    first = paras[0].lines[0].text
    if " " not in first or not is_caps(first) or TERMINAL.search(first) or len(text) < 2:
        return False  # one word ('SPORTS') names a page's section, whatever is under it
    return bool(TERMINAL.search(text[-1].text)) and not is_caps(text[0].text)
