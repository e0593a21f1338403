"""The rows of the search list as Rich Text, never markup: a hit under its item's
title, an item found in all editions, and the row that says how many more.

A hit's row is laid out when drawn, at the list's width: the snippet fills the cells
left of the row, the match early in it (reader.search.snippets.fit)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.style import Style
from rich.text import Text

from reader.i18n import _
from reader.name_dates import day_cell
from reader.places import place_name
from reader.printable import cut_to_width, visible
from reader.search.session import ROWS
from reader.search.snippets import fit

if TYPE_CHECKING:
    from reader.search import Hit
    from reader.search.archive import ArchiveResult
    from reader.search.session import Results

TITLE_CELLS = 24
"""Width of the title column of a row, at least (a wide list gives long titles more)."""
PLACE_CELLS = 18
"""Width of the place column of a hit row, at least: 'paragraph 12 (1/3)' whole."""
PAPER_CELLS = 10
"""Width of the paper column of an archive row."""


class RowStyles(NamedTuple):
    """The list's styles, from the bar's CSS."""

    title: Style
    match: Style
    muted: Style


def cells(text: str, width: int) -> str:
    """Text cut or padded to a column of `width` cells, one ellipsis where it is cut."""
    return set_cell_size(cut_to_width(text, width), width)


class LaidOut:
    """A row laid out when drawn, at the width Rich gives it (a hit, a result, the
    search's status line)."""

    def text(self, width: int | None = None) -> Text:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.text().plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        row = self.text(options.max_width)
        row.end = "\n"  # Textual counts a renderable's lines by its newlines
        yield row


class HitColumns(NamedTuple):
    """The cells of the longest title and the longest place of a list's hit rows: the
    columns the rows line up in."""

    title: int
    place: int


def hit_columns(titles: Sequence[str], places: Sequence[str]) -> HitColumns:
    """The columns of hit rows of these titles and places."""
    return HitColumns(
        max((cell_len(visible(t)) for t in titles), default=0),
        max((cell_len(visible(p)) for p in places), default=0),
    )


@dataclass(frozen=True)
class HitRow(LaidOut):
    """Title column; where in its article or ad the hit is, and which of the leaf's hits
    when it has more than one; then the snippet, as wide as the row allows."""

    hit: Hit
    title: str
    place: str
    columns: HitColumns
    styles: RowStyles
    which: str = ""  # "(2/3)": which of its place's hits, when it has more than one

    def head(self, width: int | None) -> Text:
        row = Text(end="")
        title, place = self.columns.title, self.columns.place
        if width is not None:  # a wide list shows more of the titles; the snippet the most
            title = min(title, max(TITLE_CELLS, width // 3))
            place = min(place, max(PLACE_CELLS, (width - title - 2) // 3))
        row.append(cells(visible(self.title), title), self.styles.title)
        row.append("  ")
        if self.which:  # a narrow column cuts the place's name, never which hit it is
            name = cells(visible(self.place), max(1, place - cell_len(self.which) - 1))
            row.append(cells(f"{name.rstrip()} {self.which}", place), self.styles.title)
        else:
            row.append(cells(visible(self.place), place), self.styles.title)
        row.append(" │ ", self.styles.muted)
        return row

    def text(self, width: int | None = None) -> Text:
        row = self.head(width)
        rest = None if width is None else width - row.cell_len
        _append_parts(row, _parts(self.hit, rest), None, self.styles)
        return row


def hit_row(
    hit: Hit, title: str, place: str, columns: HitColumns, styles: RowStyles, which: str = ""
) -> HitRow:
    """A hit's row: its item's title, where in its article or ad it is (and which of its
    hits there), the snippet."""
    return HitRow(hit, title, place, columns, styles, which)


def hit_rows(results: Results | None, styles: RowStyles) -> list[HitRow]:
    """The rows of the first ROWS hits; hits that share a leaf say which of them each is."""
    if results is None:
        return []
    hits = results.hits[:ROWS]
    shared: dict[tuple[str, str], int] = {}
    for hit in hits:
        shared[(hit.item_id, hit.path)] = shared.get((hit.item_id, hit.path), 0) + 1
    seen: dict[tuple[str, str], int] = {}
    titles, places, which = [], [], []
    for hit in hits:
        leaf = (hit.item_id, hit.path)
        # An ad's place names its table row or list item; an article's, its paragraph.
        places.append(results.places.get(leaf) or place_name(hit.path))
        which.append("")
        if shared[leaf] > 1:  # which of the place's hits: each row has its own context
            seen[leaf] = seen.get(leaf, 0) + 1
            which[-1] = f"({seen[leaf]}/{shared[leaf]})"
        titles.append(results.titles.get(hit.item_id, hit.item_id))
    shown = [f"{p} {w}" if w else p for p, w in zip(places, which, strict=True)]
    columns = hit_columns(titles, shown)
    return [
        hit_row(hit, title, place, columns, styles, n)
        for hit, title, place, n in zip(hits, titles, places, which, strict=True)
    ]


class Columns(NamedTuple):
    """What the archive rows of one list share: whether they name their paper (not when
    every row is of one paper), the cells of the longest title (the title column) and of
    the longest date (the date column)."""

    papers: bool
    title: int
    date: int = 0


def columns(results: Sequence[ArchiveResult]) -> Columns:
    """The columns of a list of archive results."""
    papers = len({result.paper for result in results}) > 1
    title = max((cell_len(visible(r.title)) for r in results), default=0)
    return Columns(
        papers, title, max((cell_len(day_cell(r.date, r.edition_path)) for r in results), default=0)
    )


@dataclass(frozen=True)
class ArchiveRow(LaidOut):
    """Date, the paper when the list holds more than one, the title, then a hit's context,
    laid out at the list's width: the title as wide as the list's longest (at most half
    of what is left), the context the rest, its match early in it. A hit in the title is
    marked there, and the context is that of a hit elsewhere (never the title again: nor
    the first words that title an item printed without a headline)."""

    result: ArchiveResult
    columns: Columns
    styles: RowStyles

    def text(self, width: int | None = None) -> Text:
        result, styles = self.result, self.styles
        row = Text(end="")
        row.append(
            cells(day_cell(result.date, result.edition_path), self.columns.date), styles.title
        )
        row.append("  ")
        if self.columns.papers:
            row.append(cells(visible(result.paper or ""), PAPER_CELLS), styles.title)
            row.append("  ")
        # An item printed without a headline is titled by its first words: a hit in them
        # is a hit in its title, or the row says the same sentence twice.
        titles = TITLE_PATHS if result.headed else TITLE_PATHS | {result.title_leaf or ""}
        in_title = next((h for h in result.hits if h.path in titles), None)
        context = next((h for h in result.hits if h.path not in titles), None)
        room = None if width is None else max(1, width - row.cell_len)
        column = room  # the title's cells; None: as long as it is
        if room is not None and context is not None:
            column = min(self.columns.title, max(TITLE_CELLS, room // 2), room)
        start = row.cell_len
        if in_title is not None:
            _append_parts(row, _parts(in_title, column), styles.title, styles)
        else:
            title = visible(result.title)
            row.append(cells(title, column) if column is not None else title, styles.title)
        if context is None or (room is not None and column is not None and room - column < 4):
            return row
        if column is not None:
            row.append(" " * (column - (row.cell_len - start)))  # the contexts line up
        row.append("  ")
        rest = None if width is None else width - row.cell_len
        _append_parts(row, _parts(context, rest), None, styles)
        return row


TITLE_PATHS = frozenset({"headline", "title"})
"""The leaves that hold an article's or an ad's title."""


def _parts(hit: Hit, width: int | None) -> tuple[str, str, str]:
    """A hit's snippet, cut to `width` cells around its match."""
    snippet = hit.snippet
    parts = (visible(snippet.before), visible(snippet.match), visible(snippet.after))
    return parts if width is None else fit(*parts, max(1, width))


def _append_parts(
    row: Text, parts: tuple[str, str, str], style: Style | None, styles: RowStyles
) -> None:
    before, match, after = parts
    row.append(before, style)
    row.append(match, styles.match if style is None else style + styles.match)
    row.append(after, style)


def more_row(more: int, styles: RowStyles) -> Text:
    """The row under a list cut short."""
    return Text(
        _("… and {count} more, not listed").format(count=f"{more:,}"), style=styles.muted, end=""
    )
