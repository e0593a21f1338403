"""The bookmarks dialog: every bookmark, across editions, newest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.i18n import N_, _
from reader.library import Entry
from reader.printable import visible
from reader.state import Bookmark
from reader.ui.screens import DIALOGS_CSS
from reader.ui.screens.editions import entry_title
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.lists import KeyedOptionList

LEAF_NAMES = {
    "body": N_("paragraph {number}"),
    "deck": N_("point {number}"),
    "byline": N_("byline {number}"),
}

EMPTY = N_("No bookmarks yet: B bookmarks the open article.")


def leaf_label(leaf: str | None) -> str:
    """Where in an article a bookmark points: 'paragraph 6' for 'body.5'."""
    if not leaf or leaf == "headline":
        return _("top")
    kind, _dot, number = leaf.partition(".")
    if kind in LEAF_NAMES and number.isdigit():
        return _(LEAF_NAMES[kind]).format(number=int(number) + 1)
    return leaf


def bookmark_label(bookmark: Bookmark, entry: Entry | None) -> Text:
    """Two lines: the title; then the edition, the place in the article and when it was added."""
    text = Text(visible(bookmark.title), style="bold", end="")
    edition = entry_title(entry) if entry is not None else visible(bookmark.edition_id)
    added = bookmark.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    text.append(f"\n{edition} · {leaf_label(bookmark.leaf)} · {added}", "dim")
    return text


class BookmarksScreen(ModalScreen[Bookmark | None]):
    """Returns the bookmark to open, or None. `d` deletes through `delete`."""

    CSS_PATH = DIALOGS_CSS

    BINDINGS = [
        Binding("escape", "close", N_("Close"), id="close_bookmarks"),
        Binding(
            "d",
            "delete",
            N_("Delete"),
            id="delete_bookmark",
            tooltip=N_("Delete the highlighted bookmark"),
        ),
    ]

    def __init__(
        self,
        bookmarks: Sequence[Bookmark],
        entry_of: Callable[[str], Entry | None],
        delete: Callable[[Bookmark], None],
    ) -> None:
        super().__init__()
        self.bookmarks = {str(b.id): b for b in bookmarks}
        self._entry_of = entry_of
        self._delete = delete

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmarks-dialog") as dialog:
            dialog.border_title = _("Bookmarks")
            dialog.border_subtitle = _("Enter opens · d deletes · Esc closes")
            options = KeyedOptionList(*self._options(), id="bookmark-list")
            options.highlighted = 0 if self.bookmarks else None
            yield options
        yield KeyFooter()  # the dialog's keys, not the reader's under it

    def _options(self) -> list[Option]:
        if not self.bookmarks:
            return [Option(Text(_(EMPTY), style="dim"), disabled=True)]
        return [
            Option(bookmark_label(b, self._entry_of(b.edition_id)), id=key)
            for key, b in self.bookmarks.items()
        ]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.bookmarks.get(event.option.id or ""))

    def action_delete(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        key = options.get_option_at_index(options.highlighted).id
        bookmark = self.bookmarks.pop(key or "", None)
        if bookmark is None or key is None:
            return
        self._delete(bookmark)
        if self.bookmarks:
            options.remove_option(key)
        else:
            options.set_options(self._options())

    def action_close(self) -> None:
        self.dismiss(None)
