"""A headline known by what stands under it: its deck, a credited photo and no text, a byline."""

from __future__ import annotations

import re

from reader.ingest.byline_lines import opens_with_byline
from reader.ingest.head import is_short_line
from reader.ingest.headlines import (
    after_photo,
    caption_with_credit,
    finished,
    one_line,
    prose,
    tagged,
)
from reader.ingest.lines import Para
from reader.ingest.units import is_plain, line_kind

# A wire story's dateline and agency opening its lead, no reporter named: '(리오나=AFP 한빛)
# 세베린 남부를 …', '[세종=누리통신] …'. A story opens so; none of its paragraphs does.
WIRE_DATELINE = re.compile(
    r"^[\[(][가-힣]{2,8}=[가-힣A-Za-z]{2,10}(?: [가-힣A-Za-z]{2,10})?[)\]] ?\S"
)
WIRE_LEAD = "headline over a lead that opens with a wire dateline and agency ('(CITY=AFP 통신) …')"
# An English story's dateline opening its lead: the place in capitals, the state, the agency
# in brackets, then a dash ('MARLOW, Ky. (AP) — …', 'LAKEPORT — …'). A story's first
# paragraph carries it, never a paragraph under a subhead. A colon after a name in
# capitals is as often a speaker's ('HARLOW: …') as a place's: not read.
EN_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]{2,20}(?: [A-Z][A-Z.'’-]{1,20}){0,3}"
    r"(?:, [A-Z][a-z.]{1,12}(?: [A-Z][a-z.]{1,12})?)?"
    r"(?: \([A-Z][A-Za-z]{1,10}\))?(?: ?[—–] ?)(?=[A-Z\"“])"
)
EN_DATELINE_LEAD = (
    "headline over a lead that opens with its dateline ('PLACE, State (AP) —', 'PLACE —')"
)


def _text_follows(paras: list[Para], k: int) -> bool:
    """Does prose follow the caption (and its credit line) at paragraph k?"""
    after = after_photo(paras, k)
    return after < len(paras) and prose(paras[after])


def over_its_head(paras: list[Para], k: int, listing: bool) -> str | None:
    """Why paragraph k heads a new item in a group that holds more than a head: it is led
    by its column's tag, or stands over what only a head holds.

    listing: the group holds a listing's entries (its tagged headings cut it apart).
    """
    text = one_line(paras, k)
    if text is None or _deck_of(paras, k):
        return None
    if tagged(text) and not listing:
        return "headline led by its column's tag"
    if _over_its_deck(paras, k):
        return HEAD_OVER_DECK
    below = paras[k + 1].lines[0].text
    if caption_with_credit(paras, k + 1) and not _text_follows(paras, k + 1):
        return "headline over a credited photo caption and nothing more (a photo, a cartoon)"
    if opens_with_byline(below):
        return "headline over a lead that opens with its byline"
    if WIRE_DATELINE.match(below):
        return WIRE_LEAD
    if EN_DATELINE.match(below) and not EN_DATELINE.match(text):
        return EN_DATELINE_LEAD
    rest = paras[k + 2] if k + 2 < len(paras) else None
    if line_kind(below)[0] == "byline" and rest is not None and prose(rest):
        return "headline over its byline"
    return None


HEAD_OVER_DECK = (
    "a headline over its deck in one block, after finished text, over a lead that opens "
    "with its byline (two short lines, never two items)"
)


def _over_its_deck(paras: list[Para], k: int) -> bool:
    """Paragraph k a short line over a second one cut from the same block (its deck: two
    short unpunctuated lines printed together), after finished text and over a lead that
    opens with its byline."""
    if k == 0 or k + 2 >= len(paras) or paras[k].inner or not paras[k + 1].inner:
        return False
    deck = paras[k + 1].lines
    if len(deck) != 1 or not is_short_line(deck[0].text) or not is_plain(deck[0].text):
        return False
    below = paras[k + 2]  # a lead that opens with its byline starts a story; short lines
    # over plain prose right after a lead are that lead's deck (body.py)
    if below.inner or not opens_with_byline(below.lines[0].text):
        return False
    return finished(paras[k - 1].lines[-1].text)


def _deck_of(paras: list[Para], k: int) -> bool:
    """Is paragraph k the deck line of the headline above it in its block?"""
    return (
        paras[k].inner
        and k > 0
        and one_line(paras, k - 1) is not None
        and _over_its_deck(paras, k - 1)
    )
