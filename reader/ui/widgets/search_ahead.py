"""The keys a reader types in the search bar ahead of the rows they act on: kept while
the rows of the query typed are still being searched, then played on them in order."""

from __future__ import annotations

from textual.widgets import OptionList

from reader.search.session import ArchiveResults, Results, count


def rows_coming(query: str, pending: bool, results: Results | ArchiveResults | None) -> bool:
    """The rows of `query` are still being searched (or read from the archive): `pending`,
    the query waits for a pause in the typing; `results`, those handed down last."""
    if not query.strip():
        return False
    if pending or results is None or results.query != query:
        return True
    return isinstance(results, ArchiveResults) and not count(results) and not results.complete


class KeysAhead:
    """Moves of the cursor (OptionList actions: 'cursor_down', 'page_up', ...) typed
    before the rows of the query typed are listed: a reader types ahead, so they act on
    those rows once they come."""

    def __init__(self) -> None:
        self._moves: list[str] = []

    def clear(self) -> None:
        """Forget the moves: typed for rows the reader will not see (another query or scope)."""
        self._moves.clear()

    def add(self, action: str) -> None:
        self._moves.append(action)

    def play(self, rows: OptionList) -> bool:
        """The moves, in order, on the rows now listed; True if there were any."""
        if not self._moves:
            return False
        if rows.option_count and rows.highlighted is None:
            rows.highlighted = 0
        for action in self._moves:
            getattr(rows, f"action_{action}")()
        self._moves.clear()
        return True
