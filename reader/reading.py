"""The reading state as the app sees it: read marks, positions and bookmarks.

Everything the app needs is read from the State once, at start, and kept here;
the UI asks this object, never the database. A change applies here at once and
is written to the State on one background thread, in the order it was made, so
the UI never waits on the database (another program's write can hold its lock
for up to a second). A second broadsheet open at the same time does not see this
one's changes until it starts again.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, TypeVar

from reader.errors import BroadsheetError
from reader.library import Entry, Library
from reader.state import Bookmark, Position, State

T = TypeVar("T")


class Reading:
    """A write-behind cache of the State for one app session.

    ``fresh``: ignore the positions saved before (they are saved again as this
    session reads). ``report`` gets a one-line problem from the background
    thread (a state that fell back to memory, a failed write); it must be
    thread-safe, as ``App.notify`` is.
    """

    def __init__(
        self,
        state: State,
        library: Library,
        *,
        fresh: bool = False,
        report: Callable[[str], None],
    ) -> None:
        self.state = state
        self._report = report
        ids = {e.id for e in library.entries if e.id}
        self._read: dict[str, set[str]] = {i: state.read_ids(i) for i in ids}
        self._positions: dict[str, Position] = {}
        self.last: Position | None = None
        if not fresh:
            for i in ids:
                if (p := state.get_position(i)) is not None:
                    self._positions[i] = p
            self.last = state.last_position()
        self.bookmarks: list[Bookmark] = state.bookmarks()
        """Newest first, as the State lists them."""
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="broadsheet-state")
        self._closed = False
        state.on_warning = lambda warning: report(str(warning))

    def close(self) -> None:
        """Wait for the writes still queued, then close the State."""
        if self._closed:
            return
        self._closed = True
        self._pool.shutdown(wait=True)
        self.state.close()

    # --- where to start -----------------------------------------------------------

    def start(self, library: Library, default: int) -> int:
        """The entry to open first: the one read last, if it is on the shelf and loads."""
        if self.last is None:
            return default
        for index, entry in enumerate(library.entries):
            if entry.id == self.last.edition_id and entry.error is None:
                try:
                    library.load(index)
                except BroadsheetError:  # unreadable now: start where we would have
                    return default
                return index
        return default

    def position(self, edition_id: str) -> Position | None:
        return self._positions.get(edition_id)

    def save_position(
        self,
        edition_id: str,
        item_id: str | None,
        *,
        leaf: str | None,
        scroll: int,
        edition_path: str | os.PathLike[str] | None,
    ) -> None:
        self._positions[edition_id] = Position(
            edition_id=edition_id,
            item_id=item_id,
            leaf=leaf,
            scroll=scroll,
            updated_at=datetime.now(UTC),
        )
        self._write(
            self.state.set_position,
            edition_id,
            item_id,
            leaf=leaf,
            scroll=scroll,
            edition_path=edition_path,
        )

    # --- read marks ---------------------------------------------------------------

    def read_ids(self, edition_id: str) -> frozenset[str]:
        return frozenset(self._read.get(edition_id, ()))

    def is_read(self, edition_id: str, item_id: str) -> bool:
        return item_id in self._read.get(edition_id, ())

    def set_read(self, edition_id: str, item_id: str, read: bool) -> None:
        marks = self._read.setdefault(edition_id, set())
        if (item_id in marks) == read:
            return
        if read:
            marks.add(item_id)
            self._write(self.state.mark_read, edition_id, item_id)
        else:
            marks.discard(item_id)
            self._write(self.state.mark_unread, edition_id, item_id)

    def unread(self, entry: Entry) -> int | None:
        """Unread articles of an edition on the shelf; None when it is not known."""
        if entry.id is None or entry.articles is None:
            return None
        marks = self._read.get(entry.id, set())
        if entry.edition is not None:
            return sum(1 for a in entry.edition.articles() if a.id not in marks)
        # Only articles are ever marked, so the marks count the read ones.
        return max(0, entry.articles - len(marks))

    # --- bookmarks ----------------------------------------------------------------

    def is_bookmarked(self, edition_id: str, item_id: str, leaf: str | None) -> bool:
        return any(
            (b.edition_id, b.item_id, b.leaf) == (edition_id, item_id, leaf) for b in self.bookmarks
        )

    async def add_bookmark(
        self,
        edition_id: str,
        item_id: str,
        title: str,
        *,
        leaf: str | None,
        edition_path: str | os.PathLike[str] | None,
    ) -> Bookmark:
        """Bookmark an article (at a leaf); waits for the State, which numbers bookmarks."""
        bookmark = await asyncio.wrap_future(
            self._pool.submit(
                self.state.add_bookmark,
                edition_id,
                item_id,
                title,
                leaf=leaf,
                edition_path=edition_path,
            )
        )
        for i, b in enumerate(self.bookmarks):
            if b.id == bookmark.id:
                self.bookmarks[i] = bookmark
                break
        else:
            self.bookmarks.insert(0, bookmark)
        return bookmark

    def delete_bookmark(self, bookmark: Bookmark) -> None:
        self.bookmarks = [b for b in self.bookmarks if b.id != bookmark.id]
        self._write(self.state.delete_bookmark, bookmark.id)

    # --- internals ----------------------------------------------------------------

    def _write(self, fn: Callable[..., T], *args: object, **kwargs: object) -> None:
        if self._closed:
            return
        self._pool.submit(fn, *args, **kwargs).add_done_callback(self._check)

    def _check(self, future: Future[Any]) -> None:
        # Locks and full disks are handled by the State (it falls back to memory and
        # reports); what arrives here is a bug, said once rather than lost.
        error = future.exception()
        if error is not None:
            self._report(f"reading state not saved: {type(error).__name__}: {error}")
