"""The help and the footer read each class's bindings from its public BINDINGS
(reader.ui.keymap.declared) and lay the app's own copy of the keymap over them, where
Textual's node map and keymap are private. These check that this is what Textual makes
live, through its public `active_bindings`, on every screen with a focused widget: a
Textual that merges bindings or applies a keymap otherwise fails here, by name."""

from __future__ import annotations

import pytest
from textual.actions import parse as parse_action
from textual.dom import DOMNode

from reader.ui.keymap import declared, keymap_of
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.editions import EditionPicker
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.pagemap import PageMapScreen
from tests.ui.conftest import drive, wait_until
from tests.ui.session import shelf_of_three

REMAPS = {"next_article": "ctrl+n", "close_dialog": "w", "list_last": "L", "help": "?"}

MISMATCH = (
    "Textual's live bindings of {node} are not its class's BINDINGS merged and remapped "
    "as reader.ui.keymap.declared reads them: the help and the footer would list keys "
    "that do not work. Textual changed how it merges bindings or applies a keymap."
)


def ours(node: DOMNode) -> dict[str, str]:
    """Key to action, as reader.ui.keymap gives the node's bindings, the keymap laid over."""
    bindings = declared(type(node))
    bindings.apply_keymap(keymap_of(node.app))
    return {key: b.action for key, b in bindings}


def check_live(app) -> list[str]:
    """Each node's live keys are among its declared ones; each of the focused widget's
    declared keys it does not turn off is live on it, unless a priority binding holds it."""
    active = app.active_bindings
    names = []
    for node in {one.node for one in active.values()}:
        live = {key: one.binding.action for key, one in active.items() if one.node is node}
        if not live.items() <= ours(node).items():
            names.append(f"{type(node).__name__}: {live.items() - ours(node).items()}")
    focused = app.focused
    for key, action in ours(focused).items():
        namespace, name, parameters = parse_action(action)
        if not namespace and focused.check_action(name, parameters) is False:
            continue
        one = active.get(key)
        if one is None or (one.node is not focused and not one.binding.priority):
            names.append(f"{type(focused).__name__}: {key} ({action}) not live")
    return names


@pytest.mark.parametrize("keymap", [{}, REMAPS], ids=["default", "remapped"])
def test_the_declared_bindings_are_the_live_ones_on_every_screen(tmp_path, keymap):
    @drive(shelf_of_three, keymap=keymap)
    async def body(app, pilot, screen):
        wrong = []
        for widget in (screen.sections, screen.article_view):
            widget.focus()
            await pilot.pause()
            wrong += check_live(app)
        for key, dialog in (
            ("p", PageMapScreen),
            ("apostrophe", BookmarksScreen),
            ("e", EditionPicker),
            ("question_mark", HelpScreen),
        ):
            await pilot.press(key)
            await wait_until(pilot, lambda d=dialog: isinstance(app.screen, d), dialog.__name__)
            wrong += check_live(app)
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is screen, "back to the reader")
        assert not wrong, MISMATCH.format(node="; ".join(wrong))

    body(tmp_path)


@drive(shelf_of_three, keymap=REMAPS)
async def test_the_app_keeps_the_keymap_in_textuals_key_names(app, pilot, screen):
    assert keymap_of(app)["help"] == "question_mark"
    app.update_keymap({"list_first": "H"})
    assert keymap_of(app)["list_first"] == "H"
    assert keymap_of(app)["next_article"] == "ctrl+n"
