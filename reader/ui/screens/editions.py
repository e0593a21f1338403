"""The edition picker: every edition on the shelf, newest first; ones that failed show
their error, last."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.dates import edition_date
from reader.i18n import N_, _, ngettext
from reader.library import Entry
from reader.printable import visible
from reader.ui.screens import DIALOGS_CSS
from reader.ui.screens.dialog_keys import DIALOG_KEYS
from reader.ui.widgets.lists import KeyedOptionList


def entry_title(entry: Entry) -> str:
    """'광남일보 · 2026년 2월 4일 수요일', or the file name when the masthead is unknown."""
    title = visible(entry.paper or entry.name)
    return f"{title} · {edition_date(entry.date)}" if entry.date else title


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
        grid.add_row(Text(self.mark, style="bold"), self.text)
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
    known; `new`: whether each entry was never opened."""

    CSS_PATH = DIALOGS_CSS

    BINDINGS = [Binding("escape", "close", N_("Close"), id="close_picker"), *DIALOG_KEYS]

    def __init__(
        self,
        entries: Sequence[Entry],
        current: int,
        unread: Sequence[int | None],
        new: Sequence[bool] = (),
    ) -> None:
        super().__init__()
        self.entries = entries
        self.current = current
        self.unread = unread
        self.new = new

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog") as dialog:
            dialog.border_title = _("Editions · newest first")
            dialog.border_subtitle = _("Enter opens · Esc closes")
            # The shelf is oldest first, failed entries last; they stay last.
            order = [i for i, e in enumerate(self.entries) if e.error is None][::-1]
            order += [i for i, e in enumerate(self.entries) if e.error is not None]
            editions = EditionList(
                *(
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
                    for i in order
                ),
                id="editions",
            )
            editions.highlighted = order.index(self.current)
            yield editions

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or self.current))

    def action_close(self) -> None:
        self.dismiss(None)
