"""A query typed in one go with its key ('/가나', as a terminal's one read gives them) is
the query: the keys after `/` were sent to the pane in focus before the search bar was
up, so they were lost, or scrolled the article ('/jk')."""

from __future__ import annotations

import pytest
from textual import events

from tests.ui.conftest import drive, settle
from tests.ui.session import shelf_of_three


async def typed(app, pilot, text: str) -> None:
    """Every key queued before any is handled (Pilot's press waits for each to settle)."""
    names = {"/": "slash", " ": "space"}
    for character in text:
        app.post_message(events.Key(names.get(character, character), character))
    await settle(app, pilot)


@pytest.mark.parametrize(
    ("keys", "query"),
    [
        ("/광주", "광주"),
        ("/ㅈㅌㅅㅈ", "ㅈㅌㅅㅈ"),
        ("/jk", "jk"),
        ("S배달", "배달"),
        ("/a/b", "a/b"),
    ],
)
def test_the_keys_typed_with_the_search_key_are_the_query(tmp_path, keys, query):
    @drive(shelf_of_three)
    async def body(app, pilot, screen):
        view = screen.article_view
        view.focus()
        await settle(app, pilot)
        top = view.scroll_target_y
        await typed(app, pilot, keys)
        bar = screen.search_bar
        assert bar.input.value == query
        assert app.focused is bar.input
        assert view.scroll_target_y == top  # j and k were not the article's

    body(tmp_path)


@drive(shelf_of_three)
async def test_keys_typed_after_the_query_line_has_the_focus_go_on_into_it(app, pilot, screen):
    await typed(app, pilot, "/광")
    await typed(app, pilot, "주 /j")  # '/' in the query is a character, not the search key
    assert screen.search_bar.input.value == "광주 /j"


@drive(shelf_of_three)
async def test_ctrl_c_typed_right_after_the_search_key_still_quits(app, pilot, screen):
    app.post_message(events.Key("slash", "/"))
    app.post_message(events.Key("ctrl+c", None))
    await settle(app, pilot)
    assert app.return_code == 0
