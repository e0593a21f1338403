"""reader.pagemap: a printed page's boxes scaled to cells (a cell twice as tall as wide),
and the nearest box in a direction."""

from __future__ import annotations

import pytest

from reader.model import Ad, Article, Block, Box, Image, Page, Photo, Text
from reader.pagemap import Rect, has_geometry, neighbour, page_map

# A 1000 x 1400 pt page: three columns of articles over a full-width ad.
LEFT: Box = (0, 0, 500, 700)
MIDDLE: Box = (500, 0, 750, 700)
RIGHT: Box = (750, 0, 1000, 700)
AD: Box = (0, 700, 1000, 1400)


def article(id: str, box: Box | None, photo: Box | None = None) -> Article:
    body = [Block("paragraph", "본문", box=box)]
    if photo is not None:
        body.insert(0, Block("photo", "", box=photo, image=Image(f"ed/{id}.jpg", 300, 200)))
    return Article(id, headline=Text(f"제목 {id}"), body=body, box=box)


def page(*, size: tuple[float, float] | None = (1000, 1400), boxes: bool = True) -> Page:
    return Page(
        1,
        "종합",
        [
            article("a", LEFT if boxes else None, (0, 300, 500, 600) if boxes else None),
            article("b", MIDDLE if boxes else None),
            article("c", RIGHT if boxes else None),
            Ad(
                "d", Text("광고 제목"), blocks=[Photo(Image("ed/d.jpg"))], box=AD if boxes else None
            ),
        ],
        size=size,
    )


def test_boxes_keep_their_place_and_relative_size():
    # 100 cells across for 1000 pt: 0.1 cell a point across, 0.05 down.
    m = page_map(page(), 100, 200)
    assert (m.cols, m.rows, m.placed) == (100, 70, True)
    rects = {p.item_id: p.rect for p in m.places}
    assert rects == {
        "a": Rect(0, 0, 50, 35),
        "b": Rect(50, 0, 25, 35),
        "c": Rect(75, 0, 25, 35),
        "d": Rect(0, 35, 100, 35),
    }
    assert [p.kind for p in m.places] == ["article", "article", "article", "ad"]
    assert m.places[0].photos == (Rect(0, 15, 50, 15),) and m.places[0].pictures == 1
    assert m.places[3].pictures == 1 and m.places[3].photos == ()  # no box of its own


def test_the_rows_decide_on_a_short_terminal():
    # 20 rows for 1400 pt down: 1/70 row a point, so 1/35 cell a point across, 29 cells;
    # so narrow a page is stretched across, 1.6 times: 46 cells, the boxes wider.
    m = page_map(page(), 100, 20)
    assert (m.cols, m.rows) == (46, 20)
    rects = {p.item_id: p.rect for p in m.places}
    assert rects["b"].w == 11 and rects["d"].w == 46
    for place in m.places:
        r = place.rect
        assert r.w >= 2 and r.h >= 2 and r.x + r.w <= m.cols and r.y + r.h <= m.rows


def test_a_narrow_page_is_stretched_only_as_far_as_there_is_room():
    assert page_map(page(), 34, 20).cols == 34


def test_a_page_wide_enough_keeps_its_shape():
    # 40 rows: 1/35 row a point, 2/35 cell across, 57 cells: no stretching.
    m = page_map(page(), 100, 40)
    assert (m.cols, m.rows) == (57, 40)


def test_a_page_without_geometry_is_stacked_in_reading_order():
    for flat in (page(size=None), page(boxes=False)):
        assert not has_geometry(flat)
        m = page_map(flat, 60, 30)
        assert m.placed is False
        assert [p.item_id for p in m.places] == ["a", "b", "c", "d"]
        assert [p.rect for p in m.places] == [Rect(0, 3 * n, 60, 3) for n in range(4)]
    # Too many items for rows of three: a row each.
    assert [p.rect.h for p in page_map(page(size=None), 60, 6).places] == [1, 1, 1, 1]


def test_items_without_a_box_on_a_placed_page_are_counted():
    p = page()
    p = Page(1, "종합", [*p.items, article("e", None)], size=p.size)
    m = page_map(p, 100, 200)
    assert m.unplaced == 1 and [pl.item_id for pl in m.places] == ["a", "b", "c", "d"]


BOXES = [LEFT, MIDDLE, RIGHT, AD]


@pytest.mark.parametrize(
    "start, direction, expected",
    [
        (0, "right", 1),
        (1, "right", 2),
        (2, "right", None),
        (1, "left", 0),
        (0, "left", None),
        (0, "down", 3),
        (2, "down", 3),
        (3, "up", 1),  # all three touch it: the nearest centre
        (0, "up", None),
        (3, "down", None),
    ],
)
def test_neighbour(start: int, direction, expected: int | None):
    assert neighbour(BOXES, start, direction) == expected


def test_neighbour_prefers_a_box_in_line_to_a_nearer_one_off_to_the_side():
    here: Box = (0, 0, 100, 100)
    in_line: Box = (300, 0, 400, 100)  # 200 to the right, level
    aside: Box = (120, 400, 220, 500)  # 20 to the right, far below
    assert neighbour([here, aside, in_line], 0, "right") == 2


def test_columns_whose_tops_differ_by_a_hair_are_beside_not_above():
    a: Box = (0, 38.1, 400, 746)
    b: Box = (410, 37.8, 600, 466)
    assert neighbour([a, b], 0, "up") is None
    assert neighbour([a, b], 0, "right") == 1


def test_neighbour_of_nothing():
    assert neighbour([], 0, "left") is None
    assert neighbour([LEFT], 0, "right") is None


def test_a_long_column_beside_is_not_below():
    # A short article over an ad, with a longer column beside it (a generated page's).
    short: Box = (640, 38, 871, 573)
    column: Box = (519, 38, 629, 880)
    ad: Box = (35, 925, 872, 1215)
    assert neighbour([short, column, ad], 0, "down") == 2
    assert neighbour([short, column, ad], 1, "down") == 2
    assert neighbour([short, column, ad], 2, "up") == 1  # the nearest bottom edge


def test_a_photo_printed_without_a_headline_is_named_by_its_caption():
    shot = Block("photo", "", box=LEFT, image=Image("ed/p2.jpg", 360, 240))
    caption = Block("caption", "가람천 하구 습지에 큰고니 무리가 내려앉아 쉬고 있다.", box=LEFT)
    photo_page = Page(
        2, "포토", [Article("p2-1", body=[shot, caption], box=LEFT)], size=(1000, 1400)
    )
    (place,) = page_map(photo_page, 60, 30).places
    assert place.title == "가람천 하구 습지에 큰고니 무리가 내려앉아 쉬고 있다."


def test_a_page_printed_in_its_top_third_fills_the_map():
    # A 1000 x 1400 pt sheet whose two stories end at 500 pt, 40 pt margins: the blank
    # below is no part of the page's shape, and the map draws the printed part.
    top = Page(
        1,
        "종합",
        [article("a", (40, 40, 500, 500)), article("b", (500, 40, 960, 500))],
        size=(1000, 1400),
    )
    pm = page_map(top, 80, 20)
    bottom = max(p.rect.y + p.rect.h for p in pm.places)
    assert pm.rows == 20 and bottom >= 18  # the stories reach the map's foot
    assert pm.cols > 70  # and across it, its shape kept (46 columns when the blank counted)


def test_a_full_page_keeps_its_shape_in_the_map():
    # The near miss: items down to the foot margin, as wide as the margin above them.
    full = Page(
        1,
        "종합",
        [article("a", (40, 40, 500, 1360)), article("b", (500, 40, 960, 1360))],
        size=(1000, 1400),
    )
    pm = page_map(full, 80, 20)
    assert (pm.cols, pm.rows) == (round(1000 * 20 * 2 / 1400 * 1.6), 20)


def test_boxes_with_no_extent_keep_the_sheets_size():
    # A hand-edited edition whose boxes are each a point at the corner: nothing printed to
    # fit, so the map draws the sheet, as a full page.
    dots = Page(
        1, "종합", [article("a", (0, 0, 0, 0)), Ad("d", box=(0, 0, 0, 0))], size=(1000, 1400)
    )
    pm = page_map(dots, 80, 20)
    assert (pm.cols, pm.rows) == (round(1000 * 20 * 2 / 1400 * 1.6), 20)
