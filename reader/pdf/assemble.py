"""Page layouts (and text pages) -> the source text and the Edition.

The source of a PDF page is the text read off it, in reading order: one line per
paragraph of running text (its printed lines joined by the text ingest's join
rule, with the whole edition's vocabulary), one line per printed line of an ad or
band, one line per table row (cells split by tabs); paragraphs and regions apart
by a blank line, pages by a form feed. Leaves take their spans from it as the text
ingest does, through its own rules for bylines, Q&A, subheads, ads and mastheads.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

import msgspec

from reader.ingest import edition_id, infer_section, text_page
from reader.ingest.ad import build_ad
from reader.ingest.article import build_article
from reader.ingest.bylines import PERSON_LINE
from reader.ingest.credits import CREDIT
from reader.ingest.lines import Line as TextLine
from reader.ingest.lines import PageText
from reader.ingest.lines import Para as TextPara
from reader.ingest.masthead import MastheadResult
from reader.ingest.repair import Vocabulary
from reader.ingest.segment import paragraphs
from reader.ingest.units import TRI, Unit, to_units
from reader.jump_links import jumps_of as _jumps
from reader.jump_links import link_jumps
from reader.model import (
    SCHEMA,
    Ad,
    AdBlock,
    Article,
    Block,
    Edition,
    Heading,
    Image,
    Item,
    ListBlock,
    Page,
    Paragraph,
    Photo,
    Source,
    Span,
    Table,
    Text,
)
from reader.pdf.content import Box, union
from reader.pdf.front import read_masthead
from reader.pdf.labels import section_label
from reader.pdf.parts import PageLayout, Para, Region
from reader.pdf.reflow import joined_text
from reader.pdf.words import EditionWords
from reader.photo_files import photo_src

REFLOW = frozenset({"headline", "sub", "deck", "body", "caption", "credit"})
_Pictures = Callable[[Para], Image]


@dataclass
class Assembled:
    edition: Edition
    text: str  # the source the spans index into
    photos: dict[str, bytes] = field(default_factory=dict)  # Image.src -> file bytes


@dataclass
class _Placed:
    """A paragraph put into the source: its lines there, and photo pictures."""

    para: Para
    lines: list[TextLine]


class _Source:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.boxes: list[tuple[int, int, Box]] = []  # printed line -> its range in the source
        self._starts: list[int] = []

    def add(self, text: str) -> int:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start

    def box(self, spans: list[Span]) -> Box | None:
        """The box of the printed lines a leaf's spans cover (lines are added in order)."""
        found = []
        if len(self._starts) != len(self.boxes):
            self._starts = [b[0] for b in self.boxes]
        starts = self._starts
        for s, e in spans:
            i = max(0, bisect.bisect_right(starts, s) - 1)
            while i < len(self.boxes) and self.boxes[i][0] < e:
                if self.boxes[i][1] > s:
                    found.append(self.boxes[i][2])
                i += 1
        return _round(union(found)) if found else None


def _round(b: Box) -> Box:
    return (round(b[0], 1), round(b[1], 1), round(b[2], 1), round(b[3], 1))


def assemble(
    pages: list[PageLayout | str], name: str, encoding: str, words: EditionWords | None = None
) -> Assembled:
    """One edition of PDF page layouts and page texts, in page order. words: the
    layouts' printed lines, when counted as they came (in page order)."""
    if words is None:
        words = EditionWords()
        for p in pages:
            if isinstance(p, PageLayout):
                words.add(p)
    vocab = words.vocabulary([p for p in pages if isinstance(p, str)])
    src = _Source()
    placed: list[list[tuple[Region, list[_Placed]]] | PageText] = []
    for number, page in enumerate(pages, start=1):
        if number > 1:
            src.add("\f")
        if isinstance(page, str):
            start = src.add(page.strip("\f"))
            placed.append(PageText(number, start, src.pos))
        else:
            placed.append([(r, _place(r, src, vocab)) for r in page.regions])
    text = "".join(src.parts)
    masthead: MastheadResult | None = None
    first = placed[0] if placed else None
    if isinstance(first, list):
        masthead = next((_masthead(p) for r, p in first if r.kind == "masthead"), None)
    elif isinstance(first, PageText):
        found = read_masthead([x for para in paragraphs(text, first.start, first.end)[:8]
                                for x in para.lines])  # fmt: skip
        masthead = found
    ed_id = edition_id(masthead.masthead if masthead else None, name)
    out = Assembled(Edition(SCHEMA, ed_id, Source(name, "", encoding)), text)
    out_pages: list[Page] = []
    for number, (page, where) in enumerate(zip(pages, placed, strict=True), start=1):
        if isinstance(where, PageText):
            pt = PageText(number, where.start, where.end, paragraphs(text, where.start, where.end))
            built, _ = text_page(pt, vocab, front=number == 1)
            out_pages.append(built)
        else:
            assert isinstance(page, PageLayout)
            out_pages.append(_page(page, where, src, vocab, ed_id, out.photos))
    warnings = list(masthead.warnings) if masthead else []
    out.edition = Edition(
        schema=SCHEMA,
        id=ed_id,
        source=Source(
            name=name,
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            encoding=encoding,
            chars=len(text),
        ),
        masthead=masthead.masthead if masthead else None,
        pages=out_pages,
        warnings=warnings,
    )
    out.edition = link_jumps(out.edition)  # a story's parts are known once every page is
    return out


# --- the source text ---------------------------------------------------------------


def _place(region: Region, src: _Source, vocab: Vocabulary) -> list[_Placed]:
    out: list[_Placed] = []
    sep = "\n\n" if src.pos and not src.parts[-1].endswith("\f") else ""
    for para in region.paras:
        if para.role == "photo":  # no text: it keeps its place in the reading order
            out.append(_Placed(para, [TextLine("", src.pos + len(sep))]))
            continue
        src.add("\n" if sep and para.role == "row" and not para.gap else sep)
        sep = "\n\n"
        if para.role == "row":
            cells = [joined_text(cell, vocab) for cell in para.cells]
            pos = src.pos
            for cell_text, where in cells:
                src.boxes += [(pos + at, pos + at + len(x.text), x.box) for at, x in where]
                pos += len(cell_text) + 1
            row = "\t".join(t for t, _ in cells)
            out.append(_Placed(para, [TextLine(row, src.add(row))]))
        elif para.role in REFLOW:
            display = para.role in ("headline", "sub", "deck")
            body = para.role == "body"
            text, where = joined_text(
                para.lines, vocab, para.joins, text_type=not display, hyphen_breaks=body
            )
            start = src.add(text)
            src.boxes += [(start + at, start + at + len(x.text), x.box) for at, x in where]
            parts, at = [], start
            for part in text.split("\n"):
                parts.append(TextLine(part, at))
                at += len(part) + 1
            out.append(_Placed(para, parts))
        else:
            lines: list[TextLine] = []
            for k, x in enumerate(para.lines):
                # A printed line that continues the one above (a torn word, a byline).
                joined = para.joins[k - 1] if 0 < k <= len(para.joins) else None
                sep = "\n" if joined is None else joined
                start = src.add((sep if k else "") + x.text) + (len(sep) if k else 0)
                src.boxes.append((start, start + len(x.text), x.box))
                if sep != "\n":
                    lines[-1] = TextLine(lines[-1].text + sep + x.text, lines[-1].start)
                else:
                    lines.append(TextLine(x.text, start))
            out.append(_Placed(para, lines))
    return out


# --- items ---------------------------------------------------------------------


def _masthead(placed: list[_Placed]) -> MastheadResult | None:
    return read_masthead([x for p in placed for x in p.lines])


def _page(
    page: PageLayout,
    regions: list[tuple[Region, list[_Placed]]],
    src: _Source,
    vocab: Vocabulary,
    ed_id: str,
    photos: dict[str, bytes],
) -> Page:
    items: list[Item] = []
    label: Text | None = None
    folio: list[TextLine] = []
    pictures = [0]

    def image(para: Para) -> Image:
        pic = para.picture
        assert pic is not None
        pictures[0] += 1
        src_name = photo_src(ed_id, page.number, pictures[0], pic.ext, pic.data)
        if pic.data is not None:
            photos[src_name] = pic.data
        return Image(src_name, pic.width, pic.height)

    last_item = max((i for i, (r, _) in enumerate(regions) if r.kind in ("article", "ad")),
                    default=-1)  # fmt: skip
    first_item = min((i for i, (r, _) in enumerate(regions) if r.kind in ("article", "ad")),
                     default=len(regions))  # fmt: skip
    for k, (region, placed) in enumerate(regions):
        item_id = f"p{page.number}-{len(items) + 1}"
        if region.kind == "masthead":  # lines the masthead rules leave are the folio's
            lines = [x for p in placed for x in p.lines]
            found = read_masthead(lines)
            folio += lines[found.lines if found else 0 :]
        elif region.kind == "band":
            top = k < first_item
            for p in placed:
                for x in p.lines:
                    name = section_label(x.text, running_head=top)
                    if label is None and name:
                        label = Text(name, [(x.start, x.end)], src.box([(x.start, x.end)]))
                    else:
                        folio.append(x)
        elif region.kind == "article":
            items.append(_article(placed, item_id, vocab, src, image))
        elif region.kind == "ad":
            ad = _ad(placed, item_id, src, image, k == last_item)
            items.append(
                ad if region.box is None else msgspec.structs.replace(ad, box=_round(region.box))
            )
    folio_text = None
    if folio:
        spans = [(x.start, x.end) for x in folio]
        folio_text = Text(" ".join(x.text for x in folio), spans, src.box(spans))
    section, inferred = (label.text, False) if label else (infer_section(items), True)
    return Page(page.number, section, items, inferred, label, (page.width, page.height), folio_text)


def _text(p: _Placed, src: _Source) -> Text:
    """A head line's text; a brief's title without its '▲' (the span keeps the mark, as the
    text ingest's does)."""
    x = p.lines[0]
    text = TRI.sub("", x.text) if p.para.role == "headline" else x.text
    return Text(text, [(x.start, x.end)], src.box([(x.start, x.end)]))


def _article(
    placed: list[_Placed], item_id: str, vocab: Vocabulary, src: _Source, image: _Pictures
) -> Article:
    headline = subheadline = None
    deck: list[Text] = []
    units: list[Unit] = []
    photos: list[tuple[int, Block]] = []
    for p in placed:
        role = p.para.role
        if role == "headline":
            headline = _text(p, src)
        elif role == "sub":
            subheadline = _text(p, src)
        elif role == "deck" and not units:
            deck.append(_text(p, src))
        elif role == "photo":
            photos.append((p.lines[0].start, Block("photo", "", [], p.para.box, image(p.para))))
        elif role in ("caption", "credit"):
            x = p.lines[0]
            m = TRI.match(x.text)
            credit = role == "credit" or CREDIT.match(x.text)
            units.append(Unit("credit" if credit else "caption", [x], m.end() if m else 0))
        else:  # body; lines set apart (bylines); a deck line inside the body, kept in place
            units.extend(to_units([TextPara(list(p.lines))]))
    if subheadline is None and deck and PERSON_LINE.match(deck[0].text):
        subheadline, deck = deck[0], deck[1:]
    art = build_article(units, item_id, vocab, find_head=False)
    body = [msgspec.structs.replace(b, box=src.box(b.spans)) for b in art.body]
    for at, block in reversed(photos):
        k = next((i for i, b in enumerate(body) if b.spans and b.spans[0][0] >= at), len(body))
        body.insert(k, block)
    bylines = [msgspec.structs.replace(b, box=src.box(b.spans)) for b in art.bylines]
    leaves = [b.box for b in body if b.box] + [b.box for b in bylines if b.box]
    leaves += [t.box for t in [headline, subheadline, *deck, *art.deck] if t and t.box]
    return msgspec.structs.replace(
        art,
        headline=headline,
        subheadline=subheadline,
        deck=deck + art.deck,
        body=body,
        bylines=bylines,
        box=_round(union(leaves)) if leaves else None,
        **{k: msgspec.structs.replace(j, box=src.box(j.spans)) for k, j in _jumps(art)},
    )


def _ad(placed: list[_Placed], item_id: str, src: _Source, image: _Pictures, last: bool) -> Ad:
    paras: list[TextPara] = []
    photos: list[tuple[int, Photo]] = []
    for p in placed:
        if p.para.role == "photo":
            photos.append((p.lines[0].start, Photo(image(p.para), p.para.box)))
        elif p.para.role == "row" and paras and not p.para.gap:
            paras[-1].lines.extend(p.lines)
        else:
            paras.append(TextPara(list(p.lines), p.para.gap))
    ad = build_ad(paras, item_id, page_ends_here=last) if paras else Ad(item_id)
    # A line the layout read as a heading (set bold) that the text ingest, which goes by
    # markers, read as a paragraph.
    heads = {p.lines[0].start for p in placed if p.para.role == "heading"}
    blocks: list[AdBlock] = [_boxed(_headed(b, heads), src) for b in ad.blocks]
    for at, photo in reversed(photos):
        k = next((i for i, b in enumerate(blocks) if _first(b) >= at), len(blocks))
        blocks.insert(k, photo)
    title = msgspec.structs.replace(ad.title, box=src.box(ad.title.spans)) if ad.title else None
    boxes = [b.box for b in blocks if b.box] + ([title.box] if title and title.box else [])
    return msgspec.structs.replace(
        ad, title=title, blocks=blocks, box=_round(union(boxes)) if boxes else None
    )


def _headed(block: AdBlock, heads: set[int]) -> AdBlock:
    if isinstance(block, Paragraph) and block.spans and block.spans[0][0] in heads:
        return Heading(block.text, block.spans)
    return block


def _first(block: AdBlock) -> int:
    spans = _spans(block)
    return spans[0][0] if spans else 1 << 60


def _spans(block: AdBlock) -> list[Span]:
    if isinstance(block, ListBlock):
        return [s for t in block.items for s in t.spans]
    if isinstance(block, Table):
        return [s for row in [block.header, *block.rows] for t in row for s in t.spans]
    if isinstance(block, Photo):
        return []
    return list(block.spans)


def _boxed(block: AdBlock, src: _Source) -> AdBlock:
    def boxed(t: Text) -> Text:
        return msgspec.structs.replace(t, box=src.box(t.spans))

    box = src.box(_spans(block))
    if isinstance(block, ListBlock):
        return ListBlock([boxed(t) for t in block.items], box)
    if isinstance(block, Table):
        return Table(
            [boxed(t) for t in block.header], [[boxed(t) for t in r] for r in block.rows], box
        )
    return msgspec.structs.replace(block, box=box)
