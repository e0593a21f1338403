"""`broadsheet index [DIR]`: build or update the search index of a folder of editions.

Exit status: 0 when the index is up to date (files that cannot be read are
listed on stderr and skipped), 2 on error (raised as BroadsheetError).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from reader.cli.search import DEFAULT_FOLDER
from reader.printable import visible
from reader.search.archive import Archive


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "index",
        help="build or update the index that `search --all` uses",
        description=(
            "Index every edition in DIR for `broadsheet search QUERY --all`. Only editions "
            "added or changed since the last run are read again; removed ones are dropped. "
            "The index is a hidden file in DIR, or in the user cache when DIR is read-only."
        ),
    )
    p.add_argument(
        "folder",
        nargs="?",
        default=str(DEFAULT_FOLDER),
        metavar="DIR",
        help=f"a folder of edition files (default: ./{DEFAULT_FOLDER})",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    err = Console(stderr=True, highlight=False)
    with Archive(folder) as archive:
        with Progress(
            TextColumn("indexing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as bar:
            task = bar.add_task("index", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = archive.update(progress)
        where = archive.path
    for line in report.failed:
        print(f"broadsheet: {visible(line)}", file=sys.stderr)
    print(
        f"editions: {report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged, {len(report.failed)} unreadable\n"
        f"index: {report.editions} editions, {report.items:,} articles and ads "
        f"({visible(str(where))})\n"
        f"took {report.seconds:.1f} s"
    )
    return 0
