"""An OptionList that also moves with j k, and g G to the first and the last, as the
article scrolls; Textual's own keys (arrows, Home End, PageUp PageDown) stay."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList

from reader.i18n import N_


class KeyedOptionList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", N_("Down"), id="move_down", show=False),
        Binding("k", "cursor_up", N_("Up"), id="move_up", show=False),
        Binding("g", "first", N_("First"), id="list_first", show=False),
        Binding("G", "last", N_("Last"), id="list_last", show=False),
    ]
