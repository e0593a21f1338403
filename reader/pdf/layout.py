"""One page's content -> its regions in reading order: masthead, bands, articles, ads.

Steps: lines and blocks; the body style (the size and font most characters are
set in: every tier is relative to it); the masthead on the front page and the
page bands (section label, page number) at the top and foot; frames and shaded
boxes (ads, boxed articles); photos with the captions under them; then reading
order over what is left, and articles from it.
"""

from __future__ import annotations

from reader.i18n import _
from reader.pdf.articles import article_regions
from reader.pdf.bignumbers import big_numbers
from reader.pdf.blocks import Block, make_blocks
from reader.pdf.boards import board_figures, lattice
from reader.pdf.bodytype import unboxed
from reader.pdf.captions import captioned_photos, under_pictures
from reader.pdf.cartoons import last_panel, picture_balloons, signatures, strip_panels
from reader.pdf.cells import cell_items
from reader.pdf.charts import charts, maps, wedges
from reader.pdf.content import Box, PageContent, Picture, inside, union
from reader.pdf.dropcaps import drop_caps
from reader.pdf.frames import frame_regions
from reader.pdf.framing import outer_frames, with_sources
from reader.pdf.fullads import one_advertiser
from reader.pdf.gridless import gridless_table
from reader.pdf.indexstrip import index_strips
from reader.pdf.labelled import labelled_grounds
from reader.pdf.lines import make_lines
from reader.pdf.listings import listing_regions, prose
from reader.pdf.margins import masthead_lines, running_bands
from reader.pdf.mugshots import after_heads, framed_shots, mug_shots
from reader.pdf.onphoto import heads_first
from reader.pdf.order import xy_order
from reader.pdf.outlines import outlined_heads
from reader.pdf.paragraphs import shows_spaces
from reader.pdf.parts import Atom, PageLayout, Para, Region, Style, body_style
from reader.pdf.pictograms import pictograms
from reader.pdf.sidebars import sidebars
from reader.pdf.sidecaptions import side_captions
from reader.pdf.vertical import runs_down, stood_up, vertical_heads
from reader.pdf.within import holders


def analyse(content: PageContent, front: bool) -> PageLayout:
    w, h = content.width, content.height
    # a picture that is the whole page with invisible text drawn over it is a scan under
    # an OCR text layer (an archive's e-edition): the page itself, no photo of it; type
    # printed visibly over a page-wide picture is a poster's headline on its photo
    content.pictures = [p for p in content.pictures if not _under_text(p, content)]
    down = runs_down(content.runs)
    lines = make_lines(content.runs if down else stood_up(content.runs), content.graphics)
    # pictograms set in lines of type (a weather box's icons) are part of those lines
    icons = {id(p) for p in pictograms(content.pictures, lines)}
    content.pictures = [p for p in content.pictures if id(p) not in icons]
    # a crossword's grid drawn as boxes edge to edge: a board's rules, no frames
    tiled, board = lattice(content.graphics, lines)
    content.graphics = [g for g in content.graphics if id(g) not in tiled]
    walls: list[Box] = [g.box for g in content.graphics if g.kind == "hrule"]
    for g in content.graphics:
        if g.kind in ("frame", "shade"):
            walls += [(g.box[0], y, g.box[2], y) for y in (g.box[1], g.box[3])]
    blocks = make_blocks(lines, walls, [p.box for p in content.pictures])
    # the body is what is set outside the captions: on a page of photos the captions
    # are most of its type, and would otherwise be its body
    under = under_pictures(blocks, content.pictures)
    texts = [
        x for b in prose(unboxed(blocks, content.graphics)) if id(b) not in under for x in b.lines
    ]
    style = body_style(texts or lines)
    blocks = drop_caps(blocks, style.size)
    style.columns = [b for b in blocks if len(b.lines) >= 3 and style.is_body(b)]
    style.shown = shows_spaces(style.columns)
    layout = PageLayout(
        content.number, w, h, chars=content.chars, bad_chars=content.bad_chars,
        warnings=list(content.warnings),
    )  # fmt: skip
    if down:
        layout.warnings.append(
            _("its text runs top to bottom (vertical writing); it is read across, out of order")
        )

    frames = outer_frames(content, blocks, wedges(content.graphics, blocks, style.size))
    frames = with_sources(frames, blocks)  # a box's source line set under it
    panels, frames = strip_panels(frames, content.graphics, blocks, style.size)
    # a strip signed in its last panel's corner (strip_panels): no signature under it
    drawn = [a.box for a in panels if a.kind == "panel"]
    in_corner = any(a.kind == "signature" for a in panels)
    strips = [last_panel(drawn)] if drawn and not in_corner else []
    balloons, frames = picture_balloons(frames, content.pictures, blocks)
    panels += balloons
    framed = {id(b) for f in frames + [a.box for a in panels] for b in _blocks_in(f, blocks)}
    free = [b for b in blocks if id(b) not in framed]
    if front:
        masthead, free = masthead_lines(free, h)
        if masthead:
            layout.regions.append(Region("masthead", [Para("masthead", [x]) for x in masthead]))
            # a picture over the masthead's lines, wide as a name stands, is the nameplate
            # drawn as an image; a photo beside the name (an ear) is a photo
            last = masthead[-1].top
            content.pictures = [p for p in content.pictures if not _nameplate(p, last, w)]
    bands, free = running_bands(free, content, style)
    signed, free = signatures(content.pictures, balloons, free, style.size, strips)
    atoms = [_frame_atom(f, blocks, content, style) for f in frames] + panels + signed
    pictures = [p for p in content.pictures if not any(inside(p.box, f) for f in frames)]
    grounds = maps(content.graphics, pictures, style.size)
    grounds += [p for p in labelled_grounds(pictures, free, style.size) if p not in grounds]
    pictures = [p for p in pictures if p not in grounds]
    ruled = [g.box for g in content.graphics if g.kind in ("hrule", "vrule")]
    photos, free = captioned_photos(pictures, free, style, ruled)
    photos, free = side_captions(photos, free, style)
    photos, shots = mug_shots(photos, free, style)
    listed, free = gridless_table(free, style.size)
    numbers, free = big_numbers(free, style.size)
    figures, free = charts(content.graphics, free, style.size, [p.box for p in grounds])
    figures += numbers
    atoms += photos + listed + figures + [Atom("block", b.box, block=b) for b in free]
    if board:
        atoms = board_figures(atoms, board, style.size)
    outlined = outlined_heads(content.graphics, blocks, style.size)
    atoms += [Atom("outline", box) for box in outlined]
    if outlined:
        layout.warnings.append(
            _("a headline drawn as outlines, not text: its story is read without one")
        )
    if (whole := one_advertiser(atoms, len(style.columns), content.graphics)) is not None:
        atoms = [whole]  # a page of one advertiser: one ad
    top = [b for b in bands if b.box[1] < h / 2]
    if top:
        layout.regions.append(Region("band", [Para("band", list(b.lines)) for b in top]))
    items: list[Region] = []
    run: list[Atom] = []
    rules = [g.box for g in content.graphics if g.kind in ("hrule", "vrule")]
    hrules = [g.box for g in content.graphics if g.kind == "hrule"]
    shades = [g.box for g in content.graphics if g.kind == "shade"]
    # the running head's lines stand across the columns under them: no cut runs through
    # them (read apart, as the band over the page)
    heads = [Atom("band", b.box) for b in top]
    # each frame's own bands (a boxed column's title bar), found once through the grid
    boxed = [a for a in atoms if a.kind == "frame"]
    bars: dict[int, list[Box]] = {}
    for i, j in holders(shades, [f.box for f in boxed], 1.0):
        if shades[i] != boxed[j].box:
            bars.setdefault(id(boxed[j]), []).append(shades[i])
    for atom in after_heads(heads_first(xy_order(atoms + heads, _box, rules), style.size), shots):
        if atom.kind == "band":
            continue
        if atom.kind == "frame":
            items += article_regions(run, style, hrules, shades)
            run = []
            items += frame_regions(atom, style, bars.get(id(atom), []))
        else:
            run.append(atom)
    items += article_regions(run, style, hrules, shades)
    items = vertical_heads(next_columns(items, style.size), style.size)
    items = index_strips(listing_regions(sidebars(items, style.size), style), style.size)
    # a box of cells read as its items once placed: its cells in its own order, down a column
    layout.regions += cell_items(rows(items, style.size))
    foot = [b for b in bands if b.box[1] >= h / 2]
    if foot:
        layout.regions.append(Region("band", [Para("band", list(b.lines)) for b in foot]))
    return layout


_SCAN = 0.8  # of the page's area: a picture this large under text is the page's scan


def _under_text(p: Picture, content: PageContent) -> bool:
    x0, y0, x1, y1 = p.box
    if (x1 - x0) * (y1 - y0) < _SCAN * content.width * content.height:
        return False
    if content.hidden <= 0.5:
        return False
    inner = [r for r in content.runs if inside((r.x0, r.top, r.x1, r.bottom), p.box, 1.0)]
    return len(inner) > len(content.runs) / 2


_NAMEPLATE_WIDTH = 1 / 3  # of the page's width: a paper's name spans the masthead's band


def _nameplate(p: Picture, last: float, page_width: float) -> bool:
    """A picture above the masthead's last line that stands as a name does: across the
    band, wider than twice its height."""
    x0, y0, x1, y1 = p.box
    wide = x1 - x0 >= _NAMEPLATE_WIDTH * page_width and x1 - x0 > 2 * (y1 - y0)
    return y1 <= last and wide


def _box(a: Atom) -> Box:
    return a.box


def rows(items: list[Region], unit: float) -> list[Region]:
    """Items as a reader takes them in: row by row from the top (items whose tops are
    within two lines of each other share a row), left to right in a row; a side column's
    item after the band beside it (`_side_column_last`). Reading order found them (each
    article's parts together); this orders the articles."""
    boxed = [(r.box or _region_box(r), r) for r in items]
    boxed.sort(key=lambda x: x[0][1])
    out: list[list[tuple[Box, Region]]] = []
    for b, r in boxed:
        if out and b[1] - out[-1][0][0][1] <= 2 * unit:
            out[-1].append((b, r))
        else:
            out.append([(b, r)])
    return _side_column_last([sorted(row, key=lambda x: x[0][0]) for row in out], unit)


def _side_column_last(rows: list[list[tuple[Box, Region]]], unit: float) -> list[Region]:
    """A row's last item whose column holds nothing under it while rows go on at its left
    (the lead's band: the stories under a lead of three columns, a story in the fourth
    beside them) is a side column: read after the rows beside it, as the band is read
    first. A row under it reaching into its column ends the band there."""
    out: list[Region] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        side = row[-1][0]
        j = k + 1
        while len(row) > 1 and j < len(rows) and all(b[2] <= side[0] + unit for b, _ in rows[j]):
            j += 1
        out += [r for _, r in row[:-1]] + [r for later in rows[k + 1 : j] for _, r in later]
        out.append(row[-1][1])
        k = j
    return out


_HEADS = ("headline", "sub", "deck")


def next_columns(items: list[Region], unit: float) -> list[Region]:
    """A story without a head whose top stands level with a headed story's body, right
    beside it (a gutter away), is that story's next column: a layout table's cell, or a
    column that reading order took apart from its story, a frame read between them."""
    out: list[Region] = []
    for r in items:
        if r.kind == "article" and r.paras and not any(p.role in _HEADS for p in r.paras):
            box = _region_box(r)
            host = next((h for h in reversed(out) if _heads_beside(h, box, unit)), None)
            if host is not None:
                host.paras += r.paras
                continue
        out.append(r)
    return out


def _heads_beside(host: Region, b: Box, unit: float) -> bool:
    if host.kind != "article" or host.box or not any(p.role in _HEADS for p in host.paras):
        return False  # a framed story is whole in its frame
    a = _region_box(host)
    return 0 <= b[0] - a[2] <= 3 * unit and a[1] <= b[1] <= a[1] + 0.5 * (a[3] - a[1])


def _region_box(region: Region) -> Box:
    boxes = [p.box for p in region.paras if p.lines or p.cells or p.picture]
    return union(boxes) if boxes else (0.0, 0.0, 0.0, 0.0)


def _blocks_in(frame: Box, blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if inside(b.box, frame, 2.0)]


def _frame_atom(frame: Box, blocks: list[Block], content: PageContent, style: Style) -> Atom:
    inner_blocks = _blocks_in(frame, blocks)
    pictures = [p for p in content.pictures if inside(p.box, frame, 2.0)]
    rules = [
        g.box
        for g in content.graphics
        if g.box != frame and inside(g.box, frame, 2.0) and g.kind in ("hrule", "vrule")
    ]
    for g in content.graphics:  # cells drawn as rectangles: their sides are rules
        if g.box != frame and g.kind in ("frame", "shade") and inside(g.box, frame, 2.0):
            x0, y0, x1, y1 = g.box
            rules += [(x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)]
    photos, rest = captioned_photos(pictures, inner_blocks, style, rules)
    photos = framed_shots(photos, style.size)
    numbers, rest = big_numbers(rest, style.size)
    inner = photos + numbers + [Atom("block", b.box, block=b) for b in rest]
    return Atom("frame", frame, inner=inner, rules=rules)
