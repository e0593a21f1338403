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

    refused = 0
    for name in args.editions:
        try:
            removed = remove(Path(name))
        except BroadsheetError as e:
            err(str(e))
            refused += 1
            continue
        print(visible(removed.line()))
        if removed.trouble is not None:
            err(removed.trouble)
    return 2 if refused else 0
