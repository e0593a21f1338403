"""One search as the reader drives it: the query and its scope, the results, the hit
open, stepping with n / N, and what to highlight.

The screen hands this object what happens (a query typed, results found, a row
chosen, an edition shown) and shows what it holds; the searching itself runs
elsewhere (the edition's index in a worker, reader.search.results; the archive in
reader.search.stream).
In this edition a row is a hit; in all editions a row is an item found, with hits
of its own, and n / N go through every hit listed, from edition to edition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.highlights import Mark
from reader.search.results import (
    MARKS_PER_PLACE,
    ROWS,
    ArchiveResults,
    ArchiveSearch,
    EditionSearch,
    Results,
    Scope,
    SearchMarks,
    count,
    index_edition,
    search_index,
)

if TYPE_CHECKING:
    from reader.search import EditionIndex, Hit
    from reader.search.archive import ArchiveResult
    from reader.search.stream import ArchiveStream

# The screens and the tests take these from here, with the session that holds them.
__all__ = [
    "MARKS_PER_PLACE",
    "ROWS",
    "ArchiveResults",
    "ArchiveSearch",
    "EditionSearch",
    "HitRow",
    "ResultRow",
    "Results",
    "Row",
    "Scope",
    "SearchMarks",
    "SearchSession",
    "count",
    "index_edition",
    "search_index",
]


@dataclass(frozen=True)
class HitRow:
    """A hit of the edition, by its place in the results."""

    index: int


@dataclass(frozen=True)
class ResultRow:
    """An item found in the archive, at one of its hits."""

    at: int
    hit: int = 0


Row = HitRow | ResultRow


class SearchSession:
    """The search of one reading screen, from the first `/` to Esc.

    `archive` searches all editions of the folder; None when there is no folder.
    Whatever changes what to highlight replaces `highlights` with a new dict.
    """

    def __init__(self, archive: ArchiveStream | None = None) -> None:
        self.archive = archive
        self.query = ""
        self.scope: Scope = "edition"
        self.results: Results | ArchiveResults | None = None
        self.at: int | None = None
        """The row open in the panes."""
        self.hit = 0
        """The hit open in the archive result `at`."""
        self.highlights: SearchMarks = {}
        self.index: EditionIndex | None = None
        self.titles: dict[str, str] = {}
        self.indexing = False
        """The edition on screen is being indexed: its results come when that is done."""
        self.progress: tuple[int, int] | None = None
        """Editions indexed of how many, while the archive is updated for a search."""
        self.open_first = False
        """Enter came before the results: open the first when they come."""
        self._marks: SearchMarks = {}  # every hit of the query, none current

    # --- what is searched -----------------------------------------------------------

    def request(self, query: str, scope: Scope) -> EditionSearch | ArchiveSearch | None:
        """The reader typed (a blank query ends the results); what to search, if anything
        can be searched yet (the edition may still be indexing)."""
        self.query, self.open_first = query, False
        if scope != self.scope or not query.strip():
            self.scope = scope
            self._drop_archive()
            self._forget()
        if not query.strip():
            return None
        if scope == "archive":
            assert self.archive is not None, "no archive to search"
            return ArchiveSearch(query, self.archive.next_run())
        if self.index is not None:
            return EditionSearch(self.index, self.titles, query)
        return None

    def clear(self) -> None:
        """The search is over (Esc): no query, no results, nothing highlighted."""
        self.query, self.open_first = "", False
        self._drop_archive()
        if self.archive is not None:
            self.archive.fresh = False  # the next search brings the index up to date again
        self._forget()

    def _drop_archive(self) -> None:
        if self.archive is not None:
            self.archive.drop()  # what an archive search still sends is stale now
        self.progress = None

    def _forget(self) -> None:
        self._marks = {}
        self.at = None
        self.results = None
        self.highlights = {}

    # --- the edition on screen ----------------------------------------------------------

    def edition_shown(self) -> None:
        """Another edition is on screen: its hits replace the last one's once indexed.
        The archive's results stay, whatever edition is open."""
        self.index, self.indexing = None, False
        if self.scope == "edition":
            self._marks = {}
            self.at = None
            self.results = None

    @property
    def wants_index(self) -> bool:
        """The edition on screen has no index yet, and none is being built."""
        return self.index is None and not self.indexing

    def indexed(self, index: EditionIndex, titles: dict[str, str]) -> EditionSearch | None:
        """The edition's index is built; the search typed meanwhile, to run now."""
        self.index, self.titles, self.indexing = index, titles, False
        if self.query.strip() and self.scope == "edition":
            return EditionSearch(index, titles, self.query)
        return None

    def found(self, index: EditionIndex, results: Results, marks: SearchMarks) -> bool:
        """An edition search is done. True when Enter waits for these results."""
        if index is not self.index or results.query != self.query or self.scope != "edition":
            return False  # a slower search of an older query, of another edition or scope
        self._marks = marks
        self.at = None
        self.results = results
        self.highlights = marks
        return self._waited()

    # --- the archive ----------------------------------------------------------------------

    def archive_progress(self, run: int, done: int, total: int) -> None:
        if self._current(run):
            self.progress = (done, total)

    def archive_updated(self) -> None:
        self.progress = None

    def archive_found(self, run: int, results: ArchiveResults) -> bool:
        """More archive results (or all). True when Enter waits for them."""
        if not self._current(run):
            return False  # an older query's
        self.results = results
        return (bool(results.results) or results.complete) and self._waited()

    def archive_failed(self, run: int) -> bool:
        """True when the search that failed is the current one (say so)."""
        if not self._current(run):
            return False
        self.progress = None
        return True

    def _current(self, run: int) -> bool:
        return self.archive is not None and self.archive.is_current(run)

    def _waited(self) -> bool:
        waiting, self.open_first = self.open_first, False
        return waiting

    # --- rows to open -------------------------------------------------------------------------

    def row(self, index: int) -> Row:
        """A row of the list: a hit, or an item found in the archive at its first hit."""
        return HitRow(index) if isinstance(self.results, Results) else ResultRow(index)

    def choose(self, index: int | None) -> Row | None:
        """The row Enter or a click opens; None for the first of the query being typed.

        Returns None when there is nothing to open now: then `open_first` says whether
        the first row opens once results come (else there is none: a bell).
        """
        if index is not None:
            return self.row(index)
        if self.results is not None and self.results.query == self.query:
            return self.first()
        self.open_first = True
        return None

    def first(self, at: int = 0) -> Row | None:
        """The first row (or the row `at`, where the keys typed ahead moved the cursor);
        None when there is none yet (`open_first` set while the archive is still being
        read) or none at all."""
        if found := count(self.results):
            return self.row(min(at, found - 1))
        if isinstance(self.results, ArchiveResults) and not self.results.complete:
            self.open_first = True
        return None

    def step(self, step: int) -> Row | None:
        """The hit `step` (1 or -1) from the open one, round the results as in less or
        vim; the first (or last) when none is open."""
        results = self.results
        if isinstance(results, ArchiveResults):
            return self._step_archive(results, step)
        hits = results.hits if results else ()
        if not hits:
            return None
        if self.at is None:
            return HitRow(0 if step > 0 else len(hits) - 1)
        return HitRow((self.at + step) % len(hits))

    def _step_archive(self, results: ArchiveResults, step: int) -> Row | None:
        """The next hit in the open result, else the first (or last) of the next result."""
        found = results.results
        if not found:
            return None
        at, hit = self.at, self.hit + step
        if at is None:
            at = 0 if step > 0 else len(found) - 1
            hit = 0 if step > 0 else len(found[at].hits) - 1
        elif not 0 <= hit < len(found[at].hits):
            at = (at + step) % len(found)
            hit = 0 if step > 0 else len(found[at].hits) - 1
        return ResultRow(at, hit)

    # --- opening ------------------------------------------------------------------------------

    def open_hit(self, index: int) -> Hit:
        """Open a hit of the edition: the hits stay highlighted, this one as the current."""
        assert isinstance(self.results, Results)
        hit = self.results.hits[index]
        marks = dict(self._marks.get(hit.item_id, {}))
        marks[hit.path] = _with_current(marks.get(hit.path, []), hit)
        self.at = index
        self.highlights = {**self._marks, hit.item_id: marks}
        return hit

    def open_result(self, at: int, hit: int) -> ArchiveResult:
        """Open an item found in the archive at one of its hits (its edition may need
        loading first: then `highlight_result` once it is on screen)."""
        assert isinstance(self.results, ArchiveResults)
        self.at, self.hit = at, hit
        return self.results.results[at]

    def highlight_result(self) -> Hit:
        """Highlight the hits of the open archive result, the open one as the current;
        that hit."""
        assert isinstance(self.results, ArchiveResults) and self.at is not None
        result = self.results.results[self.at]
        marks: dict[str, list[Mark]] = {}
        for hit in result.hits:
            place = marks.setdefault(hit.path, [])
            if len(place) < MARKS_PER_PLACE:
                place.append(Mark(hit.start, hit.end))
        current = result.hits[self.hit]
        marks[current.path] = _with_current(marks[current.path], current)
        self._marks = {result.item_id: marks}
        self.highlights = dict(self._marks)
        return result.hits[self.hit]


def _with_current(marks: list[Mark], hit: Hit) -> list[Mark]:
    """A leaf's marks with the hit's as the current one, added when past MARKS_PER_PLACE."""
    out = [
        m._replace(current=True) if (m.start, m.end) == (hit.start, hit.end) else m for m in marks
    ]
    if not any(m.current for m in out):
        out.append(Mark(hit.start, hit.end, current=True))
    return out
