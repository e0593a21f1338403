"""The search bar: a query line, the hits of the query, and where the reader is among them.

The bar only asks and shows. What is typed becomes a `Requested` message (query
and scope) once the typing pauses; Enter or a click on a row reports the hit with
`Chosen`. The screen runs the search and hands the results down (`results`, and
`current`: the row open in the panes). When the screen offers the archive (it
sets `editions`, how many the folder holds), Tab switches `scope` between this
edition, where a row is a hit, and all editions, where a row is an item found
(`ArchiveResults`, which grow while the archive is read): the list is search_hits'.

The list of hits shows while the query line has the focus; the line itself stays
while a search is active, saying which hit is open ("hit 3 of 27") and the keys
that go on from there: the screen's bindings `next_hit`, `previous_hit` and
`clear_search`, as the keymap has them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static

from reader.i18n import N_, _
from reader.printable import typed_line
from reader.search.session import ROWS, ArchiveResults, Results, Scope, count
from reader.ui.keymap import key_shown
from reader.ui.legible import background_of, drawn_style
from reader.ui.messages import SearchMessage
from reader.ui.widgets import search_status
from reader.ui.widgets.search_ahead import KeysAhead, more_coming, rows_coming
from reader.ui.widgets.search_hits import HitList
from reader.ui.widgets.search_rows import RowStyles

DEBOUNCE = 0.12
"""Seconds of quiet typing before a query is sent."""


class SearchBar(Vertical):
    """Query line and hit list; hidden until the screen starts a search."""

    COMPONENT_CLASSES = {"search--title", "search--match", "search--muted"}

    DEFAULT_CSS = """
    SearchBar {
        display: none;
        height: auto;
    }
    SearchBar.-active {
        display: block;
    }
    SearchBar > HitList {
        display: none;
        height: auto;
        border: round $border;
        border-title-color: $text;
        border-subtitle-color: $text-muted;
        background: $surface;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    SearchBar.-typing.-listed > HitList {
        display: block;
    }
    SearchBar > #search-line {
        height: 1;
        background: $panel;
    }
    #search-prompt {
        width: auto;
        padding: 0 0 0 1;
        color: $text-accent;
        text-style: bold;
    }
    #search-input, #search-input:focus {
        width: 1fr;
        border: none;
        height: 1;
        padding: 0 1;
        background: $panel;
    }
    #search-status {
        width: auto;
        max-width: 60%;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    SearchBar > .search--title { color: $text-muted; }
    SearchBar > .search--match { background: $warning 35%; color: $text; }
    SearchBar > .search--muted { color: $text-muted; }
    """

    BINDINGS = [
        Binding(
            "down", "move('cursor_down')", N_("Next result"), id="search_result_down", show=False
        ),
        Binding(
            "up", "move('cursor_up')", N_("Previous result"), id="search_result_up", show=False
        ),
        Binding(
            "pagedown",
            "move('page_down')",
            N_("Results page down"),
            id="search_results_page_down",
            show=False,
        ),
        Binding(
            "pageup",
            "move('page_up')",
            N_("Results page up"),
            id="search_results_page_up",
            show=False,
        ),
        # Tab, as it moves between the panes elsewhere: here it moves between scopes.
        Binding(
            "tab",
            "toggle_scope",
            N_("Search all editions or this one"),
            id="toggle_search_scope",
            show=False,
        ),
    ]

    @dataclass
    class Requested(SearchMessage):
        """Search for this (a blank query ends the results)."""

        query: str
        scope: Scope

    @dataclass
    class Chosen(SearchMessage):
        """Open this hit of the results; None: the first hit of the query being searched."""

        index: int | None

    results: reactive[Results | ArchiveResults | None] = reactive(None, init=False)
    """The results of the latest query."""
    current: reactive[int | None] = reactive(None, init=False)
    """The row open in the panes."""
    current_hit: reactive[int] = reactive(0, init=False)
    """The hit open in the archive result `current` (n / N step through its hits)."""
    scope: reactive[Scope] = reactive("edition", init=False)
    indexing: reactive[bool] = reactive(False, init=False)
    """The edition is still being indexed: results come when it is done."""
    editions: reactive[int | None] = reactive(None, init=False)
    """How many editions the archive scope searches; None: there is no archive scope."""
    progress: reactive[tuple[int, int] | None] = reactive(None, init=False)
    """Editions of the archive indexed so far, of how many, while it is updated."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None
        self._at: int | None = None  # the hit the status counts: cursor, else current
        self._status_theme: str | None = None  # the theme the status was drawn in
        self._ahead = KeysAhead()

    def compose(self) -> ComposeResult:
        hits = HitList(id="search-hits")
        hits.border_title = search_status.list_title(self.scope)
        yield hits
        with Horizontal(id="search-line"):
            yield Static("/", id="search-prompt")
            placeholder = _('words, 초성 (ㅇㅅㅈ), "a phrase", -not')
            yield Input(placeholder=placeholder, id="search-input")
            yield Static(id="search-status")

    @property
    def at(self) -> int:
        """The row the status counts: the cursor's, else the one open."""
        return self._at or 0

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def hit_list(self) -> HitList:
        return self.query_one(HitList)

    # --- the screen starts and ends a search -----------------------------------

    def start(self, scope: Scope = "edition") -> None:
        """Show the bar and put the cursor on the query line (the query kept, selected).

        A scope other than the bar's searches the query again in that scope (the
        archive only when there is one).
        """
        self.add_class("-active")
        if scope != self.scope and self.check_action("toggle_scope", ()):
            self.action_toggle_scope()
        self.input.focus()
        self._show_prompt()
        self._show_status()

    def stop(self) -> None:
        """Hide the bar and forget the query."""
        self._cancel_timer()
        self._ahead.clear()
        self.remove_class("-active")
        with self.prevent(Input.Changed):
            self.input.value = ""

    # --- typing -------------------------------------------------------------------

    def on_descendant_focus(self) -> None:
        self.add_class("-typing")
        self._show_status()

    def on_descendant_blur(self) -> None:
        self.remove_class("-typing")
        self._show_status()

    @property
    def pending(self) -> bool:
        """The query typed waits for a pause in the typing to be sent."""
        return self._timer is not None

    def _cancel_timer(self) -> bool:
        """Stop a pending request; True when there was one."""
        if self._timer is None:
            return False
        self._timer.stop()
        self._timer = None
        return True

    def flush(self) -> bool:
        """Send the query typed now if it waits for a pause in the typing; True if it did."""
        if not self._cancel_timer():
            return False
        self._request()
        return True

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if (shown := typed_line(event.value)) != event.value:
            self.input.value = shown  # changed again: searched then
            return
        self._ahead.clear()  # typed for rows of the query before, never seen
        self._cancel_timer()
        self._timer = self.set_timer(DEBOUNCE, self._request)

    def _request(self) -> None:
        self._timer = None
        self.post_message(self.Requested(self.input.value, self.scope))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        stale = self.flush()
        if not self.input.value.strip():
            self.app.bell()
            return
        results = self.results
        if self._ahead:  # moves wait on rows still coming: opened where they end
            self._ahead.add("select")
        elif stale or self.waiting:  # the first opened once they come
            self.post_message(self.Chosen(None))
        elif results is not None and count(results):
            self.post_message(self.Chosen(self._at or 0))
        else:
            self.app.bell()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Without an archive, Tab goes on to the screen (the next pane).
        return action != "toggle_scope" or self.editions is not None

    def action_toggle_scope(self) -> None:
        self.scope = "edition" if self.scope == "archive" else "archive"
        self._ahead.clear()  # typed for the other scope's rows
        if not self.flush() and self.input.value.strip():
            self._request()

    def action_move(self, action: str) -> None:
        # In order after the keys still waiting on rows, if any (else at once).
        self._ahead.add(action)
        self._move_ahead()

    @property
    def waiting(self) -> bool:
        """The rows of the query typed are still being searched (or read from the archive)."""
        return rows_coming(self.input.value, self.pending, self.results)

    @property
    def cursor(self) -> int:
        """The row the list's cursor is on (the moves typed ahead made), else the first."""
        return self.hit_list.highlighted or 0

    def _move_ahead(self) -> None:
        """The keys typed while the rows were coming, on the rows now listed."""
        if not self.waiting and self._ahead.play(self.hit_list, more_coming(self.results)):
            self._at = self.hit_list.highlighted

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._at = event.option_index
        self._show_status()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option_index))

    # --- state flowing down -----------------------------------------------------

    def watch_results(
        self, old: Results | ArchiveResults | None, results: Results | ArchiveResults | None
    ) -> None:
        hit_list = self.hit_list
        more = hit_list.show(old, results, self._row_styles())
        listed = hit_list.option_count > 0
        self.set_class(listed, "-listed")
        if not more:
            self._at = 0 if listed else None
            if listed:
                hit_list.highlighted = 0
        self._move_ahead()
        self._show_status()

    def watch_current(self, current: int | None) -> None:
        if current is None:
            return
        self._at = current
        self.hit_list.highlighted = current if current < ROWS else None
        self._show_status()

    def watch_current_hit(self) -> None:
        self._show_status()

    def watch_indexing(self) -> None:
        self._show_status()

    def watch_progress(self) -> None:
        self._show_status()

    def watch_editions(self) -> None:
        self._show_status()

    def watch_scope(self, scope: Scope) -> None:
        self.hit_list.border_title = search_status.list_title(scope)
        self._show_prompt()
        self._show_status()

    def on_mount(self) -> None:
        # The status says where the reader is among the hits only while at one of them.
        for name in ("item_id", "edition", "ads_page"):
            self.watch(self.screen, name, self._show_status, init=False)

    # --- drawing ----------------------------------------------------------------

    def _row_styles(self) -> RowStyles:
        under = background_of(self.hit_list)
        return RowStyles(
            title=drawn_style(self, "search--title", under),
            match=self.get_component_rich_style("search--match"),
            muted=drawn_style(self, "search--muted", under),
        )

    def _show_prompt(self) -> None:
        """The key that searches in the bar's scope, as the keymap has it: '/' or 'S'."""
        binding = "search" if self.scope == "edition" else "search_archive"
        key = key_shown(self.screen, binding) or ("/" if self.scope == "edition" else "S")
        self.query_one("#search-prompt", Static).update(Text(key))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # The status holds the theme's colours of when it was made: a new theme remakes it,
        # once the line under it has the theme's colours too.
        if self.is_mounted and self._status_theme != self.app.theme:
            self._status_theme = self.app.theme
            self.call_after_refresh(self._show_status)

    def _show_status(self) -> None:
        self._status_theme = self.app.theme
        self.query_one("#search-status", Static).update(self.status())

    def status(self) -> search_status.StatusLine:
        """What the status line says (reader.ui.widgets.search_status)."""
        return search_status.status(self)
