"""The reading state as the app sees it: read marks, positions, articles left part-read
and bookmarks.

The first screen needs only where reading stopped and the read marks of the edition
shown: reader.start reads them before the app starts (reader.state.glance). The State
itself opens afterwards, once that screen is painted (`begin`): on one background thread
it is opened (created, checked, upgraded) and everything else is read from it (every
edition's marks and positions, the places of articles left part-read, the bookmarks).
Whoever asks for those sooner waits for that read. Then the UI asks this object, never
the database: a change applies here at once and is written to the State on that thread,
in the order it was made, so the UI never waits on the database (another program's write
can hold its lock for up to a second). Deleting an edition is the one exception: it asks
the State itself and waits, as `broadsheet remove` does (reader.removing). A second
broadsheet open at the same time does not see this one's changes until it starts again.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar

from reader.errors import StateWarning
from reader.i18n import _, ngettext
from reader.library import Entry
from reader.state import Bookmark, Position, State
from reader.state.glance import Glance

T = TypeVar("T")


class Reading:
    """A write-behind cache of the State for one app session.

    `first`: the state of the edition shown first, read before (reader.start).
    ``fresh``: ignore the positions saved before (they are saved again as this
    session reads). ``report`` gets a one-line problem from the background
    thread (a state that fell back to memory, a failed write); it must be
    thread-safe, as ``App.notify`` is. `open_state` opens the State (on that thread).
    """

    def __init__(
        self,
        first: Glance,
        *,
        fresh: bool = False,
        report: Callable[[str], None],
        open_state: Callable[[], State] = State.open,
    ) -> None:
        self._report = report
        self._fresh = fresh
        self._open_state = open_state
        self.state: State | None = None
        self._read: dict[str, set[str]] = {}
        self._positions: dict[str, Position] = {}
        # Articles left part-read; None: left at the top or end in this session.
        self._left: dict[tuple[str, str], Position | None] = {}
        self._bookmarks: list[Bookmark] = []
        self._seen: set[str] = set()  # editions ever opened, whatever `fresh` says
        self._first = first.edition_id
        if first.edition_id is not None:
            self._read[first.edition_id] = set(first.read)
            if first.position is not None:
                self._positions[first.edition_id] = first.position
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="broadsheet-state")
        # Writes asked for before the State opens, in order (each takes the State).
        self._held: list[Callable[..., object]] = []
        self._opened: Future[None] | None = None
        self._loaded: Future[None] | None = None
        self._closed = False

    def begin(self) -> None:
        """Open the State and read the rest of it, on the state's thread (the app calls
        this once its first screen is painted)."""
        if self._loaded is None:
            self._open()
            self._loaded = self._pool.submit(self._load)

    def close(self) -> None:
        """Write what is still to be written, then close the State."""
        if self._closed:
            return
        if self._held:
            self._open()
        self._closed = True
        self._pool.shutdown(wait=True)
        if self.state is not None:
            self.state.close()

    def _open(self) -> None:
        if self._opened is not None:
            return
        self._opened = self._pool.submit(self._open_now)
        held, self._held = self._held, []
        for call in held:
            self._pool.submit(self._on_state, call).add_done_callback(self._check)

    def _open_now(self) -> None:
        self.state = state = self._open_state()
        if state.warning is not None:
            self._report(str(state.warning))
        state.on_warning = lambda warning: self._report(str(warning))

    def _load(self) -> None:
        # What this session changed already is newer than what the file holds.
        state = self.state
        assert state is not None
        for edition_id, marks in state.all_read_ids().items():
            self._read.setdefault(edition_id, marks)
        state.prune_left(opening=self._first)  # its places are wanted now, however old
        stored = state.stored()  # first: a row another reader adds meanwhile is no bad one
        positions = state.all_positions()
        self._seen.update(positions)
        if not self._fresh:
            for edition_id, position in positions.items():
                self._positions.setdefault(edition_id, position)
            for key, place in state.all_left().items():
                self._left.setdefault(key, place)
        bookmarks = state.bookmarks()
        self._bookmarks[:0] = bookmarks
        # positions holds one row an edition, as the table does: the rest were passed over.
        if (bad := stored - len(positions) - len(bookmarks)) > 0:
            unread = ngettext(
                "{count} saved place or bookmark could not be read and is passed over; "
                "the file keeps it as it is",
                "{count} saved places or bookmarks could not be read and are passed over; "
                "the file keeps them as they are",
                bad,
            )
            self._report(str(StateWarning(state.path, unread.format(count=bad))))

    @property
    def loaded(self) -> bool:
        """Whether everything the State holds is here (without waiting for it)."""
        return self._loaded is not None and self._loaded.done()

    def _wait(self) -> None:
        """Everything the State holds is here once this returns."""
        self.begin()
        assert self._loaded is not None
        self._loaded.result()

    # --- positions -----------------------------------------------------------------

    def position(self, edition_id: str) -> Position | None:
        if edition_id not in self._positions and edition_id not in self._read:
            self._wait()
        return self._positions.get(edition_id)

    def opened(self, edition_id: str) -> bool:
        """Whether an edition was ever opened (one that was not is new to the reader)."""
        self._wait()
        return edition_id in self._seen or edition_id in self._positions

    def save_position(
        self,
        edition_id: str,
        item_id: str | None,
        *,
        leaf: str | None,
        scroll: int,
        edition_path: str | os.PathLike[str] | None,
    ) -> None:
        self._positions[edition_id] = _now_at(edition_id, item_id, leaf, scroll)
        self._write(
            State.set_position,
            edition_id,
            item_id,
            leaf=leaf,
            scroll=scroll,
            edition_path=edition_path,
        )

    # --- articles left part-read ---------------------------------------------------

    # Neither waits for the State: an article opened while it is still being read (a
    # lock held elsewhere) opens at its top, as it would have before.
    def left_at(self, edition_id: str, item_id: str) -> Position | None:
        """Where an article was left part-read, in this session or an earlier one."""
        return self._left.get((edition_id, item_id))

    def leave(
        self, edition_id: str, item_id: str, *, leaf: str | None, scroll: int, ended: bool = False
    ) -> None:
        """An article is left: at line `scroll` of it, `leaf` on top (0: at its top or
        read to its end, `ended`, where there is nothing to come back to)."""
        key = (edition_id, item_id)
        if scroll <= 0:
            # A place unknown here may still be in the file: before it is read, or one
            # `fresh` passed over. Read to its end, that article's place goes (kept, it
            # would open mid-way next time); only passed at its top, it stays.
            if self._left.get(key) is not None or not self.loaded or (self._fresh and ended):
                self._left[key] = None
                self._write(State.leave, edition_id, item_id, leaf=None, scroll=0)
            return
        self._left[key] = _now_at(edition_id, item_id, leaf, scroll)
        self._write(State.leave, edition_id, item_id, leaf=leaf, scroll=scroll)

    # --- read marks ---------------------------------------------------------------

    def _marks(self, edition_id: str) -> set[str]:
        if edition_id not in self._read:
            self._wait()
        return self._read.setdefault(edition_id, set())

    def read_ids(self, edition_id: str) -> frozenset[str]:
        return frozenset(self._marks(edition_id))

    def is_read(self, edition_id: str, item_id: str) -> bool:
        return item_id in self._marks(edition_id)

    def set_read(self, edition_id: str, item_id: str, read: bool) -> None:
        marks = self._marks(edition_id)
        if (item_id in marks) == read:
            return
        if read:
            marks.add(item_id)
            self._write(State.mark_read, edition_id, item_id)
        else:
            marks.discard(item_id)
            self._write(State.mark_unread, edition_id, item_id)

    def unread(self, entry: Entry) -> int | None:
        """Unread articles of an edition on the shelf; None when it is not known."""
        if entry.id is None or entry.articles is None:
            return None
        marks = self._marks(entry.id)
        if entry.edition is not None:
            return sum(1 for a in entry.edition.articles() if a.id not in marks)
        # Only articles are ever marked, so the marks count the read ones.
        return max(0, entry.articles - len(marks))

    # --- bookmarks ----------------------------------------------------------------

    @property
    def bookmarks(self) -> list[Bookmark]:
        """Newest first, as the State lists them."""
        self._wait()
        return self._bookmarks

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
        self.begin()  # the bookmarks are read before this one is added (one thread, in order)

        def add(state: State) -> Bookmark:
            return state.add_bookmark(
                edition_id, item_id, title, leaf=leaf, edition_path=edition_path
            )

        bookmark = await asyncio.wrap_future(self._pool.submit(self._on_state, add))
        for i, b in enumerate(self._bookmarks):
            if b.id == bookmark.id:
                self._bookmarks[i] = bookmark
                break
        else:
            self._bookmarks.insert(0, bookmark)
        return bookmark

    def delete_bookmark(self, bookmark: Bookmark) -> None:
        self._bookmarks = [b for b in self.bookmarks if b.id != bookmark.id]
        self._write(State.delete_bookmark, bookmark.id)

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        """Undo delete_bookmark: the bookmark goes back to its place, newest first."""
        kept = [b for b in self.bookmarks if b.id != bookmark.id] + [bookmark]
        self._bookmarks = sorted(kept, key=lambda b: (b.created_at, b.id), reverse=True)
        self._write(State.restore_bookmark, bookmark)

    # --- an edition removed (reader.removing): asked of the State itself, which holds
    # what this session did not load (the places `fresh` passed over) -----------------

    @property
    def warning(self) -> StateWarning | None:
        """Why the State is not the file (one newer broadsheet wrote, one locked)."""
        self._wait()
        return None if self.state is None else self.state.warning

    def edition_paths(self) -> dict[str, set[str]]:
        """The edition files each edition was read or bookmarked in, by edition id."""
        self._wait()  # this session's writes are queued before the question
        return self._pool.submit(self._on_state, State.edition_paths).result()

    def forget(self, edition_id: str) -> tuple[int, int]:
        """Forget a deleted edition: its read marks, position and bookmarks, here and in
        the State; (read marks, bookmarks) the State forgot."""
        self._wait()
        self._read.pop(edition_id, None)
        self._positions.pop(edition_id, None)
        self._left = {key: p for key, p in self._left.items() if key[0] != edition_id}
        self._seen.discard(edition_id)
        self._bookmarks = [b for b in self._bookmarks if b.edition_id != edition_id]
        forget = partial(State.forget, edition_id=edition_id)
        return self._pool.submit(self._on_state, forget).result()

    # --- internals ----------------------------------------------------------------

    def _write(self, fn: Callable[..., object], *args: object, **kwargs: object) -> None:
        """Call a State method on the state's thread; held until the State opens."""
        if self._closed:
            return

        def call(state: State) -> object:
            return fn(state, *args, **kwargs)

        if self._opened is None:
            self._held.append(call)
            return
        self._pool.submit(self._on_state, call).add_done_callback(self._check)

    def _on_state(self, call: Callable[[State], T]) -> T:
        assert self.state is not None
        return call(self.state)

    def _check(self, future: Future[Any]) -> None:
        # Locks and full disks are handled by the State (it falls back to memory and
        # reports); what arrives here is a bug, said once rather than lost.
        error = future.exception()
        if error is not None:
            problem = f"{type(error).__name__}: {error}"
            self._report(_("reading state not saved: {problem}").format(problem=problem))


def _now_at(edition_id: str, item_id: str | None, leaf: str | None, scroll: int) -> Position:
    """Where reading stands now: an edition's place, or an article's left part-read."""
    return Position(
        edition_id=edition_id,
        item_id=item_id,
        leaf=leaf,
        scroll=scroll,
        updated_at=datetime.now(UTC),
    )
