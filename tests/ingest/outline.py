"""Plain-data outlines of an edition, so tests can assert its whole structure at once."""

from __future__ import annotations

from reader.model import (
    Ad,
    Article,
    Contact,
    Edition,
    Heading,
    ListBlock,
    Note,
    Paragraph,
    Table,
    edition_leaves,
)


def article_outline(a: Article) -> dict:
    return {
        "headline": a.headline.text if a.headline else None,
        "subheadline": a.subheadline.text if a.subheadline else None,
        "deck": [t.text for t in a.deck],
        "body": [(b.kind, b.text) for b in a.body],
        "bylines": [(b.name, b.role, b.email, b.dateline) for b in a.bylines],
    }


def ad_block_outline(b) -> tuple:
    if isinstance(b, Heading):
        return ("heading", b.text)
    if isinstance(b, Note):
        return ("note", b.text)
    if isinstance(b, Paragraph):
        return ("paragraph", b.text)
    if isinstance(b, ListBlock):
        return ("list", [t.text for t in b.items])
    if isinstance(b, Table):
        return ("table", [t.text for t in b.header], [[t.text for t in r] for r in b.rows])
    assert isinstance(b, Contact)
    return ("contact", b.channel, b.value, b.text, b.label)


def ad_outline(ad: Ad) -> dict:
    return {
        "title": ad.title.text if ad.title else None,
        "advertiser": ad.advertiser,
        "blocks": [ad_block_outline(b) for b in ad.blocks],
        "truncated": ad.truncated,
    }


def item_outline(item: Article | Ad) -> dict:
    return article_outline(item) if isinstance(item, Article) else ad_outline(item)


def outline(edition: Edition) -> list[dict]:
    """One dict per page: its section (and whether inferred) and its items' outlines."""
    return [
        {
            "section": p.section,
            "inferred": p.section_inferred,
            "items": [item_outline(it) for it in p.items],
        }
        for p in edition.pages
    ]


def _squeeze(text: str) -> str:
    return "".join(text.split())


def leaf_text_problems(edition: Edition, source: str) -> list[str]:
    """Leaves whose text is not drawn from their own spans.

    Markers and labels may be dropped and joins may add or remove spaces, but every
    non-whitespace character of a leaf's text must come, in order, from its spans.
    A byline shows its role even when several names share one printed role
    ('홍길동·김영희 기자'), so for bylines the name and email are checked.
    """
    problems = []
    for leaf in edition_leaves(edition):
        if not leaf.path.startswith("byline."):
            problems += _drawn(leaf.path, leaf.text, leaf.spans, source)
    for article in edition.articles():
        for i, b in enumerate(article.bylines):
            shown = f"{b.name}{b.email or ''}"
            problems += _drawn(f"{article.id}.byline.{i}", shown, b.spans, source)
    return problems


def _drawn(path: str, text: str, spans, source: str) -> list[str]:
    drawn = iter(_squeeze("".join(source[s:e] for s, e in spans)))
    if all(ch in drawn for ch in _squeeze(text)):
        return []
    return [f"{path}: {text!r} is not drawn from its spans"]
