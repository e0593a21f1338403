"""While the reader types in the search bar, the key bar offers no key the bar types
instead: `/` there is a slash in the query, not another search."""

from __future__ import annotations

from textual.widgets import Input

from reader.ui.widgets.footer import KeyFooter
from tests.ui.conftest import drive, settle
from tests.ui.session import shelf_of_three


@drive(shelf_of_three, size=(80, 24))
async def test_the_bar_offers_no_key_the_search_box_types(app, pilot, screen):
    bar = screen.query_one(KeyFooter)
    assert "slash" in [key.key for key in bar.keys]  # reading: / searches
    await pilot.press("slash")
    await settle(app, pilot)
    assert isinstance(app.focused, Input)
    assert "slash" not in [key.key for key in bar.keys]  # it was there, and lied
    await pilot.press("a", "slash", "b")
    assert app.focused.value == "a/b"  # what `/` does there
    await pilot.press("escape")
    await settle(app, pilot)
    assert "slash" in [key.key for key in bar.keys]
