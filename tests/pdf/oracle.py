"""The edition a perfect PDF ingest would give for a generated PDF: the truth in the
model's types, with the layout's boxes and photos. It checks the scorer (a perfect
ingest scores 100 % in every field), and shows the ingest what is expected.
"""

from __future__ import annotations

from reader import model as m
from tests import gen
from tests.gen.as_model import ad_block, byline, masthead, text
from tests.pdfgen import PdfEdition


def _article(a: gen.Article, k: int, pdf_page, item_id: str) -> m.Article:
    pics = iter(p for p in pdf_page.ink.pics if p.item == k)
    body: list[m.Block] = []
    for b in a.body:
        if b.kind == "caption":
            p = next(pics)
            image = m.Image(f"x/{item_id}-{len(body)}.{p.fmt}", *p.pixels)
            body.append(m.Block("photo", "", box=p.box, image=image))
        body.append(m.Block(b.kind, b.text))  # type: ignore[arg-type]
    return m.Article(
        id=item_id,
        headline=text(a.headline),
        subheadline=text(a.subheadline),
        deck=[m.Text(t.text) for t in a.deck],
        body=body,
        bylines=[byline(b) for b in a.bylines],
        box=pdf_page.item_boxes[k],
    )


def _ad(a: gen.Ad, k: int, pdf_page, item_id: str) -> m.Ad:
    photos: list[m.AdBlock] = [
        m.Photo(m.Image(f"x/{item_id}.{p.fmt}", *p.pixels), box=p.box)
        for p in pdf_page.ink.pics
        if p.item == k
    ]
    blocks = photos + [ad_block(b) for b in a.blocks]
    return m.Ad(item_id, text(a.title), None, blocks, a.truncated, pdf_page.item_boxes[k])


def oracle(pdf: PdfEdition) -> m.Edition:
    t = pdf.truth
    pages = []
    for tp, layout in zip(t.pages, pdf.pages, strict=True):
        items: list[m.Item] = []
        for k, it in enumerate(tp.items):
            item_id = f"p{tp.number}-{k + 1}"
            build = _article if isinstance(it, gen.Article) else _ad
            items.append(build(it, k, layout, item_id))  # type: ignore[arg-type]
        label = None if tp.section is None else m.Text(tp.section)
        section = tp.section or "종합"
        pages.append(m.Page(tp.number, section, items, tp.section is None, label, layout.size))
    source = m.Source(pdf.path.name, "0" * 64, "pdf")
    return m.Edition(m.SCHEMA, pdf.path.stem, source, masthead(t.masthead), pages)
