"""Removing an edition from the shelf (`broadsheet remove`, the picker's delete key): its
file, its photo folder, its rows in the folder's search index and its reading state.

The edition file goes first: when it cannot be removed (a read-only folder), nothing else
is touched. Photos and reading state are found by the edition's id, so they stay while
another file uses them: removing a link takes the link only, and a file with a copy of
the same edition, or a link to it, beside it keeps them. What follows the file is each
atomic on its own (an unlink, one transaction of the index, one of the state); a photo
that cannot be removed is left, and harms nothing.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import msgspec

from reader import library, store
from reader.catalog import Catalog
from reader.errors import BroadsheetError
from reader.i18n import N_, _, ngettext
from reader.photo_files import is_photo_name, photo_folder
from reader.printable import visible_name
from reader.replacing import own_folder

Kept = Literal["", "link", "copy", "linked"]
"""Why photos and state were kept: the file was a link; another is the same edition; or
another links to the file."""

_KEPT = {
    "link": N_(
        "removed the link {file}; {other}, the edition file it led to, keeps its photos "
        "and reading state"
    ),
    "copy": N_(
        "removed {file}; its photos and reading state are kept: {other} is the same edition"
    ),
    "linked": N_("removed {file}; its photos and reading state are kept: {other} links to it"),
}


class Removed(msgspec.Struct, frozen=True):
    """What removing an edition removed."""

    file: Path
    edition_id: str
    photos: int = 0
    indexed: bool = False
    marks: int = 0
    bookmarks: int = 0
    trouble: str | None = None  # the reading state's, when it could not be written
    kept: Kept = ""
    kept_for: Path | None = None  # the other edition file, when `kept`

    def line(self) -> str:
        """One line of what went, or of what was kept."""
        if self.kept and self.kept_for is not None:
            other = visible_name(str(self.kept_for))
            return _(_KEPT[self.kept]).format(file=visible_name(str(self.file)), other=other)
        what = [ngettext("{count} photo", "{count} photos", self.photos).format(count=self.photos)]
        if self.indexed:
            what.append(_("its search entries"))
        marks = ngettext("{count} read mark", "{count} read marks", self.marks)
        bookmarks = ngettext("{count} bookmark", "{count} bookmarks", self.bookmarks)
        what += [marks.format(count=self.marks), bookmarks.format(count=self.bookmarks)]
        return _("removed {file} with {what}").format(
            file=visible_name(str(self.file)), what=", ".join(what)
        )


def edition_of(path: Path) -> library.Entry:
    """The shelf's entry of an edition file; raises BroadsheetError for a path that is not
    one (missing, a folder, page text, a broken file, the shipped sample)."""
    if not path.is_file() or path.suffix.lower() != ".json":
        raise BroadsheetError(path, _("not an edition file of a shelf; nothing removed"))
    if library.is_shipped(path.parent):
        raise BroadsheetError(path, _("a sample shipped with broadsheet; nothing removed"))
    entry = library.Entry.head(path)
    if entry.error is not None or entry.id is None:
        reason = _("not an edition file ({reason}); nothing removed")
        raise BroadsheetError(path, reason.format(reason=entry.error or _("no id")))
    return entry


Forget = Callable[[str], tuple[int, int]]
"""Forgets an edition's reading state: (read marks, bookmarks) forgotten."""


def remove(path: Path, forget: Forget | None = None) -> Removed:
    """Remove an edition of the shelf with what is kept of it (see the module); raises
    BroadsheetError when it is not one, or its file cannot be removed. `forget`: the
    app's reading state (reader.reading), else the state file is opened for it."""
    from reader.search.archive.index import Index, index_path
    from reader.search.archive.update import forget as unindex

    entry = edition_of(path)
    edition_id = entry.id or ""
    folder = path.parent
    kept, kept_for = ("link", path.resolve()) if path.is_symlink() else _user(path, edition_id)
    try:
        path.unlink()
    except OSError as e:
        raise BroadsheetError(
            path, _("cannot remove ({reason})").format(reason=e.strerror)
        ) from None
    photos = 0 if kept else _remove_photos(folder, folder / photo_folder(edition_id))
    indexed = False
    where = index_path(folder)
    if where.is_file():
        try:
            index = Index(where)
            try:
                indexed = unindex(index, path.name)
            finally:
                index.close()
        except (BroadsheetError, sqlite3.Error, OSError):
            indexed = False  # the next search's update forgets the file that is gone
    if kept:
        return Removed(path, edition_id, indexed=indexed, kept=kept, kept_for=kept_for)
    if forget is not None:
        return Removed(path, edition_id, photos, indexed, *forget(edition_id))
    from reader.state import State

    with State.open() as state:
        marks, bookmarks = state.forget(edition_id)
        trouble = None if state.warning is None else str(state.warning)
    return Removed(path, edition_id, photos, indexed, marks, bookmarks, trouble)


def _user(path: Path, edition_id: str) -> tuple[Kept, Path | None]:
    """Another edition file beside `path` that uses its photos and state: one linking to
    it, or one of the same edition (a copy, or a link to one); ("", None) when none."""
    itself = path.resolve()
    catalog = Catalog(path.parent)  # the heads the shelf remembers: no file read twice
    for other in store.find_editions(path.parent):
        if other.name == path.name:
            continue
        if other.is_symlink() and other.resolve() == itself:
            return "linked", other
        if library.Entry.head(other, catalog).id == edition_id:
            return "copy", other
    return "", None


def _remove_photos(folder: Path, photos: Path) -> int:
    """Delete the photo files an ingest wrote in the edition's photo folder, and the folder
    when that empties it; the number deleted. Another file there is not ours and stays."""
    if not own_folder(folder, photos):
        return 0  # a linked folder may be another edition file's
    try:
        names = os.listdir(photos)
    except OSError:
        return 0
    removed = 0
    for name in names:
        if is_photo_name(name):
            try:
                (photos / name).unlink()
            except OSError:
                continue
            removed += 1
    try:
        photos.rmdir()
    except OSError:
        pass  # not empty, or not ours to remove
    return removed
