"""Taking pages back out of an edition (`broadsheet remove EDITION --page A3`): a page
added to the wrong edition (reader/adding_pages.py, reader/day_editions.py), or one the
reader does not want.

The edition's text is its sources' texts joined by form feeds (`Edition.sources`), and
every non-whitespace character of it lies in one leaf. A page goes with its source: when
every page a source gave goes, the source leaves `sources` and its text leaves the
edition's, so the spans after it move back and the rest stays whole. A page whose source
gave a page that stays is refused (the edition keeps no text of its own to cut the page's
out of): the reader is told which pages go with it. The other pages keep their places,
ids and photos; a jump that led to an item removed leads nowhere again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import msgspec

from reader.adding_pages import moved_spans
from reader.errors import BroadsheetError
from reader.i18n import _
from reader.jump_links import link_jumps
from reader.model import Article, Edition, Jump, Page, Source, Span, edition_leaves
from reader.page_numbers import page_name, printed_order

_NAMED = re.compile(r"([A-Z]?)0*([1-9][0-9]*)")  # 'A3', 'a03', '3'


@dataclass(slots=True)
class Taken:
    edition: Edition  # the edition without the pages
    pages: list[Page]  # the pages taken out, in the edition's order


def named_pages(edition: Edition, names: list[str]) -> list[Page]:
    """The edition's pages the reader names (`A3`, `a03`: as the reader, `show` and the
    ingest name a page: by its printed number, else by its place); a BroadsheetError names
    one that is no page of it."""
    found: list[Page] = []
    for name in names:
        page = _page_named(edition, name)
        if page is None:
            known = ", ".join(page_name(p) for p in edition.pages)
            raise BroadsheetError(
                None,
                _("no page {page} in this edition (its pages: {pages}); nothing removed").format(
                    page=name, pages=known
                ),
            )
        found.append(page)
    named = {id(p) for p in found}  # by identity: two pages may be equal in value
    return [p for p in edition.pages if id(p) in named]


def _page_named(edition: Edition, name: str) -> Page | None:
    m = _NAMED.fullmatch(name.strip().upper())
    if m is None:
        return None
    wanted = (m.group(1), int(m.group(2)))
    printed = [p for p in edition.pages if p.printed and printed_order(p.printed) == wanted]
    if printed:
        return printed[0]
    bare = [p for p in edition.pages if not p.printed and not m.group(1)]
    return next((p for p in bare if p.number == wanted[1]), None)


def take_pages(edition: Edition, pages: list[Page]) -> Taken:
    """The edition without `pages` (see the module); a BroadsheetError when they are all
    its pages, or when a source of theirs gave a page that stays."""
    gone = {id(p) for p in pages}
    kept = [p for p in edition.pages if id(p) not in gone]
    if not kept:
        raise BroadsheetError(
            None, _("that is every page of the edition: remove the edition itself instead")
        )
    ranges = _source_ranges(edition)
    dropped: list[int] = []
    for k, (start, end) in enumerate(ranges):
        givers = [p for p in edition.pages if _in(_page_spans(p), start, end)]
        if not any(id(p) in gone for p in givers):
            continue
        staying = [page_name(p) for p in givers if id(p) not in gone]
        if staying:
            raise _together(next(p for p in givers if id(p) in gone), staying)
        dropped.append(k)
    if len(dropped) == len(ranges):  # the pages left print no words: nothing marks theirs
        raise _together(pages[0], [page_name(p) for p in kept])
    cuts = [_cut(ranges, k) for k in dropped]
    moved = [_moved_page(p, cuts) for p in kept]
    taken_ids = {it.id for p in pages for it in p.items}
    masthead = edition.masthead
    if masthead is not None:
        spans = [s for s in masthead.spans if not any(a <= s[0] < b for a, b in cuts)]
        masthead = msgspec.structs.replace(masthead, spans=_moved_spans(spans, cuts))
    sources = [s for k, s in enumerate(edition.sources) if k not in dropped]
    chars = edition.source.chars - sum(b - a for a, b in cuts)
    if len(sources) > 1:
        source, listed = msgspec.structs.replace(sources[0], chars=chars), sources
    elif sources:  # one source left: the edition is again of one source
        source, listed = sources[0], []
    else:
        source, listed = edition.source, []
    result = msgspec.structs.replace(
        edition,
        pages=[_unlinked(p, taken_ids) for p in moved],
        masthead=masthead,
        source=source,
        sources=listed,
    )
    return Taken(link_jumps(result), pages)


def _together(page: Page, staying: list[str]) -> BroadsheetError:
    reason = _(
        "page {page} came in one source with {others}: they can go only together "
        "(--page for each), or the edition; nothing removed"
    )
    return BroadsheetError(None, reason.format(page=page_name(page), others=", ".join(staying)))


def _source_ranges(edition: Edition) -> list[Span]:
    """Where each source's text lies in the edition's: joined by one form feed each."""
    if not edition.sources:
        return [(0, edition.source.chars)]
    ranges, at = [], 0
    for source in edition.sources:
        ranges.append((at, at + source.chars))
        at += source.chars + 1
    return ranges


def _cut(ranges: list[Span], k: int) -> Span:
    """The text source k takes from the edition's: its own and one form feed beside it."""
    start, end = ranges[k]
    return (start - 1, end) if k > 0 else (start, end + 1)


def _page_spans(page: Page) -> list[Span]:
    only = Edition(0, "-", Source("", "", ""), pages=[page])
    return [s for leaf in edition_leaves(only) for s in leaf.spans]


def _in(spans: list[Span], start: int, end: int) -> bool:
    return any(start <= s < end or start < e <= end for s, e in spans)


def _moved_spans(spans: list[Span], cuts: list[Span]) -> list[Span]:
    return [(_back(s, cuts), _back(e, cuts)) for s, e in spans]


def _back(at: int, cuts: list[Span]) -> int:
    """An offset once the texts of `cuts` are taken out before it."""
    return at - sum(b - a for a, b in cuts if b <= at)


def _moved_page(page: Page, cuts: list[Span]) -> Page:
    if not cuts:
        return page
    moved: Page = moved_spans(page, lambda at: _back(at, cuts), {})
    return moved


def _unlinked(page: Page, taken: set[str]) -> Page:
    """The page with its jumps that led to an item taken out leading nowhere again."""

    def loose(jump: Jump | None) -> Jump | None:
        if jump is None or jump.item not in taken:
            return jump
        return msgspec.structs.replace(jump, item=None)

    items = [
        msgspec.structs.replace(it, jump_on=loose(it.jump_on), jump_from=loose(it.jump_from))
        if isinstance(it, Article)
        else it
        for it in page.items
    ]
    return msgspec.structs.replace(page, items=items)
