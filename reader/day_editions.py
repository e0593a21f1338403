"""Which edition file an inner page joins: the one edition of its day in the folder.

An inner page's folio gives the date but not the paper, so its edition is named after its
file (`A03`) and would never meet the front page's (`한빛일보-2026-12-09`). When the
folder holds exactly one edition of that date that names a paper, and that edition
prints none of the page's numbers, the page joins it, and the ingest says so. With two or
more (two papers of one day), the page is written on its own as before and the ingest
names the editions that could take it, and `--to EDITION` adds it to the one the reader
means. An edition naming no paper is no candidate: it is another loose page, of any paper.

A paper prints every page of an edition at its one format, and another paper's may be
another: a PDF page whose size none of the day's edition's pages has is not joined to it
by itself (written on its own, the ingest naming the edition and the `--to` that adds it;
docs/representation.md has the fixtures measured). Page text has no size: no evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader import store
from reader.adding_pages import new_numbers
from reader.errors import BroadsheetError
from reader.i18n import _
from reader.library import edition_files
from reader.model import Edition


@dataclass(slots=True)
class Day:
    target: Path | None = None  # the edition file the pages join
    could: list[str] = field(default_factory=list)  # else: the ids of those that could
    apart: bool = False  # the one that could prints its pages at another size


def dated_alone(edition: Edition) -> str | None:
    """The date of an edition whose masthead gives the date alone, else None."""
    m = edition.masthead
    return m.date if m is not None and m.date and not m.paper else None


def day_edition(folder: Path, edition: Edition) -> Day:
    """The file of the folder's one edition of `edition`'s day that may take its pages."""
    date = dated_alone(edition)
    if date is None:
        return Day()
    fits: list[Edition] = []
    files: list[Path] = []
    for path in edition_files(folder):
        try:
            head = store.head_of(store.read_bytes(path), path)
        except BroadsheetError:
            continue  # not an edition this broadsheet reads: no candidate
        m = head.masthead
        if head.id == edition.id or m is None or m.date != date or not m.paper:
            continue
        try:
            old = store.load(path)
        except BroadsheetError:
            continue
        files.append(path)
        if new_numbers(old, edition):
            fits.append(old)
    if len(files) == 1 and fits:
        if sized_apart(fits[0], edition):
            return Day(could=[fits[0].id], apart=True)
        return Day(target=files[0])
    return Day(could=[e.id for e in fits])


SIZE_TOLERANCE = 0.01
"""A page's width and height may differ by this share from another of its paper's: the
points a PDF writer rounds a format in millimetres to."""


def sized_apart(old: Edition, new: Edition) -> bool:
    """Whether a page of `new` has a size (a PDF page's) none of `old`'s pages has; False
    when either prints none (page text)."""
    held = [p.size for p in old.pages if p.size is not None]
    if not held:
        return False
    return any(
        page.size is not None and not any(_close(page.size, size) for size in held)
        for page in new.pages
    )


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return all(abs(x - y) <= SIZE_TOLERANCE * max(x, y) for x, y in zip(a, b, strict=True))


def to_edition(folder: Path, name: str, edition: Edition) -> Path:
    """The file of edition `name` (its id or its file's name) in the folder, which
    `--to` adds the source's pages to; a clear error when it cannot take them."""
    path = folder / (name if name.endswith(".json") else store.file_name(name))
    old = store.load(path)  # a missing or unreadable file: its own one-line error
    refusal = refused(old, edition)
    if refusal is not None:
        raise BroadsheetError(path, refusal)
    return path


def refused(old: Edition, edition: Edition) -> str | None:
    """Why `edition`'s pages cannot join `old` at the reader's word, or None."""
    m, n = old.masthead, edition.masthead
    if n is not None and n.paper and (m is None or m.paper != n.paper):
        return _("is another paper's edition: the source names {paper}").format(paper=n.paper)
    if n is not None and n.date and m is not None and m.date and m.date != n.date:
        return _("is the edition of {date}, the source is of {other}").format(
            date=m.date, other=n.date
        )
    if not new_numbers(old, edition):
        return _(
            "cannot take the source's pages: each must print a number none of its pages prints"
        )
    return None
