"""The editions the reader can show: found, ordered by masthead date, loaded on demand.

Only the edition on screen is decoded in full. The others are read as a head
(masthead and item kinds) so the picker and `<` `>` know their date and size
without building every article, and a folder's heads are remembered between runs
(reader.catalog); a bad file becomes an entry with its one-line error instead of
stopping the others.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import msgspec

from reader import store
from reader.catalog import Catalog, Head
from reader.errors import BroadsheetError, EditionError
from reader.i18n import _
from reader.model import Edition
from reader.name_dates import named_date
from reader.sources import load_any


class Entry(msgspec.Struct):
    """One edition on the shelf: what the picker shows, and the edition once loaded."""

    name: str
    path: Path | None = None
    id: str | None = None  # the edition's id, which the reading state is keyed by
    paper: str | None = None
    date: str | None = None
    articles: int | None = None
    edition: Edition | None = None
    error: str | None = None
    source: str | None = None  # the name it was ingested from
    encoding: str | None = None  # the source's ('pdf', 'utf-8')
    written: float | None = None  # the file's mtime: when it was ingested (arrived)
    named: bool = False  # paper and date taken from the file name (no masthead)

    @property
    def source_file(self) -> str:
        """The file the edition was ingested from, as its reader named it ('scan.pdf'):
        what they recognise of an edition whose masthead names no paper; else its file."""
        if not self.source:
            return self.name
        return f"{self.source}.pdf" if self.encoding == "pdf" else self.source

    @classmethod
    def of(cls, edition: Edition, path: Path | None = None) -> Entry:
        m = edition.masthead
        return cls(
            name=path.name if path else edition.source.name,
            path=path,
            id=edition.id,
            paper=m.paper if m else None,
            date=m.date if m else None,
            articles=len(edition.articles()),
            edition=edition,
            source=edition.source.name,
            encoding=edition.source.encoding,
            written=_mtime(path),
        )

    @classmethod
    def head(cls, path: Path, catalog: Catalog | None = None) -> Entry:
        """The entry for an edition file, from its head only (the catalog's, if it has it)."""
        try:
            st = path.stat()
        except OSError:
            st = None
        known = catalog.get(path.name, st) if catalog is not None and st is not None else None
        if known is not None:
            return cls.known(path, known, st)
        try:
            head = store.head_of(store.read_bytes(path, error=EditionError), path)
        except BroadsheetError as e:
            return cls(name=path.name, path=path, error=str(e))
        m = head.masthead
        articles = sum(1 for page in head.pages for it in page.items if it.kind == "article")
        source, encoding = (head.source.name, head.source.encoding) if head.source else (None, None)
        known = Head(
            head.id, m.paper if m else None, m.date if m else None, articles, source, encoding
        )
        if catalog is not None and st is not None:
            catalog.put(path.name, st, known)
        return cls.known(path, known, st)

    @classmethod
    def known(cls, path: Path, head: Head, st: os.stat_result | None) -> Entry:
        return cls(
            name=path.name,
            path=path,
            id=head.id,
            paper=head.paper,
            date=head.date,
            articles=head.articles,
            source=head.source,
            encoding=head.encoding,
            written=st.st_mtime if st is not None else None,
        )


def _mtime(path: Path | None) -> float | None:
    try:
        return None if path is None else path.stat().st_mtime
    except OSError:
        return None


def _date_by_names(entries: list[Entry]) -> None:
    """Date the undated entries whose file name carries a date (reader.name_dates); the
    paper is the one whose dated editions came from sources of the same prefix, else
    the prefix."""
    papers: dict[str, set[str]] = {}
    for e in entries:
        found = named_date(e.source or e.name) if e.date and not e.named else None
        if found is not None and e.paper is not None:
            papers.setdefault(found[0].casefold(), set()).add(e.paper)
    for e in entries:
        if e.error is not None or e.date is not None or e.path is None:
            continue
        found = named_date(e.path.stem) or named_date(e.source or "")
        if found is None:
            continue
        prefix, e.date, e.named = found[0], found[1], True
        if e.paper is None:
            same = papers.get(prefix.casefold(), set())
            e.paper = next(iter(same)) if len(same) == 1 else prefix


def off_shelf(path: str | os.PathLike[str] | None) -> Entry | None:
    """The entry of an edition file not on the shelf (a bookmark's from another folder),
    from its head, as its folder's catalog knows it; None when there is no such file."""
    if path is None or not Path(path).is_file():
        return None
    entry = Entry.head(Path(path), Catalog(Path(path).parent))
    return None if entry.error is not None else entry


def _shelf_order(e: Entry) -> tuple[bool, str, str, str]:
    return (e.error is not None, e.date or "", e.paper or "", e.name)


class Library:
    """Entries in date order (oldest first); entries that failed to load come last."""

    def __init__(self, entries: list[Entry]):
        _date_by_names(entries)
        self.entries = sorted(entries, key=_shelf_order)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, path: Path) -> int:
        """Put an edition file on the shelf, in date order; its index.

        Indexes after it move up by one: whoever holds one takes it again."""
        entry = Entry.head(path)
        _date_by_names([*self.entries, entry])
        self.entries = sorted([*self.entries, entry], key=_shelf_order)
        return next(i for i, e in enumerate(self.entries) if e is entry)

    def drop(self, index: int) -> None:
        """Take an entry off the shelf (its file was deleted); the indexes after it move
        down by one."""
        del self.entries[index]

    def folder_of(self, index: int) -> Path | None:
        """The folder of an entry's edition file; None for page text read in memory."""
        path = self.entries[index].path
        if path is None or path.suffix.lower() != ".json":
            return None
        return store.real_file(path).parent  # a linked file's photos are beside the file

    def find(self, edition_id: str) -> int | None:
        """The index of an edition on the shelf, by its id."""
        return next((i for i, e in enumerate(self.entries) if e.id == edition_id), None)

    def entry(self, edition_id: str) -> Entry | None:
        """The entry of an edition on the shelf, by its id."""
        index = self.find(edition_id)
        return None if index is None else self.entries[index]

    def index_of(self, path: Path) -> int:
        """The index of an edition file, put on the shelf if it is not there."""
        path = path.resolve()
        for index, entry in enumerate(self.entries):
            if entry.path is not None and entry.path.resolve() == path:
                return index
        return self.add(path)

    def load(self, index: int) -> Edition:
        """The full edition of an entry, decoded once; raises BroadsheetError."""
        entry = self.entries[index]
        if entry.edition is not None:
            return entry.edition
        if entry.error is not None or entry.path is None:
            raise BroadsheetError(
                None, entry.error or _("{file}: not loadable").format(file=entry.name)
            )
        try:
            edition = store.load(entry.path)
        except BroadsheetError as e:
            entry.error = str(e)
            raise
        entry.edition = edition
        entry.articles = len(edition.articles())
        return edition

    def step(self, index: int, step: int) -> int | None:
        """The next (step=1) or previous (-1) readable edition of the same paper by date,
        if any: two papers of a morning are two runs of editions, not one. An edition of
        no known paper has none: undated files of a folder are no one paper's run."""
        paper = self.entries[index].paper
        if paper is None:
            return None
        i = index + step
        while 0 <= i < len(self.entries):
            if self.entries[i].error is None and self.entries[i].paper == paper:
                return i
            i += step
        return None


SHIPPED_DATA = frozenset({"start_clue.json"})
"""The files beside the sample editions that are no editions (reader.ingest.start_clue's
weights): never put on the shelf."""


def shipped_dir() -> Path:
    # The package is installed as files (never zipped): importlib.resources would add
    # its imports (zipfile among them) to every start for the same path.
    return Path(__file__).parent / "data"


def is_shipped(folder: Path) -> bool:
    """Whether a folder is the package's own data: never written to (it may be
    read-only once installed), and holding more than editions."""
    return folder.resolve() == shipped_dir().resolve()


def edition_files(folder: Path) -> list[Path]:
    """The edition files of a folder, without the shipped folder's data files."""
    found = store.find_editions(folder)
    return [f for f in found if f.name not in SHIPPED_DATA] if is_shipped(folder) else found


def is_sample(library: Library) -> bool:
    """Whether the shelf is the sample shipped with broadsheet: a reader who has no
    paper of their own yet."""
    paths = [entry.path for entry in library.entries]
    return bool(paths) and all(p is not None and is_shipped(p.parent) for p in paths)


def default_folder() -> tuple[Path, list[Path]] | None:
    """The folder read when none is named, and its edition files: ./editions when it
    holds any, else the editions shipped with broadsheet (the reader and search agree)."""
    if files := store.find_editions(store.EDITIONS_DIR):
        return store.EDITIONS_DIR, files
    shipped = shipped_dir()
    if files := edition_files(shipped):
        return shipped, files
    return None


def open_library(path: str | os.PathLike[str] | None) -> tuple[Library, int]:
    """The library for `broadsheet [PATH]` and the index of the edition to show first.

    No PATH: ./editions, else the editions shipped with broadsheet. PATH: an edition
    file (opened among the editions of its folder), a folder of editions, or page text
    (a .txt file or a folder of them), ingested in memory. Raises BroadsheetError when
    there is nothing to show.
    """
    if path is None:
        found = default_folder()
        if found is None:
            raise BroadsheetError(
                None, _("no editions in ./editions and none shipped with broadsheet; give a PATH")
            )
        return _open_folder(*found)
    p = Path(path)
    if not p.exists():
        raise BroadsheetError(p, _("no such file or folder"))
    if p.is_dir() and (files := store.find_editions(p)):
        return _open_folder(p, files)
    if p.is_dir() and not _holds_pages(p):
        # Said with the next step: a reader who made the folder wants it filled.
        command = f"broadsheet ingest -o {shlex.quote(str(path))} PAGE.pdf"
        raise BroadsheetError(
            p,
            _("folder holds no editions and no pages; to add one: {command}").format(
                command=command
            ),
        )
    beside = edition_files(p.parent) if p.is_file() else []
    if p.name in {f.name for f in beside}:
        # One edition named: the editions beside it are on the shelf too, for `<` `>`.
        library = _shelf(p.parent, beside)
        index = library.index_of(p)
        library.load(index)
        return library, index
    return Library([Entry.of(load_any(p), p)]), 0


def _holds_pages(folder: Path) -> bool:
    from reader.ingest.page_files import PAGE_SUFFIXES, page_files

    return bool(page_files(folder, (*PAGE_SUFFIXES, ".pdf")))


def _shelf(folder: Path, files: list[Path]) -> Library:
    catalog = Catalog(folder)
    library = Library([Entry.head(p, catalog) for p in files])
    catalog.save()
    return library


def _open_folder(folder: Path, files: list[Path]) -> tuple[Library, int]:
    library = _shelf(folder, files)
    for i in reversed(range(len(library))):
        try:
            library.load(i)
        except BroadsheetError:
            continue
        return library, i
    reason = library.entries[0].error if library.entries else _("no editions")
    raise BroadsheetError(folder, _("no edition could be loaded ({reason})").format(reason=reason))
