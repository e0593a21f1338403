"""The page map: the printed page in miniature, to look at and to move around.

Every item of the page is a box at its place and its size (reader.pagemap scales
the boxes to the cells there are), an article read ticked; arrows or hjkl move to the
nearest box that way, Enter opens it, [ and ] turn pages. The screen returns the id of
the item to open, or None.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from reader.i18n import N_, _, ngettext
from reader.model import Ad, Article, Edition, Item
from reader.outline import Outline
from reader.pagemap import Direction, PageMap, has_geometry, neighbour, page_map
from reader.printable import cut_to_width, visible
from reader.ui.legible import drawn_style
from reader.ui.render import page_label
from reader.ui.render.pagemap import READ_MARK, MapStyles, render_page_map
from reader.ui.screens import DIALOGS_CSS
from reader.ui.screens.dialog_keys import DIALOG_KEYS
from reader.ui.widgets.footer import KeyFooter

# Words of ours, in one place: msgids, translated when shown.
NO_GEOMETRY = N_("Read from page text, without positions: the page as a list, in order.")
UNPLACED = N_("{count} more without a place on the page")
MAP_TITLE = N_("Page map · {page} ({at}/{of})")
MAP_HINT = N_("arrows or hjkl move · Enter opens")
# TRANSLATORS: the page map's key to the mark on the boxes of articles already read.
MAP_READ = N_("{mark} read")


class PageMapView(Widget, can_focus=True):
    """Draws a PageMap at the widget's size, centred across."""

    COMPONENT_CLASSES = {
        "map--page",
        "map--border",
        "map--title",
        "map--ad",
        "map--photo",
        "map--open",
        "map--chosen",
        "map--read",
    }

    chosen: reactive[int | None] = reactive(None)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.map: PageMap | None = None
        self.open_id: str | None = None
        self.read: frozenset[str] = frozenset()
        self._lines: list[list[Segment]] = []
        self._painted_in: str | None = None  # the theme of _lines

    def styles_of_map(self) -> MapStyles:
        page, photo, open_tint = (
            self.get_component_rich_style(f"map--{name}") for name in ("page", "photo", "open")
        )
        # Text reads on the sheet and on the open article's tint.
        under = [Color.from_rich_color(s.bgcolor) for s in (page, open_tint) if s.bgcolor]

        def role(name: str) -> Style:
            return drawn_style(self, f"map--{name}", *under)

        return MapStyles(
            page=page,
            border=role("border"),
            title=role("title"),
            ad=role("ad"),
            photo=photo,
            open=open_tint,
            chosen=role("chosen"),
            read=role("read"),
        )

    class Clicked(Message):
        """A box was clicked: its index among the map's places."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def place_at(self, x: int, y: int) -> int | None:
        """The box drawn at a cell of the widget (the smallest, where boxes overlap)."""
        if self.map is None:
            return None
        x -= max(0, (self.size.width - self.map.cols) // 2)
        under = [
            (p.rect.w * p.rect.h, i)
            for i, p in enumerate(self.map.places)
            if p.rect.x <= x < p.rect.x + p.rect.w and p.rect.y <= y < p.rect.y + p.rect.h
        ]
        return min(under)[1] if under else None

    def on_click(self, event: events.Click) -> None:
        index = self.place_at(event.x, event.y)
        if index is not None:
            self.post_message(self.Clicked(index))

    def draw(
        self, page: PageMap, chosen: int | None, open_id: str | None, read: frozenset[str]
    ) -> None:
        self.map, self.open_id, self.read = page, open_id, read
        self.set_reactive(PageMapView.chosen, chosen)
        self._paint()

    def watch_chosen(self) -> None:
        self._paint()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # The lines hold the theme's colours: a new theme paints them again.
        if self.is_mounted and self._painted_in != self.app.theme:
            self.call_after_refresh(self._paint)

    def _paint(self) -> None:
        if self.map is None:
            return
        self._painted_in = self.app.theme
        self._lines = render_page_map(
            self.map, self.chosen, self.open_id, self.styles_of_map(), self.read
        )
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if self.map is None or y >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        left = max(0, (width - self.map.cols) // 2)
        style = self.rich_style
        segments = [Segment(" " * left, style), *self._lines[y]] if left else list(self._lines[y])
        return Strip(segments).adjust_cell_length(width, style)


# How much of a story's start the panel beside the map shows: a few wrapped lines.
ABOUT_CELLS = 480


def _about(item: Item, place_photos: int) -> Text:
    """The chosen item, beside the map: what it is, its headline, how it begins."""
    text = Text(end="")
    if isinstance(item, Ad):
        text.append(_("Ad") + "\n", "bold")
        text.append(visible(item.known_as or item.id), "bold")
        if item.advertiser:
            text.append(f"\n{visible(item.advertiser)}", "dim")
    elif isinstance(item, Article):
        text.append(cut_to_width(visible(item.title), ABOUT_CELLS // 2), "bold")
        if item.subheadline is not None:
            text.append(f"\n{visible(item.subheadline.text)}", "italic")
        first = next((b.text for b in item.body if b.text and b.kind != "caption"), "")
        if first and first != item.title:  # a story with no headline is titled by it
            text.append(f"\n\n{cut_to_width(visible(first), ABOUT_CELLS)}")
    if place_photos:
        photos = ngettext("{count} photo", "{count} photos", place_photos)
        photos = photos.format(count=place_photos)
        text.append(f"\n\n{photos}", "dim")
    return text


class PageMapScreen(Screen[str | None]):
    """The map of one page of an edition; dismissed with the item to open, or None."""

    CSS_PATH = DIALOGS_CSS

    BINDINGS = [
        Binding("left,h", "move('left')", N_("Left"), id="map_left", show=False),
        Binding("right,l", "move('right')", N_("Right"), id="map_right", show=False),
        Binding("up,k", "move('up')", N_("Up"), id="map_up", show=False),
        Binding("down,j", "move('down')", N_("Down"), id="map_down", show=False),
        Binding("enter", "open", N_("Open"), id="map_open", tooltip=N_("Open the chosen box")),
        Binding(
            "left_square_bracket", "turn(-1)", N_("Prev page"), id="map_previous_page", show=True
        ),
        Binding("right_square_bracket", "turn(1)", N_("Next page"), id="map_next_page", show=True),
        Binding("escape,p", "close", N_("Close"), id="close_map", tooltip=N_("Close the page map")),
        *DIALOG_KEYS,
    ]

    def __init__(
        self,
        edition: Edition,
        page: int,
        open_id: str | None,
        read: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self.edition = edition
        self.outline = Outline(edition)
        self.page = page
        self.open_id = open_id
        self.read = read  # the articles read: ticked
        self._map: PageMap | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="map-title")
        with Horizontal(id="map-panes"):
            yield PageMapView(id="map")
            yield Static(id="map-about")
        yield KeyFooter()

    @property
    def view(self) -> PageMapView:
        return self.query_one(PageMapView)

    @property
    def chosen_id(self) -> str | None:
        """The item of the chosen box."""
        chosen = self.view.chosen
        if self._map is None or chosen is None or chosen >= len(self._map.places):
            return None
        return self._map.places[chosen].item_id

    def on_mount(self) -> None:
        self.view.focus()

    def on_resize(self) -> None:
        self._layout(keep=self.chosen_id or self.open_id)

    def _layout(self, keep: str | None) -> None:
        """Scale the page to the map's cells; the box of `keep` chosen, else the first."""
        view = self.view
        width, height = view.size.width, view.size.height
        if width <= 0 or height <= 0:
            return
        page = self.edition.pages[self.page]
        listed = not has_geometry(page) or page.size is None
        if listed != self.has_class("-listed"):
            # A list has no shape to show: the preview beside it gets half the room.
            self.set_class(listed, "-listed")
            self.call_after_refresh(self._layout, keep)
            return
        self._map = page_map(page, width, height)
        chosen = self._map.index(keep)
        if chosen is None:
            chosen = 0 if self._map.places else None
        view.draw(self._map, chosen, self.open_id, self.read)
        self._titles()

    def _titles(self) -> None:
        pages = self.edition.pages
        title = _(MAP_TITLE).format(
            page=page_label(pages[self.page]), at=self.page + 1, of=len(pages)
        )
        line = Text(title, style="bold", end="")
        line.append(f"  {_(MAP_HINT)}", "dim")
        if self._map is not None and any(p.item_id in self.read for p in self._map.places):
            line.append(f"  {_(MAP_READ).format(mark=READ_MARK)}", "dim")
        if self._map is not None and not self._map.placed:
            # On a line of its own, not broken after the keys.
            line.append(f"\n{_(NO_GEOMETRY)}", "italic")
        elif self._map is not None and self._map.unplaced:
            unplaced = _(UNPLACED).format(count=self._map.unplaced)
            line.append(f"  {unplaced}", "italic")
        header = self.query_one("#map-title", Static)
        header.update(line)
        # Its rows set, not left to `height: auto`: an update while the screen's first
        # layout is pending (on Python 3.12+, where App.run starts tasks eagerly) kept
        # the height measured before it, and a second row went unseen (docs/python-versions.md).
        width = self.size.width - header.styles.gutter.width
        # The styles, as Textual's own Widget.get_content_height passes them.
        rows = header.visual.get_height(header.styles, width)  # type: ignore[arg-type]
        header.styles.height = rows
        about = self.query_one("#map-about", Static)
        chosen = self.view.chosen
        if self._map is None or chosen is None or self.chosen_id is None:
            about.update(Text(""))
            return
        item = self.edition.find(self.chosen_id)
        pictures = self._map.places[chosen].pictures
        about.update(_about(item, pictures) if item is not None else Text(""))

    def action_move(self, direction: Direction) -> None:
        if self._map is None or self.view.chosen is None:
            return
        boxes = [p.box for p in self._map.places]
        target = neighbour(boxes, self.view.chosen, direction)
        if target is None:
            self.app.bell()
            return
        self.view.chosen = target
        self._titles()

    def on_page_map_view_clicked(self, message: PageMapView.Clicked) -> None:
        # As with the keys: a click chooses a box, a click on the chosen box opens it.
        if message.index == self.view.chosen:
            self.action_open()
        else:
            self.view.chosen = message.index
            self._titles()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # [ and ] only where there is a page to turn to: the bar offered both on a
        # one-page edition (hidden there) and [ on the first page (dimmed).
        if action != "turn":
            return True
        back, on = (self.outline.page_after(self.page, step) for step in (-1, 1))
        if back is None and on is None:
            return False
        return (on if parameters == (1,) else back) is not None or None

    def action_turn(self, step: int) -> None:
        index = self.outline.page_after(self.page, step)
        if index is None:
            self.app.bell()
            return
        self.page = index
        self.refresh_bindings()
        self._layout(keep=self.open_id)

    def action_open(self) -> None:
        if self.chosen_id is not None:
            self.dismiss(self.chosen_id)

    def action_close(self) -> None:
        self.dismiss(None)
