"""The bookmarks dialog: every bookmark, across editions, newest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.dates import edition_date
from reader.i18n import N_, _
from reader.library import Entry
from reader.places import place_name
from reader.printable import cut_to_width, visible
from reader.state import Bookmark
from reader.ui.notice_place import notices_under
from reader.ui.render.dotted import Dotted
from reader.ui.render.masthead import entry_title
from reader.ui.screens import DIALOGS_CSS
from reader.ui.screens.dialog_keys import DIALOG_KEYS
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.lists import KeyedOptionList

EMPTY = N_("No bookmarks yet: B bookmarks the open article.")
OPEN_HINT = N_("Enter opens · d deletes · Esc closes")
UNDO_HINT = N_("Deleted · u undoes · Esc closes")


def leaf_label(leaf: str | None) -> str:
    """Where in an article a bookmark points: 'paragraph 6' for 'body.5'."""
    if not leaf or leaf == "headline":
        return _("top")
    return place_name(leaf)


@dataclass(frozen=True)
class BookmarkLabel:
    """A bookmark's row: its title on one line, cut by cells at the width the row is drawn
    at (the dialog's, set once in dialogs.tcss), then where it points, broken at its dots."""

    title: str
    where: Text

    def __str__(self) -> str:
        return f"{self.title}\n{self.where.plain}"

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text(cut_to_width(self.title, options.max_width), style="bold")
        yield Dotted(self.where)


def bookmark_label(bookmark: Bookmark, entry: Entry | None) -> BookmarkLabel:
    """Two lines: the title; then the edition, the place in the article and when it was
    added, dated as the edition is."""
    edition = entry_title(entry) if entry is not None else visible(bookmark.edition_id)
    moment = bookmark.created_at.astimezone()
    added = _("added {date} {time}").format(
        date=edition_date(moment.date().isoformat()), time=moment.strftime("%H:%M")
    )
    where = Text(f"{edition} · {leaf_label(bookmark.leaf)} · {added}", "dim", end="")
    return BookmarkLabel(visible(bookmark.title), where)


class BookmarksScreen(ModalScreen[Bookmark | None]):
    """Returns the bookmark to open, or None. `d` deletes a bookmark through `delete` at
    once (however the dialog ends, it stays deleted) and `u` puts it back through `restore`."""

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
        Binding(
            "u",
            "undo",
            N_("Undo"),
            id="undo_delete_bookmark",
            tooltip=N_("Bring back the bookmark deleted last"),
        ),
        *DIALOG_KEYS,
    ]

    def __init__(
        self,
        bookmarks: Sequence[Bookmark],
        entry_of: Callable[[Bookmark], Entry | None],
        delete: Callable[[Bookmark], None],
        restore: Callable[[Bookmark], None],
    ) -> None:
        super().__init__()
        self.bookmarks = {str(b.id): b for b in bookmarks}
        self._order = list(self.bookmarks)
        self.deleted: list[Bookmark] = []  # what `u` puts back, last first
        self._entry_of = entry_of
        self._delete = delete
        self._restore = restore

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmarks-dialog") as dialog:
            dialog.border_title = _("Bookmarks")
            dialog.border_subtitle = _(OPEN_HINT)
            options = KeyedOptionList(*self._options(), id="bookmark-list")
            options.highlighted = 0 if self.bookmarks else None
            yield options
        yield KeyFooter()  # the dialog's keys, not the reader's under it

    def on_mount(self) -> None:
        notices_under(self, self.query_one("#bookmarks-dialog"))

    def _options(self) -> list[Option]:
        if not self.bookmarks:
            return [Option(Text(_(EMPTY), style="dim"), disabled=True)]
        return [
            Option(bookmark_label(b, self._entry_of(b)), id=key)
            for key, b in self.bookmarks.items()
        ]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.bookmarks.get(event.option.id or ""))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return bool(self.deleted) if action == "undo" else True

    def action_delete(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        key = options.get_option_at_index(options.highlighted).id
        bookmark = self.bookmarks.pop(key or "", None)
        if bookmark is None or key is None:
            return
        self.deleted.append(bookmark)
        self._delete(bookmark)
        if self.bookmarks:
            options.remove_option(key)
        else:
            options.set_options(self._options())
        self._hint()

    def action_undo(self) -> None:
        if not self.deleted:
            return
        back = self.deleted.pop()
        self._restore(back)
        kept = {**self.bookmarks, str(back.id): back}
        self.bookmarks = {key: kept[key] for key in self._order if key in kept}
        options = self.query_one(OptionList)
        options.set_options(self._options())
        options.highlighted = list(self.bookmarks).index(str(back.id))
        self._hint()

    def _hint(self) -> None:
        dialog = self.query_one("#bookmarks-dialog")
        dialog.border_subtitle = _(UNDO_HINT) if self.deleted else _(OPEN_HINT)
        self.refresh_bindings()

    def action_close(self) -> None:
        self.dismiss(None)
