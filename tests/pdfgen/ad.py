"""A boxed ad: a frame or shaded ground, its own type (sans throughout), a title, `•`
headings, notes, lists, contact lines and ruled tables whose cells are the truth's cells.
"""

from __future__ import annotations

import random

from tests.gen import Ad
from tests.pdfgen.article import Style
from tests.pdfgen.fonts import text_width
from tests.pdfgen.ink import ASCENT, Ink, Line, Rule, Run, Shade, set_para
from tests.pdfgen.photos import picture
from tests.pdfgen.printed import Para, PrintedTable, ad_paras

SIZES = {"ad-heading": 11.5, "ad-note": 8.0, "ad-paragraph": 9.0, "ad-list": 9.0}
PAD = 10.0


def place_ad(
    ad: Ad, item: int, source: str, x0: float, width: float, style: Style, rng: random.Random
) -> tuple[Ink, float]:
    """The ad laid out from y = 0 down; returns its ink and height."""
    ink = Ink()
    sans = style.faces.sans
    inner = width - 2 * PAD
    parts = ad_paras(ad, source)
    title = parts[0]
    assert isinstance(title, Para)
    y = PAD
    room = inner
    if rng.random() < 0.4:  # the advertiser's picture, top right
        w = min(inner * 0.3, 150.0)
        box = (x0 + width - PAD - w, y, x0 + width - PAD, y + w * 0.7)
        ink.pics.append(picture(rng, box, item, None))
        room = inner - w - 10
    size = 20.0
    while text_width(title.text, sans, size) > room and size > 12:
        size -= 1
    lines, br = set_para(title, item, sans, size, room, justify=False, words=True)
    ink.breaks += br
    y = _lines(ink, lines, x0 + PAD, y, size * 1.3, item)
    if ink.pics:
        y = max(y, ink.pics[0].box[3])
    y += 6
    for part in parts[1:]:
        if isinstance(part, PrintedTable):
            y = _table(ink, part, x0 + PAD, y + 3, inner, style, item, rng) + 4
            continue
        size = SIZES.get(part.role, 9.0)
        if part.role == "ad-heading":
            y += 6
        lines, br = set_para(part, item, sans, size, inner, justify=False, words=True)
        ink.breaks += br
        y = _lines(ink, lines, x0 + PAD, y, size * 1.45, item)
    height = y + PAD
    if rng.random() < 0.5:
        ink.shades.insert(0, Shade((x0, 0.0, x0 + width, height), None, 1.2))
    else:
        ink.shades.insert(0, Shade((x0, 0.0, x0 + width, height), rng.choice((0.9, 0.94))))
    return ink, height


def _lines(ink: Ink, lines: list[Line], x: float, y: float, step: float, item: int) -> float:
    for ln in lines:
        y += step
        base = y - (step - ln.size) / 2 - (1 - ASCENT) * ln.size
        ink.runs.append(
            Run(ln.text, x + ln.dx, base, ln.font, ln.size, ln.space, ln.role, item, 0, ln.src)
        )
    return y


def _table(
    ink: Ink,
    table: PrintedTable,
    x0: float,
    y0: float,
    width: float,
    style: Style,
    item: int,
    rng: random.Random,
) -> float:
    """A ruled table: a rule between every two rows and every two columns."""
    sans = style.faces.sans
    padx, pady = 4.0, 3.0
    size = 8.0

    def natural(sz: float) -> list[float]:
        widths = [0.0] * table.columns
        for c in table.cells:
            for line in c.para.text.split("\n"):
                widths[c.col] = max(widths[c.col], text_width(line, sans, sz) + 2 * padx + 1)
        return widths

    widths = natural(size)
    while sum(widths) > width and size > 6.5:
        size -= 0.5
        widths = natural(size)
    if sum(widths) > width:  # the widest column wraps in what the others leave
        wide = widths.index(max(widths))
        widths[wide] = width - (sum(widths) - widths[wide])
    else:  # spread the spare width over the columns
        spare = (width - sum(widths)) / table.columns
        widths = [w + spare for w in widths]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    rows = max(c.row for c in table.cells) + 1
    cell_lines: dict[tuple[int, int], list[Line]] = {}
    for c in table.cells:
        lines, br = set_para(
            c.para, item, sans, size, widths[c.col] - 2 * padx, justify=False, words=True
        )
        ink.breaks += br
        cell_lines[(c.row, c.col)] = lines
    step = size * 1.4
    ys = [y0]
    for r in range(rows):
        n = max([len(cell_lines.get((r, c), [])) for c in range(table.columns)] + [1])
        ys.append(ys[-1] + n * step + 2 * pady)
    if rng.random() < 0.5:
        ink.shades.append(Shade((xs[0], ys[0], xs[-1], ys[1]), 0.85))
    for (r, c), lines in cell_lines.items():
        _lines(ink, lines, xs[c] + padx, ys[r] + pady, step, item)
    for y in ys:
        ink.rules.append(Rule(xs[0], y, xs[-1], y, 0.6))
    for x in xs:
        ink.rules.append(Rule(x, ys[0], x, ys[-1], 0.6))
    return ys[-1]
