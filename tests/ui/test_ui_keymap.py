"""`[keys]` remaps: one onto a key another live binding holds is refused with one line
naming the clash (the reader keeps every action; footer and help stay true); an unknown
id is one short line naming it."""

from __future__ import annotations

from reader.ui.keymap import settle
from reader.ui.widgets.footer import KeyFooter
from tests.editions import library, seed
from tests.ui.conftest import drive, notifications

QUIT_ON_X = settle({"quit": "x"})


def test_a_remap_onto_a_taken_key_is_refused_naming_the_clash():
    keymap, problems = QUIT_ON_X
    assert keymap == {}
    assert problems == ["keys.quit: x already does “Save” (export_article); not remapped"]


def test_a_swap_of_two_keys_applies_both():
    keymap, problems = settle({"quit": "x", "export_article": "X"})
    assert keymap == {"quit": "x", "export_article": "X"} and problems == []


def test_two_remaps_onto_one_key_are_both_refused_and_say_so():
    # Neither remap was made, so neither line says the other "already does" the key.
    for key in ("ctrl+n", "j"):
        keymap, problems = settle({"next_article": key, "previous_article": key})
        assert keymap == {}
        assert problems == [
            f"keys.next_article: {key} is asked for previous_article too; neither is remapped",
            f"keys.previous_article: {key} is asked for next_article too; neither is remapped",
        ]


def test_a_remap_onto_ctrl_c_names_it_as_help_does():
    # The app's Ctrl+C replaces Textual's (its "help_quit" never runs): ours is named.
    assert settle({"quit": "ctrl+c"}) == (
        {},
        [
            "keys.quit: ctrl+c already does “Copy the selected text; with none, quit "
            "broadsheet (from any screen)”; not remapped"
        ],
    )


def test_a_key_free_on_the_reading_screen_but_taken_in_a_dialog_is_kept_apart():
    # `d` deletes a bookmark in its dialog, where the reader's keys do not reach.
    assert settle({"toggle_ads": "d"}) == ({"toggle_ads": "d"}, [])
    assert settle({"delete_bookmark": "escape"})[0] == {}


def test_a_refused_remap_keeps_its_default_key_and_so_refuses_a_remap_onto_it():
    # toggle_read cannot take `p` (the page map's), so it stays on `m`: toggle_ads may not.
    keymap, problems = settle({"toggle_ads": "m", "toggle_read": "p"})
    assert keymap == {}
    assert problems == [
        "keys.toggle_ads: m already does “Read/unread” (toggle_read); not remapped",
        "keys.toggle_read: p already does “Page map” (page_map); not remapped",
    ]


def test_the_apps_priority_keys_are_taken_in_every_dialog():
    # ctrl+p opens the palette over any screen: a dialog's remap onto it would never fire.
    keymap, problems = settle({"delete_bookmark": "ctrl+p"})
    assert keymap == {}
    assert problems == [
        "keys.delete_bookmark: ctrl+p already does “Jump to…” (command_palette); not remapped"
    ]
    assert settle({"close_bookmarks": "ctrl+q"})[0] == {}


def test_an_unknown_id_is_one_short_line_naming_it():
    keymap, problems = settle({"bogus_id": "z", "next_article": "ctrl+n"})
    assert keymap == {"next_article": "ctrl+n"}
    assert problems == ["keys.bogus_id: no such binding (the README lists the ids)"]


@drive(library(seed()), size=(80, 24), keymap=QUIT_ON_X[0], warnings=QUIT_ON_X[1])
async def test_a_refused_remap_keeps_quit_on_q_and_in_the_footer(app, pilot, screen):
    bindings = screen.active_bindings
    assert bindings["q"].binding.action == "quit"
    assert bindings["x"].binding.action == "take('export_article')"
    assert "Quit" in [k.description for k in screen.query_one(KeyFooter).keys]
    (notice,) = [n for n in notifications(app) if n.title == "Settings"]
    assert notice.message.startswith("keys.quit: x already does")


def test_a_key_name_is_read_as_written_whatever_its_case():
    assert settle({"help": "F1"}) == ({"help": "f1"}, [])
    assert settle({"next_article": "Ctrl+N, F5"}) == ({"next_article": "ctrl+n,f5"}, [])
    # one letter's case is its shift: X is not x
    assert settle({"export_article": "X", "quit": "x"})[0] == {"export_article": "X", "quit": "x"}


def test_textuals_own_names_for_printable_keys_are_keys():
    assert settle({"search": "slash"}) == ({"search": "slash"}, [])
    assert settle({"toggle_ads": "plus"}) == ({"toggle_ads": "plus"}, [])
    assert settle({"help": "question_mark"}) == ({"help": "question_mark"}, [])
    keymap, problems = settle({"toggle_ads": "splat"})
    assert keymap == {}
    assert problems == [
        "keys.toggle_ads: no key is called “splat” (names as f1, pagedown, ctrl+n); not remapped"
    ]


def test_a_name_no_terminal_sends_is_refused_naming_it():
    keymap, problems = settle(
        {"next_article": "ctrl+shift+pagedown+x", "help": "f1", "toggle_ads": "F99"}
    )
    assert keymap == {"help": "f1"}
    assert problems == [
        "keys.next_article: no key is called “ctrl+shift+pagedown+x” "
        "(names as f1, pagedown, ctrl+n); not remapped",
        "keys.toggle_ads: no key is called “F99” (names as f1, pagedown, ctrl+n); not remapped",
    ]


F1_HELP = settle({"help": "F1", "next_article": "ctrl+shift+pagedown+x"})


@drive(library(seed()), keymap=F1_HELP[0], warnings=F1_HELP[1])
async def test_f1_written_so_opens_help_and_a_refused_name_keeps_its_key(app, pilot, screen):
    from reader.ui.screens.help import HelpScreen

    footer = {k.description: k.display for k in screen.query_one(KeyFooter).keys}
    assert footer["Next"] == "J"  # the action keeps its key, and the footer says so
    assert screen.active_bindings["J"].binding.id == "next_article"
    (notice,) = [n for n in notifications(app) if n.title == "Settings"]
    assert "ctrl+shift+pagedown+x" in notice.message
    await pilot.press("f1")
    assert isinstance(app.screen, HelpScreen)


def test_every_class_with_bindings_is_checked_for_clashes():
    """A screen or widget added with its own keys must join a group of keymap._groups,
    or a remap onto one of its keys would pass unchecked."""
    import importlib
    import inspect
    import pkgutil

    import reader.ui
    from reader.ui.keymap import _groups

    checked = [cls for group in _groups() for cls in group]
    for module in pkgutil.walk_packages(reader.ui.__path__, "reader.ui."):
        for _name, cls in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if cls.__module__ == module.name and "BINDINGS" in cls.__dict__:
                assert issubclass(cls, tuple(checked)), f"{cls.__qualname__} is in no group"
