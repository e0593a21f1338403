"""The reading screen's search, from the first `/` to Esc.

The bar asks (SearchBar.Requested, .Chosen); the driver runs the search in the
screen's workers, feeds the SearchSession with what they report (by message, to
the screen, which hands them on) and hands the results down to the bar through
the screen's reactives. Every hit of the query is highlighted; the open one
(search_at) in a stronger style. Hits open through the screen's `open_item`.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.widget import Widget
from textual.widgets import Input
from textual.worker import get_current_worker

from reader import store
from reader.highlights import Highlights
from reader.i18n import N_, _, ngettext
from reader.model import Edition
from reader.printable import visible
from reader.search.session import (
    ArchiveSearch,
    EditionSearch,
    HitRow,
    Row,
    Scope,
    SearchSession,
    index_edition,
    search_index,
)
from reader.search.stream import ArchiveStream, Failed, Found, News, Progress, Updated
from reader.ui.messages import ArchiveNews, SearchFound, SearchIndexed, SearchMessage
from reader.ui.screens import article_actions
from reader.ui.screens.reader_back import history
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.search import SearchBar

if TYPE_CHECKING:
    from reader.ui.screens.reader import ReaderScreen


class SearchDriver:
    """What a search does on a reading screen; made by the screen's first search."""

    def __init__(self, screen: ReaderScreen, folder: Path | None) -> None:
        self.screen = screen
        self.folder = folder
        self.session = SearchSession(ArchiveStream(folder) if folder else None)
        self._painted: object = None  # the session's highlights last handed down
        self._return_focus: Widget | None = None  # where the focus was before the bar
        self._opening: int | None = None  # the edition loading for an archive result
        self._showed_ads = False  # a hit in an ad unfolded the ad pane

    def sync(self) -> None:
        """Hand down what the session holds: results, the row open, progress, highlights."""
        screen, session = self.screen, self.session
        screen.search_results = session.results
        screen.search_at = session.at
        screen.search_hit = session.hit
        screen.search_indexing = session.indexing
        screen.archive_progress = session.progress
        if session.highlights is not self._painted:  # else open_item's may be on screen
            self._painted = session.highlights
            screen.highlights = dict[str, Highlights](session.highlights)

    # --- the bar ------------------------------------------------------------------------

    async def start(self, scope: Scope) -> None:
        """Show the bar (mounted the first time), the cursor on the query; the keys typed
        since the search key go to it (else, the bar not up, back to the app)."""
        from reader.ui.app import BroadsheetApp  # which imports this module

        app = self.screen.app
        query = None
        try:
            query = await self._start(scope)
        finally:
            if isinstance(app, BroadsheetApp):
                app.type_ahead(query)

    async def _start(self, scope: Scope) -> Input:
        screen = self.screen
        bar = screen.search_bar
        if not bar.is_mounted:
            bar.data_bind(
                results=type(screen).search_results,
                current=type(screen).search_at,
                current_hit=type(screen).search_hit,
                indexing=type(screen).search_indexing,
                progress=type(screen).archive_progress,
            )
            await screen.mount(bar, before=screen.query_one(KeyFooter))
            editions = len(store.find_editions(self.folder)) if self.folder else 0
            if editions > 1:  # one edition: all editions would be this one
                bar.editions = editions
        if self.session.wants_index and screen.edition:
            self._start_indexing(screen.edition)
        if not bar.has_focus_within:
            self._return_focus = screen.focused
        bar.start(scope)
        return bar.input

    def _requested(self, message: SearchBar.Requested) -> None:
        search = self.session.request(message.query, message.scope)
        self.sync()
        self._run(search)

    def step(self, step: int) -> None:
        if self.session.results is None:
            self._no_search()
            return
        row = self.session.step(step)
        if row is not None:
            self._open_row(row, focus=False)

    def _no_search(self) -> None:
        """`n` or `N` with nothing searched: say which key searches, as the keymap has it."""
        screen = self.screen
        key = screen.key_for("search", "/")
        screen.notify(_("No search to step through: {key} searches this edition").format(key=key))

    def clear(self) -> None:
        """Close the bar, the focus back where it was; no results, no highlights."""
        screen, bar = self.screen, self.screen.search_bar
        if bar.is_mounted and bar.has_focus_within:
            back = self._return_focus
            alive = back is not None and back.is_attached and back.display
            (back if back is not None and alive else screen.article_view).focus()
        self._return_focus, self._opening, self._showed_ads = None, None, False
        self.session.clear()
        self.sync()
        if bar.is_mounted:
            bar.stop()

    # --- the edition on screen -------------------------------------------------------

    def edition_shown(self, index: int, edition: Edition) -> None:
        """Another edition is on screen: searched again once indexed; an archive result
        waiting for it opens."""
        self.session.edition_shown()
        self.sync()
        if self.screen.search_bar.is_mounted:
            self._start_indexing(edition)
        opening, self._opening = self._opening, None
        if opening == index and self.session.at is not None:
            self._open_archive_result(self.session.at, self.session.hit, focus=True)

    def edition_failed(self) -> None:
        self._opening = None

    def _start_indexing(self, edition: Edition) -> None:
        # Not before the first search: a thread working at start-up would take the
        # interpreter from the first paint, for an index that may never be used.
        self.session.indexing = self.screen.search_indexing = True
        work = partial(self._index, edition)
        self.screen.run_worker(work, thread=True, exclusive=True, group="search-index")

    def _index(self, edition: Edition) -> None:
        index, titles = index_edition(edition)
        self.screen.post_message(SearchIndexed(edition, index, titles))

    def handle(self, message: SearchMessage) -> None:
        """What the bar asks, or a worker of the search reports."""
        if isinstance(message, SearchBar.Requested):
            self._requested(message)
        elif isinstance(message, SearchBar.Chosen):
            self._open_row(self.session.choose(message.index))
        elif isinstance(message, SearchIndexed):
            self._indexed(message)
        elif isinstance(message, SearchFound):
            self._found(message)
        elif isinstance(message, ArchiveNews):
            self._news(message.news)

    def _indexed(self, message: SearchIndexed) -> None:
        if message.edition is not self.screen.edition:
            return
        search = self.session.indexed(message.index, message.titles)
        self.sync()
        self._run(search)

    # --- searching ----------------------------------------------------------------------

    def _run(self, search: EditionSearch | ArchiveSearch | None) -> None:
        screen = self.screen
        if isinstance(search, ArchiveSearch):
            stream = self.session.archive
            assert stream is not None
            work = partial(self._search_archive, stream, search)
            screen.run_worker(work, thread=True, exclusive=True, group="archive")
        elif search is not None:
            work = partial(self._search_edition, search)
            screen.run_worker(work, thread=True, exclusive=True, group="search")

    def _search_edition(self, search: EditionSearch) -> None:
        results, marks = search_index(search)
        if not get_current_worker().is_cancelled:
            self.screen.post_message(SearchFound(search.index, results, marks))

    def _found(self, message: SearchFound) -> None:
        waited = self.session.found(message.index, message.results, message.marks)
        self.sync()
        if waited:
            self._open_row(self.session.first(self.screen.search_bar.cursor))

    def _search_archive(self, stream: ArchiveStream, search: ArchiveSearch) -> None:
        worker = get_current_worker()
        post = self.screen.post_message

        def send(news: News) -> None:
            post(ArchiveNews(news))

        stream.search(search.query, search.run, send, lambda: worker.is_cancelled)

    def _news(self, news: News) -> None:
        session, screen = self.session, self.screen
        match news:
            case Progress(run, done, total):
                session.archive_progress(run, done, total)
            case Updated(_, report):
                session.archive_updated()
                screen.search_bar.editions = report.editions
                if report.failed:
                    failed = len(report.failed)
                    title = ngettext(
                        "{count} edition file not searched",
                        "{count} edition files not searched",
                        failed,
                    )
                    # Reported once per opening of the bar; the search goes on without them.
                    screen.notify(
                        visible("\n".join(report.failed)),
                        title=title.format(count=failed),
                        severity="warning",
                        timeout=8,
                    )
            case Found(run, results) if session.archive_found(run, results):
                self.sync()  # the bar lists them, its cursor where the keys typed ahead put it
                self._open_row(session.first(screen.search_bar.cursor))
            case Failed(run, error) if session.archive_failed(run):
                self.sync()
                screen.notify(error, title=_("Cannot search all editions"), severity="error")
        self.sync()

    # --- opening hits -------------------------------------------------------------------

    def _open_row(self, row: Row | None, *, focus: bool = True) -> None:
        """Open a row: a hit, or an archive result at one of its hits; a bell when there
        is none (unless the first opens once the results come)."""
        if row is None:
            if not self.session.open_first:
                self.screen.app.bell()
            return
        history(self.screen).remember(self.screen)
        if isinstance(row, HitRow):
            hit = self.session.open_hit(row.index)
            self.sync()
            self._open_hit(hit.item_id, hit.path, focus=focus)
        else:
            self._open_archive_result(row.at, row.hit, focus=focus)

    def _open_archive_result(self, at: int, hit_at: int, *, focus: bool) -> None:
        """Open an archive result's item at one of its hits, switching edition if needed."""
        screen = self.screen
        result = self.session.open_result(at, hit_at)
        self.sync()
        index = screen.shelve(Path(result.edition_path))
        if index != screen.edition_index or screen.edition is None:
            self._opening = index
            screen.open_edition(index, target=(result.item_id, result.hits[hit_at].path))
            return
        hit = self.session.highlight_result()
        self.sync()
        if not self._open_hit(result.item_id, hit.path, focus=focus):
            article_actions.gone(screen, result.title, N_("Search"))

    def _open_hit(self, item_id: str, leaf_path: str, *, focus: bool) -> bool:
        """Open a hit's item at its leaf (False: it is not in the edition). A hit in an
        ad unfolds a folded ad pane, until a hit in an article folds it again; `focus`
        goes to the pane that shows the hit."""
        screen = self.screen
        folded = not screen.ad_pane.display
        if not screen.open_on_page(item_id, leaf_path):
            return False
        in_ad = item_id != screen.item_id
        if in_ad and folded:
            self._showed_ads = True
        elif not in_ad and self._showed_ads:
            self._showed_ads = False  # fold it again (narrow: the list comes back)
            screen.set_ads_shown(False)
        if focus:
            (screen.ad_pane if in_ad else screen.article_view).focus()
        return True
