"""A first-time reader is told how to get their own paper in: at the start while the
shelf is the sample shipped with broadsheet, and at the foot of the help (Pilot)."""

from __future__ import annotations

from reader.library import open_library, shipped_dir
from reader.ui.screens.help import HelpScreen
from tests.editions import library, seed
from tests.ui.conftest import notifications
from tests.ui.session import run

TOLD = (
    "This is the sample paper shipped with broadsheet. To read your own: "
    "broadsheet ingest PAPER.pdf, then broadsheet."
)


def test_the_sample_says_how_to_read_ones_own_paper():
    lib, start = open_library(shipped_dir())

    async def body(app, pilot, screen):
        assert [n.message for n in notifications(app)] == [TOLD]

    run(lib, body, start=start)


def test_ones_own_paper_is_not_told_so():
    async def body(app, pilot, screen):
        assert TOLD not in [n.message for n in notifications(app)]

    run(library(seed()), body)


def test_help_ends_with_how_to_get_ones_own_paper_in():
    async def body(app, pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = list(app.screen._table().columns[1].cells)
        assert [str(r) for r in rows[-2:]] == [
            "Your own paper",
            "In the shell, broadsheet ingest PAPER.pdf saves a PDF e-edition (or page text) "
            "in ./editions, and broadsheet opens its newest edition.",
        ]

    run(library(seed()), body)
