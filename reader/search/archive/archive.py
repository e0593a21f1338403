"""Archive: the index of one folder of editions, as the app and the CLI use it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from reader.errors import BroadsheetError
from reader.i18n import _
from reader.search.archive.index import Index, index_path
from reader.search.archive.query import ArchiveQuery
from reader.search.archive.search import ArchiveResult, search
from reader.search.archive.update import Progress, UpdateReport, update


class Archive:
    """The index of one folder of editions. Open it, update() it, search() it, close() it.

    Its connection belongs to the thread that opened it.
    """

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise BroadsheetError(self.folder, _("not a folder of editions"))
        self.path = index_path(self.folder)
        self.index = Index(self.path)

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def update(self, progress: Progress | None = None) -> UpdateReport:
        """Index new and changed editions, forget removed ones (see update)."""
        return update(self.index, self.folder, progress)

    def search(self, query: str | ArchiveQuery) -> Iterator[ArchiveResult]:
        """Matching articles and ads, newest edition first, ranked within an edition.

        A generator: each window of candidates is confirmed and ranked whole, so
        the first results come before the rest of the archive is read.
        """
        return search(self.index, self.folder, query)
