"""Removing pages from an edition file (`broadsheet remove EDITION --page A3`): the file
written without them (reader/taking_pages.py), under the edition's lock as an ingest
writes it; then the photos only they used, the file's rows in its folder's search index
(the next search indexes the pages left, whose rows are as before), and their items'
read marks and bookmarks.

The file is written first: when it cannot be (a read-only folder), nothing else is
touched. Photos and reading state are the edition's, not the file's: another file of the
same edition beside it keeps both, one in another folder the reader knows keeps the
state, as removing a whole edition keeps them (reader/removing.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import msgspec

from reader import edition_lock, replacing, store
from reader.errors import BroadsheetError
from reader.i18n import _, ngettext
from reader.model import Image
from reader.page_numbers import page_name
from reader.pictures import picture_path
from reader.printable import visible_name
from reader.removing import Keeper, edition_of, kept_tail, other_users, unindex, went
from reader.taking_pages import named_pages, take_pages


class PagesRemoved(msgspec.Struct, frozen=True):
    """What removing pages from an edition file removed."""

    file: Path
    pages: list[str]  # as the reader names them
    left: int  # the pages the edition still has
    photos: int = 0
    indexed: bool = False
    marks: int = 0
    bookmarks: int = 0
    trouble: str | None = None  # why the reading state could not be changed
    kept_for: Path | None = None  # another file of the edition, which keeps the state
    beside: bool = False  # ... and the photos: it is in the same folder

    def line(self) -> str:
        """One line of what went, and of what was kept or could not be changed."""
        pages = ngettext("page {numbers}", "pages {numbers}", len(self.pages))
        state = self.kept_for is None and self.trouble is None
        done = _("removed {pages} from {file} (now {count}) with {what}").format(
            pages=pages.format(numbers=", ".join(self.pages)),
            file=visible_name(str(self.file)),
            count=replacing.pages_words(self.left),
            what=went(self.photos, self.indexed, (self.marks, self.bookmarks) if state else None),
        )
        other = visible_name(str(self.kept_for or ""))
        if self.beside:
            kept = _("{done}; their photos and reading state are kept: {other} is the same edition")
            return kept.format(done=done, other=other)
        return kept_tail(done, other if self.kept_for is not None else None, self.trouble)


class PageKeeper(Keeper, Protocol):
    """The reading state, which forgets items as well as editions."""

    def forget_items(self, edition_id: str, item_ids: Sequence[str]) -> tuple[int, int]: ...


def remove_pages(
    path: Path,
    names: list[str],
    state: PageKeeper | None = None,
    waiting: Callable[[], None] | None = None,
) -> PagesRemoved:
    """Remove the pages `names` names from the edition file at `path` (see the module);
    raises BroadsheetError, with nothing touched, when it is no edition file or the pages
    cannot go. `state`: the reading state, else the state file is opened for it;
    `waiting()` is called when another process is writing the edition."""
    entry = edition_of(path)
    if entry is None:
        raise BroadsheetError(path, _("a link that leads to no edition file; nothing removed"))
    if state is not None:
        return _remove(path, names, state, waiting)
    from reader.state import State

    with State.open() as opened:
        return _remove(path, names, opened, waiting)


def _remove(
    path: Path, names: list[str], state: PageKeeper, waiting: Callable[[], None] | None
) -> PagesRemoved:
    target = store.real_file(path)  # a link is written through, as an ingest writes it
    folder = target.parent
    with edition_lock.held(target, waiting):
        edition = store.load(target)
        try:
            taken = take_pages(edition, named_pages(edition, names))
        except BroadsheetError as e:
            raise BroadsheetError(path, e.reason) from None
        store.write_into(folder, target.name, store.to_json(taken.edition))
        gone = replacing.photo_srcs(edition) - replacing.photo_srcs(taken.edition)
        here = other_users(path, edition.id, state.edition_paths())
        photos = 0
        if here.beside is None:
            there = [p for src in gone if (p := picture_path(folder, Image(src))) is not None]
            before = sum(p.is_file() for p in there)
            previous = replacing.Previous(len(edition.pages), photos=gone)
            replacing.remove_unused_photos(folder, previous, taken.edition)
            photos = before - sum(p.is_file() for p in there)
    removed = PagesRemoved(
        path,
        [page_name(p) for p in taken.pages],
        len(taken.edition.pages),
        photos,
        unindex(path),
    )
    kept_for = here.beside or here.elsewhere
    if kept_for is not None:
        return msgspec.structs.replace(removed, kept_for=kept_for, beside=here.beside is not None)
    if (trouble := _trouble(state)) is not None:
        return msgspec.structs.replace(removed, trouble=trouble)
    ids = [it.id for page in taken.pages for it in page.items]
    marks, bookmarks = state.forget_items(edition.id, ids)
    if (trouble := _trouble(state)) is not None:  # the state fell to memory meanwhile
        return msgspec.structs.replace(removed, trouble=trouble)
    return msgspec.structs.replace(removed, marks=marks, bookmarks=bookmarks)


def _trouble(state: PageKeeper) -> str | None:
    """Why the reading state is not being saved, if it is not."""
    return None if state.warning is None else state.warning.cause
