"""A truth (this package's types) in reader.model's types: the edition a perfect ingest gives.

The scorers compare an ingested edition with a truth; a truth put in the model's types can
stand for the ingested side, so one author's truth is scored against another's
(tests/ingest/agreement.py), and a generated PDF's oracle adds its layout to it
(tests/pdf/oracle.py). Boxes, spans and photos are left out: no truth of page text has them.
"""

from __future__ import annotations

import re

from reader import model as m
from tests.gen import truth as gen


def text(t: gen.Text | None) -> m.Text | None:
    # a hand-made ad may have no title: its Text holds None
    return None if t is None or t.text is None else m.Text(t.text)


def masthead(g: gen.Masthead | None) -> m.Masthead | None:
    if g is None:
        return None
    return m.Masthead(
        g.paper, g.url, g.edition_kind, g.issue, g.phone, g.date, g.weekday, g.lunar, g.lunar_leap
    )


def byline(b: gen.Byline) -> m.Byline:
    return m.Byline(b.name, b.role, b.email, b.dateline, b.text)


def _jump(line: str | None) -> m.Jump | None:
    if line is None:
        return None
    number = re.search(r"\d+", line)  # the page it names: "A6" names 6
    return m.Jump(line, int(number.group()) if number else 0)


def article(a: gen.Article, item_id: str) -> m.Article:
    return m.Article(
        id=item_id,
        headline=text(a.headline),
        subheadline=text(a.subheadline),
        deck=[m.Text(t.text) for t in a.deck],
        body=[m.Block(b.kind, b.text) for b in a.body],  # type: ignore[arg-type]
        bylines=[byline(b) for b in a.bylines],
        jump_from=_jump(a.jump_from),
        jump_on=_jump(a.jump_on),
    )


def ad_block(b: gen.AdBlock) -> m.AdBlock:
    if isinstance(b, gen.Heading):
        return m.Heading(b.text)
    if isinstance(b, gen.Note):
        return m.Note(b.text)
    if isinstance(b, gen.Paragraph):
        return m.Paragraph(b.text)
    if isinstance(b, gen.ListBlock):
        return m.ListBlock([m.Text(t.text) for t in b.items])
    if isinstance(b, gen.Table):
        return m.Table(
            [m.Text(t.text) for t in b.header], [[m.Text(t.text) for t in r] for r in b.rows]
        )
    assert isinstance(b, gen.Contact)
    return m.Contact(b.channel, b.value, b.text, b.label)  # type: ignore[arg-type]


def ad(a: gen.Ad, item_id: str) -> m.Ad:
    return m.Ad(item_id, text(a.title), None, [ad_block(b) for b in a.blocks], a.truncated)


def item(it: gen.Item, item_id: str) -> m.Item:
    return article(it, item_id) if isinstance(it, gen.Article) else ad(it, item_id)


def edition(t: gen.Edition, name: str) -> m.Edition:
    """The truth as an edition; a page with no printed section gets an inferred empty one,
    which the scorer reads as no label."""
    pages = [
        m.Page(
            tp.number,
            tp.section or "",
            [item(it, f"p{tp.number}-{k + 1}") for k, it in enumerate(tp.items)],
            tp.section is None,
            None if tp.section is None else m.Text(tp.section),
        )
        for tp in t.pages
    ]
    source = m.Source(name, "0" * 64, "truth")
    return m.Edition(m.SCHEMA, name, source, masthead(t.masthead), pages)
