"""The help screen: every key, generated from the live bindings (keymap applied)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text
from textual.actions import parse as parse_action
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from reader.i18n import N_, _
from reader.ui.keymap import declared, dialog_classes, in_declared_order, keymap_of
from reader.ui.notice_place import notices_under
from reader.ui.screens import DIALOGS_CSS
from reader.ui.widgets.document import READING_KEYS
from reader.ui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from reader.ui.screens.reader import ReaderScreen

HelpGroup = tuple[str, list[tuple[str, str]]]


# Inherited from Textual's scrolling widgets; no pane here scrolls sideways.
SIDEWAYS = {"scroll_left", "scroll_right", "page_left", "page_right"}

# Modifiers the desktop keeps (Cmd on macOS, the Super key on Linux): a terminal passes
# them on only under the kitty keyboard protocol. Textual's own super+c is left out (Ctrl+C
# copies); a key of ours remapped to one is the reader's choice, and listed.
DESKTOP_MODIFIERS = {"super", "hyper", "meta"}


def binding_rows(nodes: Iterable[DOMNode]) -> list[tuple[str, str]]:
    """(keys, description) for the described bindings of some nodes, one row per action;
    not those their node turns off (`a` on an edition without ads), as the footer."""
    return _rows((node.app, type(node), node) for node in nodes)


def class_rows(app: App[object], classes: Iterable[type[DOMNode]]) -> list[tuple[str, str]]:
    """The same rows for a dialog's classes, open or not: every key it has, but those of
    every screen (Tab, Shift+Tab, Ctrl+C), which the reading screen's rows give."""
    return _rows((app, cls, None) for cls in classes)


def _rows(
    sources: Iterable[tuple[App[object], type[DOMNode], DOMNode | None]],
) -> list[tuple[str, str]]:
    sources = list(sources)
    every_screen = {(b.key, b.action) for _key, b in declared(Screen)}
    taken = {app: _priority_keys(app) for app in {app for app, _cls, _node in sources}}
    keys: dict[str, list[str]] = {}
    about: dict[str, str] = {}
    worded: set[str] = set()  # actions worded by a binding of ours
    for app, cls, node in sources:
        # The same map Textual's own key panel builds from: the bindings with the app's
        # keymap laid over them, so remapped keys show as remapped, in their place.
        own = declared(cls)
        if node is None:
            own = BindingsMap([b for _key, b in own if (b.key, b.action) not in every_screen])
        bindings = own.copy()
        bindings.apply_keymap(keymap_of(app))
        for binding in in_declared_order(own, (b for _k, b in bindings), lambda b: b):
            if binding.system or not binding.description or binding.action in SIDEWAYS:
                continue
            if not binding.id and DESKTOP_MODIFIERS & set(binding.key.split("+")[:-1]):
                continue
            # A key the app's priority binding takes never reaches this one: the screen's
            # Ctrl+C copies nothing of its own, the app's Ctrl+C (copy, else quit) runs.
            if not binding.priority and binding.key in taken[app]:
                continue
            namespace, name, parameters = parse_action(binding.action)
            if node and not namespace and node.check_action(name, parameters) is False:
                continue
            # The footer shows the short description; help has room for the tooltip.
            # Our own bindings (they have ids) word an action better than Textual's.
            # Both are msgids of the catalog (reader.ui.textual_words lists Textual's).
            # The first of ours wins: q's "Close, as Esc does" is not the page map's Esc.
            if binding.action not in worded:
                about[binding.action] = _(binding.tooltip or binding.description)
                if binding.id:
                    worded.add(binding.action)
            display = app.get_key_display(binding)
            if display not in keys.setdefault(binding.action, []):
                keys[binding.action].append(display)
    return [(" ".join(keys[action]), about[action]) for action in keys]


def _priority_keys(app: App[object]) -> set[str]:
    """The keys the app's priority bindings hold (its keymap applied): checked first,
    from every screen."""
    bindings = declared(type(app)).copy()
    bindings.apply_keymap(keymap_of(app))
    return {b.key for _key, b in bindings if b.priority}


def reading_groups(screen: ReaderScreen) -> list[HelpGroup]:
    """The reading screen's keys, then those of its list, its panes and its search bar."""
    return [
        (_("Reading"), binding_rows([screen, screen.app])),
        (_("Section list"), binding_rows([screen.sections])),
        (_("Article and ad panes"), binding_rows([screen.article_view])),
        (_("Search bar"), search_rows(screen)),
    ]


def search_rows(screen: ReaderScreen) -> list[tuple[str, str]]:
    """The search bar's keys. Before the first search the bar has not counted the
    folder's editions: its Tab (the scope) is there when `S` is."""
    bar = screen.search_bar
    if bar.is_mounted or not screen.check_action("search", ("archive",)):
        return binding_rows([bar])
    return class_rows(screen.app, [type(bar)])


def dialog_groups(app: App[object]) -> list[tuple[type[DOMNode], HelpGroup]]:
    """Each dialog's keys, from the classes whose bindings are live in it (the groups
    reader.ui.keymap checks remaps in), by the dialog's class."""
    titles = {
        "PageMapScreen": _("Page map"),
        "BookmarksScreen": _("Bookmarks"),
        "EditionPicker": _("Edition list"),
        "PhotoScreen": _("Photos"),
        "HelpScreen": _("This list of keys"),
    }
    return [
        (screen, (titles[screen.__name__], class_rows(app, [screen, *widgets])))
        for screen, *widgets in dialog_classes()
    ]


def help_groups(top: Screen[Any]) -> list[HelpGroup]:
    """Every key of every screen: the keys of the screen asking first, then the reading
    screen's, then the other dialogs'."""
    from reader.ui.screens.reader import ReaderScreen

    reader = next(s for s in top.app.screen_stack if isinstance(s, ReaderScreen))
    dialogs = dialog_groups(top.app)
    own = [group for cls, group in dialogs if isinstance(top, cls)]
    others = [group for cls, group in dialogs if not isinstance(top, cls)]
    return [*own, *reading_groups(reader), *others]


def show_help(top: Screen[Any]) -> None:
    """Help over the screen on top (not over itself: there `?` closes it)."""
    if not isinstance(top, HelpScreen):
        top.app.push_screen(HelpScreen(help_groups(top)))


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

    def on_mount(self) -> None:
        notices_under(self, self.query_one("#help-dialog"))

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
