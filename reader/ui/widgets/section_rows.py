"""What a row of the section list says, and how wide it is, measured from its words."""

from __future__ import annotations

import msgspec
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from reader.i18n import _
from reader.model import Article, Item, Page
from reader.pictures import photo_label
from reader.printable import cell_width, visible_line
from reader.ui.render import page_label

ITEM_INDENT = "  "
CAPTION_CELLS = 48
"""The most a row named by its text (a photo's caption, a story's opening paragraph)
widens the list: a long headline's cells."""


class Row(msgspec.Struct, frozen=True):
    """A line of the list: a page header (not selectable) or an item of the page."""

    id: str
    page: Page
    item: Item | None = None

    @property
    def selectable(self) -> bool:
        return self.item is not None


def _headless_photo(article: Article) -> bool:
    return article.headline is None and bool(article.body) and article.body[0].kind == "photo"


def listed(article: Article) -> str:
    """An article as the list names it: a photo printed without a headline (a photo
    page's) by its caption, said to be a photo, so its row is not blank or a bare id."""
    if _headless_photo(article):
        # its caption, printed right under it: a paragraph after a blank caption is the
        # story's, not the photo's name
        caption = next((b.text for b in article.body[1:2] if b.kind == "caption"), "")
        if not caption.strip():
            return photo_label()
        return _("Photo · {caption}").format(caption=caption.strip())  # the row cuts it
    return article.title


def item_name(item: Item) -> str:
    """An item's name in the list, without its mark."""
    name = listed(item) if isinstance(item, Article) else _("Ad · {name}").format(name=item.name)
    return visible_line(name)


def row_cells(row: Row) -> int:
    """About the cells a row takes, from its words alone (no Text is built: the list
    renders only the rows in sight)."""
    if row.item is None:
        # A count of two digits: as wide as a page's unread count usually gets.
        count = " · " + _("{count} unread").format(count=99)
        return cell_len(page_label(row.page)) + cell_len(count)
    return len(ITEM_INDENT) + cell_len(item_name(row.item))


def wanted_cells(rows: list[Row]) -> int:
    """The cells the list's rows want: its longest row's, an article printed without a
    headline (named by its photo's caption or its first paragraph) counted up to
    CAPTION_CELLS. Such a name is a sentence or a paragraph: counted whole, a photo page or
    an old page's untitled bulletins spread the list over most of a wide terminal, its
    rows mostly blank, the article pushed to the edge."""

    def wants(row: Row) -> int:
        cells = row_cells(row)
        if isinstance(row.item, Article) and row.item.headline is None:
            return min(cells, CAPTION_CELLS)
        return cells

    return max(map(wants, rows), default=0)


def wraps(row: Row) -> bool:
    """A headline is what the list is for: one wider than the list wraps, whole. Other
    names (a page, an ad, a bulletin by its paragraph, a photo by its caption) are cut."""
    return isinstance(row.item, Article) and row.item.headline is not None


class RowLines:
    """The list's rows as lines at one width: which row (and which of its lines) each line
    shows, and the pieces a wrapped headline is broken into."""

    def __init__(self, rows: list[Row], width: int, console: Console) -> None:
        self.width = width
        self.first: list[int] = []
        """Each row's first line."""
        self.at: list[tuple[int, int]] = []
        """Each line's row, and which of its lines."""
        self.pieces: dict[int, list[str]] = {}
        """A wrapped headline's lines (without their mark), by row."""
        room = width - len(ITEM_INDENT)
        for index, row in enumerate(rows):
            self.first.append(len(self.at))
            count = 1
            if room > 0 and row.item is not None and wraps(row):
                name = item_name(row.item)
                if cell_width(name) > room:
                    lines = Text(name, end="").wrap(console, room)
                    self.pieces[index] = pieces = [line.plain.rstrip() for line in lines]
                    count = len(pieces)
            self.at.extend((index, k) for k in range(count))

    def count(self, index: int) -> int:
        """How many lines a row takes."""
        return len(self.pieces.get(index, ((),)))
