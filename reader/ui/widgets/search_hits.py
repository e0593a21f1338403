"""The search bar's list of hits: as tall as its rows allow, filled with the rows of the
results the screen hands down (a hit a row in this edition, an item found a row in all
editions, whose rows grow while the archive is read)."""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.search.session import ROWS, ArchiveResults, Results, count
from reader.ui.widgets.search_rows import (
    ArchiveRow,
    Columns,
    RowStyles,
    columns,
    hit_rows,
    more_row,
)

ROOM = 0.3
"""The share of the screen's height the list of hits may take, borders included."""


class HitList(OptionList, can_focus=False):
    """The rows of hits; the query line keeps the focus and moves the cursor."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._columns: Columns | None = None  # how the archive rows listed are laid out

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # As tall as its rows, at most ROOM of the screen. Not `max-height: 30vh`:
        # Textual drops a max-height in vh when the parent's height is auto, so the bar
        # took the height of all its rows and left it empty below the list.
        rows = super().get_content_height(container, viewport, width)
        return min(rows, max(1, int(viewport.height * ROOM) - self.styles.gutter.height))

    def show(
        self,
        old: Results | ArchiveResults | None,
        results: Results | ArchiveResults | None,
        styles: RowStyles,
    ) -> bool:
        """List `results` (`old`: those listed before); True when they are more rows of
        the same archive query, where the cursor stays."""
        more = isinstance(old, ArchiveResults) and old.query == getattr(results, "query", None)
        if isinstance(results, ArchiveResults):
            laid = columns(results.results)
            if more and laid == self._columns:  # laid out alike: only the new rows
                new = results.results[count(old) :]
                self.add_options(Option(ArchiveRow(r, laid, styles)) for r in new)
            else:  # a new query, or a new paper or a longer title: every row again
                cursor, self._columns = self.highlighted, laid
                self.set_options(Option(ArchiveRow(r, laid, styles)) for r in results.results)
                if more:
                    self.highlighted = cursor
            return more
        rows = [Option(row) for row in hit_rows(results, styles)]
        hits = results.hits if results else ()
        if len(hits) > ROWS:
            rows.append(Option(more_row(len(hits) - ROWS, styles), disabled=True))
        self.set_options(rows)
        return more
