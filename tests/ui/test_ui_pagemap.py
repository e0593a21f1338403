"""The page map (p): the printed page in miniature, moved around with arrows or hjkl,
Enter opens a box, [ and ] turn pages, articles read ticked; a page without geometry is
a list that says why."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from reader.library import open_library
from reader.pagemap import neighbour
from reader.ui.render.pagemap import READ_MARK
from reader.ui.screens.pagemap import NO_GEOMETRY, PageMapScreen, PageMapView
from reader.ui.widgets.footer import KeyFooter
from tests.editions import SEED_JSON, multi_page, seed, shelf
from tests.photo_editions import photo_folder, photo_library
from tests.ui.conftest import drive, palette, settle, wait_until


def map_text(screen: PageMapScreen) -> str:
    return "\n".join("".join(s.text for s in line) for line in screen.view._lines)


async def open_map(app, pilot) -> PageMapScreen:
    await pilot.press("p")
    await wait_until(
        pilot, lambda: isinstance(app.screen, PageMapScreen) and app.screen._map is not None
    )
    return app.screen


@drive(photo_library, pictures="halfblocks")
async def test_the_map_of_the_open_articles_page(app, pilot, screen):
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    assert shown.page == 1 and shown.chosen_id == "p2-1" and shown.open_id == "p2-1"
    page_map = shown._map
    assert page_map.placed
    assert [p.item_id for p in page_map.places] == ["p2-1", "p2-2", "p2-3", "p2-4"]
    assert [p.kind for p in page_map.places] == ["article"] * 3 + ["ad"]
    # The page keeps its shape: 907 x 1276 pt, a cell twice as tall as wide.
    assert abs(page_map.cols / (2 * page_map.rows) - 907 / 1276) < 0.05
    # The boxes keep their place: the first article left of the second, the ad under all.
    r = {p.item_id: p.rect for p in page_map.places}
    assert r["p2-1"].x + r["p2-1"].w <= r["p2-2"].x
    assert all(r["p2-4"].y >= r[a].y + r[a].h for a in ("p2-1", "p2-2", "p2-3"))
    drawn = map_text(shown)
    assert "Photo" in drawn and "Ad " in drawn  # the interface's words, not the paper's
    assert "사진" not in drawn and "광고 " not in drawn


def top_border(screen: PageMapScreen, item_id: str) -> str:
    """The cells of a box's top border, from its left corner (a wide character's second
    cell as \0)."""
    place = next(p for p in screen._map.places if p.item_id == item_id)
    line = "".join(s.text for s in screen.view._lines[place.rect.y])
    cells = "".join(ch + ("\0" if cell_len(ch) == 2 else "") for ch in line)
    return cells[place.rect.x : place.rect.x + place.rect.w]


@drive(photo_library, pictures="halfblocks")
async def test_the_articles_read_are_ticked_and_the_title_says_what_the_tick_is(app, pilot, screen):
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    assert all(READ_MARK not in top_border(shown, p) for p in ("p2-1", "p2-2", "p2-3"))
    assert READ_MARK not in str(shown.query_one("#map-title").render())  # nothing read yet
    await pilot.press("escape", "m")  # the open article marked read
    await settle(app, pilot)
    assert screen.read_ids == {"p2-1"}
    shown = await open_map(app, pilot)
    assert top_border(shown, "p2-1").startswith("┏" + READ_MARK)  # chosen, and read
    assert all(READ_MARK not in top_border(shown, p) for p in ("p2-2", "p2-3"))
    assert "  ✓ read" in str(shown.query_one("#map-title").render())


@drive(photo_library, pictures="halfblocks")
async def test_keys_move_the_choice_to_the_nearest_box_and_enter_opens_it(app, pilot, screen):
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    boxes = [p.box for p in shown._map.places]
    ids = [p.item_id for p in shown._map.places]
    visited = []
    for key, direction in (("l", "right"), ("right", "right"), ("j", "down"), ("up", "up")):
        at = shown.view.chosen
        await pilot.press(key)
        expected = neighbour(boxes, at, direction)
        assert expected is not None
        assert shown.chosen_id == ids[expected]
        visited.append(shown.chosen_id)
    assert visited == ["p2-2", "p2-3", "p2-4", "p2-2"]
    about = str(shown.query_one("#map-about").render())
    assert screen.edition.find("p2-2").title in about
    await pilot.press("enter")
    await wait_until(pilot, lambda: app.screen is screen)
    assert screen.item_id == "p2-2"


@drive(photo_library, pictures="halfblocks")
async def test_no_box_that_way_rings_the_bell_and_stays(app, pilot, screen):
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    bells = []
    app.bell = lambda: bells.append(1)
    await pilot.press("h")
    assert shown.chosen_id == "p2-1" and bells == [1]


@drive(photo_library, pictures="halfblocks")
async def test_brackets_turn_pages(app, pilot, screen):
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    await pilot.press("left_square_bracket")
    assert shown.page == 0 and [p.item_id for p in shown._map.places] == ["p1-1", "p1-2"]
    assert shown.chosen_id == "p1-1"  # the open article is not on it: the first box
    await pilot.press("right_square_bracket")
    assert shown.page == 1 and shown.chosen_id == "p2-1"
    await pilot.press("escape")
    await wait_until(pilot, lambda: app.screen is screen)
    assert screen.item_id == "p2-1"


@drive(lambda _: open_library(SEED_JSON))
async def test_a_page_without_geometry_is_a_list_that_says_why(app, pilot, screen):
    shown = await open_map(app, pilot)
    assert not shown._map.placed
    title = str(shown.query_one("#map-title").render())
    assert NO_GEOMETRY in title
    page = screen.edition.pages[shown.page]
    assert [p.item_id for p in shown._map.places] == [it.id for it in page.items]
    first = shown.chosen_id
    await pilot.press("j")
    assert shown.chosen_id == page.items[1].id != first


@drive(photo_library, pictures="halfblocks")
async def test_the_palette_opens_the_page_map(app, pilot, screen):
    await palette(app, pilot, "Page map")
    await wait_until(pilot, lambda: isinstance(app.screen, PageMapScreen))


@drive(photo_library, pictures="halfblocks")
async def test_help_lists_the_new_keys(app, pilot, screen):
    rows = dict(row for _, group in screen.help_groups() for row in group)
    assert "The printed page in miniature" in rows["p"]
    assert "photos, large" in rows["i"]


@drive(photo_library, pictures="halfblocks")
async def test_an_ad_opened_on_another_page_brings_the_reader_to_that_page(app, pilot, screen):
    screen.open_item("p1-1")
    shown = await open_map(app, pilot)
    await pilot.press("right_square_bracket")
    while shown.chosen_id != "p2-4":  # the ad, under the page's articles
        await pilot.press("j")
    await pilot.press("enter")
    await wait_until(pilot, lambda: app.screen is screen)
    assert screen.ads_page == 1 and screen.item_id == "p2-1"
    assert screen.article_view.border_title == screen.ad_pane.border_title.split(" · ", 1)[1]


@drive(photo_library, pictures="halfblocks")
async def test_a_click_chooses_a_box_and_a_click_on_the_chosen_box_opens_it(app, pilot, screen):
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    view = shown.view
    place = next(p for p in shown._map.places if p.item_id == "p2-2")
    left = (view.size.width - shown._map.cols) // 2
    at = (left + place.rect.x + 1, place.rect.y + 1)
    await pilot.click(PageMapView, offset=at)
    assert app.screen is shown and shown.chosen_id == "p2-2"
    await pilot.click(PageMapView, offset=at)
    await wait_until(pilot, lambda: app.screen is screen)
    assert screen.item_id == "p2-2"


@drive(lambda _: open_library(SEED_JSON), size=(80, 24))
async def test_a_list_at_80_columns_says_why_on_its_own_line_and_halves_the_room(
    app, pilot, screen
):
    shown = await open_map(app, pilot)
    await wait_until(pilot, lambda: shown.has_class("-listed"))
    await pilot.pause()
    title = str(shown.query_one("#map-title").render()).split("\n")
    assert len(title) == 2 and title[1] == NO_GEOMETRY  # not broken after the keys
    about = shown.query_one("#map-about")
    assert abs(about.size.width + 2 * 2 + 1 - shown.view.size.width) <= 1  # its padding, border
    headline = screen.edition.pages[0].items[0].headline.text
    assert headline[:20] in map_text(shown)


@drive(photo_library, pictures="halfblocks", size=(50, 24))
async def test_a_title_too_long_for_one_row_shows_on_two(app, pilot, screen):
    # The title is first filled while the screen's first layout is pending (as the app
    # runs on Python 3.12+: tests.ui.conftest.drive): its second row must show.
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    await settle(app, pilot)
    top = ["".join(s.text for s in strip) for strip in shown._compositor.render_strips()[:2]]
    assert top[0].strip() == "Page map · 2 지역 (2/2)  arrows or hjkl move ·"
    assert top[1].strip() == "Enter opens"


def turns(shown: PageMapScreen) -> dict[str, bool]:
    """The bar's page keys: shown, and whether they turn (a dimmed one does not)."""
    bar = shown.query_one(KeyFooter)
    return {key.key: key.enabled for key in bar.keys if key.action.startswith("turn")}


@drive(lambda path: open_library(shelf(path / "eds", seed())))
async def test_a_one_page_edition_offers_no_page_to_turn_to(app, pilot, screen):
    shown = await open_map(app, pilot)
    assert len(shown.edition.pages) == 1
    assert turns(shown) == {}  # the bar offered [ and ], which rang the bell
    await pilot.press("right_square_bracket")
    assert shown.page == 0


@drive(lambda path: open_library(shelf(path / "eds", multi_page())))
async def test_the_bar_dims_the_page_key_at_each_end(app, pilot, screen):
    shown = await open_map(app, pilot)
    first, second = "left_square_bracket", "right_square_bracket"
    assert shown.page == 0 and turns(shown) == {first: False, second: True}
    await pilot.press(second)
    await pilot.pause()
    assert shown.page == 1 and turns(shown) == {first: True, second: True}
    await pilot.press(second)
    await pilot.pause()
    assert shown.page == 2 and turns(shown) == {first: True, second: False}


LONG_WORD = "새벽강청소년오케스트라가"  # 12 syllables, 24 cells


def long_word_library(dest: Path):
    """The photo edition, a 12-syllable word in the lead of p2-1."""
    folder = photo_folder(dest)
    [path] = folder.glob("*.json")
    path.write_text(path.read_text().replace("골목상권을 둘러싼", f"{LONG_WORD} 둘러싼", 1))
    return open_library(folder)


@drive(long_word_library, pictures="halfblocks", size=(80, 24))
async def test_the_preview_at_80_columns_keeps_a_12_syllable_word_whole(app, pilot, screen):
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    await settle(app, pilot)
    region = shown.query_one("#map-about").content_region
    rows = shown._compositor.render_strips()[region.y : region.bottom]
    # The preview's cells of each row, as drawn.
    lines = ["".join(s.text for s in row.crop(region.x, region.right)).rstrip() for row in rows]
    assert LONG_WORD[:4] in "".join(lines)  # shown, whole or broken
    assert any(line.endswith(LONG_WORD) or f"{LONG_WORD} " in line for line in lines), lines
