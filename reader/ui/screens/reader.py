"""The reading screen: masthead, section list, article and ads.

The screen owns the view state (edition, open article, page of the ad pane, search
highlights) and hands it down; widgets report the reader's choices with messages.
`open_item` is the one way in for anything that wants to show an item (the list, J/K,
the palette, search and bookmarks); `open_on_page` takes the whole screen to an ad's
page. A ReadingTracker keeps what the reader does with the open article
(reader.tracker); a SearchDriver, the search (reader.ui.screens.reader_search);
the article's own actions (read mark, bookmarks, copy, save) are in article_actions; the ad
pane, shown and folded, in its base ReaderAds (reader_ads); stepping through the edition,
in that one's base ReaderSteps (reader_steps); opening, stepping and picking editions, in
that one's base ReaderEditions (reader_editions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import var
from textual.widgets import Static

from reader.highlights import Highlights
from reader.i18n import _
from reader.library import Library
from reader.model import Ad, Article, Edition, Span
from reader.outline import Outline
from reader.reading import Reading
from reader.tracker import ReadingTracker
from reader.ui.keymap import key_shown
from reader.ui.messages import SearchMessage
from reader.ui.notice_place import notices_on
from reader.ui.render import MEASURE, page_label
from reader.ui.screens import article_actions
from reader.ui.screens.reader_ads import WIDE, ReaderAds
from reader.ui.screens.reader_back import history
from reader.ui.screens.reader_keys import BINDINGS
from reader.ui.toast_cuts import ToastCuts
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.masthead import MastheadBar
from reader.ui.widgets.panes import AdPane, ArticleView
from reader.ui.widgets.sections import SectionList

# Search, export and the dialogs are imported when a key first asks: start-up skips them.
if TYPE_CHECKING:
    from reader.search.session import ArchiveResults, Results, Scope
    from reader.state import Bookmark
    from reader.ui.screens.help import HelpGroup
    from reader.ui.screens.reader_search import SearchDriver
    from reader.ui.widgets.search import SearchBar


class ReaderScreen(ReaderAds):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    COMMANDS = {lambda: import_module("reader.ui.commands").JumpProvider}  # on first use
    AUTO_FOCUS = "#sections"
    BINDINGS = BINDINGS

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
    search_results: var[Results | ArchiveResults | None] = var(None, init=False)
    """The results of the query in the search bar (None: no search)."""
    search_at: var[int | None] = var(None, init=False)
    """The row of search_results open in the panes."""
    search_hit: var[int] = var(0, init=False)
    """The hit open in the archive result search_at."""
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
        hanja: bool = False,
    ) -> None:
        super().__init__()
        self.library = library
        self.edition_index = index
        self.reading = reading
        self._show_ads = show_ads
        self._measure = measure
        self._hanja = hanja
        self.outline = Outline()
        self.tracker = ReadingTracker(reading, self._schedule, self._read_marks)
        # edition, item, leaf (and line) to open
        self._target: tuple[int, str, str | None, int | None] | None = None
        self.jumped_from: tuple[str, str] | None = None
        """The continuation open and the first part its jump line was followed from."""
        self.archive_folder = library.folder_of(index)
        # Made by the first search: importing search would slow the start-up for nothing.
        self._searching: SearchDriver | None = None
        self._search_bar: SearchBar | None = None
        self._restyle = False  # not on the first resume (_on_screen_resume)
        # The breakpoint class before the first layout, so that layout is the final one:
        # Textual sets it on the first resize event, which would restyle every pane.
        self.add_class("-wide" if self.app.size.width >= WIDE else "-narrow", update=False)
        self._compositor = ToastCuts()  # notices over a pane's edge keep their Hangul

    def compose(self) -> ComposeResult:
        yield MastheadBar(id="masthead")
        with Horizontal(id="panes"):
            sections = SectionList(id="sections").data_bind(
                ReaderScreen.edition, ReaderScreen.read_ids
            )
            sections.border_title = _("Sections")
            yield sections
            yield ArticleView(id="article")
            yield AdPane(id="ads")
        yield Static(id="edition-end", markup=False)  # reader_editions.at_edition_end
        yield KeyFooter()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Screen's own: the mount has just styled every node, once will do.
        event.refresh_styles &= self._restyle
        self._restyle = True

    def on_mount(self) -> None:
        notices_on(self, self.query_one("#panes"))
        self.watch(self, "item_id", self.tracker.opened, init=False)
        for moved in ("edition", "item_id", "ads_page"):
            self.watch(self, moved, self.left_edition_end, init=False)
        self.watch(self.article_view, "scroll_y", self._article_scrolled, init=False)
        self.article_view.measure = self._measure
        if self._hanja:
            article_actions.show_readings(self)
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

    @property
    def searching(self) -> SearchDriver:
        """The search, made on first use."""
        if self._searching is None:
            from reader.ui.screens.reader_search import SearchDriver

            self._searching = SearchDriver(self, self.archive_folder)
        return self._searching

    # --- state flowing down -----------------------------------------------------

    def watch_edition(self, edition: Edition | None) -> None:
        self.outline = Outline(edition)
        self.jumped_from = None  # another edition's ids: its p2-1 is another story
        self.article_view.titles = {a.id: a.title for a in edition.articles()} if edition else {}
        # An edition without a single ad has no ad pane and no key to show one.
        pages = edition.pages if edition else []
        adless = not any(isinstance(it, Ad) for page in pages for it in page.items)
        if adless != self.has_class("-adless"):
            self.set_class(adless, "-adless")
            self.refresh_bindings()

    def watch_item_id(self, item_id: str | None) -> None:
        if self.jumped_from is not None and self.jumped_from[0] != item_id:
            self.jumped_from = None
        item = self.edition.find(item_id) if self.edition and item_id else None
        article = item if isinstance(item, Article) else None
        view = self.article_view
        view.show(article, self.highlights.get(item_id) if item_id else None)
        self.sections.item_id = item_id
        if article is None or self.edition is None:
            view.border_title, view.place = _("Article"), ""
            return
        # Content: a section's name is the paper's text, never markup (a str title is).
        view.border_title = Content(
            page_label(self.edition.pages[self.outline.page_of[article.id]])
        )
        view.place = self.outline.place(article.id)

    def watch_highlights(self, highlights: dict[str, Highlights]) -> None:
        self.article_view.highlights = highlights.get(self.item_id) if self.item_id else None
        self.ad_pane.highlights = highlights

    def _read_marks(self, read_ids: frozenset[str]) -> None:
        self.read_ids = read_ids

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
        page = self.outline.page_of[item_id]
        if isinstance(item, Article):
            self.item_id = item_id
            self.ads_page = page
            if leaf_path:
                self.article_view.scroll_to_anchor(leaf_path)
            elif (left := self.tracker.left_at(item_id)) is not None:
                self.article_view.restore(left)  # where it was left part-read
        else:
            if self.ads_page != page:
                self.ads_page = page
            self.set_ads_shown(True)
            self.ad_pane.scroll_to_anchor(f"{item_id}:{leaf_path}" if leaf_path else item_id)
        self.sections.select(item_id)
        return True

    def open_on_page(self, item_id: str, leaf_path: str | None = None) -> bool:
        """open_item; an ad of another page opens with that page's first article, so the
        whole screen goes to the ad's page (the ad pane shows only the page being read)."""
        item = self.edition.find(item_id) if self.edition else None
        page = self.outline.page_of.get(item_id)
        here = self.outline.page_of.get(self.item_id) if self.item_id else None
        if isinstance(item, Ad) and page is not None and page != here:
            self.open_page(page)
        return self.open_item(item_id, leaf_path)

    def open_page(self, index: int) -> None:
        """Open the first article of a page, else show its first ad."""
        first = self.outline.first_item(index)
        if first is not None:
            self.open_item(first)

    def open_bookmark(self, bookmark: Bookmark) -> None:
        """Open a bookmarked article at its leaf, switching edition when needed."""
        article_actions.open_bookmark(self, bookmark)

    def on_section_list_opened(self, message: SectionList.Opened) -> None:
        if message.item_id != self.item_id:
            history(self).remember(self, from_list=True)  # Backspace comes back
        self.open_on_page(message.item_id)

    # --- reading: the tracker's clock -------------------------------------------------

    def _schedule(self, delay: float, callback: Callable[[], None]) -> Callable[[], None]:
        return self.set_timer(delay, callback).stop

    def _article_scrolled(self, y: float) -> None:
        view = self.article_view
        article_id = view.article.id if view.article else None
        self.tracker.scrolled(article_id, view.top_leaf(), y, at_end=view.at_end)

    @on(events.Unmount)
    def _save_position_on_quit(self) -> None:
        self.tracker.quit()

    # --- moving around -------------------------------------------------------------

    def action_article(self, action: str) -> None:
        view = self.article_view
        if view.check_action(action, ()):  # not while it is squeezed out of sight
            getattr(view, f"action_{action}")()

    def action_help(self) -> None:
        from reader.ui.screens.help import show_help

        show_help(self)

    def help_groups(self) -> list[HelpGroup]:
        from reader.ui.screens.help import help_groups

        return help_groups(self)

    # --- the open article: read mark, bookmarks, copy and save ------------------------

    async def action_take(self, name: str) -> None:
        await article_actions.take(self, name)

    # --- search (the SearchDriver) --------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_ads":
            return not self.has_class("-adless")
        # `S` is there only when the edition's folder may hold others (the bar counts them).
        if action == "search" and parameters == ("archive",):
            bar = self._search_bar
            return self.archive_folder is not None and (
                bar is None or not bar.is_mounted or bar.editions is not None
            )
        return True

    def action_search(self, scope: Scope = "edition") -> None:
        # Run by the screen itself, so that data_bind binds to it (keys run in the app).
        self.call_later(self.searching.start, scope)

    @on(SearchMessage)
    def _search_message(self, message: SearchMessage) -> None:
        self.searching.handle(message)

    def action_step_hit(self, step: int) -> None:
        self.searching.step(step)

    def action_clear_search(self) -> None:
        # Esc also folds ads that took the section list's place on a narrow terminal.
        if self.has_class("-narrow") and self.has_class("-ads-on"):
            self.set_ads_shown(False)
        self.searching.clear()

    def key_for(self, binding_id: str, default: str) -> str:
        """How the key of one of the screen's bindings shows, as the keymap has it."""
        return key_shown(self, binding_id) or default

    def action_back(self) -> None:
        import_module("reader.ui.screens.reader_back").history(self).go(self)
