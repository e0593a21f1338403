"""A title over the run of items under it, on the page's first line: the page's label.

The items stage reads a line with nothing under it before the next item's headline
('RIDER BULLETIN' over 'Route 4 Eastside moves …', 'CLASSIFIED ADS' over the first ad)
as a title: an item with a headline only. Where that title is the page's first line,
it names the page, as a listing's column title does there (docs/representation.md,
"Listings"), and becomes the page's section label; the items keep their starts and are
numbered again from one. A title over a results box's headings (no prose under it) is the
box's, and an English title in title case ('Letters to the Editor') is set as a headline
is: both stay items.
"""

from __future__ import annotations

import msgspec

from reader.ingest import explain
from reader.ingest.head import LATIN, is_caps
from reader.ingest.lines import Para
from reader.model import Article, Item, Text

RUN = 2  # items under the title, at least: a title over one item is its headline
TITLE_MAX = 40  # characters of a page's title
PAGE_TITLE = "page: the title over the page's run of items, on its first line, is its label"


def _bare(item: Item) -> bool:
    """An article with a headline and nothing else."""
    if not isinstance(item, Article) or item.headline is None:
        return False
    return not (item.subheadline or item.deck or item.body or item.bylines)


def _told(item: Item) -> bool:
    """An ad, a piece told in prose or a listing's entries: an item of a run (a brief, a
    letter, a notice, a channel's schedule); a results box's rows are paragraphs. A signed
    piece is told whatever its body opens with (a serial's chapter under its subhead)."""
    if not isinstance(item, Article):
        return True
    return bool(item.bylines) or any(b.kind in ("lead", "bullet") for b in item.body)


def page_title(items: list[Item], paras: list[Para], page: int) -> tuple[Text | None, list[Item]]:
    """The page's label and its items without it, or (None, items) when there is none."""
    if len(items) <= RUN or not paras or not _bare(items[0]):
        return None, items
    first = paras[0].lines[0]
    headline = items[0].headline if isinstance(items[0], Article) else None
    if headline is None or len(headline.text) > TITLE_MAX:
        return None, items
    if [tuple(s) for s in headline.spans] != [(first.start, first.end)]:
        return None, items  # the title is more than the page's first line
    if any(_bare(item) for item in items[1 : RUN + 1]):
        return None, items  # titles over titles: a page of column heads, not one run
    if not _told(items[1]) and sum(map(_told, items[1:])) < RUN:
        return None, items  # a results box's title over its headings and rows; a register
        # under it (deeds as paragraphs) still titles the run when its other items are told
    if LATIN.search(headline.text) and not is_caps(headline.text):
        return None, items  # 'Letters to the Editor': a heading set as headlines are
    ids = {item.id: f"p{page}-{i}" for i, item in enumerate(items[1:], start=1)}
    explain.renumber(ids, items[0].id)
    rest = [msgspec.structs.replace(item, id=ids[item.id]) for item in items[1:]]
    return Text(headline.text, list(headline.spans)), rest
