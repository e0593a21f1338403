"""The reading screen: masthead, section list, article and ads.

The screen owns the view state (edition, open article, page of the ad pane,
search highlights) and hands it down; widgets report the reader's choices with
messages. `open_item` is the one way in for anything that wants to show an item
(the list, J/K, the palette, and search).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import Provider
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import get_current_worker

from reader import store
from reader.errors import BroadsheetError
from reader.model import Ad, Article, Edition
from reader.ui.library import Entry, Library
from reader.ui.reading import Reading
from reader.ui.render import MEASURE, Highlights, Mark, Span, page_label, visible
from reader.ui.widgets.document import AdPane, ArticleView
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.masthead import MastheadBar
from reader.ui.widgets.sections import SectionList

# What only a key or the palette opens is imported when first asked for, so the
# start-up does not pay for it: search, export, the dialogs, the palette's provider.
if TYPE_CHECKING:
    from reader.search import EditionIndex
    from reader.search.archive import ArchiveResult, UpdateReport
    from reader.state import Bookmark
    from reader.ui.commands import Target
    from reader.ui.screens.help import HelpGroup
    from reader.ui.widgets.search import ArchiveResults, Results, Scope, SearchBar

WIDE = 100
"""Below this many columns the ad pane folds away until asked for."""

READ_AFTER = 3.0
"""Seconds an article stays open before it counts as read (scrolling to its end does too)."""

ARCHIVE_FIRST_PAGE = 50
"""Archive results shown as soon as they are found; the rest follow, up to the list's cap."""
ARCHIVE_POST_EVERY = 0.2
"""Seconds between showings of more archive results, or of the indexing progress."""


@dataclass
class EditionLoaded(Message):
    index: int
    edition: Edition


@dataclass
class EditionFailed(Message):
    index: int
    error: str


SearchMarks = dict[str, dict[str, list[Mark]]]
"""Every hit of a query as highlights: item id -> leaf path -> marks."""


@dataclass
class SearchIndexed(Message):
    edition: Edition
    index: EditionIndex
    titles: dict[str, str]


@dataclass
class SearchFound(Message):
    index: EditionIndex
    results: Results
    marks: SearchMarks


@dataclass
class ArchiveProgress(Message):
    run: int
    done: int
    total: int


@dataclass
class ArchiveUpdated(Message):
    run: int
    report: UpdateReport


@dataclass
class ArchiveFound(Message):
    run: int
    results: ArchiveResults


@dataclass
class ArchiveFailed(Message):
    run: int
    error: str


class _Superseded(Exception):
    """A newer query came while the archive was being updated for this one."""


def archive_folder(library: Library, index: int) -> Path | None:
    """The folder whose editions 'all editions' searches: that of the edition opened
    first, when it is an edition file (not page text ingested in memory)."""
    path = library.entries[index].path
    return path.parent if path is not None and path.suffix.lower() == ".json" else None


def jump_provider() -> type[Provider]:
    from reader.ui.commands import JumpProvider

    return JumpProvider


class ReaderScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    COMMANDS = {jump_provider}
    AUTO_FOCUS = "#sections"

    BINDINGS = [
        Binding("tab", "app.focus_next", "Next pane", id="focus_next", show=False),
        Binding(
            "shift+tab", "app.focus_previous", "Previous pane", id="focus_previous", show=False
        ),
        Binding(
            "J",
            "step_article(1)",
            "Next",
            id="next_article",
            tooltip="Next article, in edition order",
        ),
        Binding("K", "step_article(-1)", "Prev", id="previous_article", tooltip="Previous article"),
        Binding(
            "right_square_bracket", "step_section(1)", "Next section", id="next_section", show=False
        ),
        Binding(
            "left_square_bracket",
            "step_section(-1)",
            "Previous section",
            id="previous_section",
            show=False,
        ),
        Binding(
            "space",
            "article('page_down')",
            "Page down",
            id="page_down",
            show=False,
            tooltip="Page down the article",
        ),
        Binding(
            "b",
            "article('page_up')",
            "Page up",
            id="page_up",
            show=False,
            tooltip="Page up the article",
        ),
        Binding(
            "g", "article('scroll_home')", "Top", id="top", show=False, tooltip="Top of the article"
        ),
        Binding(
            "G",
            "article('scroll_end')",
            "Bottom",
            id="bottom",
            show=False,
            tooltip="Bottom of the article",
        ),
        Binding("a", "toggle_ads", "Ads", id="toggle_ads", tooltip="Show or hide the ad pane"),
        Binding("e", "pick_edition", "Editions", id="pick_edition", tooltip="Pick an edition"),
        Binding(
            "less_than_sign", "step_edition(-1)", "Older edition", id="previous_edition", show=False
        ),
        Binding(
            "greater_than_sign", "step_edition(1)", "Newer edition", id="next_edition", show=False
        ),
        Binding(
            "m",
            "toggle_read",
            "Read/unread",
            id="toggle_read",
            show=False,
            tooltip="Mark the open article read or unread",
        ),
        Binding(
            "B",
            "bookmark",
            "Bookmark",
            id="bookmark",
            show=False,
            tooltip="Bookmark the article at the paragraph on top",
        ),
        Binding(
            "apostrophe",
            "bookmarks",
            "Bookmarks",
            id="bookmarks",
            show=False,
            tooltip="Bookmarks, across editions",
        ),
        Binding(
            "y",
            "copy_article",
            "Copy",
            id="copy_article",
            show=False,
            tooltip="Copy the article to the clipboard, as text",
        ),
        Binding(
            "x",
            "export_article",
            "Save",
            id="export_article",
            show=False,
            tooltip="Save the article as Markdown, in this folder",
        ),
        Binding("question_mark", "help", "Help", id="help", tooltip="This list of keys"),
        Binding("slash", "search", "Search", id="search", tooltip="Search this edition"),
        Binding(
            "S",
            "search('archive')",
            "Search all",
            id="search_archive",
            show=False,
            tooltip="Search all editions of the folder",
        ),
        # The search line names these while a search is on (SearchBar.status).
        Binding(
            "n",
            "step_hit(1)",
            "Next hit",
            id="next_hit",
            show=False,
            tooltip="Next search hit, across articles and ads",
        ),
        Binding(
            "N",
            "step_hit(-1)",
            "Prev hit",
            id="previous_hit",
            show=False,
            tooltip="Previous search hit",
        ),
        Binding(
            "escape",
            "clear_search",
            "Clear search",
            id="clear_search",
            show=False,
            tooltip="Close the search bar and clear the highlights",
        ),
    ]

    edition: var[Edition | None] = var(None, init=False)
    """The edition on screen."""
    item_id: var[str | None] = var(None, init=False, always_update=True)
    """The open article."""
    ads_page: var[int | None] = var(None, init=False, always_update=True)
    """The page of the item opened last, whose ads the ad pane shows."""
    highlights: var[dict[str, Highlights]] = var(dict, init=False)
    """Ranges to highlight: item id -> leaf path -> [(start, end)]."""
    read_ids: var[frozenset[str]] = var(frozenset, init=False)
    """The articles of the edition on screen already read."""
    search_results: var[Results | None] = var(None, init=False)
    """The hits of the query in the search bar (None: no search)."""
    search_at: var[int | None] = var(None, init=False)
    """The hit open in the panes, an index into search_results.hits."""
    search_indexing: var[bool] = var(False, init=False)
    archive_progress: var[tuple[int, int] | None] = var(None, init=False)
    """Editions indexed of how many, while the archive is updated for a search."""

    def __init__(
        self,
        library: Library,
        index: int,
        *,
        reading: Reading,
        show_ads: bool = True,
        measure: int = MEASURE,
    ) -> None:
        super().__init__()
        self.library = library
        self.edition_index = index
        self._show_ads = show_ads
        self._measure = measure
        self._page_of: dict[str, int] = {}
        self._articles: list[str] = []
        self.reading = reading
        self._read_timer: Timer | None = None
        self._top: tuple[str | None, int] = (None, 0)  # the article's top leaf and line
        self._target: tuple[int, str, str | None] | None = None  # a bookmark to open
        self._search_index: EditionIndex | None = None
        self._search_titles: dict[str, str] = {}
        self._search_query = ""
        self._search_marks: SearchMarks = {}
        self._search_open_first = False  # Enter came before the results
        self._search_return_focus: Widget | None = None
        self._search_showed_ads = False  # a hit in an ad unfolded the ad pane
        # Made and mounted on the first `/`: it would slow the start-up for nothing.
        self._search_bar: SearchBar | None = None
        self._search_scope: Scope = "edition"
        self._archive_folder = archive_folder(library, index)
        self._archive_run = 0  # the latest archive search; messages of older ones are dropped
        # SQLite: each search opens the Archive in its worker's thread, one at a time
        # (an update cancelled by a newer query ends at its next edition).
        self._archive_lock = threading.Lock()
        self._archive_fresh = False  # updated since this search bar opened
        self._archive_hit = 0  # the hit open in the archive result search_at
        # An archive result whose edition is loading, and that edition's index.
        self._archive_opening: tuple[int, int] | None = None
        # The breakpoint class before the first layout, so that layout is the final one:
        # Textual sets it on the first resize event, which would restyle every pane.
        self.add_class("-wide" if self.app.size.width >= WIDE else "-narrow", update=False)

    def compose(self) -> ComposeResult:
        yield MastheadBar(id="masthead").data_bind(ReaderScreen.edition)
        with Horizontal(id="panes"):
            sections = SectionList(id="sections").data_bind(
                ReaderScreen.edition, ReaderScreen.read_ids
            )
            sections.border_title = "Sections"
            yield sections
            yield ArticleView(id="article")
            yield AdPane(id="ads")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._follow_reading()
        self.article_view.measure = self._measure
        if not self._show_ads:
            self.add_class("-ads-off")
        edition = self.library.entries[self.edition_index].edition
        if edition is not None:
            self._show_edition(self.edition_index, edition)

    # --- the parts ------------------------------------------------------------

    @property
    def sections(self) -> SectionList:
        return self.query_one(SectionList)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def ad_pane(self) -> AdPane:
        return self.query_one(AdPane)

    @property
    def search_bar(self) -> SearchBar:
        """The search bar, made on first use (mounted by the first search)."""
        if self._search_bar is None:
            from reader.ui.widgets.search import SearchBar

            self._search_bar = SearchBar(id="search")
        return self._search_bar

    # --- state flowing down -----------------------------------------------------

    def watch_edition(self, edition: Edition | None) -> None:
        pages = edition.pages if edition else []
        self._page_of = {item.id: i for i, page in enumerate(pages) for item in page.items}
        self._articles = [a.id for a in edition.articles()] if edition else []

    def watch_item_id(self, item_id: str | None) -> None:
        item = self.edition.find(item_id) if self.edition and item_id else None
        article = item if isinstance(item, Article) else None
        view = self.article_view
        view.show(article, self.highlights.get(item_id) if item_id else None)
        self.sections.item_id = item_id
        if article is None:
            view.border_title, view.border_subtitle = "Article", ""
            return
        page = self.edition.pages[self._page_of[article.id]]
        view.border_title = page_label(page)
        view.border_subtitle = f"{self._articles.index(article.id) + 1}/{len(self._articles)}"

    def watch_ads_page(self, index: int | None) -> None:
        pane = self.ad_pane
        page = self.edition.pages[index] if self.edition and index is not None else None
        pane.show(
            tuple(it for it in page.items if isinstance(it, Ad)) if page else (), self.highlights
        )
        pane.border_title = f"Ads · {page_label(page)}" if page else "Ads"

    def watch_highlights(self, highlights: dict[str, Highlights]) -> None:
        self.article_view.highlights = highlights.get(self.item_id) if self.item_id else None
        self.ad_pane.highlights = highlights

    # --- the ways in ------------------------------------------------------------

    def open_item(
        self,
        item_id: str,
        leaf_path: str | None = None,
        highlights: Mapping[str, Sequence[Span]] | None = None,
    ) -> bool:
        """Show an article (or an ad, in the ad pane), scrolled to a leaf if given.

        `highlights` (leaf path -> ranges) replaces that item's highlights. Returns
        False when the item is not in the edition on screen.
        """
        item = self.edition.find(item_id) if self.edition else None
        if item is None:
            return False
        if highlights is not None:
            self.highlights = {**self.highlights, item_id: dict(highlights)}
        page = self._page_of[item_id]
        if isinstance(item, Article):
            self.item_id = item_id
            self.ads_page = page
            if leaf_path:
                self.article_view.scroll_to_anchor(leaf_path)
        else:
            if self.ads_page != page:
                self.ads_page = page
            self._set_ads_shown(True)
            self.ad_pane.scroll_to_anchor(f"{item_id}:{leaf_path}" if leaf_path else item_id)
        self.sections.select(item_id)
        return True

    def open_page(self, index: int) -> None:
        """Open the first article of a page, else show its first ad."""
        page = self.edition.pages[index] if self.edition else None
        if page is None or not page.items:
            return
        first = next((it for it in page.items if isinstance(it, Article)), page.items[0])
        self.open_item(first.id)

    def open_edition(self, index: int) -> None:
        if index == self.edition_index and self.edition is not None:
            return
        edition = self.library.entries[index].edition
        if edition is not None:
            self._show_edition(index, edition)
        else:
            self._load_edition(index)

    def _show_edition(self, index: int, edition: Edition) -> None:
        self.edition_index = index
        self.highlights = {}
        self.read_ids = self.reading.read_ids(edition.id)
        self.edition = edition
        self.item_id = self._resume_point(index, edition)
        first_page = self._page_of.get(self.item_id) if self.item_id else None
        self.ads_page = first_page if first_page is not None else (0 if edition.pages else None)
        self._index_for_search(edition)
        opening, self._archive_opening = self._archive_opening, None
        if opening is not None and opening[1] == index:
            self._open_archive_result(opening[0], self._archive_hit, focus=True)

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
        self._archive_opening = None
        self.notify(message.error, title="Cannot open edition", severity="error")

    def on_section_list_opened(self, message: SectionList.Opened) -> None:
        self.open_item(message.item_id)

    # --- actions ----------------------------------------------------------------

    def action_step_article(self, step: int) -> None:
        if not self._articles:
            return
        at = self._articles.index(self.item_id) if self.item_id in self._articles else -step
        target = at + step
        if 0 <= target < len(self._articles):
            self.open_item(self._articles[target])
        else:
            self.app.bell()

    def action_step_section(self, step: int) -> None:
        if self.edition is None or self.ads_page is None:
            return
        # The ad pane follows the last item opened, article or ad: that is where we are.
        index = self.ads_page + step
        while 0 <= index < len(self.edition.pages) and not self.edition.pages[index].items:
            index += step
        if 0 <= index < len(self.edition.pages):
            self.open_page(index)
        else:
            self.app.bell()

    def action_article(self, action: str) -> None:
        getattr(self.article_view, f"action_{action}")()

    def _set_ads_shown(self, shown: bool) -> None:
        self.set_class(shown, "-ads-on")
        self.set_class(not shown, "-ads-off")
        # A pane that folds away (the ads, or the list they replace when narrow)
        # hands the focus to the article.
        if not shown:
            folding = self.ad_pane
        else:
            folding = self.sections if self.has_class("-narrow") else None
        if folding is not None and folding.has_focus:
            self.article_view.focus()

    def action_toggle_ads(self) -> None:
        self._set_ads_shown(not self.ad_pane.display)

    def action_pick_edition(self) -> None:
        from reader.ui.screens.editions import EditionPicker

        unread = [self.reading.unread(e) for e in self.library.entries]
        self.app.push_screen(
            EditionPicker(self.library.entries, self.edition_index, unread), self._picked
        )

    def _picked(self, index: int | None) -> None:
        if index is not None:
            self.open_edition(index)

    def action_step_edition(self, step: int) -> None:
        index = self.library.step(self.edition_index, step)
        if index is None:
            self.notify(f"No {'newer' if step > 0 else 'older'} edition.", timeout=2)
            self.app.bell()
        else:
            self.open_edition(index)

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.help_groups()))

    # --- search ---------------------------------------------------------------------
    # The bar asks (SearchBar.Requested, .Chosen); the screen searches in a worker
    # and hands the results down. Every hit of the query is highlighted; the open
    # one (search_at) in a stronger style.

    def _index_for_search(self, edition: Edition) -> None:
        """A new edition on screen: its hits replace the last one's once it is indexed.

        Indexing waits for the first search: a thread working at start-up would take
        the interpreter from the first paint, for an index that may never be used.
        """
        self._search_index = None
        self.search_indexing = False
        if self._search_scope == "edition":  # the archive's results stay, whatever is open
            self._search_marks = {}
            self.search_at = None
            self.search_results = None
        if self._search_bar is not None and self._search_bar.is_mounted:
            self._start_indexing(edition)

    def _start_indexing(self, edition: Edition) -> None:
        self.search_indexing = True
        self._build_search_index(edition)

    @work(exclusive=True, thread=True, group="search-index")
    def _build_search_index(self, edition: Edition) -> None:
        from reader.search import EditionIndex

        index = EditionIndex(edition)
        titles = {
            item.id: item.title if isinstance(item, Article) else f"광고 · {item.name}"
            for _, item in edition.items()
        }
        self.post_message(SearchIndexed(edition, index, titles))

    def on_search_indexed(self, message: SearchIndexed) -> None:
        if message.edition is not self.edition:
            return
        self._search_index, self._search_titles = message.index, message.titles
        self.search_indexing = False
        if self._search_query.strip() and self._search_scope == "edition":
            self._run_search(message.index, message.titles, self._search_query)

    def on_search_bar_requested(self, message: SearchBar.Requested) -> None:
        self._search_query = message.query
        self._search_open_first = False
        if message.scope != self._search_scope or not message.query.strip():
            self._search_scope = message.scope
            self._archive_run += 1  # what an archive search still sends is stale now
            self.archive_progress = None
            self._search_marks = {}
            self.search_at = None
            self.search_results = None
            self.highlights = {}
        if not message.query.strip():
            return
        if message.scope == "archive":
            assert self._archive_folder is not None
            self._archive_run += 1
            self._search_archive(self._archive_folder, message.query, self._archive_run)
        elif self._search_index is not None:
            self._run_search(self._search_index, self._search_titles, message.query)

    @work(exclusive=True, thread=True, group="search")
    def _run_search(self, index: EditionIndex, titles: dict[str, str], query: str) -> None:
        from reader.ui.widgets.search import Results

        hits = index.search(query)
        marks: SearchMarks = {}
        for hit in hits:
            marks.setdefault(hit.item_id, {}).setdefault(hit.path, []).append(
                Mark(hit.start, hit.end)
            )
        if not get_current_worker().is_cancelled:
            self.post_message(SearchFound(index, Results(query, hits, titles), marks))

    def on_search_found(self, message: SearchFound) -> None:
        results = message.results
        if (
            message.index is not self._search_index
            or results.query != self._search_query
            or self._search_scope != "edition"
        ):
            return  # a slower search of an older query, of another edition or scope
        self._search_marks = message.marks
        self.search_at = None
        self.search_results = results
        self.highlights = message.marks
        if self._search_open_first:
            self._search_open_first = False
            self._open_first_hit()

    def on_search_bar_chosen(self, message: SearchBar.Chosen) -> None:
        if message.index is not None:
            self._open_row(message.index)
        elif self.search_results is not None and self.search_results.query == self._search_query:
            self._open_first_hit()
        else:
            self._search_open_first = True

    def _open_row(self, index: int) -> None:
        from reader.ui.widgets.search import Results

        if isinstance(self.search_results, Results):
            self._open_hit(index, focus=True)
        else:
            self._open_archive_result(index, 0, focus=True)

    def _open_first_hit(self) -> None:
        from reader.ui.widgets.search import ArchiveResults, count

        results = self.search_results
        if count(results):
            self._open_row(0)
        elif not isinstance(results, ArchiveResults) or results.complete:
            self.app.bell()
        else:
            self._search_open_first = True  # the archive is still being read

    def _open_hit(self, index: int, *, focus: bool = False) -> None:
        """Open the item of a hit at its leaf, the hit marked as the current one."""
        assert self.search_results is not None
        hit = self.search_results.hits[index]
        marks = dict(self._search_marks.get(hit.item_id, {}))
        marks[hit.path] = [
            m._replace(current=True) if (m.start, m.end) == (hit.start, hit.end) else m
            for m in marks.get(hit.path, ())
        ]
        self.search_at = index
        self.highlights = {**self._search_marks, hit.item_id: marks}
        folded = not self.ad_pane.display
        self.open_item(hit.item_id, hit.path)
        in_ad = hit.item_id != self.item_id
        if in_ad and folded:
            self._search_showed_ads = True
        elif not in_ad and self._search_showed_ads:
            self._search_showed_ads = False  # fold it again (narrow: the list comes back)
            self._set_ads_shown(False)
        if focus:
            (self.ad_pane if in_ad else self.article_view).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # `S` is there only when the edition's folder may hold others (the bar counts them).
        if action == "search" and parameters == ("archive",):
            bar = self._search_bar
            return self._archive_folder is not None and (
                bar is None or not bar.is_mounted or bar.editions is not None
            )
        return True

    def action_search(self, scope: Scope = "edition") -> None:
        # Run by the screen itself, so that data_bind binds to it (keys run in the app).
        self.call_later(self._start_search, scope)

    async def _start_search(self, scope: Scope) -> None:
        bar = self.search_bar
        if not bar.is_mounted:
            bar.data_bind(
                results=ReaderScreen.search_results,
                current=ReaderScreen.search_at,
                indexing=ReaderScreen.search_indexing,
                progress=ReaderScreen.archive_progress,
            )
            await self.mount(bar, before=self.query_one(KeyFooter))
            folder = self._archive_folder
            editions = len(store.find_editions(folder)) if folder else 0
            if editions > 1:  # one edition: all editions would be this one
                bar.editions = editions
        if self._search_index is None and not self.search_indexing and self.edition:
            self._start_indexing(self.edition)
        if not bar.has_focus_within:
            self._search_return_focus = self.focused
        bar.start(scope)

    @work(exclusive=True, thread=True, group="archive")
    def _search_archive(self, folder: Path, query: str, run: int) -> None:
        """Update the folder's index once per opening of the bar, then send the results:
        the first page as soon as it is found, then more every so often."""
        from reader.search.archive import Archive
        from reader.ui.widgets.search import ROWS, ArchiveResults

        worker = get_current_worker()
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            if worker.is_cancelled:
                raise _Superseded
            if done == total or time.monotonic() - last >= ARCHIVE_POST_EVERY:
                last = time.monotonic()
                self.post_message(ArchiveProgress(run, done, total))

        with self._archive_lock:
            if worker.is_cancelled:
                return
            try:
                with Archive(folder) as archive:
                    if not self._archive_fresh:
                        report = archive.update(progress)
                        self._archive_fresh = True
                        self.post_message(ArchiveUpdated(run, report))
                    found: list[ArchiveResult] = []
                    last = time.monotonic()
                    for result in archive.search(query):
                        if worker.is_cancelled:
                            return
                        found.append(result)
                        if len(found) >= ROWS:
                            break
                        if len(found) == ARCHIVE_FIRST_PAGE or (
                            len(found) > ARCHIVE_FIRST_PAGE
                            and time.monotonic() - last >= ARCHIVE_POST_EVERY
                        ):
                            last = time.monotonic()
                            self.post_message(
                                ArchiveFound(
                                    run, ArchiveResults(query, tuple(found), complete=False)
                                )
                            )
                    else:
                        self.post_message(
                            ArchiveFound(run, ArchiveResults(query, tuple(found), complete=True))
                        )
                        return
                    self.post_message(
                        ArchiveFound(run, ArchiveResults(query, tuple(found), complete=False))
                    )
            except _Superseded:
                return
            except BroadsheetError as e:
                self.post_message(ArchiveFailed(run, str(e)))

    def on_archive_progress(self, message: ArchiveProgress) -> None:
        if message.run == self._archive_run:
            self.archive_progress = (message.done, message.total)

    def on_archive_updated(self, message: ArchiveUpdated) -> None:
        report = message.report
        self.archive_progress = None
        self.search_bar.editions = report.editions
        if report.failed:
            from reader.ui.screens.editions import plural

            # Reported once per opening of the bar; the search goes on without them.
            self.notify(
                "\n".join(report.failed),
                title=f"{plural(len(report.failed), 'edition file')} not searched",
                severity="warning",
                markup=False,
                timeout=8,
            )

    def on_archive_found(self, message: ArchiveFound) -> None:
        if message.run != self._archive_run:
            return  # an older query's
        self.search_results = message.results
        if self._search_open_first and (message.results.results or message.results.complete):
            self._search_open_first = False
            self._open_first_hit()

    def on_archive_failed(self, message: ArchiveFailed) -> None:
        if message.run == self._archive_run:
            self.archive_progress = None
            self.notify(
                message.error, title="Cannot search all editions", severity="error", markup=False
            )

    def _edition_of(self, result: ArchiveResult) -> int:
        """The shelf's index of a result's edition, put on the shelf if it is not there
        (the reader was opened on one file of the folder)."""
        path = Path(result.edition_path).resolve()
        for index, entry in enumerate(self.library.entries):
            if entry.path is not None and entry.path.resolve() == path:
                return index
        showing = self.library.entries[self.edition_index]
        index = self.library.add(path)
        self.edition_index = next(i for i, e in enumerate(self.library.entries) if e is showing)
        return index

    def _open_archive_result(self, at: int, hit_at: int, *, focus: bool = False) -> None:
        """Open an archive result's item at one of its hits, switching edition if needed."""
        from reader.ui.widgets.search import ArchiveResults

        results = self.search_results
        assert isinstance(results, ArchiveResults)
        result = results.results[at]
        self.search_at, self._archive_hit = at, hit_at
        index = self._edition_of(result)
        if index != self.edition_index or self.edition is None:
            hit = result.hits[hit_at]
            self._archive_opening = (at, index)
            self._target = (index, result.item_id, hit.path)  # where the edition opens
            self.open_edition(index)
            return
        marks: dict[str, list[Mark]] = {}
        for i, hit in enumerate(result.hits):
            marks.setdefault(hit.path, []).append(Mark(hit.start, hit.end, current=i == hit_at))
        hit = result.hits[hit_at]
        self._search_marks = {result.item_id: marks}
        self.highlights = dict(self._search_marks)
        folded = not self.ad_pane.display
        if not self.open_item(result.item_id, hit.path):
            self.notify(
                f"{visible(result.title)} is no longer in this edition.",
                title="Search",
                severity="warning",
                markup=False,
            )
            return
        in_ad = result.item_id != self.item_id
        if in_ad and folded:
            self._search_showed_ads = True
        if focus:
            (self.ad_pane if in_ad else self.article_view).focus()

    def action_step_hit(self, step: int) -> None:
        from reader.ui.widgets.search import ArchiveResults

        results = self.search_results
        if isinstance(results, ArchiveResults):
            self._step_archive_hit(results, step)
            return
        hits = results.hits if results else ()
        if not hits:
            return
        at = self.search_at
        if at is None:
            self._open_hit(0 if step > 0 else len(hits) - 1)
        else:
            self._open_hit((at + step) % len(hits))  # round the edition, as in less or vim

    def _step_archive_hit(self, results: ArchiveResults, step: int) -> None:
        """The next hit in the open result, else the first (or last) of the next result:
        n / N go through every hit listed, from edition to edition."""
        found = results.results
        if not found:
            return
        at, hit_at = self.search_at, self._archive_hit + step
        if at is None:
            at = 0 if step > 0 else len(found) - 1
            hit_at = 0 if step > 0 else len(found[at].hits) - 1
        elif not 0 <= hit_at < len(found[at].hits):
            at = (at + step) % len(found)
            hit_at = 0 if step > 0 else len(found[at].hits) - 1
        self._open_archive_result(at, hit_at)

    def action_clear_search(self) -> None:
        bar = self._search_bar
        if bar is not None and bar.has_focus_within:
            back = self._search_return_focus
            (
                back
                if back is not None and back.is_attached and back.display
                else self.article_view
            ).focus()
        self._search_return_focus, self._search_showed_ads = None, False
        self._search_query, self._search_open_first = "", False
        self._archive_run += 1
        self._archive_fresh = False  # the next search updates the archive again
        self.archive_progress = None
        self._search_marks = {}
        self.search_at = None
        self.search_results = None
        self.highlights = {}
        if bar is not None and bar.is_mounted:
            bar.stop()

    # --- generated lists -------------------------------------------------------

    def help_groups(self) -> list[HelpGroup]:
        from reader.ui.screens.help import binding_rows

        return [
            ("Reading", binding_rows([self, self.app])),
            ("Section list", binding_rows([self.sections])),
            ("Article and ad panes", binding_rows([self.article_view])),
            ("Search bar", binding_rows([self.search_bar])),
        ]

    def jump_targets(self) -> Iterator[Target]:
        """Everything the command palette can jump to."""
        from reader.ui.commands import Target
        from reader.ui.screens.editions import entry_title, plural

        if self.edition is not None:
            for index, page in enumerate(self.edition.pages):
                yield Target(
                    f"Section {page_label(page)}",
                    plural(len(page.items), "item"),
                    partial(self.open_page, index),
                )
            for page in self.edition.pages:
                for item in page.items:
                    if isinstance(item, Article):
                        text, about = f"Article: {visible(item.title)}", page_label(page)
                    else:
                        title = item.title.text if item.title else item.name
                        text = f"Ad: {visible(title)}"
                        about = " · ".join(
                            visible(b) for b in (item.advertiser, page_label(page)) if b
                        )
                    yield Target(text, about, partial(self.open_item, item.id))
        for index, entry in enumerate(self.library.entries):
            if entry.error is None:
                yield Target(
                    f"Edition: {entry_title(entry)}",
                    plural(entry.articles or 0, "article"),
                    partial(self.open_edition, index),
                )
        yield from self._bookmark_targets()

    # --- reading state: read marks, resuming, bookmarks, taking an article away ------
    # self.reading keeps what was read, where reading stopped and the bookmarks, and
    # writes them to the State off the UI thread (reader.ui.reading).

    def _follow_reading(self) -> None:
        """Follow the open article and its scrolling (first thing on mount)."""
        self.watch(self, "item_id", self._article_opened, init=False)
        self.watch(self.article_view, "scroll_y", self._article_scrolled, init=False)

    def _resume_point(self, index: int, edition: Edition) -> str | None:
        """The article to show first in an edition, whose place is restored next: a
        bookmark being opened, else where reading stopped, else the first article."""
        target, self._target = self._target, None
        if target is not None and target[0] == index and target[1] in self._articles:
            item_id, leaf, line = target[1], target[2], None
        elif (saved := self.reading.position(edition.id)) and saved.item_id in self._articles:
            item_id, leaf, line = saved.item_id, saved.leaf, round(saved.scroll)
        else:
            return self._articles[0] if self._articles else None
        self.call_next(self._restore_scroll, item_id, leaf, line)
        return item_id

    def _restore_scroll(self, item_id: str, leaf: str | None, line: int | None) -> None:
        """Scroll the open article to a leaf (line None) or to a saved line in it."""
        view = self.article_view
        if self.item_id != item_id or (leaf is None and not line):
            return
        if not view.anchors:  # not drawn at its width yet
            self.call_after_refresh(self._restore_scroll, item_id, leaf, line)
            return
        if line is None:
            view.scroll_to_anchor(leaf or "")
            return
        start = view.anchors.get(leaf) if leaf else None
        # The saved line while the leaf is still the top one there (the pane is as wide
        # as it was); else the leaf's first line.
        y = line if start is None or top_leaf(view.anchors, line) == leaf else start
        view.scroll_to(y=y, animate=False)

    def _article_opened(self, item_id: str | None) -> None:
        self._stop_read_timer()
        self._top = (None, 0)
        if self.edition is None or item_id is None:
            return
        if not self.reading.is_read(self.edition.id, item_id):
            self._read_timer = self.set_timer(READ_AFTER, partial(self._read_long_enough, item_id))
        self._save_position()

    def _article_scrolled(self, y: float) -> None:
        view = self.article_view
        self._top = (top_leaf(view.anchors, y), round(y))
        if self.edition and self.item_id and y > 0 and y >= view.max_scroll_y:
            self._set_read(self.item_id, True)

    def _read_long_enough(self, item_id: str) -> None:
        if self.item_id == item_id:
            self._set_read(item_id, True)

    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def _set_read(self, item_id: str, read: bool) -> None:
        assert self.edition is not None
        self._stop_read_timer()
        self.reading.set_read(self.edition.id, item_id, read)
        self.read_ids = self.reading.read_ids(self.edition.id)

    def _save_position(self) -> None:
        if self.edition is None:
            return
        leaf, line = self._top
        self.reading.save_position(
            self.edition.id,
            self.item_id,
            leaf=leaf,
            scroll=line,
            edition_path=self.library.entries[self.edition_index].path,
        )

    @on(events.Unmount)
    def _save_position_on_quit(self) -> None:
        self._save_position()

    def _open_article(self) -> Article | None:
        """The article on screen, or a bell when there is none."""
        item = self.edition.find(self.item_id) if self.edition and self.item_id else None
        if isinstance(item, Article):
            return item
        self.app.bell()
        return None

    def action_toggle_read(self) -> None:
        article = self._open_article()
        if article is None or self.edition is None:
            return
        read = not self.reading.is_read(self.edition.id, article.id)
        self._set_read(article.id, read)
        self.notify("Marked read." if read else "Marked unread.", timeout=2)

    async def action_bookmark(self) -> None:
        article = self._open_article()
        if article is None or self.edition is None:
            return
        edition, view = self.edition, self.article_view
        leaf = top_leaf(view.anchors, view.scroll_y) if view.scroll_y > 0 else None
        leaf = None if leaf == "headline" else leaf
        from reader.ui.screens.bookmarks import leaf_label

        again = self.reading.is_bookmarked(edition.id, article.id, leaf)
        await self.reading.add_bookmark(
            edition.id,
            article.id,
            article.title,
            leaf=leaf,
            edition_path=self.library.entries[self.edition_index].path,
        )
        # No headline in toasts: Textual can drop wide characters from them (#6357).
        self.notify(
            f"This article, at its {leaf_label(leaf)}.",
            title="Already bookmarked" if again else "Bookmarked",
            timeout=3,
        )

    def action_bookmarks(self) -> None:
        from reader.ui.screens.bookmarks import BookmarksScreen

        screen = BookmarksScreen(
            self.reading.bookmarks, self._entry_of, self.reading.delete_bookmark
        )
        self.app.push_screen(screen, self._bookmark_chosen)

    def _index_of(self, edition_id: str) -> int | None:
        return next((i for i, e in enumerate(self.library.entries) if e.id == edition_id), None)

    def _entry_of(self, edition_id: str) -> Entry | None:
        index = self._index_of(edition_id)
        return None if index is None else self.library.entries[index]

    def _bookmark_chosen(self, bookmark: Bookmark | None) -> None:
        if bookmark is not None:
            self.open_bookmark(bookmark)

    def open_bookmark(self, bookmark: Bookmark) -> None:
        """Open a bookmarked article at its leaf, switching edition when needed."""
        index = self._index_of(bookmark.edition_id)
        if index is None:
            where = bookmark.edition_path or bookmark.edition_id
            self.notify(
                f"Its edition is not on this shelf: {where}",
                title="Bookmark",
                severity="warning",
                markup=False,
            )
        elif index != self.edition_index or self.edition is None:
            self._target = (index, bookmark.item_id, bookmark.leaf)
            self.open_edition(index)
        elif not self.open_item(bookmark.item_id, bookmark.leaf):
            self.notify(
                f"{visible(bookmark.title)} is no longer in this edition.",
                title="Bookmark",
                severity="warning",
                markup=False,
            )
        elif bookmark.leaf is None:
            self.article_view.scroll_home(animate=False)

    def _bookmark_targets(self) -> Iterator[Target]:
        from reader.ui.commands import Target
        from reader.ui.screens.bookmarks import leaf_label
        from reader.ui.screens.editions import entry_title

        for bookmark in self.reading.bookmarks:
            entry = self._entry_of(bookmark.edition_id)
            about = entry_title(entry) if entry else visible(bookmark.edition_id)
            yield Target(
                f"Bookmark: {visible(bookmark.title)}",
                f"{about} · {leaf_label(bookmark.leaf)}",
                partial(self.open_bookmark, bookmark),
            )

    def action_copy_article(self) -> None:
        article = self._open_article()
        if article is None:
            return
        from reader.export import to_text

        text = to_text(article)
        self.app.copy_to_clipboard(text)
        self.notify(
            f"This article as plain text, {len(text)} characters.",
            title="Copied to the clipboard",
            timeout=3,
        )

    def action_export_article(self) -> None:
        article = self._open_article()
        if article is None or self.edition is None:
            return
        from reader.export import write_markdown

        try:
            path = write_markdown(article, Path.cwd(), edition_id=self.edition.id)
        except (BroadsheetError, OSError) as e:  # OSError: the current folder is gone
            self.notify(str(e), title="Cannot save the article", severity="error", markup=False)
            return
        self.notify(str(path), title="Saved as Markdown", markup=False, timeout=8)


def top_leaf(anchors: Mapping[str, int], line: float) -> str | None:
    """The leaf at the top of a pane scrolled to `line`: the last one that starts on the
    line below it or above (a blank line before a leaf shows that leaf)."""
    best: str | None = None
    for path, start in anchors.items():
        if start <= line + 1 and (best is None or start > anchors[best]):
            best = path
    return best
