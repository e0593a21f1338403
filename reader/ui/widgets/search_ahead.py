"""The keys a reader types in the search bar ahead of the rows they act on: kept while
the rows of the query typed are still being searched, then played on them in order."""

from __future__ import annotations

from textual.widgets import OptionList

from reader.search.session import ROWS, ArchiveResults, Results, count


def rows_coming(query: str, pending: bool, results: Results | ArchiveResults | None) -> bool:
    """The rows of `query` are still being searched (or read from the archive): `pending`,
    the query waits for a pause in the typing; `results`, those handed down last."""
    if not query.strip():
        return False
    if pending or results is None or results.query != query:
        return True
    return isinstance(results, ArchiveResults) and not count(results) and not results.complete


def more_coming(results: Results | ArchiveResults | None) -> bool:
    """More rows of the archive's results are still being read (up to ROWS)."""
    return isinstance(results, ArchiveResults) and not results.complete and count(results) < ROWS


class KeysAhead:
    """Keys typed before the rows they act on are listed: moves of the cursor (OptionList
    actions: 'cursor_down', 'page_up', ...) and 'select' (Enter). A reader types ahead,
    so they act, in order, on the rows once they come: the first rows of a query, or the
    later rows of the archive a move down past the last row listed waits on."""

    def __init__(self) -> None:
        self._keys: list[str] = []

    def __bool__(self) -> bool:
        return bool(self._keys)

    def clear(self) -> None:
        """Forget the keys: typed for rows the reader will not see (another query or scope)."""
        self._keys.clear()

    def add(self, action: str) -> None:
        self._keys.append(action)

    def play(self, rows: OptionList, more: bool) -> bool:
        """The keys, in order, on the rows now listed, up to one that goes past the last
        row while `more` rows are coming (it waits for them, and the keys after it);
        True if any was played."""
        played = False
        if self._keys and rows.option_count and rows.highlighted is None:
            rows.highlighted = 0
        while self._keys and not (more and _past_the_rows(rows, self._keys[0])):
            getattr(rows, f"action_{self._keys.pop(0)}")()
            played = True
        return played


def _past_the_rows(rows: OptionList, action: str) -> bool:
    """The move goes below the last row listed (where Down would wrap to the first)."""
    at = rows.highlighted or 0
    if action == "cursor_down":
        return at >= rows.option_count - 1
    if action == "page_down":
        return at + rows.scrollable_content_region.height >= rows.option_count
    return False
