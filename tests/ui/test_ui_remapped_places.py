"""A remapped key keeps its action's place in the footer and in its help section
(Textual's keymap moves a remapped binding to the end of its map)."""

from __future__ import annotations

from reader.ui.screens.reader_keys import BINDINGS
from reader.ui.widgets.footer import KeyFooter
from tests.ui.conftest import drive
from tests.ui.session import shelf_of_two

REMAPS = {"next_article": "ctrl+n", "pick_edition": "E", "search": "f"}
FOOTER = [
    "step_article(1)",
    "step_article(-1)",
    "step_unread",
    "toggle_ads",
    "take('page_map')",
    "pick_edition",
    "help",
    "search",
    "quit",
    "command_palette",
]
"""The reading screen's footer, left to right, as its bindings are declared."""


@drive(shelf_of_two, keymap=REMAPS)
async def test_remapped_keys_keep_their_places(app, pilot, screen):
    shown = [(key.display, key.action) for key in screen.query_one(KeyFooter).keys]
    assert [action for _display, action in shown] == FOOTER
    assert shown[:2] == [("^n", "step_article(1)"), ("K", "step_article(-1)")]  # J K together
    rows = screen.help_groups()[0][1]
    declared = [b.tooltip or b.description for b in BINDINGS]
    assert [about for _keys, about in rows if about in declared] == declared
    keys = dict((about, keys) for keys, about in rows)
    assert keys["Next article, in edition order"] == "^n"
    assert keys["Pick an edition, or delete one there"] == "E"
    assert keys["Search this edition"] == "f"


@drive(shelf_of_two, keymap={"remove_edition": "x"})
async def test_the_reader_names_no_delete_key_that_may_be_remapped(app, pilot, screen):
    rows = dict((about, keys) for keys, about in screen.help_groups()[0][1])
    assert rows["Pick an edition, or delete one there"] == "e"
