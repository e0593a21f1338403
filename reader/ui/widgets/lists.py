"""An OptionList that also moves with j and k."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList

from reader.i18n import N_


class KeyedOptionList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", N_("Down"), id="move_down", show=False),
        Binding("k", "cursor_up", N_("Up"), id="move_up", show=False),
    ]
