"""`broadsheet [PATH]` / `broadsheet open [PATH]`: read an edition in the terminal app."""

from __future__ import annotations

import argparse

from reader.settings import check_keys, load_settings_or_default
from reader.ui.library import open_library


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "open",
        help="read an edition (the default command)",
        description="Open the reader: the newest edition in ./editions (else the shipped "
        "ones), or PATH: an edition file, a folder of editions, or page text (.txt).",
    )
    p.add_argument("path", nargs="?", metavar="PATH", help="edition file, folder or page text")
    p.add_argument("--fresh", action="store_true",
                   help="start at the first article of the newest edition, not where reading "
                   "stopped (read marks and bookmarks stay)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Load before the app starts, so a bad PATH is one line on stderr and exit 2.
    library, start = open_library(args.path)
    settings, problem = load_settings_or_default()

    from reader.ui.app import BroadsheetApp, binding_ids  # Textual only when reading

    warnings = [str(problem)] if problem else []
    warnings += check_keys(settings, binding_ids())
    app = BroadsheetApp(
        library,
        start,
        keymap=settings.keys,
        theme=settings.theme,
        show_ads=settings.show_ads,
        measure=settings.measure,
        warnings=warnings,
        fresh=args.fresh,
    )
    app.run()
    return app.return_code or 0
