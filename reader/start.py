"""Where the reader starts: the edition to open first, and the editions that arrived
since the last reading, read off the state file before the app starts (the first screen
needs nothing more of it: reader.state.glance)."""

from __future__ import annotations

from reader.errors import BroadsheetError
from reader.library import Entry, Library
from reader.state import Position, state_path
from reader.state.glance import Glance, glance


def first_screen(
    library: Library, default: int, *, fresh: bool = False, named: bool = False
) -> tuple[int, Glance]:
    """The entry to open first and its reading state: when editions arrived since the
    last reading (`arrivals`), the newest of the paper read last, else the newest; else
    the one read last, else `default`; each only if it is on the shelf and loads.
    `named`: `default` was asked for (its file named): it opens, whatever arrived."""
    chosen = default

    def loads(index: int) -> bool:
        try:
            library.load(index)
        except BroadsheetError:
            return False
        return True

    def choose(left: Position | None, opened: frozenset[str]) -> tuple[str | None, tuple[str, ...]]:
        nonlocal chosen
        last = library.find(left.edition_id) if left is not None and not named else None
        if left is None or last is None or library.entries[last].error is not None:
            return (library.entries[chosen].id if library.entries else None), ()
        arrived = arrivals(library, left, opened)
        paper = library.entries[last].paper
        # The shelf is oldest first: the paper being read first, its newest first.
        order = sorted(arrived, key=lambda i: (library.entries[i].paper == paper, i))
        chosen = next((i for i in [*reversed(order), last] if loads(i)), default)
        if chosen not in arrived:
            return library.entries[chosen].id, ()
        news = [chosen, *(i for i in reversed(order) if i != chosen)]
        return library.entries[chosen].id, tuple(library.entries[i].id or "" for i in news)

    first = glance(state_path(), choose, fresh=fresh)
    return chosen, first


def arrivals(library: Library, left: Position, opened: frozenset[str]) -> list[int]:
    """The editions that arrived since reading last stopped (`left`), each never opened:
    one dated after every opened edition of its paper, whatever its file's time (an
    ingest while reading, a copy that kept an older time; a back issue filed late is no
    news); one undated, or of a paper never opened, when its file was written after."""
    since = left.updated_at.timestamp()
    # Editions that name no paper are no one paper: each is of a paper never opened.
    seen: dict[str, str] = {}
    for e in library.entries:
        if e.id in opened and e.date and e.paper is not None:
            seen[e.paper] = max(seen.get(e.paper, ""), e.date)

    def arrived(e: Entry) -> bool:
        if e.error is not None or e.id in opened:
            return False
        if e.date and e.paper is not None and e.paper in seen:
            return e.date > seen[e.paper]
        return (e.written or 0) > since

    return [i for i, e in enumerate(library.entries) if arrived(e)]
