"""The help screen: every key, generated from the live bindings (keymap applied)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.i18n import N_, _
from reader.ui.screens import DIALOGS_CSS
from reader.ui.widgets.document import READING_KEYS
from reader.ui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from reader.ui.screens.reader import ReaderScreen

HelpGroup = tuple[str, list[tuple[str, str]]]


# Inherited from Textual's scrolling widgets; no pane here scrolls sideways.
SIDEWAYS = {"scroll_left", "scroll_right", "page_left", "page_right"}


def binding_rows(nodes: Iterable[DOMNode]) -> list[tuple[str, str]]:
    """(keys, description) for the described bindings of some nodes, one row per action;
    not those their node turns off (`a` on an edition without ads), as the footer."""
    keys: dict[str, list[str]] = {}
    about: dict[str, str] = {}
    for node in nodes:
        app = node.app
        # The same map Textual's own key panel builds from: the node's bindings with
        # the app's keymap laid over them, so remapped keys show as remapped.
        bindings = node._bindings.copy()
        bindings.apply_keymap(app._keymap)
        for _key, binding in bindings:
            if binding.system or not binding.description or binding.action in SIDEWAYS:
                continue
            namespace, name, parameters = parse_action(binding.action)
            if not namespace and node.check_action(name, parameters) is False:
                continue
            # The footer shows the short description; help has room for the tooltip.
            # Our own bindings (they have ids) word an action better than Textual's.
            # Both are msgids of the catalog (reader.ui.textual_words lists Textual's).
            if binding.action not in about or binding.id:
                about[binding.action] = _(binding.tooltip or binding.description)
            display = app.get_key_display(binding)
            if display not in keys.setdefault(binding.action, []):
                keys[binding.action].append(display)
    return [(" ".join(keys[action]), about[action]) for action in keys]


def reading_groups(screen: ReaderScreen) -> list[HelpGroup]:
    """The reading screen's keys, then those of its list, its panes and its search bar."""
    return [
        (_("Reading"), binding_rows([screen, screen.app])),
        (_("Section list"), binding_rows([screen.sections])),
        (_("Article and ad panes"), binding_rows([screen.article_view])),
        (_("Search bar"), binding_rows([screen.search_bar])),
    ]


OWN_PAPER = N_(
    "In the shell, broadsheet ingest PAPER.pdf saves a PDF e-edition (or page text) "
    "in ./editions, and broadsheet opens its newest edition."
)


class HelpBody(VerticalScroll):
    """The list of keys, scrolled by the keys the article pane scrolls by (the list says
    Space pages down there); Home and End jump, as the list is read, not watched."""

    BINDINGS = READING_KEYS

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = DIALOGS_CSS
    BINDINGS = [
        Binding("escape", "close", N_("Close"), id="close_help"),
        Binding("q", "close", N_("Close"), id="close_help_q", show=False),
        Binding("question_mark", "close", N_("Close"), id="close_help_question", show=False),
    ]

    def __init__(self, groups: Sequence[HelpGroup]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog") as dialog:
            dialog.border_title = _("Keys")
            dialog.border_subtitle = _("Esc closes")
            with HelpBody(id="help-body"):
                yield Static(self._table(), id="help-table")
        yield KeyFooter()  # the dialog's keys, not the reader's under it

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", style="bold", no_wrap=True)
        table.add_column()
        for n, (title, rows) in enumerate(self.groups):
            if n:
                table.add_row("", "")
            table.add_row("", Text(title, style="bold underline"))
            for keys, description in rows:
                table.add_row(Text(keys), Text(description))
        # Not a key, but what a first-time reader looks here for.
        table.add_row("", "")
        table.add_row("", Text(_("Your own paper"), style="bold underline"))
        table.add_row("", Text(_(OWN_PAPER)))
        return table

    def action_close(self) -> None:
        self.dismiss(None)
