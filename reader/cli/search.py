"""`broadsheet search QUERY [EDITION...] [--json]`: hits with marked snippets.

`broadsheet search QUERY --all [DIR]` (--all anywhere) searches every edition of
a folder through its archive index (reader.search.archive), updated first; the
query may carry paper:, section:, from: and to: filters.

Exit status: 0 with hits, 1 without, 2 on error (raised as BroadsheetError).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from reader import store
from reader.cli.search_rows import print_hits, print_results
from reader.errors import BroadsheetError
from reader.i18n import _, ngettext
from reader.library import default_folder
from reader.model import Edition
from reader.page_numbers import printed_at
from reader.printable import json_printable, visible
from reader.search import Query, parse_query, search_edition
from reader.search.query import EMPTY, nothing_to_find
from reader.sources import load_any

if TYPE_CHECKING:
    pass

DEFAULT_LIMIT = 20  # articles and ads shown by --all


class _Words(argparse.Action):
    """QUERY and EDITIONs in command-line order, wherever --all stands among them.

    --all is a flag, but argparse reads positionals in one go: a word after --all
    would be left over once QUERY is read, so --all takes it and gives it back here.
    """

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if option_string is not None:
            namespace.all = True
        words = [values] if isinstance(values, str) else values or []
        namespace.words = [*(namespace.words or []), *words]


class _Help(argparse.HelpFormatter):
    def _format_action_invocation(self, action: argparse.Action) -> str:
        if isinstance(action, _Words) and action.option_strings:
            return ", ".join(action.option_strings)  # the flag it is, without [DIR]
        return super()._format_action_invocation(action)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search",
        formatter_class=_Help,
        usage="%(prog)s [-h] [--json] [--all] [--limit N] QUERY [EDITION ...]",
        help=_("search editions (Korean-aware)"),
        description=_(
            "Find QUERY in editions. Spacing is ignored; bare initial consonants (ㅇㅅㅈ) "
            "match syllables, whole words listed first; Hangul finds Hanja by their "
            "reading and Hanja find their reading (여야, 與野); "
            '"quoted words" match as a phrase; all words must occur '
            "in the same article or ad; -word excludes. Quote the whole query when it "
            "starts with '-'. With --all, also paper:NAME, section:NAME, from:DATE and "
            "to:DATE (2026-01-31, 2026-01 or 2026)."
        ),
    )
    p.add_argument(
        "words",
        nargs="*",
        action=_Words,
        default=[],
        metavar="QUERY [EDITION ...]",
        help=_(
            "what to find, then edition JSON, folders of editions, PDFs or page text "
            "(.txt); default: what the reader opens, ./{folder} or else the shipped editions"
        ).format(folder=store.EDITIONS_DIR),
    )
    p.add_argument("--json", action="store_true", help=_('print {"hits": [...]} for scripts'))
    p.add_argument(
        "--all",
        nargs="?",
        action=_Words,
        default=False,
        help=_(
            "search every edition of one folder (EDITION, default ./editions or else the "
            "shipped editions) through its "
            "index, updated first; newest edition first, each edition's items ranked by "
            'bm25, title hits weighing more; --json prints {"results": [...]}'
        ),
    )
    p.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=_("with --all: show N articles and ads at most, 0 for all (default {limit})").format(
            limit=DEFAULT_LIMIT
        ),
    )
    p.set_defaults(func=run)


def _open(path: Path) -> list[Edition]:
    """Edition files as they are; a folder without any, or any other file, as raw pages."""
    if path.is_dir() and (files := store.find_editions(path)):
        return _load_folder(files)
    return [load_any(path)]


def _load_folder(files: list[Path]) -> list[Edition]:
    """A folder's editions; one that cannot be read is said and left out, as `--all`
    leaves it out, unless none can be read."""
    editions: list[Edition] = []
    failed: list[BroadsheetError] = []
    for f in files:
        try:
            editions.append(store.load(f))
        except BroadsheetError as e:
            failed.append(e)
    if failed and not editions:
        raise failed[0]
    for error in failed:
        print(f"broadsheet: {visible(str(error))}", file=sys.stderr)
    # Newest first, undated last, as --all lists them.
    return sorted(editions, key=lambda e: e.masthead and e.masthead.date or "", reverse=True)


def load_editions(paths: list[str]) -> list[Edition]:
    """The editions named, in that order, each folder's newest first."""
    if paths:
        return [edition for p in paths for edition in _open(Path(p))]
    return _load_folder(_default()[1])


def _default() -> tuple[Path, list[Path]]:
    """What the reader opens without a PATH, so a word read there is found here too."""
    found = default_folder()
    if found is None:
        reason = _("no edition files in ./editions and none shipped; name an EDITION")
        raise BroadsheetError(None, reason)
    return found


def _archive_folder(paths: list[str]) -> Path:
    if len(paths) > 1:
        raise BroadsheetError(None, _("--all searches one folder of editions; name only that"))
    if not paths:
        return _default()[0]
    folder = Path(paths[0])
    if not folder.exists():
        raise BroadsheetError(folder, _("no such file or folder"))
    if not folder.is_dir():
        raise BroadsheetError(folder, _("not a folder of editions"))
    if not store.find_editions(folder):
        raise BroadsheetError(folder, _("no edition files here"))
    return folder


def _something_to_find(query: Query) -> None:
    """Raise when the query has no word to find (only quotes, a lone -, or -words)."""
    if (reason := nothing_to_find(query)) is not None:
        raise BroadsheetError(None, reason)


COUNT_CAP = 200  # results counted past those shown; beyond it, "more than 200"


def run_all(args: argparse.Namespace) -> int:
    # Imported here: searching a few editions needs no index.
    from reader.search.archive import Archive, parse_archive_query

    folder = _archive_folder(args.editions)
    query = parse_archive_query(args.query)
    for problem in query.problems:
        print(f"broadsheet: {visible(problem)}", file=sys.stderr)
    _something_to_find(query.query)
    with Archive(folder) as archive:
        report = archive.update()
        if report.failed:
            failed = ngettext(
                "{count} edition file in {folder} cannot be read; `broadsheet index` lists it",
                "{count} edition files in {folder} cannot be read; `broadsheet index` lists them",
                len(report.failed),
            )
            line = failed.format(count=len(report.failed), folder=str(folder))
            print(f"broadsheet: {visible(line)}", file=sys.stderr)
        found = archive.search(query)
        limit = min(args.limit, sys.maxsize)  # more than can be found is all of them
        results = list(islice(found, limit) if limit else found)
        # The rest is counted, not shown: a reader told "20" should know there are 180;
        # only up to COUNT_CAP, as each is confirmed, so the cost stays bounded.
        editions = {r.edition_path for r in results}
        counted, cap = len(results), max(COUNT_CAP, len(results))
        for rest in islice(found, cap + 1 - counted):
            counted += 1
            editions.add(rest.edition_path)
    more = counted > len(results)
    total = counted if counted <= cap else None
    if args.json:
        out = {"results": [result.builtins() for result in results], "more": more, "total": total}
        sys.stdout.write(json_printable(msgspec.json.encode(out)).decode() + "\n")
    else:
        print_results(results, total, len(editions), cap, report.editions)
    return 0 if results else 1


def run(args: argparse.Namespace) -> int:
    if not args.words:
        raise BroadsheetError(None, _("search needs a QUERY"))
    args.query, *args.editions = args.words
    if not args.query.strip():
        raise BroadsheetError(None, _(EMPTY))
    if args.limit < 0:
        reason = _("--limit takes 0 (for all) or more, not {limit}")
        raise BroadsheetError(None, reason.format(limit=args.limit))
    if args.all:
        return run_all(args)
    text = args.query
    filters: list[tuple[str, str]] = []
    if ":" in text:  # perhaps a filter; the archive's modules are imported only then
        from reader.search.archive.query import split_filters

        text, filters = split_filters(text)
    query = parse_query(text)
    _something_to_find(query)
    if filters:
        # The filters name editions: here the editions are named, so none is read.
        line = _("{filters}: only with --all; searched without").format(
            filters=" ".join(f"{key}:{value}" for key, value in filters)
        )
        print(f"broadsheet: {visible(line)}", file=sys.stderr)
    editions = load_editions(args.editions)
    results = [(edition, search_edition(edition, query)) for edition in editions]
    if args.json:
        hits = [
            {"edition": edition.id, **hit.builtins(), "printed": printed_at(edition, hit.page)}
            for edition, found in results
            for hit in found
        ]
        sys.stdout.write(json_printable(msgspec.json.encode({"hits": hits})).decode() + "\n")
    else:
        print_hits(results)
    return 0 if any(hits for _edition, hits in results) else 1
