"""A region's placed paragraphs -> a page item: an Article or an Ad, built by the text
ingest's `build_article(..., find_head=False)` and `build_ad`, its photos in their
places, each leaf boxed by the printed lines its spans cover."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

import msgspec

from reader.ingest.ad import build_ad
from reader.ingest.article import build_article
from reader.ingest.bylines import PERSON_LINE, parse_bylines, signature, source_spans
from reader.ingest.credits import CREDIT, DRAWING_CREDIT
from reader.ingest.lines import Line as TextLine
from reader.ingest.lines import Para as TextPara
from reader.ingest.repair import Chunk, Vocabulary
from reader.ingest.units import TRI, Unit, to_units
from reader.jump_links import jumps_of as _jumps
from reader.model import (
    Ad,
    AdBlock,
    Article,
    Block,
    Byline,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Photo,
    Span,
    Table,
    Text,
)
from reader.pdf.content import union
from reader.pdf.gathered import paired
from reader.pdf.parts import Para
from reader.pdf.sourcetext import Placed, SourceText, rounded

Pictures = Callable[[Para], Image]


def _text(p: Placed, src: SourceText) -> Text:
    """A head line's text; a brief's title without its '▲' (the span keeps the mark, as the
    text ingest's does)."""
    x = p.lines[0]
    text = TRI.sub("", x.text) if p.para.role == "headline" else x.text
    return Text(text, [(x.start, x.end)], src.box([(x.start, x.end)]))


def article_item(
    placed: list[Placed], item_id: str, vocab: Vocabulary, src: SourceText, image: Pictures
) -> Article:
    headline = subheadline = None
    deck: list[Text] = []
    units: list[Unit] = []
    photos: list[tuple[int, Block]] = []
    signed: list[Byline] = []
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
        elif role == "label":  # a photo's mark: placed after it, then folded (gathered.py)
            x = p.lines[0]
            mark = [(x.start, x.end)]
            photos.append((x.start, Block("caption", x.text, mark, src.box(mark))))
        elif role == "byline" and len(p.lines) > 1:  # a name over its role (mugshots.py)
            signed += parse_bylines(Unit("byline", list(p.lines))) or _signed(p.lines)
        elif role == "byline":  # a cartoon's signature (cartoons.signatures)
            signed += signed_bylines(p.lines[0])
        elif role == "entry":  # an index strip's cell (indexstrip.py): a list's entry
            units.append(Unit("bullet", list(p.lines)))
        elif role == "row":  # a table's row, cells by tabs: its '▲' a change's sign, no mark
            units.append(Unit("paragraph", list(p.lines)))
        elif role == "subhead":  # a list's head (listings.list_heads)
            units.append(Unit("subhead", list(p.lines)))
        elif role in ("note", "quote"):  # a footnote (notes.py), a display quote: a paragraph
            units.append(Unit("paragraph", list(p.lines)))
        elif role in ("caption", "credit"):
            x = p.lines[0]
            m = TRI.match(x.text)
            credit = role == "credit" or CREDIT.match(x.text)
            units.append(Unit("credit" if credit else "caption", [x], m.end() if m else 0))
        else:  # body; lines set apart (bylines); a deck line inside the body, kept in place
            units.extend(to_units([TextPara(list(p.lines))]))
    if subheadline is None and deck and PERSON_LINE.match(deck[0].text):
        subheadline, deck = deck[0], deck[1:]
    art = build_article(_entries(units), item_id, vocab, find_head=False)
    body = [msgspec.structs.replace(b, box=src.box(b.spans)) for b in art.body]
    body = paired(_placed(body, photos))
    bylines = [msgspec.structs.replace(b, box=src.box(b.spans)) for b in art.bylines + signed]
    leaves = [b.box for b in body if b.box] + [b.box for b in bylines if b.box]
    leaves += [t.box for t in [headline, subheadline, *deck, *art.deck] if t and t.box]
    return msgspec.structs.replace(
        art,
        headline=headline,
        subheadline=subheadline,
        deck=deck + art.deck,
        body=body,
        bylines=bylines,
        box=rounded(union(leaves)) if leaves else None,
        **{k: msgspec.structs.replace(j, box=src.box(j.spans)) for k, j in _jumps(art)},
    )


def _signed(lines: list[TextLine]) -> list[Byline]:
    """A name over what the person is ('윤서하' / '달내대 교수'), read as the text ingest
    reads a column's signature; none when the lines are no signature."""
    text = " ".join(x.text for x in lines)
    spans = source_spans(lines, 0, len(text))
    found = signature(Unit("text", [TextLine(text, lines[0].start)]), Chunk(text, spans))
    return [found] if found is not None else []


def signed_bylines(x: TextLine) -> list[Byline]:
    """A cartoon's signature: a credit ('그림=한솔 화백') read as the text ingest reads one;
    a name and its title ('오솔 화백') as the drawing credit they shorten; else the
    cartoonist's name with no role."""
    found = parse_bylines(Unit("byline", [x]))
    if found:
        return found
    spans = [(x.start, x.end)]
    words = x.text.split()
    if len(words) == 2 and not DRAWING_CREDIT.match(f"{words[0]}="):
        credit = parse_bylines(Unit("byline", [TextLine(f"그림={x.text}", 0)]))
        if [(b.name, b.role) for b in credit] == [tuple(words)]:
            return [Byline(words[0], words[1], text=x.text, spans=spans)]
    return [Byline(x.text, text=x.text, spans=spans)]


def _placed(body: list[Block], photos: list[tuple[int, Block]]) -> list[Block]:
    """Each photo before the first block of text that starts at or after it (photos of
    one place in the order read), found by bisection on the starts read so far: a page
    of portraits has thousands."""
    starts: list[float] = []
    last = -math.inf
    for b in body:
        last = max(last, b.spans[0][0]) if b.spans else last
        starts.append(last)
    before: dict[int, list[Block]] = {}
    for at, block in photos:
        before.setdefault(bisect_left(starts, at), []).append(block)
    placed = [x for k, b in enumerate(body) for x in (*before.get(k, ()), b)]
    return placed + before.get(len(body), [])


_ENTRIES = 2  # marked lines in a row that are a list's entries
_MARKED = "marked subhead"  # the text ingest's rule for a short line led by a mark
_ENTRY_RUN = "article: marked lines in a row, nothing between: a list's entries"


def _entries(units: list[Unit]) -> list[Unit]:
    """Marked lines one under another with nothing between ('▷ 새해 예산 … 3면' in an index
    box): a list's entries. Each was read alone as a marked subhead, but a subhead heads
    text; the text ingest reads such a run, set as one paragraph, as a listing's."""
    out = list(units)
    k = 0
    while k < len(out):
        j = k
        while j < len(out) and out[j].rule == _MARKED and len(out[j].lines) == 1:
            j += 1
        if j - k >= _ENTRIES:
            out[k:j] = [replace(u, kind="bullet", rule=_ENTRY_RUN) for u in out[k:j]]
        k = max(j, k + 1)
    return out


def ad_item(placed: list[Placed], item_id: str, src: SourceText, image: Pictures, last: bool) -> Ad:
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
        ad, title=title, blocks=blocks, box=rounded(union(boxes)) if boxes else None
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


def _boxed(block: AdBlock, src: SourceText) -> AdBlock:
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
