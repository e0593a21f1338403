"""Searching all editions of a folder for the reader, off its thread: the archive's
index brought up to date, then the results sent as they are found.

The first page of results goes out as soon as it is found, then more every so
often, so the list fills while the archive is read without a message per result
(a query that finds nothing is searched again as typed so far, as in the edition:
reader.search.results.search_index);
the indexing progress is thinned out the same way. A newer query cancels the
search running (it ends at its next result or edition) and makes what it still
sends stale: each search has a run number, and only the latest run's news counts.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import BroadsheetError
from reader.search.results import ROWS, ArchiveResults, unfindable

if TYPE_CHECKING:
    from reader.search.archive import Archive, ArchiveResult, UpdateReport

FIRST_PAGE = 50
"""Results sent as soon as they are found; the rest follow, up to ROWS."""
POST_EVERY = 0.2
"""Seconds between sendings of more results, or of the indexing progress."""


@dataclass(frozen=True)
class Progress:
    run: int
    done: int
    total: int


@dataclass(frozen=True)
class Updated:
    """The index is up to date (once per opening of the search bar)."""

    run: int
    report: UpdateReport


@dataclass(frozen=True)
class Found:
    run: int
    results: ArchiveResults


@dataclass(frozen=True)
class Failed:
    run: int
    error: str


News = Progress | Updated | Found | Failed


class _Superseded(Exception):
    """A newer query came while the archive was being updated for this one."""


class ArchiveStream:
    """The searches of one folder's archive, one at a time.

    `search` runs in a worker thread and hands its news to `post` (which must be
    thread-safe); `cancelled` says a newer query came. The run numbers are handed
    out and checked on the reader's thread.
    """

    def __init__(
        self,
        folder: Path,
        *,
        first_page: int = FIRST_PAGE,
        post_every: float = POST_EVERY,
        rows: int = ROWS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.folder = folder
        self.first_page = first_page
        self.post_every = post_every
        self.rows = rows
        self._clock = clock
        self.run = 0
        """The latest search; news of older ones is stale."""
        self.fresh = False
        """Updated since the search bar opened: searches go straight to the index."""
        # SQLite: each search opens the Archive in its own thread, one at a time (a
        # search cancelled by a newer query ends at its next edition or result).
        self._lock = threading.Lock()

    def next_run(self) -> int:
        """The run number of a new search."""
        self.run += 1
        return self.run

    def drop(self) -> None:
        """Make what the searches under way still send stale."""
        self.run += 1

    def is_current(self, run: int) -> bool:
        return run == self.run

    def search(
        self, query: str, run: int, post: Callable[[News], None], cancelled: Callable[[], bool]
    ) -> None:
        """Update the index once per opening of the bar, then send the results: the first
        page as soon as it is found, then more every `post_every` seconds, up to `rows`."""
        from reader.search.archive import Archive

        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            if cancelled():
                raise _Superseded
            if done == total or self._clock() - last >= self.post_every:
                last = self._clock()
                post(Progress(run, done, total))

        with self._lock:
            if cancelled():
                return
            try:
                with Archive(self.folder) as archive:
                    if not self.fresh:
                        report = archive.update(progress)
                        self.fresh = True
                        post(Updated(run, report))
                    found: list[ArchiveResult] = []
                    last = self._clock()
                    for result in as_typed(archive, query):
                        if cancelled():
                            return
                        found.append(result)
                        if len(found) >= self.rows:
                            post(Found(run, ArchiveResults(query, tuple(found), complete=False)))
                            return
                        if len(found) == self.first_page or (
                            len(found) > self.first_page and self._clock() - last >= self.post_every
                        ):
                            last = self._clock()
                            post(Found(run, ArchiveResults(query, tuple(found), complete=False)))
                    why = unfindable(query)
                    post(Found(run, ArchiveResults(query, tuple(found), True, why)))
            except _Superseded:
                return
            except BroadsheetError as e:
                post(Failed(run, str(e)))


def as_typed(archive: Archive, query: str) -> Iterator[ArchiveResult]:
    """The archive's results for the query; when there are none, those of the query as
    typed so far (its last syllable still being typed: reader.search.composing)."""
    import msgspec

    from reader.search.archive import parse_archive_query, split_filters
    from reader.search.composing import still_typing

    found = False
    for result in archive.search(query):
        found = True
        yield result
    typing = None if found else still_typing(split_filters(query)[0])
    if typing is not None:
        yield from archive.search(msgspec.structs.replace(parse_archive_query(query), query=typing))
