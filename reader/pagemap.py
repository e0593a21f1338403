"""The printed page in miniature: every item's box scaled to terminal cells, and which
box lies next in a direction.

The boxes come from the PDF ingest, in points from the page's top-left. A cell is
about twice as tall as it is wide, so a point across is worth twice the cells of a
point down: the page keeps its shape on screen. An edition from page text has no
boxes; its page becomes a stack of full-width rows in reading order (`placed` is
False, and the UI says why).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reader.model import Ad, Article, Box, Page, Photo

Direction = Literal["left", "right", "up", "down"]

CELL_ASPECT = 2.0
"""A terminal cell is about twice as tall as it is wide."""

NARROW_MAP = 40
"""A page drawn true to its shape in fewer columns than this is stretched across..."""
MOST_STRETCH = 1.6
"""... by up to this much, where there is room: on a small terminal, headlines in the
boxes matter more than the page's proportions."""

STACK_ROWS = 3
"""The height of an item's row in a page without geometry, when the rows fit."""


@dataclass(frozen=True, slots=True)
class Rect:
    """Cells: column, row of the top-left corner, width and height."""

    x: int
    y: int
    w: int
    h: int

    def contains(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.x + other.w <= self.x + self.w
            and other.y + other.h <= self.y + self.h
        )


@dataclass(frozen=True, slots=True)
class Place:
    """One item of the page and where it is drawn."""

    item_id: str
    kind: Literal["article", "ad"]
    title: str
    rect: Rect
    box: Box  # where it is on the page (points; made up for a page without geometry)
    photos: tuple[Rect, ...] = ()  # its pictures, inside rect
    pictures: int = 0  # how many pictures it has, placed or not


@dataclass(frozen=True, slots=True)
class PageMap:
    """A page drawn in `cols` x `rows` cells."""

    cols: int
    rows: int
    places: list[Place] = field(default_factory=list)
    placed: bool = True  # False: no geometry, the items are stacked in reading order
    unplaced: int = 0  # items of a placed page that have no box (listed, not drawn)

    def index(self, item_id: str | None) -> int | None:
        return next((i for i, p in enumerate(self.places) if p.item_id == item_id), None)


def has_geometry(page: Page) -> bool:
    """Whether the page can be drawn as printed: its size and a box for some item."""
    return page.size is not None and any(item.box is not None for item in page.items)


def _pictures(item: Article | Ad) -> list[Box | None]:
    if isinstance(item, Article):
        return [b.box for b in item.body if b.kind == "photo"]
    return [b.box for b in item.blocks if isinstance(b, Photo)]


def _kind(item: Article | Ad) -> Literal["article", "ad"]:
    return "article" if isinstance(item, Article) else "ad"


def _title(item: Article | Ad) -> str:
    if isinstance(item, Article):
        return item.title
    return item.known_as or item.id


def page_map(page: Page, cols: int, rows: int) -> PageMap:
    """The page drawn in at most cols x rows cells (both at least 1)."""
    cols, rows = max(1, cols), max(1, rows)
    if not has_geometry(page) or page.size is None:
        return _stacked(page, cols, rows)
    width, height = _printed(page, page.size)
    # Cells per point across; down is half that (a cell is twice as tall).
    scale = min(cols / width, rows * CELL_ASPECT / height)
    across = scale
    if width * scale < NARROW_MAP:
        across = min(cols / width, scale * MOST_STRETCH)
    map_cols = max(1, min(cols, round(width * across)))
    map_rows = max(1, min(rows, round(height * scale / CELL_ASPECT)))

    def rect(box: Box, least: int) -> Rect:
        x0, y0 = round(box[0] * across), round(box[1] * scale / CELL_ASPECT)
        x1, y1 = round(box[2] * across), round(box[3] * scale / CELL_ASPECT)
        w, h = max(least, x1 - x0), max(least, y1 - y0)
        x, y = max(0, min(x0, map_cols - w)), max(0, min(y0, map_rows - h))
        return Rect(x, y, min(w, map_cols), min(h, map_rows))

    places: list[Place] = []
    unplaced = 0
    for item in page.items:
        if item.box is None:
            unplaced += 1
            continue
        outer = rect(item.box, 2)
        pics = _pictures(item)
        photos = tuple(
            r for b in pics if b is not None and outer.contains(r := rect(b, 1)) and r != outer
        )
        places.append(Place(item.id, _kind(item), _title(item), outer, item.box, photos, len(pics)))
    return PageMap(map_cols, map_rows, places, True, unplaced)


def _printed(page: Page, size: tuple[float, float]) -> tuple[float, float]:
    """The part of the sheet drawn: down to the items' bottom and across to their right,
    with a margin there as wide as the one above and left of them. A page printed only
    in its top third fills the map rather than a third of it; a full page keeps its size,
    and so does one whose boxes reach nowhere (a part of no size would scale to nothing)."""
    boxes = [item.box for item in page.items if item.box is not None]
    right = max(b[2] for b in boxes) + min(b[0] for b in boxes)
    bottom = max(b[3] for b in boxes) + min(b[1] for b in boxes)
    return (
        right if 0 < right < size[0] else size[0],
        bottom if 0 < bottom < size[1] else size[1],
    )


def _stacked(page: Page, cols: int, rows: int) -> PageMap:
    count = len(page.items)
    high = max(1, min(STACK_ROWS, rows // count)) if count else STACK_ROWS
    places = [
        Place(
            item.id,
            _kind(item),
            _title(item),
            Rect(0, n * high, cols, high),
            (0.0, float(n), 1.0, float(n + 1)),
            (),
            len(_pictures(item)),
        )
        for n, item in enumerate(page.items)
    ]
    return PageMap(cols, max(rows, count * high), places, placed=False)


# --- moving between boxes ------------------------------------------------------------

_AXES: dict[Direction, tuple[int, int]] = {
    "left": (0, -1),
    "right": (0, 1),
    "up": (1, -1),
    "down": (1, 1),
}


def _gap(a0: float, a1: float, b0: float, b1: float) -> float:
    """The distance between two intervals (0 when they overlap)."""
    return max(0.0, b0 - a1, a0 - b1)


def neighbour(boxes: list[Box], current: int, direction: Direction) -> int | None:
    """The box nearest to boxes[current] in a direction, or None when none lies that way.

    A box lies that way when its near edge is past the current box's centre: a long
    column beside this article is not below it, though it reaches further down. Of
    those, the nearest is the one with the smallest gap along the direction plus
    twice the gap across it (a box in line beats a nearer one off to the side), the
    distance between centres breaking ties."""
    if not 0 <= current < len(boxes):
        return None
    axis, sign = _AXES[direction]
    cur = boxes[current]
    centre = ((cur[0] + cur[2]) / 2, (cur[1] + cur[3]) / 2)
    best: tuple[float, float, int] | None = None
    for i, box in enumerate(boxes):
        if i == current:
            continue
        mid = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        lo, hi = (0, 2) if axis == 0 else (1, 3)
        near = box[lo] if sign > 0 else box[hi]
        if (near - centre[axis]) * sign <= 0:
            continue
        across_lo, across_hi = (1, 3) if axis == 0 else (0, 2)
        along = _gap(cur[lo], cur[hi], box[lo], box[hi])
        across = _gap(cur[across_lo], cur[across_hi], box[across_lo], box[across_hi])
        far = (mid[0] - centre[0]) ** 2 + (mid[1] - centre[1]) ** 2
        score = (along + 2 * across, far, i)
        if best is None or score < best:
            best = score
    return None if best is None else best[2]
