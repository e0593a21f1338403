"""Textual's own words that our screens show, for the catalog: the descriptions of the
bindings our panes inherit (help lists them), the command palette's Esc (the footer
translates it) and the titles and help of its commands in
the palette (BroadsheetApp.get_system_commands translates them).

These msgids are Textual's wording (a test checks each is still in its source, and that
every description help shows is translated). Not imported: the list is read by the
catalog's extraction, not at run time.
"""

from __future__ import annotations

from reader.i18n import N_

BINDINGS = (
    N_("Exit the command palette"),
    N_("First"),
    N_("Last"),
    N_("Page Up"),
    N_("Page Down"),
    N_("Select"),
)

COMMANDS = (
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit"),
    N_("Quit the application as soon as possible"),
    N_("Keys"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Hide the keys and widget help panel"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
)
