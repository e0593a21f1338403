"""The key bar: Textual's Footer, built with the screen and rebuilt only when its keys change,
its words in the interface language."""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.i18n import _


class KeyFooter(Footer):
    """Textual's Footer composes its keys only after the screen's first refresh, and
    composes them all again whenever the focus moves. Here the keys come with the
    screen's first frame, and a change of bindings that leaves them as they were
    (focus moving between panes whose keys are not shown) rebuilds nothing.

    Bindings carry their words as the catalog's msgids (marked N_); each key shows
    them translated."""

    def __init__(self) -> None:
        super().__init__()
        self.set_reactive(Footer._bindings_ready, True)
        self._composed: Hashable = None

    def compose(self) -> ComposeResult:
        self._composed = self._shown()
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.description = _(widget.description) if widget.description else ""
                if isinstance(widget.tooltip, str):
                    widget.tooltip = _(widget.tooltip)
                # Born in the style it ends up in: a FooterKey starts compact, and all
                # but the palette's are then bound to the footer's compact; each change
                # restyles the key.
                compact = self.compact or widget.has_class("-command-palette")
                widget.set_reactive(FooterKey.compact, compact)
                widget.set_class(compact, "-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen and self._shown() == self._composed:
            return
        super().bindings_changed(screen)

    def _shown(self) -> Hashable:
        """What compose makes keys of: the shown bindings, and the palette's."""
        app = self.app
        return tuple(
            (
                binding.key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                binding.group,
                enabled,
                tooltip,
            )
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show or binding.key == app.COMMAND_PALETTE_BINDING
        )
