"""The rows of the search list as Rich Text, never markup: a hit under its item's
title, an item found in all editions, and the row that says how many more."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text

from reader.i18n import _
from reader.printable import visible

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
    """Text cut or padded to a column of `width` cells, an ellipsis where it is cut."""
    if cell_len(text) > width:
        text = set_cell_size(text, width - 1).rstrip() + "…"
    return set_cell_size(text, width)


def hit_row(hit: Hit, titles: Mapping[str, str], styles: RowStyles) -> Text:
    """Title column, then the snippet with the match picked out."""
    row = Text(end="")
    row.append(cells(visible(titles.get(hit.item_id, hit.item_id)), TITLE_CELLS), styles.title)
    row.append("  ")
    _append_snippet(row, hit, styles)
    return row


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
