"""The key bar: the screen's shown keys on one line, in the looks of Textual's Footer, its
words in the interface language.

One widget that paints a line, where Textual's Footer is a container of a widget a
key: ten nodes to compose, style and lay out before the first frame
(docs/performance.md). Keys are drawn as the Footer draws them (a key, its words,
the palette's key on the right after a thin rule); a click presses the key, and the
key under the mouse lights up and gives its tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable

import msgspec
from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import ActiveBinding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

from reader.i18n import _
from reader.ui.key_names import character
from reader.ui.keymap import declared, in_declared_order

KEY = "footer-key--key"
WORDS = "footer-key--description"
HOVER = "footer-key--hover"
RULE = "footer-key--rule"
RULE_MARK = "▏"  # Textual's `vkey` border, left of the palette's key


class Key(msgspec.Struct, frozen=True):
    """A key as the bar shows it."""

    key: str
    display: str
    description: str
    action: str
    enabled: bool
    tooltip: str
    palette: bool = False
    compact: bool = False

    def parts(self) -> tuple[str, str]:
        """The key's cells and its words' cells (the palette's key is the compact one,
        after the rule and before a cell of padding; a compact key has a cell less)."""
        if self.palette:
            return self.display, f" {self.description}" if self.description else ""
        if self.compact:
            return self.display, f" {self.description} " if self.description else " "
        if not self.description:
            return f" {self.display} ", ""
        return f" {self.display} ", f"{self.description} "


class KeyFooter(Widget, can_focus=False):
    """The shown bindings of the screen (one key an action), and the palette's."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        & > .footer-key--rule { color: $foreground 20%; }
        &:hover { pointer: pointer; }
    }
    """
    COMPONENT_CLASSES = {KEY, WORDS, HOVER, RULE}

    def __init__(self) -> None:
        super().__init__()
        self._keys: tuple[Key, ...] = ()
        self._bare: Key | None = None  # the palette's key without its words
        self._tight: tuple[Key, ...] = ()  # the keys closed up (kept: the hover is by identity)
        self._hover: Key | None = None
        self._offset = 0  # cells the keys are scrolled left by the wheel, when they overflow

    @property
    def keys(self) -> tuple[Key, ...]:
        """The keys on the bar, left to right (the palette's last)."""
        return self._keys

    def _laid(self) -> tuple[Key, ...]:
        """The keys as drawn: when they would overflow, they close up a cell each (in
        English at 80 columns the palette's words fit then); when they still would, the
        palette's key gives up its words (it is one key always there; the others would
        scroll out)."""
        keys = self._keys
        if sum(map(self._width, keys)) <= self.size.width:
            return keys
        keys = self._tight
        if self._bare is None or sum(map(self._width, keys)) <= self.size.width:
            return keys
        return (*keys[:-1], self._bare)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)
        self._keys = self._shown()
        self._bare, self._tight = _bare(self._keys), _tight(self._keys)

    @property
    def _source(self) -> Screen[object]:
        """The screen whose keys the bar shows: the one on top. A dialog over the reader
        leaves the reader's bar in sight, and the reader's keys do nothing there."""
        top = self.app.screen
        return top if self.screen in self.app.screen_stack else self.screen

    def _screen_changed(self, top: Screen[object]) -> None:
        if top is not self.screen:
            top.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(top)

    def bindings_changed(self, screen: Screen[object]) -> None:
        if screen is not self._source:
            return
        keys = self._shown()
        if keys != self._keys:
            self._keys = keys
            self._bare, self._tight = _bare(keys), _tight(keys)
            self._offset = 0
            self._light(None)
            self.refresh()

    def _shown(self) -> tuple[Key, ...]:
        app = self.app
        keys: dict[str, Key] = {}
        palette: Key | None = None
        focused = self._source.focused
        for node, binding, enabled, tooltip in in_place(self._source.active_bindings.values()):
            if typed(focused, node, binding.key):
                continue
            key = Key(
                binding.key,
                app.get_key_display(binding),
                _(binding.description) if binding.description else "",
                binding.action,
                enabled,
                _(tooltip) if tooltip else "",
            )
            if binding.action.endswith("command_palette") and app.ENABLE_COMMAND_PALETTE:
                text = binding.tooltip or binding.description
                palette = msgspec.structs.replace(
                    key, tooltip=_(text) if text else "", palette=True
                )
            elif binding.show and binding.action not in keys:  # the first key of an action
                keys[binding.action] = key
        return (*keys.values(), *([palette] if palette else []))

    # --- painting ---------------------------------------------------------------------

    def _segments(self, key: Key) -> list[Segment]:
        base = self.rich_style
        if key is self._hover:
            base += self.get_component_rich_style(HOVER)
        if not key.enabled:
            base += Style(dim=True)
        cells, words = key.parts()
        key_style, words_style = (self.get_component_rich_style(n) for n in (KEY, WORDS))
        if key is self._hover:  # the light shows through the parts, as on Textual's keys
            key_style += Style(bgcolor=base.bgcolor)
            words_style += Style(bgcolor=base.bgcolor)
        segments = [Segment(cells, base + key_style)]
        if words:
            segments.append(Segment(words, base + words_style))
        if key.palette:
            segments.insert(0, Segment(RULE_MARK, base + self.get_component_rich_style(RULE)))
            segments.append(Segment(" ", base))
        return segments

    def _room(self) -> tuple[int, int]:
        """The cells left of the palette's key, and how far the other keys overflow them."""
        laid = self._laid()
        keys = [k for k in laid if not k.palette]
        palette = [k for k in laid if k.palette]
        room = max(0, self.size.width - (self._width(palette[0]) if palette else 0))
        return room, max(0, sum(self._width(k) for k in keys) - room)

    def placed(self) -> list[tuple[int, int, Key]]:
        """Where each key is drawn: its first cell and the cell after its last (keys
        scrolled out of sight, or past the palette's key, have no cells)."""
        room, overflow = self._room()
        offset = min(self._offset, overflow)
        spans, x = [], -offset
        for key in self._laid():
            if key.palette:
                spans.append((room, self.size.width, key))
                continue
            end = x + self._width(key)
            spans.append((max(0, min(x, room)), max(0, min(end, room)), key))
            x = end
        return spans

    def _scroll(self, cells: int) -> bool:
        """Scroll overflowing keys by the wheel (as Textual's Footer does); False at an end."""
        offset = max(0, min(self._offset + cells, self._room()[1]))
        if offset == self._offset:
            return False
        self._offset = offset
        self._light(None)
        self.refresh()
        return True

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        if self._scroll(1):
            event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if self._scroll(-1):
            event.stop()

    @staticmethod
    def _width(key: Key) -> int:
        return sum(cell_len(part) for part in key.parts()) + (2 if key.palette else 0)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        segments: list[Segment] = []
        x = 0
        room, overflow = self._room()
        left = -min(self._offset, overflow)  # where the key would start, scrolled
        for start, end, key in self.placed():
            skip = 0 if key.palette else start - left  # cells scrolled out on its left
            if not key.palette:
                left += self._width(key)
            if end <= start:
                continue
            if start > x:
                segments.append(Segment(" " * (start - x), self.rich_style))
            segments.extend(Strip(self._segments(key)).crop(skip, skip + end - start))
            x = end
        return Strip(segments).extend_cell_length(width, self.rich_style).simplify()

    # --- the mouse ----------------------------------------------------------------------

    def _key_at(self, x: int) -> Key | None:
        return next((key for start, end, key in self.placed() if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._light(self._key_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._light(None)

    def _light(self, key: Key | None) -> None:
        if key is not self._hover:
            self._hover = key
            self.tooltip = key.tooltip or None if key else None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()


def in_place(active: Iterable[ActiveBinding]) -> list[ActiveBinding]:
    """Live bindings node by node, each node's in the order it declares them (a remapped
    key keeps its action's place; Textual's map puts it last)."""
    by_node: dict[DOMNode, list[ActiveBinding]] = {}
    for one in active:
        by_node.setdefault(one.node, []).append(one)
    return [
        one
        for node, ones in by_node.items()
        for one in in_declared_order(declared(type(node)), ones, lambda one: one.binding)
    ]


def typed(focused: Widget | None, node: DOMNode, key: str) -> bool:
    """Whether the widget in focus types the key rather than letting it through to the
    node's binding (the search bar's input types `/`). Textual drops those bindings
    itself, but not those of a key it names by a short name (`slash`, `plus`)."""
    return (
        focused is not None
        and node is not focused
        and focused.check_consume_key(key, character(key))
    )


def _tight(keys: tuple[Key, ...]) -> tuple[Key, ...]:
    """The keys a cell closer each (the palette's as it is)."""
    return tuple(k if k.palette else msgspec.structs.replace(k, compact=True) for k in keys)


def _bare(keys: tuple[Key, ...]) -> Key | None:
    """The palette's key (last when there) without its words, None without one."""
    if not keys or not keys[-1].palette or not keys[-1].description:
        return None
    return msgspec.structs.replace(keys[-1], description="")
