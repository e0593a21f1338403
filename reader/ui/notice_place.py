"""Notices sit on the panes, never over the rows under them.

Under the panes are the rows a reader acts on: the line that says the edition ends (and
the key to the next one), the search bar (its query, its list), the footer's keys.
Textual docks its notices over the screen's last rows but the footer's, so a notice
lay over the line or the list's only row until it timed out. Dismissing notices at the
next key would lose one read slowly (a warning of the reading state) or one that
answers the key pressed again; shortening them would too. So the notices stand on
the panes' bottom border, as they do with nothing under the panes but the footer: they
live as long as they did, over the article's last rows, which Space brings up anyway.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widget import Widget
from textual.widgets._toast import ToastRack


def notices_on(screen: Screen[Any], panes: Widget) -> None:
    """From now on, the screen's notices stand on the bottom of `panes`, whatever
    shows under them."""

    def place(_: Screen[Any]) -> None:
        under = screen.size.height - panes.region.bottom
        for rack in screen.query(ToastRack):  # none when the app shows no notices
            if under >= 1 and rack.styles.margin.bottom != under:  # set once per change
                rack.styles.margin = (0, 0, under, 0)

    screen.screen_layout_refresh_signal.subscribe(screen, place)
