"""The names of an edition's photo files, and which files of a photo folder are photos.

A photo's name holds a short hash of its bytes: a re-ingest whose photo differs from the
old edition's writes a file of another name, so the old edition's photos stay as they
are until the new edition file is in place. Editions written before keep their names
(`p3-photo2.jpg`); they are read as they are.
"""

from __future__ import annotations

import re

HASH_CHARS = 12
"""Hex digits of the hash kept: enough that two different pictures of one page's place
never share a name in practice."""

_PHOTO = re.compile(r"p[0-9]+-photo[0-9]+(-[0-9a-f]+)?\.[A-Za-z0-9]+")


def folder_name(edition_id: str) -> bool:
    """Whether an edition id can name its photo folder beside the file: one plain name,
    never a path ('a/b', '.', '..'), nor empty, nor holding NUL. (Other controls stay:
    ids of the old rule hold ESC, and name a folder of their own all the same.)"""
    return (
        edition_id not in ("", ".", "..")
        and "/" not in edition_id
        and "\\" not in edition_id
        and "\0" not in edition_id
    )


def photo_folder(edition_id: str) -> str:
    """The folder, beside the edition file, its photos are saved in."""
    return edition_id


def photo_src(edition_id: str, page: int, number: int, ext: str, data: bytes | None) -> str:
    """The src of page `page`'s photo `number` (without bytes, when pictures were not
    read: the name of no file)."""
    name = f"p{page}-photo{number}"
    if data is not None:
        import hashlib  # here: loading an edition (store asks folder_name) never needs it

        name += "-" + hashlib.sha256(data).hexdigest()[:HASH_CHARS]
    return f"{photo_folder(edition_id)}/{name}.{ext}"


def is_photo_name(name: str) -> bool:
    """A file name an ingest gives photos (now or before the hash was in it)."""
    return _PHOTO.fullmatch(name) is not None
