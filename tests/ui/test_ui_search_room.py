"""The list of hits takes the room its rows need, at most a share of the screen, and
the reading panes keep the rest: no empty rows between the list and the footer."""

from __future__ import annotations

from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.search_hits import ROOM, HitList
from tests.editions import generated, library
from tests.ui.conftest import bar, drive, hits_of, rows, search


def _no_gap(app, screen) -> None:
    search_bar, hits = bar(app), screen.query_one(HitList)
    line = search_bar.query_one("#search-line")
    assert search_bar.region.height == hits.region.height + line.region.height
    assert line.region.bottom == screen.query_one(KeyFooter).region.y  # the footer just below
    assert screen.query_one("#panes").region.bottom == search_bar.region.y


@drive(library(generated()), size=(80, 24))
async def test_many_hits_fill_the_list_and_leave_the_panes_their_room(app, pilot, screen):
    assert len(hits_of(generated(), "지원")) > 20
    await search(app, pilot, "지원")
    hits = screen.query_one(HitList)
    assert hits.region.height == int(24 * ROOM)  # five rows and the borders
    _no_gap(app, screen)
    assert screen.query_one("#panes").region.height == 24 - 2 - hits.region.height - 1


@drive(library(generated()), size=(80, 24))
async def test_a_few_hits_take_only_their_rows(app, pilot, screen):
    assert len(hits_of(generated(), "재원")) == 2
    await search(app, pilot, "재원")
    assert len(rows(app)) == 2
    assert screen.query_one(HitList).region.height == 2 + 2
    _no_gap(app, screen)
