"""What an ingest does with the edition file already at its target: the replace policy.

Re-ingesting a corrected e-edition must stay one command, so an edition of as many pages
or more is replaced, and the ingest says so. One of fewer pages would lose what the file
holds (a single page of the paper ingested by mistake, a truncated download): that, or
writing over a file that cannot be read as an edition (it may be a newer broadsheet's),
takes --replace. Photos the old edition used and the new one does not, and those a
killed ingest left, are removed only once the new edition file is safely written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader import store
from reader.errors import BroadsheetError
from reader.i18n import _, ngettext
from reader.model import Article, Edition, Image, Photo
from reader.photo_files import is_photo_name, photo_folder
from reader.pictures import picture_path


def pages_words(count: int) -> str:
    return ngettext("{count} page", "{count} pages", count).format(count=count)


@dataclass(slots=True)
class Previous:
    """The edition file at an ingest's target, as it was before."""

    pages: int
    photos: set[str] = field(default_factory=set)
    adds_to: Edition | None = None  # the edition the new pages join (reader/adding_pages.py)


def photo_srcs(edition: Edition) -> set[str]:
    """The files (relative to the edition's folder) its photos are saved in."""
    out: set[str] = set()
    for _page, item in edition.items():
        if isinstance(item, Article):
            out.update(b.image.src for b in item.body if b.image is not None)
        else:
            out.update(b.image.src for b in item.blocks if isinstance(b, Photo))
    return out


def check_target(
    target: Path, pages: int, replace: bool, joins: Callable[[Edition], bool] | None = None
) -> Previous | None:
    """The edition at `target` a new one of `pages` would replace (None: no file there),
    or a BroadsheetError when replacing it needs --replace. joins(old): whether the new
    pages are added to it instead (without --replace): then nothing is refused."""
    if not os.path.lexists(target):
        return None
    try:
        old = store.load(target)
    except BroadsheetError as e:
        if replace:
            return Previous(0)
        reason = _(
            "exists but is not an edition this broadsheet reads ({reason}); "
            "to write over it, ingest again with --replace"
        )
        raise BroadsheetError(target, reason.format(reason=e.reason)) from None
    if not replace and joins is not None and joins(old):
        return Previous(len(old.pages), photo_srcs(old), old)
    if pages < len(old.pages) and not replace:
        reason = _(
            "holds this edition with {old}, the source gives {new}: "
            "to replace it, ingest again with --replace"
        )
        old_pages, new_pages = pages_words(len(old.pages)), pages_words(pages)
        raise BroadsheetError(target, reason.format(old=old_pages, new=new_pages))
    return Previous(len(old.pages), photo_srcs(old))


def remove_unused_photos(folder: Path, previous: Previous | None, new: Edition) -> None:
    """Once the new edition file is written: delete the photos only the replaced edition
    used, and the photo files in the edition's photo folders it does not use (those of a
    run killed before its edition file was written), then the folders this empties.

    In those folders, only files named as an ingest names photos are deleted: any other
    file there is not an ingest's. A photo folder reached through a symlink is left as it
    is: the folder it names may be another edition file's, whose photos this one cannot
    tell from leftovers."""
    keep = {path for src in photo_srcs(new) if (path := picture_path(folder, Image(src)))}
    paths = {picture_path(folder, Image(src)) for src in previous.photos} if previous else set()
    gone = {p for p in paths if p is not None and own_folder(folder, p.parent)} - keep
    folders = {p.parent for p in gone} | {folder / photo_folder(new.id)}
    folders = {parent for parent in folders if own_folder(folder, parent)}
    for parent in folders:
        try:
            names = os.listdir(parent)
        except OSError:
            continue  # none there, or not ours to read
        for name in names:
            if name.startswith(".") and name.endswith(".tmp"):
                of = name[1:].rsplit(".", 3)[0]  # .<name>.<pid>.<random>.tmp
                if is_photo_name(of):
                    store.sweep_dead_temps(parent / of)
            elif is_photo_name(name) and parent / name not in keep:
                gone.add(parent / name)
    for path in gone:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue  # a leftover photo harms nothing; the edition is written
    for parent in folders:
        try:
            parent.rmdir()
        except OSError:
            pass  # not empty (the new edition's photos), or not ours to remove


def own_folder(folder: Path, parent: Path) -> bool:
    """Whether `parent`, a folder below `folder`, is where it seems: no symlink on the
    way from `folder` leads elsewhere."""
    real = os.path.realpath(folder)
    return os.path.realpath(parent) == os.path.join(real, os.path.relpath(parent, folder))
