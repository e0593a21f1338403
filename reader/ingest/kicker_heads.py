"""A headline led by its kicker in brackets ('[당선소감] 바다를 다 건너지 못한 문장들에게',
'[심사평] 낯선 비유를 끝까지 밀고 가는 힘'), alone in its paragraph with text under it:
the next piece of a page of parts (a contest's poem, its winner's words, the judges'
verdict) starts there, whatever ends the piece above it (a poem's stanza, a profile's '▲'
entries). Under a headline's stack it is a deck line, in a listing a heading. A bracket
alone (`[쟁점 정리]`) is a story's subhead; one before a title is a
headline."""

from __future__ import annotations

from reader.ingest.en_heads import is_prose
from reader.ingest.headlines import tagged
from reader.ingest.lines import Para
from reader.ingest.listing import is_entry
from reader.ingest.repair import TERMINAL

KICKER_HEAD = "a headline led by its kicker in brackets ('[심사평] 제목'), text under it"
_STACK = 4  # lines of a headline's stack, at most
_NEAR = 8  # paragraphs above it that say what it closes


def kicker_head(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k starts an item after the current one's body, or None."""
    para = paras[k]
    if len(para.lines) != 1 or k + 1 == len(paras) or not current:
        return None
    text = para.lines[0].text
    if not tagged(text) or TERMINAL.search(text):
        return None  # the cheap test first: most lines are no kicker's
    if tagged(paras[k + 1].lines[0].text):
        return None  # kickers one under another: a list of them
    near = current[-_NEAR:]  # the item's last paragraphs: a page's group may run long
    if not any(map(is_prose, near)):
        # under a headline's stack, its deck (a poem runs longer); in a listing, its next
        # heading (listing_parts.py)
        lines = [line.text for p in near for line in p.lines]
        if len(lines) <= _STACK or any(map(is_entry, lines)):
            return None
    return KICKER_HEAD
