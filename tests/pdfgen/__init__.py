"""Generated PDF e-editions with known truth (test-only), for the PDF ingest.

The content and its truth come from the text generator (`tests.gen`); this package lays
the truth's items out as a printed Korean paper does (see page.py, article.py, ad.py) and
writes them with reportlab, in both font kinds (fonts.py) and in several text orders
(draw.py). Same arguments, same bytes.

API
---
``generate_pdf_edition(path, seed, pages=12, *, fonts="mixed", order=None) -> PdfEdition``
    ``fonts``: "cid", "ttf", or "mixed" (one kind an edition, or a kind a page);
    ``order``: one of ORDERS for every page, or None (a page's own). ``.path``; ``.gen``
    (the ``tests.gen`` GeneratedEdition: ``.truth`` is what a perfect ingest gives,
    ``.text`` holds the printed contact and masthead lines); ``.pages``: one
    ``PageLayout`` a page: ``size``, ``columns``, ``fonts``, ``order``, ``body_size``,
    ``item_boxes`` and ``item_columns`` (one a truth item), ``ink.pics`` (photos: box,
    caption, format, pixels, the item they belong to), ``ink.breaks`` (every line break
    inside a leaf: item, leaf path, offset, between words or a torn word), ``ink.runs``
    (every printed line, each glyph mapped to its leaf and offset).
``layout_pages(truth, source, masthead, seed, ...)``: the same for any truth Edition.
``write_bench_edition(path, pages=40, seed=0) -> PdfEdition``: dense 6-column pages of
    about 7,400 characters each, for tests/bench.
``tests.pdfgen.seed.write_seed_pdf(path, fonts="cid", order="reading")``: the seed page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from tests.gen import Ad, Edition, GeneratedEdition, Page, generate_edition, leaves
from tests.pdfgen.draw import ORDERS, write_pdf
from tests.pdfgen.fonts import KINDS
from tests.pdfgen.ink import Box, LineBreak, Pic
from tests.pdfgen.page import PageLayout, compose

SIZES = ((842.0, 1191.0), (907.0, 1276.0), (1000.0, 1420.0))
BROADSHEET = (1108.0, 1545.0)  # 391 x 545 mm

__all__ = [
    "ORDERS",
    "Box",
    "LineBreak",
    "PageLayout",
    "PdfEdition",
    "Pic",
    "generate_pdf_edition",
    "layout_pages",
    "write_bench_edition",
]


@dataclass(slots=True)
class PdfEdition:
    path: Path
    gen: GeneratedEdition
    pages: list[PageLayout]

    @property
    def truth(self) -> Edition:
        return self.gen.truth


def masthead_lines(gen: GeneratedEdition) -> list[str] | None:
    m = gen.truth.masthead
    return None if m is None else [gen.text[s:e] for s, e in m.spans]


def layout_pages(
    truth: Edition,
    source: str,
    masthead: list[str] | None,
    seed: int,
    *,
    fonts: str = "mixed",
    order: str | None = None,
    cols: int | None = None,
    size: tuple[float, float] | None = None,
    body: float | None = None,
    spacing: float = 1.6,
) -> list[PageLayout]:
    """Lay out every truth page; `fonts` is a kind, or "mixed" (per edition or per page)."""
    rng = random.Random(f"pdfgen:{seed}")
    size = size or rng.choice(SIZES)
    foot_band = rng.random() < 0.4
    per_page = fonts == "mixed" and rng.random() < 0.5
    kind = rng.choice(KINDS) if fonts == "mixed" else fonts
    out = []
    for tpage in truth.pages:
        prng = random.Random(f"pdfgen:{seed}:{tpage.number}")
        page_kind = prng.choice(KINDS) if per_page else kind
        ncols = cols or prng.randint(4, 7)
        first = masthead if tpage.number == 1 else None
        layout = compose(
            tpage,
            source,
            first,
            size,
            ncols,
            page_kind,
            foot_band,
            prng,
            body=body,
            spacing=spacing,
        )
        layout.order = order or prng.choice(ORDERS)
        out.append(layout)
    return out


def generate_pdf_edition(
    path: Path,
    seed: int,
    pages: int = 12,
    *,
    fonts: str = "mixed",
    order: str | None = None,
) -> PdfEdition:
    gen = generate_edition(seed, pages)
    layouts = layout_pages(gen.truth, gen.text, masthead_lines(gen), seed, fonts=fonts, order=order)
    write_pdf(Path(path), layouts, random.Random(f"pdfgen:{seed}:draw"))
    return PdfEdition(Path(path), gen, layouts)


DENSE_PAGE = (1108.0, 1800.0)  # a broadsheet's width, a little taller: 6 dense columns
DENSE_CHARS = 8500  # printed characters with spaces: about 7,400 without
# The target page held about 7,400 characters; read as PDFium counts a page's
# text (spaces and line ends included), that is this many printed characters.
LIGHT_CHARS = 6200


def write_bench_edition(
    path: Path, pages: int = 40, seed: int = 0, chars: int = DENSE_CHARS
) -> PdfEdition:
    """Dense 6-column pages (~7,400 characters each): several text pages' items a page,
    until they print `chars` characters (spaces included)."""
    gen = generate_edition(seed, pages * 4)
    merged: list[Page] = []
    items: list = []
    printed = 0
    for tpage in gen.truth.pages[1:]:
        for item in tpage.items:
            if isinstance(item, Ad):
                continue
            items.append(item)
            printed += sum(b - a for _, _, spans, _ in leaves(item) for a, b in spans)
            if printed >= chars:
                merged.append(Page(len(merged) + 1, "종합", items, kind="news"))
                items, printed = [], 0
        if len(merged) == pages:
            break
    truth = Edition(gen.truth.paper, gen.truth.paper_ascii, gen.truth.date, None, merged)
    layouts = layout_pages(
        truth, gen.text, None, seed, fonts="cid", cols=6, size=DENSE_PAGE, body=9.0, spacing=1.35
    )
    for layout in layouts:
        # The bench edition stays as measured since its first figures: none of its pages
        # drawn glyph by glyph (PDFium's bare text, its baseline, drops a lone CID glyph
        # without broadsheet's last-resort font).
        if layout.order == "glyphs":
            layout.order = "shuffled"
    write_pdf(Path(path), layouts, random.Random(f"pdfgen:{seed}:draw"))
    return PdfEdition(Path(path), GeneratedEdition(gen.text, truth, seed, gen.date), layouts)
