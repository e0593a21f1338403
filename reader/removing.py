"""Removing an edition from the shelf (`broadsheet remove`, the picker's delete key): its
file, its photo folder, its rows in the folder's search index and its reading state.

The edition file goes first: when it cannot be removed (a read-only folder), nothing else
is touched. Photos and reading state are found by the edition's id, so they stay while
another file uses them: removing a link takes the link only; a copy of the same edition
beside the file keeps both; one in another folder the reader knows keeps the state (the
state is by edition id, photos by folder). A file that a link leads to is refused: the
link would lead nowhere. A link whose file is gone takes what only it used. What follows
the file is each atomic on its own (an unlink, one transaction of the index, one of the
state); a photo that cannot be removed is left, and harms nothing.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Literal, NamedTuple, Protocol

import msgspec

from reader import library, store
from reader.catalog import Catalog
from reader.errors import BroadsheetError, StateWarning
from reader.i18n import N_, _, ngettext
from reader.photo_files import folder_name, is_photo_name, photo_folder
from reader.printable import visible_name
from reader.replacing import own_folder

Kept = Literal["", "link", "copy", "state"]
"""What was kept and why: photos and state, as the file was a link, or another file of
the same edition beside it uses them; the state only, as another elsewhere does."""

_KEPT = {
    "link": N_(
        "removed the link {file}; {other}, the edition file it led to, keeps its photos "
        "and reading state"
    ),
    "copy": N_(
        "removed {file}; its photos and reading state are kept: {other} is the same edition"
    ),
}


class Removed(msgspec.Struct, frozen=True):
    """What removing an edition removed."""

    file: Path
    edition_id: str
    photos: int = 0
    indexed: bool = False
    marks: int = 0
    bookmarks: int = 0
    trouble: str | None = None  # why the reading state could not be changed
    kept: Kept = ""
    kept_for: Path | None = None  # the other edition file, when `kept`
    broken: bool = False  # the file was a link that led to no file

    def line(self) -> str:
        """One line of what went, of what was kept, and of what could not be changed."""
        file = visible_name(str(self.file))
        other = visible_name(str(self.kept_for or ""))
        if self.kept in _KEPT:
            return _(_KEPT[self.kept]).format(file=file, other=other)
        state = not self.kept and self.trouble is None
        what = went(self.photos, self.indexed, (self.marks, self.bookmarks) if state else None)
        if self.broken:
            done = _("removed the broken link {file} with {what}")
        else:
            done = _("removed {file} with {what}")
        done = done.format(file=file, what=what)
        return kept_tail(done, other if self.kept == "state" else None, self.trouble)


def went(photos: int, indexed: bool, state: tuple[int, int] | None) -> str:
    """What a removal took: its photos, its search entries, and, when the reading state
    was changed, its read marks and bookmarks (`state`)."""
    what = [ngettext("{count} photo", "{count} photos", photos).format(count=photos)]
    if indexed:
        what.append(_("its search entries"))
    if state is not None:
        marks, bookmarks = state
        what.append(ngettext("{count} read mark", "{count} read marks", marks).format(count=marks))
        what.append(
            ngettext("{count} bookmark", "{count} bookmarks", bookmarks).format(count=bookmarks)
        )
    return ", ".join(what)


def kept_tail(done: str, kept_for: str | None, trouble: str | None) -> str:
    """`done`, and that the reading state was kept for another file of the edition
    (`kept_for`), or could not be changed (`trouble`)."""
    if kept_for is not None:
        kept = _("{done}; its reading state is kept: {other} is the same edition")
        return kept.format(done=done, other=kept_for)
    if trouble is not None:
        return _("{done}; its reading state was not changed: {reason}").format(
            done=done, reason=trouble
        )
    return done


class Gone(BroadsheetError):
    """The edition file is no longer there (another program removed it)."""


def edition_of(path: Path) -> library.Entry | None:
    """The shelf's entry of an edition file, None for a link to an edition file that is
    gone; raises Gone when there is no file, BroadsheetError for a path that is not one
    (a folder, page text, a broken file, the shipped sample)."""
    if library.is_shipped(path.parent):
        raise BroadsheetError(path, _("a sample shipped with broadsheet; nothing removed"))
    if path.suffix.lower() == ".json" and path.is_symlink() and not path.exists():
        return None
    if not os.path.lexists(path):
        raise Gone(path, _("no such file: it is gone already; nothing removed"))
    if not path.is_file() or path.suffix.lower() != ".json":
        raise BroadsheetError(path, _("not an edition file of a shelf; nothing removed"))
    entry = library.Entry.head(path)
    if entry.error is not None or entry.id is None:
        reason = _("not an edition file ({reason}); nothing removed")
        raise BroadsheetError(path, reason.format(reason=entry.error or _("no id")))
    return entry


class Keeper(Protocol):
    """The reading state: the app's (reader.reading) or the file's (reader.state). Both
    answer from the file, not from what a session loaded."""

    @property
    def warning(self) -> StateWarning | None: ...

    def edition_paths(self) -> dict[str, set[str]]: ...

    def forget(self, edition_id: str) -> tuple[int, int]: ...


def remove(path: Path, state: Keeper | None = None) -> Removed:
    """Remove an edition of the shelf with what is kept of it (see the module); raises
    BroadsheetError when it is not one, or its file cannot be removed. `state`: the
    app's reading state, else the state file is opened for it."""
    entry = edition_of(path)
    if state is not None:
        return _remove_kept(path, entry, state)
    from reader.state import State

    with State.open() as opened:
        return _remove_kept(path, entry, opened)


def _remove_kept(path: Path, entry: library.Entry | None, state: Keeper) -> Removed:
    trouble = None if state.warning is None else state.warning.cause
    removed = _remove(path, entry, state, trouble)
    if state.warning is not None and removed.trouble is None and not removed.kept:
        # The state fell to memory while forgetting: nothing was forgotten on disk.
        cause = state.warning.cause
        return msgspec.structs.replace(removed, marks=0, bookmarks=0, trouble=cause)
    return removed


def _remove(path: Path, entry: library.Entry | None, state: Keeper, trouble: str | None) -> Removed:
    paths = state.edition_paths()
    if entry is None:
        return _remove_broken(path, state, paths, trouble)
    edition_id = entry.id or ""
    folder = path.parent
    if path.is_symlink():
        kept_for = path.resolve()
        _unlink(path)
        return Removed(path, edition_id, indexed=unindex(path), kept="link", kept_for=kept_for)
    users = other_users(path, edition_id, paths)
    if users.link is not None:
        # Removing the file would leave the link leading nowhere, and the reader who
        # named this file did not name the link.
        refused = _("{link} links to it: remove the link first; nothing removed")
        raise BroadsheetError(path, refused.format(link=visible_name(str(users.link))))
    _unlink(path)
    indexed = unindex(path)
    if users.beside is not None:
        return Removed(path, edition_id, indexed=indexed, kept="copy", kept_for=users.beside)
    photos = _remove_photos(folder, edition_id)
    if users.elsewhere is not None:
        return Removed(path, edition_id, photos, indexed, kept="state", kept_for=users.elsewhere)
    if trouble is not None:
        return Removed(path, edition_id, photos, indexed, trouble=trouble)
    return Removed(path, edition_id, photos, indexed, *state.forget(edition_id))


def _remove_broken(
    path: Path, state: Keeper, paths: dict[str, set[str]], trouble: str | None
) -> Removed:
    """A link whose edition file is gone: the link, and the photos and state of the
    editions read through it that no other known file has."""
    _unlink(path)
    indexed = unindex(path)
    here = os.path.abspath(path)
    photos = marks = bookmarks = 0
    for edition_id in sorted(i for i, known in paths.items() if here in known):
        users = other_users(path, edition_id, paths)
        if users.beside is not None or users.link is not None:
            continue
        photos += _remove_photos(path.parent, edition_id)
        if users.elsewhere is None and trouble is None:
            forgot = state.forget(edition_id)
            marks, bookmarks = marks + forgot[0], bookmarks + forgot[1]
    return Removed(path, "", photos, indexed, marks, bookmarks, trouble, broken=True)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError as e:
        raise BroadsheetError(
            path, _("cannot remove ({reason})").format(reason=e.strerror)
        ) from None


def unindex(path: Path) -> bool:
    """Forget a removed file in its folder's search index; whether it was there."""
    from reader.search.archive.index import Index, index_path
    from reader.search.archive.update import forget

    where = index_path(path.parent)
    if not where.is_file():
        return False
    try:
        index = Index(where)
        try:
            return forget(index, path.name)
        finally:
            index.close()
    except (BroadsheetError, sqlite3.Error, OSError):
        return False  # the next search's update forgets the file that is gone


class Users(NamedTuple):
    """The other known files that use an edition file's photos or state."""

    link: Path | None  # a link to the file itself
    beside: Path | None  # the same edition in its folder: photos and state shared
    elsewhere: Path | None  # the same edition in another folder: state shared


def other_users(path: Path, edition_id: str, paths: dict[str, set[str]]) -> Users:
    """Other edition files of `edition_id`, or links to `path`, in the folders the
    reader knows: the file's own, ./editions, and every folder the reading state
    records an edition read or bookmarked in (the state is kept by edition id, in
    whichever folder it was read)."""
    itself = path.resolve()
    own = path.parent.resolve()
    link = beside = elsewhere = None
    for folder in _known_folders(path, paths):
        catalog = Catalog(folder)  # the heads the shelf remembers: no file read twice
        for other in store.find_editions(folder):
            if other.resolve() == itself:
                if other.is_symlink():
                    link = link or other
                continue  # the file itself, by another path
            if library.Entry.head(other, catalog).id != edition_id:
                continue
            if folder.resolve() == own:
                beside = beside or other
            else:
                elsewhere = elsewhere or other
    return Users(link, beside, elsewhere)


def _known_folders(path: Path, paths: dict[str, set[str]]) -> list[Path]:
    candidates = [path.parent, store.EDITIONS_DIR]
    candidates += sorted({Path(p).parent for known in paths.values() for p in known})
    seen: set[Path] = set()
    folders = []
    for folder in candidates:
        real = folder.resolve()
        if real not in seen and real.is_dir():
            seen.add(real)
            folders.append(folder)
    return folders


def _remove_photos(folder: Path, edition_id: str) -> int:
    """Delete the photo files an ingest wrote in the edition's photo folder, and the folder
    when that empties it; the number deleted. Another file there is not ours and stays."""
    photos = folder / photo_folder(edition_id)
    if not folder_name(edition_id) or not own_folder(folder, photos):
        # An id that is a path ('./other', from a state row) names another's folder; a
        # linked folder may be another edition file's.
        return 0
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
