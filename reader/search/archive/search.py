"""Searching the index: candidates window by window, confirmed, ranked within each edition.

Matching is exactly the in-edition search's: the FTS5 tables only propose
candidate items, a superset of the matches (see fts); each is confirmed and
highlighted by the edition search's own matcher on the item's stored leaves
(see confirm). Results come newest edition first: windows of candidates run from
the newest (see windows), and inside each window, by edition, best first (see ranking).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import msgspec

from reader.errors import BroadsheetError
from reader.i18n import _
from reader.model import Article
from reader.places import place_name
from reader.search.archive.confirm import Confirmed, Confirmer
from reader.search.archive.fts import Match, match_expressions
from reader.search.archive.index import Index
from reader.search.archive.query import ArchiveQuery, parse_archive_query
from reader.search.archive.ranking import rank
from reader.search.archive.rows import date_range, edition_base
from reader.search.archive.windows import first_size, scope, windows
from reader.search.edition import Hit
from reader.search.query import Query


class ArchiveResult(msgspec.Struct, frozen=True):
    """One article or ad that matches, and its hits as the edition's search gives them."""

    edition_id: str
    edition_path: str
    paper: str | None
    date: str | None  # ISO yyyy-mm-dd
    item_id: str
    kind: str  # "article" | "ad"
    page: int
    section: str
    """As the page stores it; shown_section names it as the reader's list does."""
    title: str
    hits: list[Hit]
    printed: str | None = None
    """The number the page prints (A6), what a reader names it by; `page` is its place."""
    places: dict[str, str] = msgspec.field(default_factory=dict)
    """Leaf path -> where the hit is, as reader.places names it in this item (an ad's
    table row by its label). Not in the JSON: a script reads the paths."""
    section_inferred: bool = False
    """The ingest gave the section (the page prints none): named in the reader's language."""
    title_leaf: str | None = None
    """The leaf whose own first words are the title, when the item has no printed
    headline (a photo by its caption, a bulletin by its first paragraph); None when the
    title is printed as one."""

    @property
    def headed(self) -> bool:
        """Whether the title is printed as the item's headline (or an ad's name)."""
        return self.title_leaf is None

    def builtins(self) -> dict[str, object]:
        """The result as JSON gives it, each hit by Hit.builtins."""
        fields = {name: getattr(self, name) for name in self.__struct_fields__}
        del fields["places"]
        return {**fields, "hits": [hit.builtins() for hit in self.hits]}


def search(index: Index, folder: Path, query: str | ArchiveQuery) -> Iterator[ArchiveResult]:
    """Matching articles and ads of the folder's index, newest edition first, ranked
    within an edition. A generator: the first results come before the rest is read."""
    q = parse_archive_query(query) if isinstance(query, str) else query
    if q.empty:
        return
    try:
        hanja = index.hanja()
        match = match_expressions(q.query, hanja)
        filters = scope(index.db, q)
        if filters is None:
            return
        confirmer = Confirmer(q.query)
        # Each term's own candidates, for its weight (one term weighs alone).
        terms = [match_expressions(Query((t,)), hanja) for t in q.query.include]
        lo, hi = date_range(q)
        for window in windows(index.db, match, filters, lo, hi, first_size(q.query)):
            yield from _ranked(index, folder, window, confirmer, terms if len(terms) > 1 else [])
    except sqlite3.Error as e:
        raise BroadsheetError(
            index.path, _("cannot search the index ({reason})").format(reason=e)
        ) from None


def _ranked(
    index: Index, folder: Path, window: list[int], confirmer: Confirmer, terms: list[Match]
) -> list[ArchiveResult]:
    """The window's matches, best first."""
    if not window:
        return []
    rows = index.db.execute(
        "SELECT i.id, i.page, i.printed, s.name, i.section_inferred, i.data, e.edition_id, "
        "e.name, e.paper, e.date "
        "FROM items i JOIN sections s ON s.id = i.section "
        f"JOIN editions e ON e.base = {edition_base('i.id')} "
        "WHERE i.id IN (SELECT value FROM json_each(?))",
        (msgspec.json.encode(window),),
    ).fetchall()
    found: list[tuple[int, Confirmed, ArchiveResult]] = []
    for rowid, page, printed, section, inferred, data, edition_id, name, paper, date in rows:
        item = index.codec.unpack(data)
        confirmed = confirmer.confirm(item, page)
        if confirmed is None:
            continue
        result = ArchiveResult(
            edition_id=edition_id,
            edition_path=str(folder / name),
            paper=paper,
            date=date,
            item_id=item.id,
            kind="article" if isinstance(item, Article) else "ad",
            page=page,
            printed=printed,
            section=section,
            section_inferred=bool(inferred),
            title=item.title if isinstance(item, Article) else item.name,
            hits=confirmed.hits,
            places={hit.path: place_name(hit.path, item) for hit in confirmed.hits},
            title_leaf=item.title_leaf if isinstance(item, Article) else None,
        )
        found.append((rowid, confirmed, result))
    whole_first = any(term.choseong for term in confirmer.query.include)
    return rank(index.db, window, found, terms, whole_first)
