"""The reading app: a thin shell around the reader screen."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Mapping
from functools import partial
from pathlib import Path

from rich.console import RenderableType
from textual import events
from textual._compositor import ChopsUpdate, CompositorUpdate
from textual.app import App, SystemCommand
from textual.binding import Binding, Keymap
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import Input

from reader.i18n import N_, _
from reader.library import Library, is_sample
from reader.pictures import KITTY_NEEDS_TRUECOLOR, PictureMode, choose_mode
from reader.reading import Reading
from reader.settings import unknown_theme
from reader.start import first_screen
from reader.state.glance import Glance
from reader.ui.keymap import textual_keys
from reader.ui.notice_lines import notice_width, parentheses_kept
from reader.ui.photos import Photos
from reader.ui.render import MEASURE
from reader.ui.screens.reader import ReaderScreen
from reader.ui.screens.reader_back import arrived
from reader.ui.whole_chops import whole_chops

NOTICE_SECONDS = 4.0
"""The least a notice stays up: time to read a line after looking down at it."""

SAMPLE_NOTICE = N_(
    "This is the sample paper shipped with broadsheet. To read your own: "
    "broadsheet ingest PAPER.pdf, then broadsheet."
)
"""Said at the start while the shelf is the sample: how a first-time reader gets in."""

PALETTE_KEYS = ("page_map", "photo")
"""Binding ids of the reading screen the command palette offers too."""


class BroadsheetApp(App[None]):
    # Absolute, so subclasses defined elsewhere (tests, benchmarks) find it too.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "broadsheet"

    BINDINGS = [
        Binding("q", "quit", N_("Quit"), id="quit", tooltip=N_("Quit broadsheet")),
        Binding(
            "ctrl+p",
            "command_palette",
            N_("Jump to…"),
            id="command_palette",
            show=False,
            priority=True,
            tooltip=N_("Jump to an article, section, ad or edition"),
        ),
        # Quits from any screen, as in most terminal programs: nothing is lost, the place
        # is saved as by q. Textual's own only says which key quits, in English. Priority,
        # as a dialog's chain of bindings stops at itself; so action_interrupt copies
        # selected text itself, as the screen's and the search bar's Ctrl+C would.
        Binding(
            "ctrl+c",
            "interrupt",
            N_("Quit"),
            show=False,
            priority=True,
            tooltip=N_("Copy the selected text; with none, quit broadsheet (from any screen)"),
        ),
    ]

    def __init__(
        self,
        library: Library,
        start: int = 0,
        *,
        keymap: Mapping[str, str] | None = None,
        theme: str | None = None,
        show_ads: bool = True,
        measure: int = MEASURE,
        hanja: bool = False,
        warnings: Iterable[str] = (),
        fresh: bool = False,
        first: tuple[int, Glance] | None = None,
        pictures: PictureMode = "auto",
    ) -> None:
        super().__init__()
        self.keymap: dict[str, str] = {}  # set_keymap's, for the help and the footer
        self._up: dict[tuple[str, str, str], float] = {}  # each notice up, until when
        self.library = library
        # A kitty picture is named by a 24-bit colour, which the output must keep.
        truecolor = self.console.color_system == "truecolor" and not self.no_color
        self.photos = Photos(self, choose_mode(pictures, truecolor=truecolor))
        # Where to start and what the reading state knows of it (BROADSHEET_HOME moves
        # the state), unless read already (first_screen); `fresh` starts at the top.
        self.start, glance = first or first_screen(library, start, fresh=fresh)
        self.reading = Reading(glance, fresh=fresh, report=self._state_trouble)
        self._arrived = glance  # what to say of editions new since the last reading
        self._show_ads = show_ads
        self._measure = measure
        self._hanja = hanja
        self._warnings = list(warnings)
        if pictures == "kitty" and self.photos.mode != "kitty":
            self._warnings.append(_(KITTY_NEEDS_TRUECOLOR))
        if keymap:
            self.set_keymap(dict(keymap))
        if theme and theme != self.theme:
            if theme in self.available_themes:
                self.theme = theme
            else:
                self._warnings.append(unknown_theme(theme, sorted(self.available_themes)))

    def set_keymap(self, keymap: Keymap) -> None:
        # Textual keeps the remaps it applies private: the help and the footer lay ours
        # over the bindings they list, in the key names Textual's keeps.
        self.keymap = {bid: textual_keys(keys) for bid, keys in keymap.items()}
        super().set_keymap(keymap)

    def update_keymap(self, keymap: Keymap) -> None:
        self.keymap |= {bid: textual_keys(keys) for bid, keys in keymap.items()}
        super().update_keymap(keymap)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        # Never markup, whatever a widget's notify passes on (Textual's default is markup):
        # a notice may carry a headline, a path or a key ('[').
        timeout = max(self.NOTIFICATION_TIMEOUT if timeout is None else timeout, NOTICE_SECONDS)
        # One notice of the same words at a time: a key held at an end (Down at the oldest
        # edition, > with none newer) raised one per press, a tower of the same notice.
        now = time.monotonic()
        self._up = {said: until for said, until in self._up.items() if until > now}
        if (message, title, severity) in self._up:
            return
        self._up[message, title, severity] = now + timeout
        message = parentheses_kept(message, notice_width(self.size.width))
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def get_default_screen(self) -> ReaderScreen:
        return ReaderScreen(
            self.library,
            self.start,
            reading=self.reading,
            show_ads=self._show_ads,
            measure=self._measure,
            hanja=self._hanja,
        )

    def on_mount(self) -> None:
        for warning in self._warnings:
            self.notify(warning, title=_("Settings"), severity="warning", timeout=8)
        if is_sample(self.library):
            # No title: at 80x24 a titled notice loses its last line under the footer.
            self.notify(_(SAMPLE_NOTICE), timeout=10)
        # The first screen has what it needs; the rest of the reading state can wait
        # until it is painted.
        self.call_after_refresh(self._first_frame_painted)

    def _first_frame_painted(self) -> None:
        if not gc.isenabled():  # paused for the start by `broadsheet` (reader.cli.open)
            gc.freeze()  # what the start made lives as long as the app: never walk it again
            gc.enable()
        self.reading.begin()
        screen = self.screen
        if self._arrived.arrived and isinstance(screen, ReaderScreen):
            arrived(screen, self._arrived)

    def _state_trouble(self, message: str) -> None:
        # Called from the state's thread too: notify is thread-safe.
        self.notify(message, title=_("Reading state"), severity="warning", timeout=10)

    _leaving = False  # exit() was asked for: no input is handled after it

    def exit(
        self, result: None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        # Keys typed with q in one go (q then e) would open a dialog on an app already
        # closing, which cannot mount it any more: input ends once leaving has begun.
        self._leaving = True
        super().exit(result, return_code, message)

    # Keys typed in one go after the one that opens the search bar ('/가'), until the bar's
    # query line has the focus: Textual sends each key to the widget in focus as it comes,
    # and the query line takes the focus only once the bar is up, so they were lost there
    # (or scrolled the article: '/jk').
    _held: list[events.Key] | None = None

    async def on_event(self, event: events.Event) -> None:
        if self._leaving and isinstance(event, events.InputEvent):
            return
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._held is not None and not self._priority(event.key):  # Ctrl+C still quits
                self._held.append(event)
                return
            if self._opens_search(event.key):
                self._held = []
        await super().on_event(event)

    def _priority(self, key: str) -> bool:
        active = self.screen.active_bindings.get(key)
        return active is not None and active.binding.priority

    def _opens_search(self, key: str) -> bool:
        if not isinstance(self.screen, ReaderScreen) or isinstance(self.focused, Input):
            return False  # typed into the query: '/' is a character of it
        active = self.screen.active_bindings.get(key)
        return active is not None and active.enabled and active.binding.action.startswith("search")

    def type_ahead(self, query: Input | None) -> None:
        """The search bar is up: the keys typed since its key go to its query line, in
        order, with the focus. None: it could not come up; they are keys as any other."""
        held, self._held = self._held or [], None
        if query is not None:
            query.screen.set_focus(query)  # now, not later: the keys land in the focused line
        for key in held:
            (query or self).post_message(events.Key(key.key, key.character))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Quitting is the reader's screen's only: a dialog is one Esc from reading, and a
        # keymap that moves the dialog's close off q must not leave the app's q live there
        # (the modal dialogs hide the app's keys; the page map is a plain Screen).
        return action != "quit" or isinstance(self.screen, ReaderScreen)

    async def action_interrupt(self) -> None:
        # Not "quit", which check_action keeps to the reader's screen.
        if isinstance(self.focused, Input) and self.focused.selected_text:
            self.focused.action_copy()
        elif self.screen.get_selected_text():
            self.screen.action_copy_text()
        else:
            await self.action_quit()

    def action_help(self) -> None:
        # The dialogs' `?` (reader.ui.screens.dialog_keys): help over whichever is on top.
        from reader.ui.screens.help import show_help

        show_help(self.screen)

    def action_command_palette(self) -> None:
        # As Textual's own, with our placeholder (is_open is typed for App[object]).
        from reader.ui.commands import Palette  # on first use, as the screen's COMMANDS

        if self.use_command_palette and not Palette.is_open(self):  # type: ignore[arg-type]
            placeholder = _("Jump to an article, section, ad or edition…")
            self.push_screen(Palette(placeholder=placeholder, id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands in the interface language (reader.ui.textual_words); its
        key panel gives way to our help, which is generated from the same bindings."""
        for command in super().get_system_commands(screen):
            if command.title == "Keys" and isinstance(screen, ReaderScreen):
                command = SystemCommand(N_("Keys"), N_("This list of keys"), screen.action_help)
            yield command._replace(title=_(command.title), help=_(command.help))
        if not isinstance(screen, ReaderScreen):
            return
        # The views of the page, from the screen's own bindings (their keys as mapped).
        bindings = {b.id: b for b in screen.BINDINGS if isinstance(b, Binding)}
        for name in PALETTE_KEYS:
            binding = bindings[name]
            key = self.get_key_display(binding)
            yield SystemCommand(
                f"{_(binding.description)} ({key})",
                _(binding.tooltip) if binding.tooltip else "",
                partial(screen.run_action, binding.action),
            )

    def on_unmount(self) -> None:
        self.reading.close()  # after the screen saved where reading stopped
        self.photos.close()

    # Sixel pictures are drawn over the frame Textual writes (reader.ui.sixel_frame):
    # inside its synchronized update, so the terminal never shows the frame without
    # them. Private hooks, as the driver's write is: Textual has no public one.
    _frame: CompositorUpdate | None = None

    def _display(self, screen: Screen, renderable: RenderableType | None) -> None:
        frame: object = renderable  # typed so: Rich's protocols hide that it can be one
        if isinstance(frame, ChopsUpdate):
            whole_chops(frame)  # before the Sixel rows are found: it writes more
        if self.photos.mode != "sixel" or not isinstance(frame, CompositorUpdate):
            super()._display(screen, renderable)
            return
        self._frame = frame
        try:
            super()._display(screen, renderable)
        finally:
            left = self._take_frame()
        if left is not None and self.is_headless and not self._batch_count:
            self.photos.drawn(left)  # no terminal, no frame written: the pictures are

    def _take_frame(self) -> CompositorUpdate | None:
        frame, self._frame = self._frame, None
        return frame

    def _end_update(self) -> None:
        frame = self._take_frame()
        if frame is not None:
            self.photos.drawn(frame)
        super()._end_update()
