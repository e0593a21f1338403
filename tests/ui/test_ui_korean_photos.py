"""The page map and the photos in Korean: the map at 80x24 and 120x40 (SVG snapshots), and
what the map, the photo dialog and the notices about photos say."""

from __future__ import annotations

import pytest

from reader.library import open_library
from reader.ui.screens.photo import PhotoScreen
from reader.ui.widgets.footer import KeyFooter
from tests.editions import SEED_JSON
from tests.photo_editions import photo_file, photo_library
from tests.ui.conftest import drive, notifications, settle, wait_until
from tests.ui.test_ui_pagemap import open_map
from tests.ui.test_ui_photo_snapshots import map_moved, photo_app

SIZES = [(80, 24), (120, 40)]
HALF = {"pictures": "halfblocks"}
pytestmark = pytest.mark.usefixtures("korean")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_page_map_korean(snap_compare, tmp_path, size):
    assert snap_compare(photo_app(tmp_path), terminal_size=size, run_before=map_moved)


@drive(photo_library, **HALF)
async def test_the_page_map_speaks_korean(app, pilot, screen):
    screen.open_item("p2-1")
    shown = await open_map(app, pilot)
    title = str(shown.query_one("#map-title").render())
    assert title.startswith("지면 보기 · ") and title.endswith(
        "(2/2)  화살표·hjkl 이동 · Enter 열기"
    )
    photos = sum(1 for b in screen.edition.find("p2-1").body if b.image is not None)
    assert str(shown.query_one("#map-about").render()).endswith(f"사진 {photos}장")
    keys = [k.description for k in shown.query_one(KeyFooter).keys]
    assert keys[:3] == ["열기", "이전 지면", "다음 지면"] and "닫기" in keys


@drive(lambda _: open_library(SEED_JSON))
async def test_a_page_map_without_positions_says_why_in_korean(app, pilot, screen):
    shown = await open_map(app, pilot)
    title = str(shown.query_one("#map-title").render())
    assert "지면 텍스트에서 읽어 위치가 없습니다" in title


@drive(photo_library, **HALF)
async def test_the_photo_dialog_speaks_korean(app, pilot, screen):
    screen.open_item("p2-2")
    await pilot.press("i")
    await wait_until(pilot, lambda: isinstance(app.screen, PhotoScreen))
    dialog = app.screen.query_one("#photo-dialog")
    assert (dialog.border_title, dialog.border_subtitle) == ("사진 1/2", "← → 다른 사진 · Esc 닫기")


@drive(photo_library, **HALF)
async def test_an_article_without_photos_is_told_in_korean(app, pilot, screen):
    screen.open_item("p2-3")
    await pilot.press("i")
    await wait_until(pilot, lambda: notifications(app))
    assert [n.message for n in notifications(app)] == ["이 기사에는 사진이 없습니다."]


@drive(photo_library, **HALF)
async def test_a_missing_photo_is_told_in_korean(app, pilot, screen):
    target = photo_file(screen.library.folder_of(0), screen.edition, "p2-1")
    target.unlink()
    screen.open_item("p2-1")
    await settle(app, pilot)
    told = [(n.title, n.message) for n in notifications(app)]
    assert told == [("사진 표시 안 됨", f"{target.name}: 사진 파일이 없습니다")]
    assert "사진 (사진 표시 안 됨)" in screen.article_view._rendered.plain()
