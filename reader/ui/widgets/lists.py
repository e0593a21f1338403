"""An OptionList that also moves with j and k."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class KeyedOptionList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", id="move_down", show=False),
        Binding("k", "cursor_up", "Up", id="move_up", show=False),
    ]
