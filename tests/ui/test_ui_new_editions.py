"""Editions that arrive between two readings: the start opens today's paper and says so,
Back returns to where reading stopped, and the picker marks editions never opened."""

from __future__ import annotations

import asyncio

import msgspec
import pytest
from textual.widgets._toast import Toast

from reader import i18n
from reader.library import open_library
from reader.ui.app import BroadsheetApp
from reader.ui.widgets.panes import ArticleView
from tests.editions import multi_page, other_paper, shelf
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.session import MULTI, run_shelf
from tests.ui.test_ui_edition_picker import _picker

NEW = "광남일보-2026-02-12"


def test_an_edition_that_arrived_since_the_last_reading_opens_first(tmp_path):
    folder = shelf(tmp_path / "week", multi_page("2026-02-05"))

    async def read_one(app, pilot, screen):
        assert screen.edition.id == MULTI
        await pilot.press("J")  # p2-1
        await settle(app, pilot)

    async def next_morning(app, pilot, screen):
        assert (screen.edition.id, screen.item_id) == (NEW, "p1-1")
        await wait_until(pilot, lambda: bool(notifications(app)))
        said = notifications(app)[-1].message
        assert said == "This edition is new since you last read. ⌫ returns to where you were."
        await pilot.press("backspace")  # to where reading stopped
        await wait_until(pilot, lambda: screen.edition.id == MULTI)
        assert screen.item_id == "p2-1"

    async def again(app, pilot, screen):
        # Nothing new since: reading resumes where it stopped, and nothing is said.
        assert (screen.edition.id, screen.item_id) == (MULTI, "p2-1")
        await settle(app, pilot)
        assert not any("since you last read" in n.message for n in notifications(app))

    run_shelf(folder, read_one)
    shelf(folder, multi_page("2026-02-12", 8028))
    run_shelf(folder, next_morning)
    run_shelf(folder, again)


def test_an_older_edition_added_later_does_not_take_the_start(tmp_path):
    folder = shelf(tmp_path / "week", multi_page("2026-02-05"))

    async def read_one(app, pilot, screen):
        await pilot.press("J")
        await settle(app, pilot)

    async def resumed(app, pilot, screen):
        assert (screen.edition.id, screen.item_id) == (MULTI, "p2-1")

    run_shelf(folder, read_one)
    shelf(folder, multi_page("2026-02-01", 8017))  # a back issue, filed afterwards
    run_shelf(folder, resumed)


def test_the_picker_marks_the_editions_never_opened(tmp_path):
    folder = shelf(tmp_path / "week", multi_page("2026-02-05"), multi_page("2026-02-12", 8028))

    async def body(app, pilot, screen):
        assert screen.edition.id == NEW  # the newest, the first time
        options = await _picker(app, pilot)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(2)]
        assert labels[0].startswith("▶ 광남일보 · Thursday, February 12, 2026 · 3 articles")
        assert labels[1].startswith("  광남일보 · Thursday, February 5, 2026 · new · 3 articles")
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: screen.edition.id == MULTI)
        options = await _picker(app, pilot)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(2)]
        assert not any(" · new · " in label for label in labels)  # opened now

    run_shelf(folder, body)


def test_an_undated_edition_read_last_gives_way_to_an_edition_arrived_since(tmp_path):
    """An edition ingested after the reading stopped opens, whatever the date of the one
    read last (an edition without a date has nothing dated after it)."""
    undated = multi_page("2026-02-05")
    masthead = msgspec.structs.replace(undated.masthead, date=None)
    undated = msgspec.structs.replace(undated, id="광남일보-호외", masthead=masthead)
    folder = shelf(tmp_path / "week", undated)

    async def read_one(app, pilot, screen):
        assert screen.edition.id == "광남일보-호외"
        await pilot.press("J")  # p2-1
        await settle(app, pilot)

    async def arrived(app, pilot, screen):
        assert screen.edition.id == NEW

    run_shelf(folder, read_one)
    shelf(folder, multi_page("2026-02-12", 8028))
    run_shelf(folder, arrived)


def test_going_back_to_an_older_paper_resumes_it_and_only_arrivals_take_the_start(tmp_path):
    """Editions on the shelf before the reading stopped are no news, however their dates
    compare with the one read last; what was ingested since opens, the paper read first,
    and the notice names it and the other arrivals."""
    folder = shelf(
        tmp_path / "week",
        multi_page("2026-02-05"),
        multi_page("2026-02-06", 8022),
        multi_page("2026-02-07", 8023),
        other_paper("한빛일보", "2026-02-06", 501),
    )

    async def back_to_thursday(app, pilot, screen):
        assert screen.edition.id == "광남일보-2026-02-07"
        for date in ("2026-02-06", "2026-02-05"):
            await pilot.press("less_than_sign")
            await wait_until(pilot, lambda d=date: screen.edition.id == f"광남일보-{d}")
        await pilot.press("J")  # p2-1
        await settle(app, pilot)

    async def resumed(app, pilot, screen):
        assert (screen.edition.id, screen.item_id) == ("광남일보-2026-02-05", "p2-1")
        await settle(app, pilot)
        assert not any("since you last read" in n.message for n in notifications(app))

    async def next_morning(app, pilot, screen):
        assert (screen.edition.id, screen.item_id) == ("광남일보-2026-02-12", "p1-1")
        await wait_until(pilot, lambda: bool(notifications(app)))
        assert notifications(app)[-1].message.startswith(
            "This edition is new since you last read; "
            "also new: 한빛일보 · Friday, February 13, 2026. "
        )

    run_shelf(folder, back_to_thursday)
    run_shelf(folder, resumed)
    shelf(folder, other_paper("한빛일보", "2026-02-13", 502), multi_page("2026-02-12", 8028))
    run_shelf(folder, next_morning)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_at_80_columns_the_arrival_notice_hides_one_line_of_the_article(tmp_path, language):
    """The masthead names the edition opened; the notice says only that it is new (naming
    it again, it took three lines or more, two of them over the article's first screen)."""
    i18n.use(language)
    folder = shelf(tmp_path / "week", multi_page("2026-02-05"))

    async def read_one(app, pilot, screen):
        await settle(app, pilot)

    run_shelf(folder, read_one)
    shelf(folder, multi_page("2026-02-12", 8028))
    app = BroadsheetApp(*open_library(folder))

    async def go() -> None:
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await wait_until(pilot, lambda: bool(app.screen.query(Toast)))
            await settle(app, pilot)
            toast = app.screen.query_one(Toast).region
            article = app.screen.query_one(ArticleView).content_region
            assert app.screen.edition.id == NEW
            assert toast.overlaps(article) and toast.intersection(article).height == 1

    asyncio.run(go())
