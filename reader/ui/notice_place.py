"""Notices sit on the panes, never over the rows under them.

Under the panes are the rows a reader acts on: the line that says the edition ends (and
the key to the next one), the search bar (its query, its list), the footer's keys.
Textual docks its notices over the screen's last rows but the footer's, so a notice
lay over the line or the list's only row until it timed out. Dismissing notices at the
next key would lose one read slowly (a warning of the reading state) or one that
answers the key pressed again; shortening them would too. So the notices stand on
the panes' bottom border, as they do with nothing under the panes but the footer: they
live as long as they did, over the article's last rows, which Space brings up anyway.

A dialog (the editions picker, the bookmarks, help) is all rows a reader acts on, and a
notice at its foot lay over its last rows: the oldest edition, which the notice that
says so is about. While a notice stands across a dialog's columns, the dialog is
shortened, still centred, to end above it (its list scrolls to the cursor).
"""

from __future__ import annotations

from typing import Any

from textual.css.scalar import Scalar
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets._toast import Toast, ToastRack

MIN_ROWS = 3
"""A dialog shortened for a notice keeps its border and a row."""


def notices_on(screen: Screen[Any], panes: Widget) -> None:
    """From now on, the screen's notices stand on the bottom of `panes`, whatever
    shows under them."""

    def place(_: Screen[Any]) -> None:
        under = screen.size.height - panes.region.bottom
        for rack in screen.query(ToastRack):  # none when the app shows no notices
            if under >= 1 and rack.styles.margin.bottom != under:  # set once per change
                rack.styles.margin = (0, 0, under, 0)

    screen.screen_layout_refresh_signal.subscribe(screen, place)


def notices_under(screen: Screen[Any], dialog: Widget) -> None:
    """From now on, the screen's notices never cover `dialog`: while one stands across
    its columns, the dialog ends above the notices' top."""
    tallest = dialog.styles.max_height  # the CSS's, given back once the notices go

    def place(_: Screen[Any]) -> None:
        left, right = dialog.region.x, dialog.region.right
        tops = [
            toast.region.y
            for toast in screen.query(Toast)
            if toast.region and toast.region.x < right and toast.region.right > left
        ]
        # Centred, its middle stays: it may reach as far above it as below.
        middle = dialog.region.y + dialog.region.height // 2
        room = 2 * (min(tops) - middle) - 1 if tops else None
        wanted = tallest
        if room is not None and room < screen.size.height:
            wanted = Scalar.from_number(max(MIN_ROWS, room))
        if dialog.styles.max_height != wanted:  # set once per change
            dialog.styles.max_height = wanted
            screen.call_after_refresh(keep_cursors)

    def keep_cursors() -> None:
        # A list scrolls to its cursor when the cursor moves, not when it is shortened.
        for rows in dialog.query(OptionList):
            rows.scroll_to_highlight()

    screen.screen_layout_refresh_signal.subscribe(screen, place)
