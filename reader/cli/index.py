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

from reader.errors import BroadsheetError
from reader.i18n import _, ngettext
from reader.library import default_folder
from reader.printable import visible
from reader.search.archive import Archive
from reader.store import EDITIONS_DIR


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "index",
        help=_("build or update the index that `search --all` uses"),
        description=_(
            "Index every edition in DIR for `broadsheet search QUERY --all`. Only editions "
            "added or changed since the last run are read again; removed ones are dropped. "
            "The index is a hidden file in DIR, or in the user cache when DIR is read-only."
        ),
    )
    p.add_argument(
        "folder",
        nargs="?",
        metavar="DIR",
        help=_(
            "a folder of edition files (default: what the reader opens and `search --all` "
            "searches, ./{folder} or else the shipped editions)"
        ).format(folder=EDITIONS_DIR),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.folder is None:  # the folder `search --all` searches, so it finds this index
        found = default_folder()
        if found is None:
            raise BroadsheetError(None, _("no edition files in ./editions and none shipped"))
        folder = found[0]
    else:
        folder = Path(args.folder)
    if not folder.exists():
        raise BroadsheetError(folder, _("no such file or folder"))
    err = Console(stderr=True, highlight=False)
    with Archive(folder) as archive:
        with Progress(
            TextColumn(_("indexing")),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as bar:
            task = bar.add_task("", total=None)  # the bar says what it does (TextColumn)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = archive.update(progress)
        where = archive.path
    for line in report.failed:
        print(f"broadsheet: {visible(line)}", file=sys.stderr)
    editions = _(
        "editions: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged, "
        "{failed} unreadable"
    )
    index = ngettext(
        "index: {editions} edition, {items} articles and ads ({file})",
        "index: {editions} editions, {items} articles and ads ({file})",
        report.editions,
    )
    print(
        editions.format(
            added=report.added,
            updated=report.updated,
            removed=report.removed,
            unchanged=report.unchanged,
            failed=len(report.failed),
        )
    )
    print(
        index.format(editions=report.editions, items=f"{report.items:,}", file=visible(str(where)))
    )
    print(_("took {seconds} s").format(seconds=f"{report.seconds:.1f}"))
    return 0
