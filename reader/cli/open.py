"""`broadsheet [PATH]` / `broadsheet open [PATH]`: read an edition in the terminal app."""

from __future__ import annotations

import argparse
import gc
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from reader.i18n import _
from reader.library import Library, open_library
from reader.start import first_screen
from reader.state.glance import Glance


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "open",
        help=_("read an edition (the default command)"),
        description=_(
            "Open the reader on ./editions (else the shipped ones): the newest edition that "
            "arrived since the last reading, else the edition read last; or PATH: an edition "
            "file, a folder of editions, a PDF e-edition or page text (.txt)."
        ),
    )
    p.add_argument(
        "path", nargs="?", metavar="PATH", help=_("edition file, folder, PDF or page text")
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help=_(
            "start at the first article of the newest edition, not where reading stopped "
            "(read marks and bookmarks stay)"
        ),
    )
    p.set_defaults(func=run)


def load(path: str | None, fresh: bool) -> tuple[Library, tuple[int, Glance]]:
    """The shelf, and where to start with what the reading state knows of it; raises
    BroadsheetError for a bad PATH. (The settings are read first of all, by reader.cli:
    they choose the language.)"""
    library, start = open_library(path)
    # An edition file named opens, whatever was read last or arrived since.
    named = path is not None and Path(path).is_file()
    return library, first_screen(library, start, fresh=fresh, named=named)


def has_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def run(args: argparse.Namespace) -> int:
    # What the start makes lives as long as the app, and the cyclic collector would walk
    # it again and again before the first frame (docs/performance.md). The app resumes
    # the collector once the first frame is painted; here only if it never got that far.
    gc.disable()
    try:
        return _read(args)
    finally:
        gc.enable()


def _read(args: argparse.Namespace) -> int:
    # Importing Textual is most of the start-up. The edition and where reading stopped
    # load meanwhile, in a thread (file reads and SQLite let go of the
    # interpreter); everything the thread runs is imported above, before it starts.
    # A bad PATH is still one line on stderr and exit 2, before the app starts.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="broadsheet-load") as pool:
        loading = pool.submit(load, args.path, args.fresh)
        from reader.ui.app import BroadsheetApp  # Textual only when reading
        from reader.ui.keymap import settle

        library, first = loading.result()

    # A bad PATH is told first; then, without a terminal on stdin and stdout, the app
    # would wait for keys that never come and draw for no one.
    if not has_terminal():
        print(
            "broadsheet: "
            + _("the reader needs a terminal; to print an edition: broadsheet show EDITION"),
            file=sys.stderr,
        )
        return 2

    settings, problem = args.settings, args.settings_problem
    warnings = [problem.lines()] if problem else []
    keymap: dict[str, str] = {}
    if settings.keys:  # knowing every binding imports every screen
        keymap, clashes = settle(settings.keys)
        warnings += clashes
    app = BroadsheetApp(
        library,
        keymap=keymap,
        theme=settings.theme,
        show_ads=settings.show_ads,
        measure=settings.measure,
        hanja=settings.hanja_readings,
        warnings=warnings,
        fresh=args.fresh,
        first=first,
        pictures=settings.pictures,
    )
    app.run()
    return app.return_code or 0
