"""The reading screen's editions: opening one of the shelf (loaded in a worker if need be),
showing it where reading stopped, stepping to the next and picking one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Static

from reader.errors import BroadsheetError
from reader.highlights import Highlights
from reader.i18n import N_, _, ngettext
from reader.library import Library
from reader.model import Edition
from reader.outline import Outline
from reader.printable import cell_width, visible
from reader.reading import Reading
from reader.tracker import ReadingTracker
from reader.ui.keymap import key_shown
from reader.ui.messages import EditionFailed, EditionLoaded
from reader.ui.render.masthead import entry_names, entry_title
from reader.ui.widgets.masthead import MastheadBar

if TYPE_CHECKING:
    from reader.ui.screens.reader_search import SearchDriver
    from reader.ui.widgets.panes import AdPane, ArticleView

# Words of ours, in one place: msgids, translated when shown.
LAST_ARTICLE = N_("The last article of this edition.")
FIRST_ARTICLE = N_("The first article of this edition.")
LAST_SECTION = N_("The last section of this edition.")
FIRST_SECTION = N_("The first section of this edition.")
NEWER_EDITION = N_("{key} opens the next edition: {edition}.")
OLDER_EDITION = N_("{key} opens the edition before: {edition}.")
EVERY_EDITION = N_("{key} lists every edition.")
NO_NEWER = N_("No newer edition of {paper} ({key} lists every paper's).")
NO_OLDER = N_("No older edition of {paper} ({key} lists every paper's).")
# TRANSLATORS: at the right end of the masthead line, on an edition older than another of
# its paper on the shelf; {key} opens the newer one.
NEWER_NOTE = N_("newer edition: {key}")
NO_PAPER = N_(
    "{file} names no paper, so no edition is next to it or before it ({key} lists them all)."
)


class ReaderEditions(Screen[None]):
    """ReaderScreen's base that opens editions; the state it reads and sets is declared
    (and made) by ReaderScreen."""

    library: Library
    edition_index: int
    reading: Reading
    outline: Outline
    tracker: ReadingTracker
    _target: tuple[int, str, str | None, int | None] | None
    _searching: SearchDriver | None
    edition: var[Edition | None]
    highlights: var[dict[str, Highlights]]
    read_ids: var[frozenset[str]]
    item_id: var[str | None]
    ads_page: var[int | None]

    if TYPE_CHECKING:

        @property
        def article_view(self) -> ArticleView: ...

        @property
        def ad_pane(self) -> AdPane: ...

    def shelve(self, path: Path) -> int:
        """The index of an edition file, put on the shelf if it is not there (the reader
        was opened on another folder, or one file): the indexes after it move, so the
        one on screen is taken again."""
        showing = self.library.entries[self.edition_index]
        index = self.library.index_of(path)
        self.edition_index = next(i for i, e in enumerate(self.library.entries) if e is showing)
        self.show_masthead()  # the edition shelved may be newer
        return index

    def open_edition(
        self, index: int, *, target: tuple[str, str | None] | None = None, line: int | None = None
    ) -> None:
        """Show an edition of the shelf (loading it in a worker if need be); at `target`,
        an article and a leaf of it (at `line`, while that leaf is still on top there),
        else where reading stopped."""
        if target is not None:
            self._target = (index, *target, line)
        if index == self.edition_index and self.edition is not None:
            return
        edition = self.library.entries[index].edition
        if edition is not None:
            self._show_edition(index, edition)
        else:
            self._load_edition(index)

    def _show_edition(self, index: int, edition: Edition) -> None:
        self.edition_index = index
        self.article_view.folder = self.ad_pane.folder = self.library.folder_of(index)
        self.highlights = {}
        self.read_ids = self.tracker.show(edition.id, self.library.entries[index].path)
        self.edition = edition
        self.show_masthead()
        target, self._target = self._target, None
        at = target if target and target[0] == index else None
        resume = self.tracker.resume(
            self.outline.articles, at[1:3] if at else None, line=at[3] if at else None
        )
        self.item_id = resume.item_id if resume else None
        if resume is not None and resume.moves:
            self.call_next(self.article_view.restore, resume)
        first_page = self.outline.page_of.get(self.item_id) if self.item_id else None
        self.ads_page = first_page if first_page is not None else (0 if edition.pages else None)
        if self._searching is not None:
            self._searching.edition_shown(index, edition)

    @work(exclusive=True, thread=True, group="edition")
    def _load_edition(self, index: int) -> None:
        try:
            edition = self.library.load(index)
        except BroadsheetError as e:
            self.post_message(EditionFailed(index, str(e)))
        else:
            self.post_message(EditionLoaded(index, edition))

    def on_edition_loaded(self, message: EditionLoaded) -> None:
        self._show_edition(message.index, message.edition)

    def on_edition_failed(self, message: EditionFailed) -> None:
        if self._searching is not None:
            self._searching.edition_failed()
        self.notify(message.error, title=_("Cannot open edition"), severity="error")

    def action_pick_edition(self) -> None:
        from reader.ui.screens.editions import EditionPicker

        entries = self.library.entries
        unread = [self.reading.unread(e) for e in entries]
        new = [e.id is not None and not self.reading.opened(e.id) for e in entries]
        picker = EditionPicker(entries, self.edition_index, unread, new, self._remove_edition)
        self.app.push_screen(picker, self._picked)

    def _remove_edition(self, index: int) -> bool:
        """Delete an edition of the shelf (not the one open) with what is kept of it, and
        say what went; False when it could not be."""
        from reader.removing import Gone, remove

        path = self.library.entries[index].path
        if index == self.edition_index or path is None:
            return False
        try:
            said = remove(path, self.reading).line()
        except Gone as e:
            said = str(e)  # another reader removed it: it leaves the list all the same
        except BroadsheetError as e:
            self.notify(str(e), title=_("Not deleted"), severity="error", timeout=8)
            return False
        self.library.drop(index)
        if index < self.edition_index:
            self.edition_index -= 1
        self.show_masthead()
        self.notify(said, timeout=6)
        return True

    def _picked(self, index: int | None) -> None:
        if index is not None and index != self.edition_index:
            from reader.ui.screens.reader_back import history  # Backspace comes back

            history(self).remember(self)  # type: ignore[arg-type]
            self.open_edition(index)

    def show_masthead(self) -> None:
        """The masthead of the edition shown, dated by the shelf when it prints no date;
        when a newer edition of its paper is on the shelf, the key to it at the line's
        end: a reader on yesterday's paper, by mistake or by `<`, sees so."""
        bar = self.query_one(MastheadBar)
        if self.edition is None:
            bar.show(None, "")
            return
        newer = self.library.step(self.edition_index, 1)
        key = key_shown(self, "next_edition")
        note = _(NEWER_NOTE).format(key=key) if newer is not None and key else ""
        entry = self.library.entries[self.edition_index]
        bar.show(self.edition.masthead, entry_title(entry), note, entry.source_file)

    def at_edition_end(self, said: str, step: int) -> None:
        """Say where the reader stopped (`said`, translated): at the edition's end (step 1)
        or start (-1); and, when there is an edition further that way, the key to it, named
        as shortly as it takes for the line to stay one line."""
        # A line under the panes, not a notice: pressed again, it is the one line (the bell
        # says the key was heard), and it stays up until the reader moves on, however long
        # the reading takes.
        line = self.query_one("#edition-end", Static)
        index = self.library.step(self.edition_index, step)
        key = key_shown(self, "next_edition" if step > 0 else "previous_edition")
        room = self.size.width - line.styles.gutter.width
        if index is not None and key:
            further = _(NEWER_EDITION if step > 0 else OLDER_EDITION)
            said = one_line(
                [
                    f"{said} {further.format(key=key, edition=name)}"
                    for name in entry_names(self.library.entries[index])
                ],
                room,
            )
        elif step > 0 and (next_step := self._after_the_end()):
            # No newer edition of the paper: the line says what else there is to read.
            said = one_line([f"{said} {next_step}", said], room)
        if not line.display:
            # The line takes a row from the panes: an article read to its end stays at its
            # end (its last line, the byline, went under the line).
            self.article_view.keep_end()
        line.update(said)
        line.display = True
        self.app.bell()

    def _after_the_end(self) -> str | None:
        """The key to what is left to read past the edition's end, said: its unread
        articles (u), else the other editions on the shelf (e); None when nothing is."""
        unread = [a for a in self.outline.articles if a not in self.read_ids and a != self.item_id]
        key = key_shown(self, "next_unread")
        if unread and key:
            said = ngettext(
                "{count} article unread: {key} opens it.",
                "{count} articles unread: {key} opens the first.",
                len(unread),
            )
            return said.format(count=len(unread), key=key)
        key = key_shown(self, "pick_edition")
        if len(self.library.entries) > 1 and key:
            return _(EVERY_EDITION).format(key=key)
        return None

    def left_edition_end(self) -> None:
        """Take the end's line down: the reader moved to another article, page or edition."""
        self.query_one("#edition-end", Static).display = False

    def action_step_edition(self, step: int) -> None:
        index = self.library.step(self.edition_index, step)
        if index is None:
            entry = self.library.entries[self.edition_index]
            key = key_shown(self, "pick_edition") or "e"
            if entry.paper is None:
                none = _(NO_PAPER).format(file=visible(entry.source_file), key=key)
            else:
                none = _(NO_NEWER if step > 0 else NO_OLDER).format(
                    paper=visible(entry.paper), key=key
                )
            self.notify(none, timeout=3)
            self.app.bell()
        else:
            self.open_edition(index)


def one_line(looks: list[str], cells: int) -> str:
    """The first of `looks` (longest first) that fits in `cells`, else the last."""
    return next((look for look in looks if cell_width(look) <= cells), looks[-1])
