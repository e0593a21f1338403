"""Search across every edition of a folder: an SQLite FTS5 index kept beside them.

    with Archive("editions") as archive:
        archive.update(progress)              # only changed editions are reindexed
        for result in archive.search("실증밸리 from:2025"):
            result.date, result.title, result.hits   # hits as in the edition

Matching is exactly the in-edition search's: the FTS5 tables propose candidate
items, and the edition search's matcher confirms and highlights each one.

Modules, each with one job:
- archive: the Archive, what the app and the CLI open;
- index: the index file: where it lives, its tables, rebuilt when stale;
- codec: items as stored (msgpack without spans, zlib with a shared dictionary);
- rows: the row-id layout, which carries the order and the date filters;
- update: keeping the index in step with its folder, one edition at a time;
- fts: the tokens of an item and the MATCH expressions that find its candidates;
- query: the archive query language (filters around the edition search's);
- windows: candidates window by window, newest first;
- confirm: the exact matcher on a candidate, and the counts that rank it;
- ranking: bm25 inside a window;
- search: all of these together, a stream of ArchiveResults.

What was measured to choose this design is in docs/archive.md.
"""

from reader.search.archive.archive import Archive
from reader.search.archive.index import INDEX_NAME, SCHEMA, index_path
from reader.search.archive.query import ArchiveQuery, parse_archive_query, split_filters
from reader.search.archive.search import ArchiveResult
from reader.search.archive.update import Progress, UpdateReport

__all__ = [
    "INDEX_NAME",
    "SCHEMA",
    "Archive",
    "ArchiveQuery",
    "ArchiveResult",
    "Progress",
    "UpdateReport",
    "index_path",
    "parse_archive_query",
    "split_filters",
]
