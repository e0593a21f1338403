"""The page map as lines: every item a box at its place, its headline inside when
there is room (on its top border, cut, in a box with no row inside), photos and ads
marked, articles read ticked, the open article tinted, the chosen box lit.

The geometry is reader.pagemap's; this only draws it. Drawing goes cell by cell on
a grid (a wide character takes its cell and the next), then runs of one style
become segments.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from reader.i18n import _
from reader.pagemap import PageMap, Place, Rect
from reader.pictures import photo_label
from reader.printable import visible
from reader.ui.render.lines import console_for, ellipsized

THIN = "┌─┐│└┘"
HEAVY = "┏━┓┃┗┛"
READ_MARK = "✓"
"""On a read article's top border (before its row's label, in a list): as the section
list greys it, in a mark that needs no colour to be seen."""


@dataclass(frozen=True)
class MapStyles:
    """The map's colours; the screen fills them from its CSS."""

    page: Style = Style(bgcolor="grey11")
    border: Style = Style(color="grey50")
    title: Style = Style(color="grey82")
    ad: Style = Style(color="yellow")
    photo: Style = Style(color="grey62", bgcolor="grey30")
    open: Style = Style(bgcolor="dark_blue")
    chosen: Style = Style(color="bright_cyan", bold=True)
    read: Style = Style(color="grey58")


_WIDE_TAIL = ""  # the cell a wide character covers after its own


class _Grid:
    def __init__(self, cols: int, rows: int, style: Style) -> None:
        self.cols, self.rows = cols, rows
        self.chars = [[" "] * cols for _ in range(rows)]
        self.styles = [[style] * cols for _ in range(rows)]

    def put(self, x: int, y: int, text: str, style: Style, limit: int) -> None:
        """Text from (x, y), cell by cell, never past column `limit`."""
        if not 0 <= y < self.rows:
            return
        for ch in text:
            width = cell_len(ch)
            if width == 0:
                continue
            if x + width > min(limit, self.cols):
                break
            self.chars[y][x] = ch
            self.styles[y][x] = self.styles[y][x] + style
            if width == 2:
                self.chars[y][x + 1] = _WIDE_TAIL
                self.styles[y][x + 1] = self.styles[y][x]
            x += width

    def fill(self, r: Rect, style: Style, char: str | None = None) -> None:
        for y in range(r.y, min(r.y + r.h, self.rows)):
            for x in range(r.x, min(r.x + r.w, self.cols)):
                if char is not None:
                    self.chars[y][x] = char
                self.styles[y][x] = self.styles[y][x] + style

    def frame(self, r: Rect, chars: str, style: Style) -> None:
        tl, h, tr, v, bl, br = tuple(chars)
        right, bottom = r.x + r.w - 1, r.y + r.h - 1
        for x in range(r.x, r.x + r.w):
            for y, c in ((r.y, h), (bottom, h)):
                self._set(x, y, c, style)
        for y in range(r.y + 1, bottom):
            self._set(r.x, y, v, style)
            self._set(right, y, v, style)
        for x, y, c in ((r.x, r.y, tl), (right, r.y, tr), (r.x, bottom, bl), (right, bottom, br)):
            self._set(x, y, c, style)

    def _set(self, x: int, y: int, char: str, style: Style) -> None:
        if 0 <= x < self.cols and 0 <= y < self.rows:
            if self.chars[y][x] == _WIDE_TAIL and x > 0:
                self.chars[y][x - 1] = " "  # a wide character cut in half goes
            self.chars[y][x] = char
            self.styles[y][x] = self.styles[y][x] + style

    def lines(self) -> list[list[Segment]]:
        out: list[list[Segment]] = []
        for chars, styles in zip(self.chars, self.styles, strict=True):
            line: list[Segment] = []
            run, style = "", styles[0] if styles else Style()
            for ch, st in zip(chars, styles, strict=True):
                if st != style:
                    if run:
                        line.append(Segment(run, style))
                    run, style = "", st
                run += ch
            if run:
                line.append(Segment(run, style))
            out.append(line)
        return out


def _label(place: Place) -> str:
    title = visible(place.title)
    if place.kind == "ad":
        return _("Ad") + " " + title
    return title


def _draw(
    grid: _Grid, place: Place, styles: MapStyles, open_id: str | None, chosen: bool, read: bool
) -> None:
    r = place.rect
    tint = Style()
    if place.item_id == open_id:
        tint = styles.open
    if place.kind == "ad":
        tint = tint + styles.ad
    grid.fill(r, tint, " ")
    title_style = styles.title + (styles.ad if place.kind == "ad" else Style())
    if read:
        title_style += styles.read
    if chosen:
        title_style += styles.chosen
    if r.h == 1:  # a row of a page without geometry
        mark = ("▶ " if chosen else "  ") + (f"{READ_MARK} " if read else "")
        grid.put(r.x, r.y, mark + _row_label(place), title_style, r.x + r.w)
        return
    grid.frame(r, HEAVY if chosen else THIN, styles.chosen if chosen else styles.border)
    if read and r.w >= 3:
        grid.put(r.x + 1, r.y, READ_MARK, styles.read, r.x + r.w - 1)
    inner = r.w - 2
    if r.h < 3:  # no row inside: what it is on its top border, after the tick
        start = r.x + 1 + (cell_len(READ_MARK) + 1 if read else 0)
        room, border = r.x + r.w - 1 - start, Text(_label(place))
        ellipsized(border, max(0, room))
        if border.plain.rstrip("…"):  # the '…' alone says nothing
            grid.put(start, r.y, border.plain, title_style, r.x + r.w - 1)
    lines = _title_lines(_label(place), inner, r.h - 2) if inner >= 2 and r.h >= 3 else []
    for n, line in enumerate(lines):
        grid.put(r.x + 1, r.y + 1 + n, line, title_style, r.x + 1 + inner)
    # The photos in the rows the headline left: the words matter more than the mark.
    for outer in place.photos:
        photo = _inside(outer, r)
        top = max(photo.y, r.y + 1 + len(lines)) if photo else 0
        if photo is None or top >= photo.y + photo.h:
            continue
        photo = Rect(photo.x, top, photo.w, photo.y + photo.h - top)
        grid.fill(photo, styles.photo, "▒")
        label = photo_label()
        if photo.w >= cell_len(label):
            grid.put(photo.x, photo.y + photo.h // 2, label, styles.photo, photo.x + photo.w)


WRAP_CELLS = 8
"""A box narrower inside than this shows one line of its headline, cut with '…': a
headline wrapped a syllable or two a line reads as nothing."""


def _title_lines(label: str, inner: int, rows: int) -> list[str]:
    """A box's headline as at most `rows` lines of `inner` cells, the last one ending in
    '…' when words are left over."""
    if inner < WRAP_CELLS:
        wrapped = [label]
    else:
        folded = Text(label).wrap(console_for(None, inner), inner)
        wrapped = [line.plain.rstrip() for line in folded]
    lines = wrapped[:rows]
    last = Text(" ".join(wrapped[len(lines) - 1 :]))
    ellipsized(last, inner)
    lines[-1] = last.plain
    return lines


def _inside(photo: Rect, box: Rect) -> Rect | None:
    """The part of a photo inside a box's frame, if any."""
    x0, y0 = max(photo.x, box.x + 1), max(photo.y, box.y + 1)
    x1 = min(photo.x + photo.w, box.x + box.w - 1)
    y1 = min(photo.y + photo.h, box.y + box.h - 1)
    return Rect(x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None


def _row_label(place: Place) -> str:
    label = _label(place)
    if place.pictures:
        label += f" · {photo_label()} {place.pictures}"
    return label


def render_page_map(
    page_map: PageMap,
    chosen: int | None,
    open_id: str | None,
    styles: MapStyles = MapStyles(),
    read: frozenset[str] = frozenset(),
) -> list[list[Segment]]:
    """The page as lines of page_map.cols cells; the chosen place drawn last, on top;
    `read`: the articles read."""
    grid = _Grid(page_map.cols, page_map.rows, styles.page)
    order = [i for i in range(len(page_map.places)) if i != chosen]
    if chosen is not None and 0 <= chosen < len(page_map.places):
        order.append(chosen)
    for i in order:
        place = page_map.places[i]
        _draw(grid, place, styles, open_id, i == chosen, place.item_id in read)
    return grid.lines()
