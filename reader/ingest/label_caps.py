"""An English page's label in capitals: a word over a headline, a line over a stack, an issuer."""

from __future__ import annotations

import re

from reader.ingest.departments import names_department
from reader.ingest.head import HANGUL, is_caps
from reader.ingest.label_desk import HEADLINE_MAX
from reader.ingest.lines import Para
from reader.ingest.listing import listed
from reader.ingest.repair import TERMINAL

STACK_MAX = 16  # characters of a label over a headline stack
CAPS_WORD_RULE = "masthead: one English word in capitals over a headline is the section's label"
_CAPS_WORD = re.compile(r"^[A-Z]{4,16}$")


def caps_word(paras: list[Para], dense: bool) -> bool:
    """One English word in capitals alone in its paragraph ('COMMUNITY', 'MANUFACTURING')
    over a headline (a line that is no sentence, longer than the word) with more under it:
    the section's label. Two words there ('OUR VIEW') title a run of items."""
    if dense or len(paras) < 3 or len(paras[0].lines) != 1:
        return False
    first, below = paras[0].lines[0].text, paras[1].lines[0].text
    if not _CAPS_WORD.match(first) or is_caps(below) or HANGUL.search(below):
        return False
    return len(first) < len(below) <= HEADLINE_MAX and not TERMINAL.search(below)


CAPS_OVER_STACK = "masthead: a short line in capitals alone over a headline stack in one paragraph"


def caps_over_stack(paras: list[Para], dense: bool) -> bool:
    """A short English line in capitals alone in its paragraph ('SPORTING NEWS', 'PETS &
    HOME') over a paragraph that is a headline stack: a line in capitals, no sentence, at
    least as long, with its second tier or deck under it in the same paragraph. A headline
    alone over its deck has its deck in its own paragraph; one set over the stack's own
    paragraph names the page's section."""
    if dense or len(paras) < 3 or len(paras[0].lines) != 1:
        return False
    if len(paras[1].lines) < 2 and paras[2].gap:
        return False  # the stack's lines run on, no blank line between
    first, below = paras[0].lines[0].text, paras[1].lines[0].text
    if len(first) > STACK_MAX or not is_caps(first) or TERMINAL.search(first):
        return False
    if not names_department(first):
        return False  # a first tier of a headline ('BIG FIRE') over its bank
    if not is_caps(below) or TERMINAL.search(below) or len(below) < len(first):
        return False
    return len(below) <= HEADLINE_MAX and not listed(below)


# A public body's name over what it issues: 'CITY OF MAPLE GROVE' over its minutes.
_BODY = re.compile(
    r"^(?:CITY|TOWN|TOWNSHIP|VILLAGE|BOROUGH|COUNTY|PARISH|STATE)\s+OF\s+[A-Z][A-Z .'’-]{2,30}$"
)
ISSUER = "masthead: a public body's name ('CITY OF …') over its document's title"


def issuer(paras: list[Para]) -> bool:
    """'CITY OF MAPLE GROVE' on the page's first line over a title in capitals ('REGULAR
    MEETING OF THE CITY COUNCIL'): minutes and notices print their issuer's name above
    their title; it names the page's source, not the item."""
    lines = [line.text for para in paras[:2] for line in para.lines][:2]
    return len(lines) == 2 and bool(_BODY.match(lines[0])) and is_caps(lines[1])


# The label of a page of notices or classified ads: each item under it is an ad. An old
# page closes its heads on a stop ('LEGAL NOTICES.'), as it does every head.
_NOTICES = re.compile(
    r"^(?:(?:LEGAL|PUBLIC|OFFICIAL|SPECIAL)\s+NOTICES|LEGALS|WANT\s+ADS|NEW\s+ADVERTISEMENTS"
    r"|CLASSIFIEDS?(?:\s+(?:ADS|ADVERTISEMENTS|ADVERTISING))?)\.?$"
)
NOTICES_RULE = "masthead: a page of notices' label ('LEGAL NOTICES'); each notice under it is an ad"


def notices_label(text: str) -> bool:
    return bool(_NOTICES.match(text.strip()))
