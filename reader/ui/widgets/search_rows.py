"""The rows of the search list as Rich Text, never markup: a hit under its item's
title, an item found in all editions, and the row that says how many more.

A hit's row is laid out when drawn, at the list's width: the snippet fills the cells
left of the row, the match early in it (reader.search.snippets.fit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.style import Style
from rich.text import Text

from reader.i18n import _
from reader.printable import visible
from reader.search.snippets import fit
from reader.ui.render.lines import ellipsized

if TYPE_CHECKING:
    from reader.search import Hit
    from reader.search.archive import ArchiveResult

TITLE_CELLS = 24
"""Width of the title column of a row."""
PAPER_CELLS = 10
"""Width of the paper column of an archive row."""
DATE_CELLS = 10
"""Width of the date column of an archive row (an ISO date)."""


class RowStyles(NamedTuple):
    """The list's styles, from the bar's CSS."""

    title: Style
    match: Style
    muted: Style


def cells(text: str, width: int) -> str:
    """Text cut or padded to a column of `width` cells, one ellipsis where it is cut."""
    cut = Text(text)
    ellipsized(cut, width)
    return set_cell_size(cut.plain, width)


@dataclass(frozen=True)
class HitRow:
    """Title column; where in an ad the hit is, and which of the leaf's hits when it has
    more than one; then the snippet, as wide as the row allows."""

    hit: Hit
    title: str
    place: str | None
    styles: RowStyles

    def head(self, width: int | None) -> Text:
        row = Text(end="")
        row.append(cells(visible(self.title), TITLE_CELLS), self.styles.title)
        row.append("  ")
        if self.place:
            place = visible(self.place)
            if width is not None:  # at most a third of what is left: the snippet matters more
                most = max(8, (width - TITLE_CELLS - 2) // 3)
                place = cells(place, most).rstrip() if cell_len(place) > most else place
            row.append(place, self.styles.title)
            row.append(" │ ", self.styles.muted)
        return row

    def text(self, width: int | None = None) -> Text:
        row, snippet = self.head(width), self.hit.snippet
        parts = (visible(snippet.before), visible(snippet.match), visible(snippet.after))
        if width is not None:
            parts = fit(*parts, max(1, width - row.cell_len))
        row.append(parts[0])
        row.append(parts[1], self.styles.match)
        row.append(parts[2])
        return row

    def __str__(self) -> str:
        return self.text().plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        row = self.text(options.max_width)
        row.end = "\n"  # Textual counts a renderable's lines by its newlines
        yield row


def hit_row(hit: Hit, title: str, place: str | None, styles: RowStyles) -> HitRow:
    """A hit's row: its item's title, where in an ad it is, the snippet."""
    return HitRow(hit, title, place, styles)


def archive_row(result: ArchiveResult, styles: RowStyles) -> Text:
    """Date, paper, title, then the first hit's snippet."""
    row = Text(end="")
    date = visible(result.date) if result.date else cells(_("undated"), DATE_CELLS)
    row.append(date, styles.title)
    row.append("  ")
    row.append(cells(visible(result.paper or ""), PAPER_CELLS), styles.title)
    row.append("  ")
    row.append(cells(visible(result.title), TITLE_CELLS), styles.title)
    if result.hits:
        row.append("  ")
        _append_snippet(row, result.hits[0], styles)
    return row


def more_row(more: int, styles: RowStyles) -> Text:
    """The row under a list cut short."""
    return Text(
        _("… and {count} more, not listed").format(count=f"{more:,}"), style=styles.muted, end=""
    )


def _append_snippet(row: Text, hit: Hit, styles: RowStyles) -> None:
    snippet = hit.snippet
    row.append(visible(snippet.before))
    row.append(visible(snippet.match), styles.match)
    row.append(visible(snippet.after))
