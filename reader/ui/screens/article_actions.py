"""What the reader does with the open article from the reading screen: mark it read
or unread, bookmark it (and open bookmarks), copy it, save it as Markdown, show the
readings of its Hanja (and the ads'); and the views of its page, the page map and
its photos large (reader.ui.screens.page_views).

Each action says what it did in a toast; with no article open it rings the bell.
The reading state itself is kept by the screen's Reading (reader.reading).
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Awaitable, Callable
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import BroadsheetError
from reader.i18n import N_, _, ngettext
from reader.library import Entry, off_shelf
from reader.model import Article, Edition, Item, leaves
from reader.printable import cell_width, reach_back, reach_on, visible, visible_name
from reader.ui.screens import page_views
from reader.ui.screens.reader_back import history

if TYPE_CHECKING:
    from reader.state import Bookmark
    from reader.ui.screens.reader import ReaderScreen


def open_article(screen: ReaderScreen) -> Article | None:
    """The article on screen, or a bell when there is none."""
    edition, item_id = screen.edition, screen.item_id
    item = edition.find(item_id) if edition and item_id else None
    if isinstance(item, Article):
        return item
    screen.app.bell()
    return None


def gone(screen: ReaderScreen, title: str, what: str) -> None:
    """Say that an item asked for (by a bookmark, a search) left the edition; `what`
    (the notification's title) is a msgid marked N_()."""
    screen.notify(
        _("{title} is no longer in this edition.").format(title=visible(title)),
        title=_(what),
        severity="warning",
    )


def toggle_read(screen: ReaderScreen) -> None:
    article = open_article(screen)
    if article is not None:
        read = screen.tracker.toggle_read(article.id)
        screen.notify(_("Marked read.") if read else _("Marked unread."), timeout=2)


async def bookmark(screen: ReaderScreen) -> None:
    """Bookmark the article at the leaf on top (none at its top)."""
    article = open_article(screen)
    if article is None or screen.edition is None:
        return
    from reader.ui.screens.bookmarks import leaf_label

    edition, view, reading = screen.edition, screen.article_view, screen.reading
    leaf = view.top_leaf() if view.scroll_y > 0 else None
    leaf = None if leaf == "headline" else leaf
    again = reading.is_bookmarked(edition.id, article.id, leaf)
    await reading.add_bookmark(
        edition.id,
        article.id,
        article.title,
        leaf=leaf,
        edition_path=screen.library.entries[screen.edition_index].path,
    )
    # No headline in toasts: Textual can drop wide characters from them (#6357).
    screen.notify(
        _("This article, at its {place}.").format(place=leaf_label(leaf)),
        title=_("Already bookmarked") if again else _("Bookmarked"),
        timeout=3,
    )


def bookmarks(screen: ReaderScreen) -> None:
    """The bookmarks dialog; the one chosen opens."""
    from reader.ui.screens.bookmarks import BookmarksScreen

    @cache  # the dialog asks again after a delete: read a file's head once
    def stored(path: str | None) -> Entry | None:
        return off_shelf(path)

    def entry_of(bookmark: Bookmark) -> Entry | None:
        return screen.library.entry(bookmark.edition_id) or stored(bookmark.edition_path)

    reading = screen.reading
    dialog = BookmarksScreen(
        reading.bookmarks, entry_of, reading.delete_bookmark, reading.restore_bookmark
    )

    def chosen(bookmark: Bookmark | None) -> None:
        if bookmark is not None:
            screen.open_bookmark(bookmark)

    screen.app.push_screen(dialog, chosen)


def open_bookmark(screen: ReaderScreen, bookmark: Bookmark) -> None:
    """Open a bookmarked article at its leaf, switching edition when needed."""
    index = screen.library.find(bookmark.edition_id)
    path = Path(bookmark.edition_path) if bookmark.edition_path else None
    if index is None and path is not None and path.is_file():
        index = screen.shelve(path)  # kept in another folder: it joins this shelf
    if index is None:
        where = bookmark.edition_path or bookmark.edition_id
        screen.notify(
            _("Its edition is not on this shelf: {edition}").format(edition=where),
            title=_("Bookmark"),
            severity="warning",
        )
        return
    history(screen).remember(screen)  # Backspace comes back
    if index != screen.edition_index or screen.edition is None:
        screen.open_edition(index, target=(bookmark.item_id, bookmark.leaf))
    elif not screen.open_item(bookmark.item_id, bookmark.leaf):
        gone(screen, bookmark.title, N_("Bookmark"))
    elif bookmark.leaf is None:
        screen.article_view.scroll_home(animate=False)


def copy_article(screen: ReaderScreen) -> None:
    """The article as plain text, with where it was printed; from the ad pane, its ads."""
    if screen.ad_pane.has_focus and screen.ad_pane.ads:
        copy_ads(screen)
        return
    article = open_article(screen)
    if article is None or screen.edition is None:
        return
    from reader.export import to_text, where_printed
    from reader.ui.clipboard import copy_text

    text = to_text(article, where=where_printed(screen.edition, article))

    def told(in_buffer: bool) -> None:
        # What was done, not that it arrived: no terminal answers OSC 52.
        # One line, no title: a short terminal shows a toast's body and may cut its title.
        if in_buffer:
            copied = ngettext(
                "Sent this article to a tmux buffer and the terminal's clipboard "
                "({count} character).",
                "Sent this article to a tmux buffer and the terminal's clipboard "
                "({count} characters).",
                len(text),
            )
        else:
            copied = ngettext(
                "Sent this article to the terminal's clipboard as plain text ({count} character).",
                "Sent this article to the terminal's clipboard as plain text ({count} characters).",
                len(text),
            )
        screen.notify(copied.format(count=len(text)), timeout=3)

    copy_text(screen.app, text, told)


def copy_ads(screen: ReaderScreen) -> None:
    """The ads in the pane as the reader sees them: phone numbers, tables and all."""
    from reader.ui.clipboard import copy_text

    text = screen.ad_pane.plain() + "\n"

    def told(in_buffer: bool) -> None:
        # What was done, as the article's notice says it.
        if in_buffer:
            copied = ngettext(
                "Sent the ads in the pane to a tmux buffer and the terminal's clipboard "
                "({count} character).",
                "Sent the ads in the pane to a tmux buffer and the terminal's clipboard "
                "({count} characters).",
                len(text),
            )
        else:
            copied = ngettext(
                "Sent the ads in the pane to the terminal's clipboard as plain text "
                "({count} character).",
                "Sent the ads in the pane to the terminal's clipboard as plain text "
                "({count} characters).",
                len(text),
            )
        screen.notify(copied.format(count=len(text)), timeout=3)

    copy_text(screen.app, text, told)


def export_article(screen: ReaderScreen) -> None:
    """Save the article as Markdown in the current folder, its photos linked where the
    edition keeps them; from the ad pane, the ad being read there."""
    item: Item | None
    if screen.ad_pane.has_focus and screen.ad_pane.ads:
        item = screen.ad_pane.current_ad()
    else:
        item = open_article(screen)
    if item is None or screen.edition is None:
        return
    from reader.export import where_printed, write_markdown

    cannot = _("Cannot save the article") if isinstance(item, Article) else _("Cannot save the ad")

    try:
        folder = Path.cwd()
    except FileNotFoundError:  # deleted under us: getcwd has no name for it, the shell had
        gone = _("{folder}: the current folder no longer exists")
        screen.notify(
            visible(gone.format(folder=os.environ.get("PWD", "."))),
            title=cannot,
            severity="error",
        )
        return
    try:
        path = write_markdown(
            item,
            folder,
            edition_id=screen.edition.id,
            where=where_printed(screen.edition, item),
            edition_folder=screen.library.folder_of(screen.edition_index),
        )
    except (BroadsheetError, OSError) as e:  # OSError: the folder cannot be written
        screen.notify(str(e), title=cannot, severity="error")
        return
    # Textual's toast is 60 cells, at most half the screen, less its edge, padding and margin.
    room = min(60, screen.app.size.width // 2) - 5
    where = _("in {folder}")
    folder_room = room - cell_width(where.format(folder=""))
    shown = folder_end(visible_name(str(path.parent)), folder_room)
    lines = (short_name(visible_name(path.name), room), where.format(folder=shown))
    screen.notify("\n".join(lines), title=_("Saved as Markdown"), timeout=8)


def folder_end(folder: str, cells: int) -> str:
    """A folder in at most `cells` cells: its end kept, where the file is, after '…'."""
    if cell_width(folder) <= cells:
        return folder
    return "…" + folder[reach_back(folder, len(folder), cells - 1) :]


def short_name(name: str, cells: int) -> str:
    """A file name in at most `cells` cells: its start and end whole words around '…', so a
    notice never wraps it mid-word."""
    if cell_width(name) <= cells:
        return name
    half = (cells - 1) // 2
    end = reach_on(name, 0, half)
    if name[end] != "-" and "-" in name[1:end]:  # back to the hyphen before a cut word
        end = name.rindex("-", 0, end) + 1
    start = reach_back(name, len(name), cells - 1 - cell_width(name[:end]))
    if name[start - 1] != "-" and "-" in name[start:-1]:
        start = name.index("-", start)
    return f"{name[:end]}…{name[start:]}"


HANJA_UNAVAILABLE = N_(
    "Hanja readings are unavailable: the dictionary shipped with broadsheet is missing or damaged."
)


NO_HANJA = N_("This edition prints no Hanja: there are no readings to show.")


def toggle_hanja(screen: ReaderScreen) -> None:
    """Show or hide each Hanja word's reading, in the article and the ads: 與野(여야)."""
    if screen.article_view.hanja:
        screen.article_view.hanja = screen.ad_pane.hanja = False
    elif not _prints_hanja(screen.edition):
        # Else the key would turn readings on and change nothing on the screen.
        screen.notify(_(NO_HANJA))
    else:
        show_readings(screen)


def _prints_hanja(edition: Edition | None) -> bool:
    from reader.hanja.reading import has_hanja  # here: start-up does without the package

    items = edition.items() if edition is not None else ()
    return any(has_hanja(leaf.text) for _, item in items for leaf in leaves(item))


def show_readings(screen: ReaderScreen) -> None:
    """Show the readings once the dictionary is read: in a thread, since its first read on
    a machine takes seconds and no key may wait for it."""
    screen.run_worker(partial(_read_dictionary, screen), thread=True, group="hanja")


def _read_dictionary(screen: ReaderScreen) -> None:
    # Here, not at the top: with readings off (the default) start-up does without it.
    from reader import hanja

    screen.app.call_from_thread(_dictionary_read, screen, hanja.available())


def _dictionary_read(screen: ReaderScreen, available: bool) -> None:
    if not available:
        screen.notify(_(HANJA_UNAVAILABLE), title=_("Hanja"), severity="warning")
        return
    screen.article_view.hanja = screen.ad_pane.hanja = True


ACTIONS: dict[str, Callable[[ReaderScreen], Awaitable[None] | None]] = {
    "toggle_read": toggle_read,
    "bookmark": bookmark,
    "bookmarks": bookmarks,
    "copy_article": copy_article,
    "export_article": export_article,
    "toggle_hanja": toggle_hanja,
    "page_map": page_views.page_map,
    "photo": page_views.photo,
}
"""The actions by the name the screen's bindings give them (`take('copy_article')`)."""


async def take(screen: ReaderScreen, name: str) -> None:
    done = ACTIONS[name](screen)
    if inspect.isawaitable(done):
        await done
