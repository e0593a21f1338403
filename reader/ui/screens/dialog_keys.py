"""The keys every dialog over the reader shares: q closes it, as Esc does (never quits:
a reader in a dialog is one Esc from reading, and q in the page map quitting while q in
help closed was the one key that did two things), and ? shows every key."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from reader.i18n import N_

DIALOG_KEYS: list[BindingType] = [
    Binding(
        "q", "close", N_("Close"), id="close_dialog", show=False, tooltip=N_("Close, as Esc does")
    ),
    # The app's, so that one action shows help over whichever screen is on top.
    Binding("question_mark", "app.help", N_("Help"), id="help", tooltip=N_("This list of keys")),
]
