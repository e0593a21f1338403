"""The section list: pages with their articles and ads; choosing one asks to open it.

A Line-API list, one line a row (a headline wider than the list wraps, whole): it renders
(and so measures) only the rows on the screen. Textual's OptionList measured every row of
the edition before its first frame (docs/performance.md); this list keeps its keys, marks
and looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.i18n import N_, _
from reader.model import Article, Edition, Item, Page
from reader.printable import cell_width, cut_to_width, visible_line
from reader.ui.legible import background_of, legible_cell
from reader.ui.render import page_label
from reader.ui.render.lines import cut_between, ellipsized
from reader.ui.widgets.section_rows import (
    ITEM_INDENT,
    Row,
    RowLines,
    item_name,
    listed,
    wanted_cells,
    wraps,
)

OPEN_MARK = "▶ "
UNREAD_MARK = "• "

ROW = "sections--row"
HEADER = "sections--header"
CURSOR = "sections--cursor"
HOVER = "sections--hover"


class SectionList(ScrollView, can_focus=True):
    """Page headers (not selectable), then each page's articles and ads."""

    ALLOW_SELECT = False  # a row is a choice, not text to copy
    # Textual's OptionList keys and words, and j/k.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", N_("Down"), show=False),
        Binding("end", "last", N_("Last"), show=False),
        Binding("enter", "select", N_("Select"), show=False),
        Binding("home", "first", N_("First"), show=False),
        Binding("pagedown", "page_down", N_("Page Down"), show=False),
        Binding("pageup", "page_up", N_("Page Up"), show=False),
        Binding("up", "cursor_up", N_("Up"), show=False),
        Binding("j", "cursor_down", N_("Down"), id="move_down", show=False),
        Binding("k", "cursor_up", N_("Up"), id="move_up", show=False),
    ]

    # The looks of Textual's OptionList, for our rows (app.tcss styles the headers).
    DEFAULT_CSS = """
    SectionList {
        color: $foreground;
        overflow-x: hidden;
        & > .sections--header { color: $text-disabled; }
        & > .sections--cursor {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .sections--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .sections--hover { background: $block-hover-background; }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {ROW, HEADER, CURSOR, HOVER}

    @dataclass
    class Opened(Message):
        """The reader chose an item (Enter or click)."""

        item_id: str

    edition: reactive[Edition | None] = reactive(None, init=False)
    item_id: reactive[str | None] = reactive(None, init=False)
    read_ids: reactive[frozenset[str]] = reactive(frozenset, init=False)
    """Articles already read: shown dim; the others get a dot, and count in their page."""
    highlighted: reactive[int | None] = reactive(None, init=False)
    """The row of the cursor."""
    _hover: reactive[int | None] = reactive(None, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[Row] = []
        self._index: dict[str, int] = {}
        # Rendered rows, by row, look and width: a frame may paint the list at its new width
        # before its Resize comes, which a row cut to the old width would outlive.
        self._strips: dict[tuple[int, int, str, int], Strip] = {}
        self._lines: RowLines | None = None  # at the width last drawn
        self._alike_at: dict[int, frozenset[int]] = {}  # _alike, at the width it is of

    # --- what the rows say ------------------------------------------------------

    def row_id(self, index: int) -> str:
        """The id of a row: an item's id, or page:N for the header of page N."""
        return self._rows[index].id

    def index_of(self, row_id: str) -> int:
        """The row of an item (or page:N); KeyError when it is not in the list."""
        return self._index[row_id]

    def line_of(self, row_id: str) -> int:
        """The first line of a row in the list (a wrapped headline takes more than one)."""
        return self._laid_out().first[self._index[row_id]]

    def prompt(self, row_id: str) -> Text:
        """What a row says."""
        return self._row_prompt(self._rows[self._index[row_id]])

    def _row_prompt(self, row: Row, width: int | None = None) -> Text:
        return self._header(row.page, width) if row.item is None else self._item_prompt(row.item)

    def _item_prompt(self, item: Item, piece: str | None = None, first: bool = True) -> Text:
        """An item's row; of a wrapped headline, one `piece`, its mark on the first."""
        if isinstance(item, Article):
            is_open, read = item.id == self.item_id, item.id in self.read_ids
            mark = OPEN_MARK if is_open else ITEM_INDENT if read else UNREAD_MARK
            text = Text(mark if first else ITEM_INDENT, style="bold" if is_open else "", end="")
            name = visible_line(listed(item)) if piece is None else piece
            text.append(name, Style(bold=is_open or None, dim=read or None))
            return text
        text = Text(ITEM_INDENT, end="")
        text.append(_("Ad · {name}").format(name=visible_line(item.name)), "italic")
        return text

    def _alike(self, width: int) -> frozenset[int]:
        """The rows that, cut at the end to `width`, would read as another row does (two
        headlines that open alike): those are cut in the middle, so their ends show."""
        alike = self._alike_at.get(width)
        if alike is None:
            cuts: dict[str, list[int]] = {}
            room = width - len(ITEM_INDENT)
            for index, row in enumerate(self._rows):
                if wraps(row):
                    continue  # whole on its lines
                name = item_name(row.item) if row.item is not None else ""
                if cell_width(name) > room:
                    cuts.setdefault(cut_to_width(name, room), []).append(index)
            alike = frozenset(i for rows in cuts.values() if len(rows) > 1 for i in rows)
            self._alike_at = {width: alike}
        return alike

    def _header(self, page: Page, width: int | None = None) -> Text:
        """A page's header; in `width` cells, its unread count shortened ('· 12'), then
        dropped, before its name is cut: the name says where the reader is, and each
        unread row keeps its own mark."""
        text = Text(page_label(page), end="")
        unread = sum(
            1 for it in page.items if isinstance(it, Article) and it.id not in self.read_ids
        )
        counts = [" · " + _("{count} unread").format(count=unread), f" · {unread}"]
        if width is not None:  # the row cuts the name when it alone is too wide
            counts = [c for c in counts if text.cell_len + cell_len(c) <= width]
        if unread and counts:
            text.append(counts[0], "not bold dim")
        return text

    # --- state flowing in -------------------------------------------------------

    def watch_edition(self, edition: Edition | None) -> None:
        rows: list[Row] = []
        for index, page in enumerate(edition.pages if edition else ()):
            rows.append(Row(f"page:{index}", page))
            rows.extend(Row(item.id, page, item) for item in page.items)
        self._rows = rows
        self._index = {row.id: i for i, row in enumerate(rows)}
        self._alike_at = {}
        self._lines = None
        self._hover = None
        self.highlighted = None
        self.virtual_size = Size(0, len(self._laid_out().at))
        # No wider than its longest row (and the border and scrollbar): on a wide terminal
        # the list shows whole headlines and leaves the rest to the article.
        self.styles.max_width = wanted_cells(rows) + 3
        self._changed()
        self._show_open()

    def watch_item_id(self) -> None:
        self._changed()
        self._show_open()

    def watch_read_ids(self) -> None:
        self._changed()

    def _laid_out(self, width: int | None = None) -> RowLines:
        """The rows as lines at `width` (the list's own by default); the list's height
        follows when it changes (a scrollbar come or gone, another width)."""
        if width is None:
            width = self.scrollable_content_region.width
        lines = self._lines
        if lines is None or lines.width != width:
            self._lines = lines = RowLines(self._rows, width, self.app.console)
            if self.virtual_size.height != len(lines.at):
                self.virtual_size = Size(0, len(lines.at))
        return lines

    def _changed(self) -> None:
        self._strips.clear()
        self.refresh()

    def _show_open(self) -> None:
        if self.item_id is not None:
            self.select(self.item_id)

    def select(self, item_id: str) -> None:
        """Move the cursor to an item (without opening it)."""
        index = self._index.get(item_id)
        if index is not None:
            self.highlighted = index

    # --- the cursor ---------------------------------------------------------------

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self._rows:
            return None
        return max(0, min(index, len(self._rows) - 1))

    def watch_highlighted(self) -> None:
        self._changed()
        self.scroll_to_highlight()

    def scroll_to_highlight(self) -> None:
        # Not before the list is placed: with no size yet, the row would scroll to the top.
        width = self.scrollable_content_region.width
        if self.highlighted is None or not self.is_mounted or not width:
            return
        lines = self._laid_out(width)
        first, count = lines.first[self.highlighted], lines.count(self.highlighted)
        self.scroll_to_region(
            Region(0, first, width, count),
            force=True,
            animate=False,
            immediate=True,
        )

    def on_show(self) -> None:
        self.scroll_to_highlight()

    def _next(self, start: int, step: int, *, wrap: bool) -> int | None:
        """The first selectable row from `start` (itself included) going by `step`."""
        count = len(self._rows)
        for n in range(count if wrap else max(0, count - start if step > 0 else start + 1)):
            index = (start + n * step) % count
            if self._rows[index].selectable:
                return index
        return None

    def _step(self, step: int) -> None:
        if not self._rows:
            return
        anchor = self.highlighted
        if anchor is None:
            self.highlighted = self._next(0 if step > 0 else len(self._rows) - 1, step, wrap=False)
            return
        found = self._next((anchor + step) % len(self._rows), step, wrap=True)
        self.highlighted = anchor if found is None else found

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_first(self) -> None:
        if self._rows:
            self.highlighted = self._next(0, 1, wrap=False)

    def action_last(self) -> None:
        if self._rows:
            self.highlighted = self._next(len(self._rows) - 1, -1, wrap=False)

    def _page(self, step: int) -> None:
        if not self._rows:
            return
        if self.highlighted is None:
            (self.action_first if step < 0 else self.action_last)()
            return
        height = self.scrollable_content_region.height
        lines = self._laid_out()
        line = lines.first[self.highlighted] + step * height
        start = lines.at[max(0, min(line, len(lines.at) - 1))][0]
        # Past the first row (a page header) the nearest item the other way is the top.
        found = self._next(start, step, wrap=False)
        self.highlighted = found if found is not None else self._next(start, -step, wrap=False)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_select(self) -> None:
        index = self.highlighted
        if index is not None and self._rows[index].selectable:
            self.post_message(self.Opened(self._rows[index].id))

    # --- the mouse ------------------------------------------------------------------

    async def _on_click(self, event: events.Click) -> None:
        index = event.style.meta.get("row")
        if isinstance(index, int) and index < len(self._rows) and self._rows[index].selectable:
            self.highlighted = index
            self.action_select()

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        index = event.style.meta.get("row")
        self._hover = index if isinstance(index, int) else None

    def _on_leave(self, event: events.Leave) -> None:
        self._hover = None

    def watch__hover(self) -> None:
        self._changed()

    # --- painting -------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._strips.clear()
        super().notify_style_update()

    def _on_resize(self, event: events.Resize) -> None:
        self._strips.clear()
        self._laid_out()
        # A line under the panes (the edition's end) or a smaller terminal takes rows the
        # cursor's row stood on.
        self.scroll_to_highlight()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        lines = self._laid_out(width)
        at = self.scroll_offset.y + y
        if not 0 <= at < len(lines.at):
            return Strip.blank(width, self.get_visual_style(ROW).rich_style)
        index, line = lines.at[at]
        row = self._rows[index]
        look = (
            HEADER
            if not row.selectable
            else CURSOR
            if index == self.highlighted
            else HOVER
            if index == self._hover
            else ""
        )
        strip = self._strips.get((index, line, look, width))
        if strip is None:
            strip = self._draw(row, index, line, look, width)
            self._strips[(index, line, look, width)] = strip
        return strip

    def _draw(self, row: Row, index: int, line: int, look: str, width: int) -> Strip:
        """A row as one line of `width` cells, in its look. Rich segments straight into a
        Strip: Textual's Visual path costs more per row than the whole of this."""
        style = (
            self.get_visual_style(ROW, look) if look else self.get_visual_style(ROW)
        ).rich_style
        console = self.app.console
        pieces = self._laid_out(width).pieces.get(index)
        if pieces is not None and row.item is not None:  # each piece fits
            text = self._item_prompt(row.item, pieces[line], first=not line)
        elif index in self._alike(width):
            text = cut_between(self._row_prompt(row, width), width)
        else:
            text = self._row_prompt(row, width)
            ellipsized(text, width)
        under = background_of(self)
        segments = [
            Segment(s.text, legible_cell(s.style, under), s.control) if s.style else s
            for s in Segment.apply_style(text.render(console), style)
        ]
        return Strip(segments).adjust_cell_length(width, style).apply_meta({"row": index})
