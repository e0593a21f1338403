"""What a search finds, as the reading screen, its workers and the search session pass it
on: the query's scope, the results of the edition or of all editions, the requests that
run in a worker, and the edition search itself (its hits, their highlights and places).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from reader.highlights import Mark
from reader.i18n import _
from reader.model import Article, Edition

if TYPE_CHECKING:
    from reader.search import EditionIndex, Hit
    from reader.search.archive import ArchiveResult

Scope = Literal["edition", "archive"]
"""What a query searches: the edition on screen, or every edition of its folder."""

ROWS = 200
"""Hits listed at most; the count and n / N cover them all. Archive results stop here."""

SearchMarks = dict[str, dict[str, list[Mark]]]
"""Hits as highlights: item id -> leaf path -> marks."""

MARKS_PER_PLACE = 1000
"""Hits of one leaf highlighted at most (the current one always): each is a style the
article's renderer lays out, and one paragraph may hold a million hits."""


@dataclass(frozen=True)
class Results:
    """The hits of one query in the edition, and what to call the items they are in."""

    query: str
    hits: Sequence[Hit]
    titles: Mapping[str, str]
    """Item id -> title, as the list shows it."""
    places: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """(Item id, leaf path) -> where in its article or ad a hit is (reader.places), for the hits
    listed (the first ROWS)."""
    filters: tuple[str, ...] = ()
    """The query's filters (`from:2026-01`), which only a search of all editions reads:
    left out of the edition's search, never searched as text."""
    text: str = ""
    """The query without its filters: what was searched."""
    unfindable: str | None = None
    """Why the query can find nothing (only quotes, only -words), in `broadsheet search`'s
    words; None when it has a word to find."""


@dataclass(frozen=True)
class ArchiveResults:
    """The items of all editions that match one query, so far."""

    query: str
    results: Sequence[ArchiveResult]
    complete: bool
    """False while more are coming, or when the list stopped at ROWS."""
    unfindable: str | None = None
    """As Results.unfindable."""


def unfindable(query: str) -> str | None:
    """Why the query, as typed in the search bar, can find nothing in either scope
    (reader.search.query.nothing_to_find); None when it has a word to find."""
    from reader.search.archive.query import split_filters
    from reader.search.query import nothing_to_find, parse_query

    return nothing_to_find(parse_query(split_filters(query)[0]))


def count(results: Results | ArchiveResults | None) -> int:
    """The rows of some results."""
    if results is None:
        return 0
    return len(results.hits) if isinstance(results, Results) else len(results.results)


@dataclass(frozen=True)
class EditionSearch:
    """Search the edition's index for a query (slow on a big edition: in a worker)."""

    index: EditionIndex
    titles: Mapping[str, str]
    query: str


@dataclass(frozen=True)
class ArchiveSearch:
    """Search all editions for a query; `run` tells its results from older ones'."""

    query: str
    run: int


def index_edition(edition: Edition) -> tuple[EditionIndex, dict[str, str]]:
    """The edition's search index and the titles its rows show (slow: in a worker)."""
    from reader.search import EditionIndex

    titles = {
        item.id: item.title
        if isinstance(item, Article)
        else _("Ad · {name}").format(name=item.name)
        for _page, item in edition.items()
    }
    return EditionIndex(edition), titles


def search_index(search: EditionSearch) -> tuple[Results, SearchMarks]:
    """The hits of an edition search, and them as highlights (MARKS_PER_PLACE a leaf).
    A query that finds nothing is searched again as typed so far (its last syllable still
    being typed: reader.search.composing), so that the list follows the typing."""
    from reader.places import place_name
    from reader.search.archive.query import split_filters
    from reader.search.composing import still_typing

    text, filters = split_filters(search.query)
    hits = search.index.search(text)
    if not hits and (typing := still_typing(text)) is not None:
        hits = search.index.search(typing)  # a syllable still being typed: where it leads
    marks: SearchMarks = {}
    # Looked up once a search, not once a hit: one keystroke may find thousands.
    items = {item.id: item for _page, item in search.index.edition.items()}
    places: dict[tuple[str, str], str] = {}
    for hit in hits:
        place = marks.setdefault(hit.item_id, {}).setdefault(hit.path, [])
        if len(place) < MARKS_PER_PLACE:
            place.append(Mark(hit.start, hit.end))
    # Only the listed rows show a place: a keystroke may find thousands of hits in ads
    # (docs/performance.md).
    for hit in hits[:ROWS]:
        if (hit.item_id, hit.path) not in places:
            places[(hit.item_id, hit.path)] = place_name(hit.path, items.get(hit.item_id))
    kept = tuple(f"{name}:{value}" for name, value in filters)
    results = Results(
        search.query, hits, search.titles, places, kept, text.strip(), unfindable(search.query)
    )
    return results, marks
