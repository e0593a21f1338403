"""Hanja readings in the reader: `h` shows each Hanja word with its reading after it
(與野(여야)), off by default, on from the settings; search highlights stay on the Hanja."""

from __future__ import annotations

import threading
from unittest import mock

import msgspec
import pytest

import reader.hanja as hanja_package
from reader.hanja import dictionary
from reader.library import Library
from reader.model import Ad, Article, Block, Heading, Page, Text
from reader.ui.app import BroadsheetApp
from reader.ui.screens.article_actions import HANJA_UNAVAILABLE, NO_HANJA
from reader.ui.widgets.document import DocumentView
from tests.editions import library, seed
from tests.ui.conftest import THREE_PANES, drive, notifications, search, settle, wait_until

ARTICLE = Article(
    id="p1-1",
    headline=Text("與野, 來日 國會서 法律 개정안 合意"),
    body=[
        Block("lead", "李 대통령은 女性 단체와 만나 論理보다 現場을 앞세우겠다고 말했다."),
        Block("paragraph", "여야 대표는 勞動 현안도 함께 다루기로 했다."),
    ],
)
AD = Ad(id="p1-2", title=Text("韓國 전통 工藝 박람회"), blocks=[Heading("入場 무료")])


def hanja_library() -> Library:
    edition = msgspec.structs.replace(seed(), pages=[Page(1, "정치", [ARTICLE, AD])])
    return library(edition)


def plain(view: DocumentView) -> str:
    """The pane's text, its lines joined by one space (where lines wrap does not matter)."""
    return " ".join(view._rendered.plain().split())


def marked(view: DocumentView, style) -> list[str]:
    """The text of each run of segments painted in a highlight style."""
    runs: list[str] = []
    for line in view._rendered.lines:
        run = ""
        for segment in line:
            if segment.style is not None and segment.style.bgcolor == style.bgcolor:
                run += segment.text
            elif run:
                runs.append(run)
                run = ""
        if run:
            runs.append(run)
    return runs


@drive(hanja_library(), size=THREE_PANES)
async def test_h_shows_and_hides_the_readings(app, pilot, screen):
    view, ads = screen.article_view, screen.ad_pane
    assert "與野, 來日 國會서" in plain(view) and "(여야)" not in plain(view)  # off by default
    await pilot.press("h")
    await settle(app, pilot)
    assert view.hanja and ads.hanja
    shown = plain(view)
    assert "與野(여야), 來日(내일) 國會(국회)서 法律(법률) 개정안 合意(합의)" in shown
    assert (
        "┃ 李(이) 대통령은 女性(여성) 단체와 만나 論理(논리)보다 現場(현장)을 ┃ 앞세우겠다고"
        in shown
    )
    assert "韓國(한국) 전통 工藝(공예) 박람회 ■ 入場(입장) 무료" in plain(ads)
    await pilot.press("h")
    await settle(app, pilot)
    assert not view.hanja and "(여야)" not in plain(view)


@drive(hanja_library(), hanja=True)
async def test_the_setting_starts_with_readings_shown(app, pilot, screen):
    await settle(app, pilot)  # the dictionary is read in a worker
    assert screen.article_view.hanja
    assert "與野(여야)" in plain(screen.article_view)


@drive(hanja_library())
async def test_search_highlights_stay_on_the_hanja(app, pilot, screen):
    await search(app, pilot, "여야")
    await pilot.press("enter")
    await settle(app, pilot)
    view = screen.article_view
    palette = view._palette
    hits = marked(view, palette.highlight) + marked(view, palette.current_hit)
    assert sorted(hits) == ["與野", "여야"]
    await pilot.press("h")
    await settle(app, pilot)
    hits = marked(view, palette.highlight) + marked(view, palette.current_hit)
    assert sorted(hits) == ["與野", "여야"]  # not the reading after it
    assert "與野(여야)" in plain(view)


@drive(hanja_library())
async def test_a_slow_first_read_of_the_dictionary_blocks_no_key(app, pilot, screen):
    release = threading.Event()
    asked = threading.Event()
    real = dictionary.loaded

    def slow() -> dictionary.Dictionary | None:
        asked.set()
        release.wait()
        return real()

    with mock.patch.object(hanja_package, "loaded", slow):
        await pilot.press("h")
        await wait_until(pilot, asked.is_set)
        await pilot.press("tab")  # handled while the dictionary is still being read
        assert screen.article_view.has_focus and not screen.article_view.hanja
        release.set()
        await settle(app, pilot)
    assert screen.article_view.hanja and "與野(여야)" in plain(screen.article_view)


@pytest.fixture
def no_dictionary(monkeypatch):
    monkeypatch.setattr(dictionary, "_loaded", [None])


@drive(hanja_library())
async def test_without_the_dictionary_h_says_so_in_one_line(app, pilot, screen):
    dictionary._loaded[:] = [None]  # as with a missing dictionary, for this app only
    try:
        await pilot.press("h")
        await settle(app, pilot)
    finally:
        dictionary._loaded.clear()
    assert not screen.article_view.hanja
    assert [n.message for n in notifications(app)][-1] == HANJA_UNAVAILABLE
    assert "\n" not in HANJA_UNAVAILABLE


def test_readings_look(snap_compare):
    async def readings_on(pilot):
        await pilot.press("h")
        await settle(pilot.app, pilot)

    app = BroadsheetApp(hanja_library(), 0)
    assert snap_compare(app, terminal_size=(110, 24), run_before=readings_on)


@drive(library(seed()))
async def test_h_on_an_edition_without_hanja_says_so(app, pilot, screen):
    await pilot.press("h")
    await settle(app, pilot)
    assert not screen.article_view.hanja
    assert [n.message for n in notifications(app)] == [NO_HANJA]
