"""The edition picker: every edition on the shelf; ones that failed show their error."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.i18n import N_, _, ngettext
from reader.library import Entry
from reader.printable import visible
from reader.ui.render import korean_date
from reader.ui.screens import DIALOGS_CSS
from reader.ui.widgets.lists import KeyedOptionList


def entry_title(entry: Entry) -> str:
    """'광남일보 · 2026년 2월 4일 수요일', or the file name when the masthead is unknown."""
    title = visible(entry.paper or entry.name)
    return f"{title} · {korean_date(entry.date)}" if entry.date else title


def entry_label(entry: Entry, current: bool, unread: int | None) -> Text:
    text = Text("▶ " if current else "  ", style="bold", end="")
    if entry.error is not None:
        text.append("✗ ", "bold red")
        text.append(visible(entry.error), "red")
        return text
    text.append(entry_title(entry), "bold" if current else "")
    if entry.articles is not None:
        articles = ngettext("{count} article", "{count} articles", entry.articles)
        text.append(" · " + articles.format(count=entry.articles), "dim")
        if entry.articles and unread is not None:
            read = _("{count} unread").format(count=unread) if unread else _("all read")
            text.append(" · " + read, "dim")
    return text


class EditionPicker(ModalScreen[int | None]):
    """Returns the index of the chosen entry, or None. `unread`: a count per entry, if known."""

    CSS_PATH = DIALOGS_CSS

    BINDINGS = [Binding("escape", "close", N_("Close"), id="close_picker")]

    def __init__(
        self, entries: Sequence[Entry], current: int, unread: Sequence[int | None]
    ) -> None:
        super().__init__()
        self.entries = entries
        self.current = current
        self.unread = unread

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog") as dialog:
            dialog.border_title = _("Editions")
            dialog.border_subtitle = _("Enter opens · Esc closes")
            editions = KeyedOptionList(
                *(
                    Option(
                        entry_label(e, i == self.current, self.unread[i]),
                        id=str(i),
                        disabled=e.error is not None,
                    )
                    for i, e in enumerate(self.entries)
                ),
                id="editions",
            )
            editions.highlighted = self.current
            yield editions

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or self.current))

    def action_close(self) -> None:
        self.dismiss(None)
