"""One-page editions of a given date, and the order an archive of them finds things in."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article, Edition, Masthead, Page, Source
from reader.search.archive import Archive


def dated_edition(edition_id: str, date: str | None, items: list[Article]) -> Edition:
    return Edition(
        1,
        edition_id,
        Source(edition_id, "0" * 64, "utf-8"),
        masthead=Masthead(paper="시험일보", date=date),
        pages=[Page(1, "종합", items)],
    )


def found_order(folder: Path, query: str) -> list[tuple[str, str]]:
    """(edition id, item id) of each result, in order, after indexing the folder."""
    with Archive(folder) as archive:
        archive.update()
        return [(r.edition_id, r.item_id) for r in archive.search(query)]
