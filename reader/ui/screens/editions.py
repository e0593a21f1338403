"""The edition picker: every edition on the shelf, newest first; ones that failed show
their error, last."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.i18n import N_, _, ngettext
from reader.library import Entry
from reader.printable import visible
from reader.ui.keymap import key_shown
from reader.ui.notice_place import notices_under
from reader.ui.render.dotted import at_dots
from reader.ui.render.masthead import entry_title
from reader.ui.screens import DIALOGS_CSS
from reader.ui.screens.dialog_keys import DIALOG_KEYS
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.lists import KeyedOptionList

ROW_CHROME = 2 + 2 + 2 + 1
"""The cells around a row: the dialog's border and padding, the list's option padding, and
its scrollbar."""

REMOVE_ASKED = N_(
    "Delete {edition} with its photos, search entries and reading state? "
    "{yes} deletes it, any other key keeps it."
)


@dataclass(frozen=True)
class Hanging:
    """A mark, and text that wraps under itself rather than under the mark."""

    mark: str
    text: Text

    def __str__(self) -> str:
        return self.mark + self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = Table.grid()
        grid.add_column(width=len(self.mark), no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        text = at_dots(self.text, options.max_width - len(self.mark))
        grid.add_row(Text(self.mark, style="bold"), text)
        yield grid


def entry_label(entry: Entry, current: bool, unread: int | None, new: bool = False) -> Hanging:
    return Hanging("▶ " if current else "  ", _entry_text(entry, current, unread, new))


def _entry_text(entry: Entry, current: bool, unread: int | None, new: bool) -> Text:
    text = Text(end="")
    if entry.error is not None:
        text.append("✗ ", "bold red")
        text.append(visible(entry.error), "red")
        return text
    text.append(entry_title(entry), "bold" if current else "")
    if new:
        # TRANSLATORS: an edition on the shelf never opened yet.
        text.append(" · " + _("new"), "bold")
    if entry.articles is not None:
        articles = ngettext("{count} article", "{count} articles", entry.articles)
        text.append(" · " + articles.format(count=entry.articles), "dim")
        if entry.articles and unread is not None:
            read = _("{count} unread").format(count=unread) if unread else _("all read")
            text.append(" · " + read, "dim")
    return text


class EditionList(KeyedOptionList):
    """Down at the oldest edition, or Up at the newest, stays and says so: no silent wrap."""

    def action_cursor_down(self) -> None:
        self._move(1, _("The oldest edition is the last"))

    def action_cursor_up(self) -> None:
        self._move(-1, _("The newest edition is the first"))

    def _move(self, step: int, end: str) -> None:
        at = self.highlighted
        enabled = [i for i, o in enumerate(self.options) if not o.disabled]
        ahead = [i for i in enabled if at is None or (i - at) * step > 0]
        if ahead:
            self.highlighted = ahead[0] if step > 0 else ahead[-1]
        else:
            self.app.bell()
            self.notify(end, timeout=2)


class EditionPicker(ModalScreen[int | None]):
    """Returns the index of the chosen entry, or None. `unread`: a count per entry, if
    known; `new`: whether each entry was never opened. `remove`: deletes an entry (the
    shelf's, which this picker's `entries` is) after `d` and its confirmation, and says
    what went; the entry open cannot be deleted."""

    CSS_PATH = DIALOGS_CSS

    BINDINGS = [
        Binding("escape", "close", N_("Close"), id="close_picker"),
        Binding(
            "d",
            "remove",
            N_("Delete"),
            id="remove_edition",
            tooltip=N_("Delete the highlighted edition, its photos and its reading state"),
        ),
        Binding("y", "confirm_remove", N_("Yes, delete"), id="confirm_remove_edition"),
        *DIALOG_KEYS,
    ]

    def __init__(
        self,
        entries: Sequence[Entry],
        current: int,
        unread: Sequence[int | None],
        new: Sequence[bool] = (),
        remove: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__()
        self.entries = entries
        self.current = current
        self.unread = list(unread)
        self.new = list(new)
        self._remove = remove
        self._asked: int | None = None  # the entry `d` asked to delete, until `y` or another key

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog") as dialog:
            dialog.border_title = _("Editions · newest first")
            dialog.border_subtitle = _("Enter opens · Esc closes")
            # The question `d` asks, over the list while it waits for the answer (a notice
            # would outlive it), wrapped: a paper's name and date make it long.
            asked = Static(id="picker-asked")
            asked.display = False
            yield asked
            yield EditionList(*self._options(), id="editions")
        yield KeyFooter()  # the dialog's keys, not the reader's under it

    def on_mount(self) -> None:
        notices_under(self, self.query_one("#picker-dialog"))
        options = self.query_one(EditionList)
        options.highlighted = self._order().index(self.current)
        # As wide as its longest edition's row, where the terminal has room (the CSS's
        # max-width keeps it inside): at 200 columns a paper's long row broke in two
        # beside a hundred empty columns. A failed file's error wraps inside that width
        # (disabled, it was widening the picker to the screen's edge).
        rows = (cell_len(str(option.prompt)) for option in options.options if not option.disabled)
        wanted = max(rows, default=0) + ROW_CHROME
        dialog = self.query_one("#picker-dialog")
        normal = dialog.styles.width  # the dialogs' width (dialogs.tcss): said once, there
        if normal is None or wanted > (normal.cells or 0):
            dialog.styles.width = wanted

    def _order(self) -> list[int]:
        # The shelf is oldest first, failed entries last; they stay last.
        order = [i for i, e in enumerate(self.entries) if e.error is None][::-1]
        return order + [i for i, e in enumerate(self.entries) if e.error is not None]

    def _options(self) -> list[Option]:
        return [
            Option(
                entry_label(
                    self.entries[i],
                    i == self.current,
                    self.unread[i],
                    i < len(self.new) and self.new[i],
                ),
                id=str(i),
                disabled=self.entries[i].error is not None,
            )
            for i in self._order()
        ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "remove":
            return self._remove is not None
        if action == "confirm_remove":
            return self._asked is not None
        return True

    def on_key(self, event: events.Key) -> None:
        # Any key but the confirming one keeps the edition `d` asked about (Esc then keeps
        # the picker); that key may be remapped.
        confirms = self.active_bindings.get(event.key)
        if confirms is not None and confirms.binding.action == "confirm_remove":
            return
        if self._asked is not None:
            self._ask(None)
            if event.key == "escape":
                event.prevent_default()
                event.stop()

    def action_remove(self) -> None:
        options = self.query_one(EditionList)
        if options.highlighted is None:
            return
        index = int(options.get_option_at_index(options.highlighted).id or self.current)
        if index == self.current:
            self.notify(_("The edition open cannot be deleted: open another first."), timeout=4)
            self.app.bell()
            return
        self._ask(index)

    def _ask(self, index: int | None) -> None:
        self._asked = index
        dialog = self.query_one("#picker-dialog")
        line = self.query_one("#picker-asked", Static)
        line.display = index is not None
        if index is None:
            dialog.border_subtitle = _("Enter opens · Esc closes")
        else:
            yes = key_shown(self, "confirm_remove_edition") or "y"
            asked = _(REMOVE_ASKED).format(edition=entry_title(self.entries[index]), yes=yes)
            line.update(Content(asked))  # a paper's or file's name, never markup
            dialog.border_subtitle = _("{yes} deletes · any other key keeps").format(yes=yes)
        self.refresh_bindings()

    def action_confirm_remove(self) -> None:
        index, self._asked = self._asked, None
        self._ask(None)
        if index is None or self._remove is None or not self._remove(index):
            return
        del self.unread[index]
        if index < len(self.new):
            del self.new[index]
        if index < self.current:
            self.current -= 1
        options = self.query_one(EditionList)
        at = options.highlighted or 0
        options.set_options(self._options())
        options.highlighted = min(at, options.option_count - 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or self.current))

    def action_close(self) -> None:
        self.dismiss(None)
