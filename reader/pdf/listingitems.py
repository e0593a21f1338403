"""A listings column's region (listings.py) -> its items, read by the text ingest's
listings reading (`split_listing`, `build_listing`): each '■' list an item, its '◇'
groups subheads, its entries cut at their marks bullets; each leaf boxed by the printed
lines its spans cover."""

from __future__ import annotations

import msgspec

from reader.ingest.lines import Para as TextPara
from reader.ingest.listing import split_listing
from reader.ingest.listing_article import build_listing
from reader.ingest.listing_parts import listing_parts
from reader.ingest.repair import Vocabulary
from reader.model import Article
from reader.pdf.content import union
from reader.pdf.sourcetext import Placed, SourceText, rounded


def listing_items(
    placed: list[Placed], page: int, before: int, vocab: Vocabulary, src: SourceText
) -> list[Article] | None:
    """The listings the region holds, numbered after `before` items of the page; None
    when the text ingest reads no listing in it."""
    listings = split_listing([TextPara(list(p.lines), gap=1) for p in placed])
    if listings is None:
        return None
    out: list[Article] = []
    for listing in listing_parts(listings):
        art, _ = build_listing(listing, f"p{page}-{before + len(out) + 1}", vocab)
        body = [msgspec.structs.replace(b, box=src.box(b.spans)) for b in art.body]
        head = art.headline
        if head is not None:
            head = msgspec.structs.replace(head, box=src.box(head.spans))
        leaves = [b.box for b in body if b.box] + ([head.box] if head and head.box else [])
        box = rounded(union(leaves)) if leaves else None
        out.append(msgspec.structs.replace(art, headline=head, body=body, box=box))
    return out
