"""A listing's parts that stand apart from it: a one-word title over a notice (the title
an item of its own, the notice's headline the line under it), and the page's colophon
after the last entries. A pass over split_listing's listings."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.ingest.head import is_short_line
from reader.ingest.listing import Listing, is_entry


def listing_parts(out: list[Listing]) -> list[Listing]:
    return _colophon_apart(_title_apart(out)) if out else out


TITLE_APART = "listing: a word's title over a notice's headline: the title an item of its own"
_WORD = re.compile(r"^[가-힣A-Za-z]{2,6}$")  # a one-word title: '알립니다', '공지'
_NOTICE_HEAD = 12  # characters of a notice's headline, at least
COLOPHON_RULE = "listing: the page's colophon ('발행인 …'), after the last entries, apart"
# A newsletter's colophon: who publishes and edits it ('발행인 …', '편집인 …').
COLOPHON = re.compile(r"(?:발행인|편집인|펴낸이|발행처)\s")


def _title_apart(out: list[Listing]) -> list[Listing]:
    """'알립니다' over '○○ 참가자 모집' (no mark, as long as a headline) over its entries:
    the title stands over the notice, whose headline that line is, not a group's label."""
    top = out[0] if len(out) == 1 else None
    if top is None or top.heading is None or not _WORD.match(top.heading.text):
        return out  # a bracketed heading ('[부고]') heads its entries, whatever is under it
    if not top.pieces or top.pieces[0].kind != "group":
        return out
    head = top.pieces[0].line
    if len(head.text) < _NOTICE_HEAD or not heading_text(head.text):
        return out
    return [Listing(top.heading), Listing(head, top.pieces[1:], why=TITLE_APART)]


def heading_text(text: str) -> bool:
    return text[:1] not in "▲△▷○◇◆<〈[" and is_short_line(text) and not is_entry(text)


def _colophon_apart(out: list[Listing]) -> list[Listing]:
    """A sentence naming the publisher after the last entries stands apart: the page's
    colophon, no part of the listing."""
    last = out[-1].pieces
    if len(last) < 2 or last[-1].kind == "entry" or not COLOPHON.search(last[-1].line.text):
        return out
    return [
        *out[:-1],
        Listing(out[-1].heading, last[:-1], out[-1].why),
        Listing(None, [replace(last[-1], why=COLOPHON_RULE)], COLOPHON_RULE),
    ]
