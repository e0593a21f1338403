"""Small editions built by hand, so each search test states exactly what it searches."""

from __future__ import annotations

from reader.model import Article, Block, Edition, Item, Page, Source, Text, leaves
from reader.search import Hit, search_edition


def article(item_id: str, *body: str, headline: str | None = None, **fields) -> Article:
    return Article(
        id=item_id,
        headline=None if headline is None else Text(headline),
        body=[Block("paragraph", text) for text in body],
        **fields,
    )


def edition(*pages: list[Item]) -> Edition:
    return Edition(
        schema=1,
        id="test-2026-02-04",
        source=Source("test.txt", "0" * 64, "utf-8"),
        pages=[Page(n, f"section {n}", list(items)) for n, items in enumerate(pages, 1)],
    )


def one_article(*body: str) -> Edition:
    return edition([article("a1", *body)])


def found(ed, query) -> list[tuple[str, str, str]]:
    """(item id, path, matched original text) of each hit."""
    out = []
    for hit in search_edition(ed, query):
        leaf_text = _leaf_text(ed, hit)
        out.append((hit.item_id, hit.path, leaf_text[hit.start : hit.end]))
    return out


def _leaf_text(ed, hit: Hit) -> str:
    item = ed.find(hit.item_id)
    return next(leaf.text for leaf in leaves(item) if leaf.path == hit.path)
