"""Link a story's parts across pages: each jump on to the item that jumps back.

The ingest reads a jump line where it is printed (reader/ingest/jump_lines.py); only the
whole edition knows what is at its other end. A jump on from page P to page N leads to
the article on page N whose jump back names P; a page is known by the number printed on it
where it prints one (reader/page_numbers.py), else by its place in the source. When
several stories on P jump to N, the pairs are made by the words the headlines share (the
jump head repeats the headline's words, 'See COUNCIL' names its own), the rest in the
order they are printed. A jump whose page or partner is not in the edition stays
unlinked: the reader says so.
"""

from __future__ import annotations

import msgspec

from reader.model import Article, Edition, Item, Jump, Page
from reader.page_numbers import jump_number


def link_jumps(edition: Edition) -> Edition:
    """The edition with its jumps' `item` set both ways; unchanged when nothing links."""
    pages: dict[int, Page] = {}
    for p in edition.pages:  # by the number a jump line names: the printed one, if any
        pages.setdefault(jump_number(p), p)
    on: dict[str, str] = {}  # the first part's id -> its continuation's
    came: dict[str, str] = {}  # the continuation's id -> its first part's
    for page in edition.pages:
        going = [a for a in _articles(page) if a.jump_on is not None]
        for target in sorted({a.jump_on.page for a in going if a.jump_on is not None}):
            there = pages.get(target)
            if there is None:
                continue
            out = [a for a in going if a.jump_on is not None and a.jump_on.page == target]
            back = [
                a
                for a in _articles(there)
                if a.jump_from is not None
                and a.jump_from.page == jump_number(page)
                and a.id not in came
            ]
            for a, b in _pairs(out, back):
                on[a.id], came[b.id] = b.id, a.id
    if not on:
        return edition
    return msgspec.structs.replace(
        edition,
        pages=[
            msgspec.structs.replace(p, items=[_linked(it, on, came) for it in p.items])
            for p in edition.pages
        ],
    )


def jumps_of(article: Article) -> list[tuple[str, Jump]]:
    """The article's jumps by field name, for a caller that places them (a PDF's boxes)."""
    both = (("jump_from", article.jump_from), ("jump_on", article.jump_on))
    return [(name, jump) for name, jump in both if jump is not None]


def _articles(page: Page) -> list[Article]:
    return [it for it in page.items if isinstance(it, Article)]


def _pairs(out: list[Article], back: list[Article]) -> list[tuple[Article, Article]]:
    """Outgoing parts matched to continuations: shared words first, then in order."""
    scored = sorted(
        ((_shared(a, b), i, j) for i, a in enumerate(out) for j, b in enumerate(back)),
        key=lambda s: (-s[0], s[1], s[2]),
    )
    pairs: dict[int, int] = {}
    for score, i, j in scored:
        if score > 0 and i not in pairs and j not in pairs.values():
            pairs[i] = j
    left = [j for j in range(len(back)) if j not in pairs.values()]
    for i in range(len(out)):
        if i not in pairs and left:
            pairs[i] = left.pop(0)
    return [(out[i], back[j]) for i, j in sorted(pairs.items())]


def _shared(a: Article, b: Article) -> int:
    """Letter pairs both parts' heads hold: Korean words take endings, so whole words miss."""
    return len(_bigrams(_head(a)) & _bigrams(_head(b)))


_JUMP_WORDS = {"CONTINUED", "CONT'D", "FROM", "ON", "PAGE", "SEE"}


def _head(a: Article) -> str:
    """The headline, and the word a 'See COUNCIL, Page A6' line names the story by."""
    jump = a.jump_on or a.jump_from
    named = [w for w in (jump.text if jump else "").split() if w.isupper()]
    words = [w.strip(",.()") for w in named if w.strip(",.()") not in _JUMP_WORDS]
    return " ".join([a.headline.text if a.headline else "", *words])


def _bigrams(text: str) -> set[str]:
    words = text.casefold().split()
    return {w[k : k + 2] for w in words for k in range(len(w) - 1) if w[k : k + 2].isalpha()}


def _linked(item: Item, on: dict[str, str], came: dict[str, str]) -> Item:
    if not isinstance(item, Article) or (item.id not in on and item.id not in came):
        return item
    return msgspec.structs.replace(
        item,
        jump_on=_to(item.jump_on, on.get(item.id)),
        jump_from=_to(item.jump_from, came.get(item.id)),
    )


def _to(jump: Jump | None, item_id: str | None) -> Jump | None:
    if jump is None or item_id is None:
        return jump
    return msgspec.structs.replace(jump, item=item_id)
