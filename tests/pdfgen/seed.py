"""The seed page (a real page of 광남일보) set as its paper printed it, as a PDF.

Its content is what the text ingest reads from the seed text (tests/ingest/test_seed.py
checks that reading field by field), turned into the generator's truth: the interview
in columns under its headline and deck, the photo with its caption under it, the byline,
and the ad with its ruled table at the foot. The three words the text extraction tore
are torn at line ends here too ('‘광|주를', '이|뤄지는', '것이 | 중요하다.'), the photo
sitting at the last of them, where the extraction dropped the caption into the sentence.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from reader import model as m
from reader.ingest import ingest_text
from tests import gen
from tests.editions import seed_text
from tests.pdfgen import BROADSHEET, PdfEdition
from tests.pdfgen.article import BODY_ROLES
from tests.pdfgen.draw import write_pdf
from tests.pdfgen.fonts import faces
from tests.pdfgen.page import GUTTER, MARGIN, compose
from tests.pdfgen.printed import article_paras
from tests.pdfgen.wrap import wrap

SIZE = BROADSHEET
# (words around the tear, offset of the tear in them): the seed's torn words.
TORN = (("‘광주를", 2), ("이뤄지는", 1), ("것이 중요하다.", 3))


def _marker(b: m.Block, source: str) -> str | None:
    s, e = b.spans[0]
    first = source[s:e]
    at = first.find(b.text[:4])
    return first[:at] or None if at > 0 else None


def _article(a: m.Article, source: str) -> gen.Article:
    body = []
    for i, b in enumerate(a.body):
        prev = a.body[i - 1] if i else None
        # A caption is inserted when the paragraph before it resumes after it.
        inside = prev is not None and prev.spans[-1][0] > b.spans[0][0] > prev.spans[0][0]
        body.append(gen.Block(b.kind, b.text, _marker(b, source), inserted=inside))
    return gen.Article(
        gen.Text(a.headline.text if a.headline else ""),
        gen.Text(a.subheadline.text) if a.subheadline else None,
        [gen.Text(t.text) for t in a.deck],
        body,
        [gen.Byline(b.name, b.role or "", b.email, b.dateline, b.text) for b in a.bylines],
        style="interview-dash",
    )


def _ad_block(b: m.AdBlock) -> gen.AdBlock:
    if isinstance(b, m.Heading):
        return gen.Heading(b.text)
    if isinstance(b, m.Note):
        return gen.Note(b.text)
    if isinstance(b, m.Paragraph):
        return gen.Paragraph(b.text)
    if isinstance(b, m.ListBlock):
        return gen.ListBlock([gen.Text(t.text) for t in b.items])
    if isinstance(b, m.Table):
        rows = [[gen.Text(t.text) for t in r] for r in b.rows]
        return gen.Table([gen.Text(t.text) for t in b.header], rows)
    assert isinstance(b, m.Contact)
    return gen.Contact(b.channel, b.value, b.text, b.label, list(b.spans))


def seed_truth() -> gen.GeneratedEdition:
    """The seed page as generator truth; `.text` is the seed text (printed lines)."""
    text = seed_text()
    edition = ingest_text(text)
    mh = edition.masthead
    assert mh is not None and mh.date is not None
    masthead = gen.Masthead(
        mh.paper or "", mh.url or "", mh.edition_kind or "", mh.issue or 0, mh.phone or "",
        mh.date, mh.weekday or "", mh.lunar or "", mh.lunar_leap, list(mh.spans),
    )  # fmt: skip
    page = edition.pages[0]
    items: list[gen.Item] = []
    for it in page.items:
        if isinstance(it, m.Article):
            items.append(_article(it, text))
        else:
            blocks = [_ad_block(b) for b in it.blocks]
            title = gen.Text(it.title.text if it.title else "")
            items.append(gen.Ad(title, blocks, it.truncated))
    truth = gen.Edition(
        masthead.paper, "gwangnam", mh.date, masthead, [gen.Page(1, None, items, "interview")]
    )
    return gen.GeneratedEdition(text, truth, 0, dt.date.fromisoformat(mh.date), [0])


def torn_offsets(art: gen.Article) -> dict[str, set[int]]:
    """Leaf path -> offset where each of the seed's torn words is torn."""
    out: dict[str, set[int]] = {}
    for words, k in TORN:
        [(i, b)] = [(i, b) for i, b in enumerate(art.body) if words in b.text]
        out.setdefault(f"body.{i}", set()).add(b.text.index(words) + k + (words[k] == " "))
    return out


def _fit(art: gen.Article, kind: str) -> tuple[int, float]:
    """Columns and body size where the tears fall where the lines end anyway (no line
    set much looser or tighter than its neighbours to force them)."""
    _, body, _ = article_paras(art)
    cuts = torn_offsets(art)
    font = faces(kind).body
    best: tuple[int, int, float] = (10**6, 6, 9.5)
    for cols in (6, 5, 7):
        cw = (SIZE[0] - 2 * MARGIN - (cols - 1) * GUTTER) / cols
        for tenth in range(80, 106):
            size = tenth / 10
            miss = 0
            for p in body:
                marks = [j for j, x in enumerate(p.src) if x and x[1] in cuts.get(x[0], ())]
                if not marks:
                    continue
                indent = size if p.role in BODY_ROLES else 0.0
                starts = [s.start for s in wrap(p.text, font, size, cw, indent)]
                miss += sum(min(abs(s - j) for s in starts) for j in marks)
            best = min(best, (miss, cols, size))
    return best[1], best[2]


def write_seed_pdf(path: Path, fonts: str = "cid", order: str = "reading") -> PdfEdition:
    truth = seed_truth()
    [tpage] = truth.truth.pages
    art = tpage.items[0]
    assert isinstance(art, gen.Article)
    cols, body = _fit(art, fonts)
    assert truth.truth.masthead is not None
    lines = [truth.text[s:e] for s, e in truth.truth.masthead.spans]
    rng = random.Random("seed-page")
    layout = compose(
        tpage, truth.text, lines, SIZE, cols, fonts, False, rng,
        body=body, forced={0: torn_offsets(art)},
    )  # fmt: skip
    layout.order = order
    write_pdf(Path(path), [layout], random.Random("seed-page:draw"))
    return PdfEdition(Path(path), truth, [layout])
