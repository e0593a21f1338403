"""`broadsheet remove EDITION...`: an edition off the shelf, with its photos, search
entries and reading state (reader.removing); `--page A3`: that page out of the edition,
with what only it used (reader.removing_pages)."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.edition_cmds import err
from reader.errors import BroadsheetError
from reader.i18n import _
from reader.printable import visible, visible_name


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "remove",
        help=_("delete edition files with their photos, search entries and reading state"),
    )
    p.add_argument("editions", nargs="+", metavar="EDITION", help=_("edition files (.json)"))
    p.add_argument(
        "--page",
        action="append",
        metavar="PAGE",
        help=_(
            "remove this page from the edition instead (its printed number, e.g. A3, else "
            "its place), with its photos, search entries and reading state; again for another"
        ),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.page is not None:
        return _run_pages(args)
    from reader.removing import remove

    refused = unchanged = 0
    for name in args.editions:
        try:
            removed = remove(Path(name))
        except BroadsheetError as e:
            err(str(e))
            refused += 1
            continue
        print(visible(removed.line()))
        unchanged += removed.trouble is not None
    # 1: removed, but the reading state of it could not be forgotten (the line says why).
    return 2 if refused else 1 if unchanged else 0


def _run_pages(args: argparse.Namespace) -> int:
    from reader.removing_pages import remove_pages

    if len(args.editions) > 1:
        raise BroadsheetError(None, _("--page takes pages out of one edition: name one"))
    path = Path(args.editions[0])

    def waiting() -> None:
        err(
            _("{file}: another ingest is writing this edition; waiting for it").format(
                file=visible_name(str(path))
            )
        )

    removed = remove_pages(path, args.page, waiting=waiting)
    print(visible(removed.line()))
    return 1 if removed.trouble is not None else 0
