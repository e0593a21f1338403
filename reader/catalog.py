"""What the edition files of a folder hold at their head, remembered between runs.

Opening a folder means knowing every edition's date (to find the newest) and its
size (for the picker); reading that from years of daily editions takes seconds
(docs/performance.md). The catalog keeps each file's head
under its (size, mtime, inode), so a run reads only the files that are new or
changed since the last one.

It is a cache, in the cache dir: a catalog that cannot be read is an empty one,
one that cannot be written is not kept, and neither is ever an error.
"""

from __future__ import annotations

import os
from pathlib import Path

import msgspec

from reader import store
from reader.model import SCHEMA as EDITION_SCHEMA
from reader.settings import folder_cache

VERSION = 3  # of the catalog's own layout (3: the source's encoding)


class Head(msgspec.Struct, frozen=True, array_like=True):
    """What the reader knows of an edition before loading it."""

    id: str
    paper: str | None
    date: str | None
    articles: int
    source: str | None = None  # the name ingested from: an undated edition's paper by it
    encoding: str | None = None  # the source's: 'pdf' names its file NAME.pdf


class _Record(msgspec.Struct, frozen=True, array_like=True):
    name: str
    stamp: tuple[int, int, int]  # size, mtime_ns, inode
    head: Head


class _File(msgspec.Struct, frozen=True):
    version: int
    edition_schema: int
    records: list[_Record]


def _stamp(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def catalog_path(folder: Path) -> Path:
    return folder_cache("catalog", folder, ".msgpack")


class Catalog:
    """The heads of one folder's edition files: ``get`` what is known, ``put`` what
    was read, ``save`` what is there now (files not asked for are forgotten)."""

    def __init__(self, folder: Path):
        self.path = catalog_path(folder)
        self._known: dict[str, _Record] = {}
        self._now: dict[str, _Record] = {}
        try:
            data = msgspec.msgpack.decode(self.path.read_bytes(), type=_File)
        except (OSError, msgspec.DecodeError):
            return
        if (data.version, data.edition_schema) == (VERSION, EDITION_SCHEMA):
            self._known = {record.name: record for record in data.records}

    def get(self, name: str, st: os.stat_result) -> Head | None:
        record = self._known.get(name)
        if record is None or record.stamp != _stamp(st):
            return None
        self._now[name] = record
        return record.head

    def put(self, name: str, st: os.stat_result, head: Head) -> None:
        self._now[name] = _Record(name, _stamp(st), head)

    def save(self) -> None:
        if self._now == self._known:
            return
        data = msgspec.msgpack.encode(_File(VERSION, EDITION_SCHEMA, list(self._now.values())))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            store.atomic_write(self.path, data)
        except OSError:
            return  # a read-only or full cache: the next run reads the heads again
        self._known = dict(self._now)
