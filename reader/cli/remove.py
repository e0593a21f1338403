"""`broadsheet remove EDITION...`: an edition off the shelf, with its photos, search
entries and reading state (reader.removing)."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.edition_cmds import err
from reader.errors import BroadsheetError
from reader.i18n import _
from reader.printable import visible


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "remove",
        help=_("delete edition files with their photos, search entries and reading state"),
    )
    p.add_argument("editions", nargs="+", metavar="EDITION", help=_("edition files (.json)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
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
