"""Score a PDF-made edition against a generated PDF's truth (tests/pdfgen).

`score_pdf` runs the text scorer (tests/ingest/accuracy.py) on the edition with its photo
blocks set aside, and adds what only a PDF has: page sizes, item boxes and photos (count,
box within a tolerance, and which caption, spacing aside); every line break inside a leaf
as a join decision ("joins": was a space put back exactly where the words were apart?),
counted again by kind ("joins: torn words", where a word was torn and must be whole;
"joins: spaces", where the words were apart); the body's text with spacing aside ("body
chars"), so a miss in "body texts" shows whether it was a join; and the nothing-lost check
on the edition's own source text ("lossless").
"""

from __future__ import annotations

import msgspec

from reader.ingest.coverage import coverage_problems
from reader.model import Ad, Article, Edition, Item, Photo, leaves
from tests import gen
from tests.ingest.accuracy import Score, score
from tests.pdfgen import Box, LineBreak, PdfEdition

ITEM_TOLERANCE = 8.0  # points, each edge: about a body line
PHOTO_TOLERANCE = 2.0


def near(got: Box | None, want: Box, tol: float) -> bool:
    return got is not None and all(abs(g - w) <= tol for g, w in zip(got, want, strict=True))


def _squeeze(text: str) -> str:
    return "".join(text.split())


def without_photos(edition: Edition) -> Edition:
    """The edition as the text scorer knows it: no photo blocks (their captions stay)."""
    pages = []
    for page in edition.pages:
        items: list[Item] = []
        for it in page.items:
            if isinstance(it, Article):
                it = msgspec.structs.replace(it, body=[b for b in it.body if b.kind != "photo"])
            else:
                blocks = [b for b in it.blocks if not isinstance(b, Photo)]
                it = msgspec.structs.replace(it, blocks=blocks)
            items.append(it)
        pages.append(msgspec.structs.replace(page, items=items))
    return msgspec.structs.replace(edition, pages=pages)


def photos_of(item: Item) -> list[tuple[Box | None, str | None]]:
    """(box, caption) of each photo of an item, in its order; an ad's have no caption."""
    if isinstance(item, Ad):
        return [(b.box, None) for b in item.blocks if isinstance(b, Photo)]
    out = []
    for i, b in enumerate(item.body):
        if b.kind == "photo":
            nxt = item.body[i + 1] if i + 1 < len(item.body) else None
            out.append((b.box, nxt.text if nxt is not None and nxt.kind == "caption" else None))
    return out


def join_right(got: str, want: str, brk: LineBreak) -> bool:
    """Does got have a space where want's line broke, and only where want has one?"""
    n = len(_squeeze(want[: brk.at]))
    seen = 0
    for j, ch in enumerate(got):
        if ch.isspace():
            continue
        if seen == n:
            return (j > 0 and got[j - 1].isspace()) == brk.space
        seen += 1
    return False


def score_pdf(edition: Edition, pdf: PdfEdition, source: str | None = None) -> Score:
    plain = without_photos(edition)
    s = score(plain, pdf.truth)
    got_pages = {p.number: (p, q) for p, q in zip(edition.pages, plain.pages, strict=True)}
    for layout, tp in zip(pdf.pages, pdf.truth.pages, strict=True):
        where = f"page {tp.number}"
        page, flat = got_pages.get(tp.number, (None, None))
        size = page.size if page is not None else None
        s.check("page size", near(size and (0, 0, *size), (0, 0, *layout.size), 1.0), True, where)
        kinds = [type(it).__name__ for it in page.items] if page else []
        if page is None or flat is None or kinds != [type(it).__name__ for it in tp.items]:
            n = len(tp.items)
            s.miss("item boxes", n, f"{where}: items not aligned")
            s.miss("photos", n, f"{where}: items not aligned")
            s.miss("joins", len(layout.ink.breaks), f"{where}: items not aligned")
            for brk in layout.ink.breaks:
                _tally(s, brk, False)
            continue
        for k, (got, flat_item, want) in enumerate(
            zip(page.items, flat.items, tp.items, strict=True)
        ):
            at = f"{where} item {k + 1}"
            s.check("item boxes", near(got.box, layout.item_boxes[k], ITEM_TOLERANCE), True, at)
            pics = [p for p in layout.ink.pics if p.item == k]
            found = photos_of(got)
            s.check(
                "photos",
                [
                    (near(b, p.box, PHOTO_TOLERANCE), c and _squeeze(c))
                    for (b, c), p in zip(found, pics, strict=False)
                ]
                + [(False, c) for _, c in found[len(pics) :]],
                [(True, p.caption and _squeeze(p.caption)) for p in pics],
                at,
            )
            if isinstance(want, gen.Article) and isinstance(flat_item, Article):
                s.check(
                    "body chars",
                    [_squeeze(b.text) for b in flat_item.body],
                    [_squeeze(b.text) for b in want.body],
                    at,
                )
            _joins(s, flat_item, want, [b for b in layout.ink.breaks if b.item == k], at)
    if source is not None:
        s.check("lossless", coverage_problems(edition, source)[:1], [], "edition")
    return s


def _joins(s: Score, got: Item, want, breaks: list[LineBreak], at: str) -> None:
    got_text = {leaf.path: leaf.text for leaf in leaves(got)}
    want_text = {path: text for path, text, _, _ in gen.leaves(want)}
    for brk in breaks:
        g, w = got_text.get(brk.path), want_text[brk.path]
        if g is None or _squeeze(g) != _squeeze(w):
            s.miss("joins", 1, f"{at} {brk.path}: text differs beyond its joins")
            _tally(s, brk, False)
            continue
        right = join_right(g, w, brk)
        s.check("joins", right, True, f"{at} {brk.path} at {brk.at}")
        _tally(s, brk, right)


def _tally(s: Score, brk: LineBreak, right: bool) -> None:
    """Count a join decision again by its kind (its miss is noted once, under "joins")."""
    what = "joins: spaces" if brk.space else "joins: torn words"
    s.total[what] += 1
    s.right[what] += right
