"""At the end (or the start) of an edition, J, K, ] and [ say so, and name the key to the
next edition that way when there is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library import open_library
from tests.editions import multi_page, other_paper, shelf
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.session import run, shelf_of_three

LAST = "The last article of this edition."


def said(app) -> list[str]:
    return [n.message for n in notifications(app)]


async def at_edition(app, pilot, screen, date: str, item_id: str | None = None) -> None:
    index = next(i for i, e in enumerate(screen.library.entries) if e.date == date)
    screen.open_edition(index)
    await wait_until(pilot, lambda: screen.edition is not None and screen.edition.id.endswith(date))
    if item_id:
        screen.open_item(item_id)
    await settle(app, pilot)


@pytest.fixture
def lasting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The end's notice outlasts the test, however slow the machine."""
    monkeypatch.setattr("reader.ui.screens.reader_editions.END_NOTICE_SECONDS", 600.0)


@pytest.mark.usefixtures("lasting")
def test_past_the_last_article_the_newer_edition_is_offered(tmp_path: Path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p2-2")  # its last article
        await pilot.press("J")
        await settle(app, pilot)
        first = list(app._notifications)
        await pilot.press("J")
        await settle(app, pilot)
        assert screen.item_id == "p2-2"
        newer = f"{LAST} > opens the next edition: 광남일보 · Friday, February 6, 2026."
        assert said(app) == [newer, newer]
        showing = list(app._notifications)
        assert [str(n.message) for n in showing] == [newer]  # not stacked
        assert showing[0] not in first  # but posted afresh, its time running again
        await pilot.press("K", "K", "K")
        older = "The first article of this edition. < opens the edition before: 광남일보 · "
        assert said(app)[-1].startswith(older)

    run(lib, body, start=start)


def test_the_end_offers_and_the_keys_step_to_the_same_papers_next_edition(tmp_path: Path):
    """Two papers on one shelf are two runs of editions: > skips the other paper's,
    whatever its date, and the notice names the paper it opens."""
    folder = shelf(
        tmp_path / "eds",
        multi_page("2026-02-05"),
        other_paper("한빛일보", "2026-02-06", 501),
        multi_page("2026-02-07", 8023),
        other_paper("한빛일보", "2026-02-08", 502),
    )
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p2-2")
        await pilot.press("J")
        assert (
            said(app)[-1]
            == f"{LAST} > opens the next edition: 광남일보 · Saturday, February 7, 2026."
        )
        await pilot.press("greater_than_sign")
        await wait_until(pilot, lambda: screen.edition.id == "광남일보-2026-02-07")
        await pilot.press("greater_than_sign")
        await settle(app, pilot)
        assert screen.edition.id == "광남일보-2026-02-07"
        assert said(app)[-1] == "No newer edition of 광남일보 (e lists every paper's)."

    run(lib, body, start=start)


def test_the_newest_editions_end_says_only_that(tmp_path: Path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-06", "p2-2")
        await pilot.press("J")
        assert said(app) == [LAST]

    run(lib, body, start=start)


def test_brackets_on_a_one_section_edition_say_so(tmp_path: Path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-04")
        await pilot.press("right_square_bracket")
        assert said(app)[-1].startswith(
            "The last section of this edition. > opens the next edition: 광남일보"
        )
        await pilot.press("left_square_bracket")
        assert said(app)[-1] == "The first section of this edition."

    run(lib, body, start=start)


@pytest.mark.usefixtures("lasting")
def test_the_notice_posted_afresh_keeps_the_others_showing(tmp_path: Path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-06", "p2-2")
        app.notify("A notice of the settings.", title="Settings", severity="warning", timeout=60)
        await pilot.press("J", "J")
        await settle(app, pilot)
        showing = [(n.title, str(n.message), n.severity) for n in app._notifications]
        assert showing == [
            ("Settings", "A notice of the settings.", "warning"),
            ("", LAST, "information"),
        ]

    run(lib, body, start=start)
