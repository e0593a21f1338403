"""Ads as lines: headings, lists, contacts, and tables that fit the pane (else stacked
row by row)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rich import box
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table as RichTable
from rich.text import Text

from reader.ad_export import TRUNCATED_NOTE
from reader.highlights import Highlights
from reader.i18n import _
from reader.model import Ad, Contact, Heading, ListBlock, Note, Paragraph, Photo, Table
from reader.printable import visible
from reader.ui.render.lines import (
    DEFAULT_PALETTE,
    MEASURE,
    Palette,
    PhotoLines,
    Rendered,
    Writer,
    console_for,
    leaf_text,
    photo_placeholder,
)
from reader.ui.render.printed import HANG, Printed, widest_line
from reader.unbreakable import unbreakable


def _numeric(cells: Iterable[Text]) -> bool:
    values = [c.plain.replace(",", "").strip() for c in cells]
    return any(values) and all(not v or v.isdigit() for v in values)


SHORT_COLUMN = 14
"""Columns whose cells all fit in this many cells stay on one line."""
MIN_WRAP = 18
"""The least a wrapping column gets; below it the table is stacked row by row."""


def _table(
    block: Table, base: str, width: int, highlights: Highlights | None, p: Palette, hanja: bool
) -> list[RenderableType]:
    """A Rich table; in a pane too narrow for it, one key/value grid per row (each its own
    renderable, so the first screenful renders only the rows it shows)."""
    ncols = max([len(block.header), *(len(r) for r in block.rows)], default=0)
    heads = [
        leaf_text(block.header[j].text, f"{base}.header.{j}", p.table_header, highlights, p, hanja)
        if j < len(block.header)
        else Text("", end="")
        for j in range(ncols)
    ]
    rows = [
        [
            leaf_text(t.text, f"{base}.rows.{r}.{j}", Style.null(), highlights, p, hanja)
            for j, t in enumerate(row)
        ]
        for r, row in enumerate(block.rows)
    ]
    columns = [[row[j] for row in rows if j < len(row)] for j in range(ncols)]
    natural = [max(c.cell_len for c in [heads[j], *columns[j]]) for j in range(ncols)]
    short = [n <= SHORT_COLUMN for n in natural]
    need = sum(n for n, s in zip(natural, short, strict=True) if s)
    need += MIN_WRAP * short.count(False) + 2 * (ncols - 1)
    if need > width:
        return _stacked(heads, rows, p, width)
    table = RichTable(
        box=box.SIMPLE_HEAD,
        show_header=bool(block.header),
        header_style=p.table_header,
        show_lines=True,
        padding=(0, 1),
        pad_edge=False,
        collapse_padding=True,
    )
    for j in range(ncols):
        table.add_column(
            heads[j],
            justify="right" if _numeric(columns[j]) else "left",
            no_wrap=short[j],
            overflow="fold",
        )
    for row in rows:
        table.add_row(*(c if s else Printed(c) for c, s in zip(row, short, strict=False)))
    return [table]


def _stacked(
    heads: list[Text], rows: list[list[Text]], p: Palette, width: int
) -> list[RenderableType]:
    """Each row as its first cell in bold over 'header  value' lines; a value that would
    wrap in the little room a long header leaves beside it goes under its header, at the
    pane's width (its printed lines kept, or hung)."""
    parts: list[RenderableType] = []
    label = max((h.cell_len for h in heads[1:]), default=0)
    room = width - 2 - label - 1  # the row's indent, the headers, the gap
    for n, row in enumerate(rows):
        if n:
            parts.append(Text())
        if row:
            parts.append(Text.assemble(row[0], style=p.title))
        grid: RichTable | None = None
        for head, cell in zip(heads[1:], row[1:], strict=False):
            if not cell.plain:
                continue
            if room >= MIN_WRAP or widest_line(cell) <= room:
                if grid is None:
                    grid = RichTable.grid(padding=(0, 1))
                    grid.add_column(style=p.muted, no_wrap=True, width=label)
                    grid.add_column(overflow="fold")
                grid.add_row(head.copy(), Printed(cell))
                continue
            if grid is not None:
                parts.append(Padding(grid, (0, 0, 0, 2)))
                grid = None
            parts.append(Padding(Text.assemble(head.copy(), style=p.muted), (0, 0, 0, 2)))
            parts.append(Padding(Printed(cell), (0, 0, 0, 4)))
        if grid is not None:
            parts.append(Padding(grid, (0, 0, 0, 2)))
    return parts


def _contact(
    block: Contact, path: str, highlights: Highlights | None, p: Palette, hanja: bool
) -> Text:
    style = p.phone if block.channel == "phone" else p.link
    text = Text(end="")
    if block.label:
        text.append(visible(block.label), p.muted)
        text.append(" ")
    text.append_text(leaf_text(block.text, path, style, highlights, p, hanja))
    return text


def _printed(w: Writer, text: Text, path: str) -> None:
    """A printed line of an ad (a price, an address, a phone): one line where the pane is
    wide enough; a wider one wraps under a hanging indent, so that its continuation does
    not read as the next printed line."""
    for k, line in enumerate(text.split("\n")):
        at = path if k == 0 else None
        if line.cell_len <= w.out.width:
            w.add(line, at)
        else:
            w.add(line, at, ("", Style.null()), (HANG, Style.null()))


def render_ad(
    ad: Ad,
    width: int = MEASURE,
    highlights: Highlights | None = None,
    palette: Palette = DEFAULT_PALETTE,
    console: Console | None = None,
    *,
    hanja: bool = False,
    photos: PhotoLines | None = None,
    limit: int | None = None,
) -> Rendered:
    """One ad as lines at `width` cells; anchors map every leaf path to its line. With
    ``hanja``, each Hanja word is followed by its reading; `photos` draws its pictures
    (else each is a placeholder line). With a `limit`, about that many lines: the first
    screenful."""
    w = Writer(console_for(console, width), width, limit, whole=unbreakable)
    p = palette
    if ad.title is not None:
        w.add(leaf_text(ad.title.text, "title", p.title, highlights, p, hanja), "title")
    if ad.advertiser and (ad.title is None or ad.advertiser != ad.title.text):
        w.add(Text(visible(ad.advertiser), style=p.muted, end=""))
    for i, block in enumerate(ad.blocks):
        if w.full:
            return w.out
        base = f"blocks.{i}"
        if isinstance(block, Heading):
            w.gap()
            w.add(
                leaf_text(block.text, base, p.heading, highlights, p, hanja),
                base,
                ("■ ", p.marker),
                ("  ", Style.null()),
            )
        elif isinstance(block, Paragraph):
            _printed(w, leaf_text(block.text, base, Style.null(), highlights, p, hanja), base)
        elif isinstance(block, Note):
            _printed(w, leaf_text(block.text, base, p.caption, highlights, p, hanja), base)
        elif isinstance(block, Contact):
            _printed(w, _contact(block, base, highlights, p, hanja), base)
        elif isinstance(block, Photo):
            if photos is not None:
                w.figure(base, photos(block.image, width))
            else:
                w.add(photo_placeholder(block.image, p))
        elif isinstance(block, ListBlock):
            w.anchor(base)
            for j, item in enumerate(block.items):
                path = f"{base}.items.{j}"
                lines = leaf_text(item.text, path, Style.null(), highlights, p, hanja).split("\n")
                for k, line in enumerate(lines):
                    if k == 0:
                        w.add(line, path, ("- ", p.marker), ("  ", Style.null()))
                    else:  # a continuation line printed under its item
                        w.add(line, None, ("    ", Style.null()))
        elif isinstance(block, Table):
            w.anchor(base)
            w.add_parts(_table(block, base, width, highlights, p, hanja))
            start = w.out.anchors[base]
            # Cells share the table's line: close enough to scroll a hit into view.
            for leaf in [f"{base}.header.{j}" for j in range(len(block.header))] + [
                f"{base}.rows.{r}.{j}" for r, row in enumerate(block.rows) for j in range(len(row))
            ]:
                w.out.anchors.setdefault(leaf, start)
    if ad.truncated and not w.full:
        w.gap()
        w.add(Text(_(TRUNCATED_NOTE), style=p.caption, end=""))
    return w.out


def render_ads(
    ads: Sequence[Ad],
    width: int = MEASURE,
    highlights: Mapping[str, Highlights] | None = None,
    palette: Palette = DEFAULT_PALETTE,
    console: Console | None = None,
    *,
    hanja: bool = False,
    photos: PhotoLines | None = None,
    limit: int | None = None,
) -> Rendered:
    """Several ads, one after another; anchors are '<ad id>' and '<ad id>:<leaf path>'.
    With a `limit`, about that many lines: the first screenful."""
    con = console_for(console, width)
    out = Rendered(width=width)
    for n, ad in enumerate(ads):
        if limit is not None and len(out.lines) >= limit:
            out.complete = False
            break
        if n:
            out.lines.append([])
            out.lines.append([Segment("─" * width, palette.rule)])
            out.lines.append([])
        out.anchors[ad.id] = len(out.lines)
        left = None if limit is None else limit - len(out.lines)
        one = render_ad(
            ad,
            width,
            (highlights or {}).get(ad.id),
            palette,
            con,
            hanja=hanja,
            photos=photos,
            limit=left,
        )
        out.extend(one, prefix=f"{ad.id}:")
    return out
