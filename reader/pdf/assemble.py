"""Page layouts (and text pages) -> the source text and the Edition.

The source of a PDF page is the text read off it, in reading order: one line per
paragraph of running text (its printed lines joined by the text ingest's join
rule, with the whole edition's vocabulary), one line per printed line of an ad or
band, one line per table row (cells split by tabs); paragraphs and regions apart
by a blank line, pages by a form feed. Leaves take their spans from it as the text
ingest does, through its own rules for bylines, Q&A, subheads, ads and mastheads
(`sourcetext.py` writes the source, `regionitems.py` builds a page's articles and ads).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import msgspec

from reader.ingest import edition_id, infer_section, text_page
from reader.ingest.lines import Line as TextLine
from reader.ingest.lines import PageText
from reader.ingest.masthead import MastheadResult
from reader.ingest.repair import Vocabulary
from reader.ingest.segment import paragraphs
from reader.jump_links import link_jumps
from reader.model import SCHEMA, Edition, Image, Item, Page, Source, Text
from reader.pdf.front import ITEMS, first_masthead, label_line, read_masthead
from reader.pdf.labels import section_label
from reader.pdf.listingitems import listing_items
from reader.pdf.page_folio import numbered
from reader.pdf.parts import PageLayout, Para, Region
from reader.pdf.regionitems import ad_item, article_item
from reader.pdf.sourcetext import Placed, SourceText, place, rounded
from reader.pdf.words import EditionWords
from reader.photo_files import photo_src


@dataclass
class Assembled:
    edition: Edition
    text: str  # the source the spans index into
    photos: dict[str, bytes] = field(default_factory=dict)  # Image.src -> file bytes


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
    src = SourceText()
    placed: list[list[tuple[Region, list[Placed]]] | PageText] = []
    for number, page in enumerate(pages, start=1):
        if number > 1:
            src.add("\f")
        if isinstance(page, str):
            start = src.add(page.strip("\f"))
            placed.append(PageText(number, start, src.pos))
        else:
            placed.append([(r, place(r, src, vocab)) for r in page.regions])
    text = "".join(src.parts)
    masthead: MastheadResult | None = None
    first = placed[0] if placed else None
    if isinstance(first, list):
        masthead = first_masthead([(r.kind, [x for p in ps for x in p.lines]) for r, ps in first])
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
            # an inner page's folio that dated the edition is its masthead's (first_masthead)
            dated = masthead is not None and number == 1 and not _has_masthead(where)
            taken = {s for s, _ in masthead.masthead.spans} if dated and masthead else set()
            built = _page(page, where, src, vocab, ed_id, out.photos, taken)
            plate = number == 1 and masthead is not None and masthead.masthead.paper is not None
            out_pages.append(numbered(built, where, plate and _has_masthead(where)))
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


# --- items ---------------------------------------------------------------------


def _has_masthead(regions: list[tuple[Region, list[Placed]]]) -> bool:
    return any(r.kind == "masthead" for r, _ in regions)


def _page(
    page: PageLayout,
    regions: list[tuple[Region, list[Placed]]],
    src: SourceText,
    vocab: Vocabulary,
    ed_id: str,
    photos: dict[str, bytes],
    taken: set[int],
) -> Page:
    """taken: the starts of the lines of its folio the edition's masthead holds."""
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

    last_item = max((i for i, (r, _) in enumerate(regions) if r.kind in ITEMS),
                    default=-1)  # fmt: skip
    first_item = min((i for i, (r, _) in enumerate(regions) if r.kind in ITEMS),
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
                        spans, rest = label_line(x, taken)
                        label = Text(name, spans, src.box(spans))
                        folio += rest
                    elif x.start not in taken:
                        folio.append(x)
        elif region.kind == "listing":
            listed = listing_items(placed, page.number, len(items), vocab, src)
            items += listed or [article_item(placed, item_id, vocab, src, image)]
        elif region.kind == "article":
            items.append(article_item(placed, item_id, vocab, src, image))
        elif region.kind == "ad":
            ad = ad_item(placed, item_id, src, image, k == last_item)
            items.append(
                ad if region.box is None else msgspec.structs.replace(ad, box=rounded(region.box))
            )
    folio_text = None
    if folio:
        spans = [(x.start, x.end) for x in folio]
        folio_text = Text(" ".join(x.text for x in folio), spans, src.box(spans))
    section, inferred = (label.text, False) if label else (infer_section(items), True)
    return Page(page.number, section, items, inferred, label, (page.width, page.height), folio_text)
