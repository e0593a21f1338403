"""Where a listing opens after a story: its title in brackets ('[부고]', '[인사] 한빛시')
over entries or their groups ('▲국장 홍길동', '<본점>'), with no more of the story after;
and where a bracketed title after another bracketed listing's entries opens an item."""

from __future__ import annotations

from reader.ingest.ad_marks import is_byline
from reader.ingest.en_heads import is_prose
from reader.ingest.lines import Para
from reader.ingest.listing import BRACKETED_TITLE, is_entry, listed
from reader.ingest.repair import TERMINAL

LISTING_AFTER_STORY = "a bracketed listing heading ('[부고]', '[알림]') over entries, after a story"
_ROWS = 40  # lines looked at under the title: a listing's entries, not the page's rest


def listing_after_story(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: a listing's bracketed title over entries ('▲',
    '◇') or their groups ('<본점>'), after a story's text (or its signature), with no more
    of the story under the entries. Papers print an obituary list, a personnel
    announcement or a notice board under its bracketed name as a listing of its own; a
    story's own list stands under a subhead and is followed by more of its text."""
    para = paras[k]
    first = para.lines[0].text
    if first[:1] != "[" or not BRACKETED_TITLE.match(first):
        return None  # cheap test first: most paragraphs open with no bracket
    if not any(map(is_prose, current)):
        return None
    rows = [line.text for line in para.lines[1:]]
    for p in paras[k + 1 :]:
        if len(rows) > _ROWS:
            break
        rows += [line.text for line in p.lines]
    n = 0
    while n < len(rows) and listed(rows[n]):
        n += 1
    if not any(map(is_entry, rows[:n])):
        return None  # a story's subheads, or a headline over prose
    if n < len(rows) and (TERMINAL.search(rows[n]) or is_byline(rows[n])):
        return None  # the story goes on under its list, or its byline closes it
    return LISTING_AFTER_STORY


LISTING_AFTER_LISTING = (
    "a bracketed title over prose ('[알림] …') set apart after a listing's entries"
)


def listing_after_listing(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: a bracketed title over prose at its top, a blank line
    over it, after a listing that a bracketed title opened and that holds entries and no
    prose. A personnel page prints '[인사] 법무부', '[부고]' and a notice '[알림] …' one under
    another, each its own; held in the listing, the notice's prose would keep the listing
    stage from parting the listings above it."""
    para = paras[k]
    first = para.lines[0].text
    if first[:1] != "[" or not para.gap or not BRACKETED_TITLE.match(first):
        return None  # cheap test first: most paragraphs open with no bracket
    under = (
        Para(para.lines[1:])
        if len(para.lines) > 1
        else paras[k + 1]
        if k + 1 < len(paras)
        else None
    )
    if under is None or not is_prose(under) or not under.lines[0].text[:1].isalnum():
        # titled entries after entries, marked sentences too ('▲NAME은 … 참석했다.'): the
        # listing stage parts them (listing_parts)
        return None
    if not BRACKETED_TITLE.match(current[0].lines[0].text) or any(map(is_prose, current)):
        return None
    if not any(is_entry(line.text) for line in current[-1].lines):
        return None  # the listing's last lines, right above: no entries, no listing
    return LISTING_AFTER_LISTING
