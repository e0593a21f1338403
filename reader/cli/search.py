"""`broadsheet search QUERY [EDITION...] [--json]`: hits with marked snippets.

`broadsheet search QUERY --all [DIR]` (--all anywhere) searches every edition of
a folder through its archive index (reader.search.archive), updated first; the
query may carry paper:, section:, from: and to: filters.

Exit status: 0 with hits, 1 without, 2 on error (raised as BroadsheetError).
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections.abc import Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec
from rich.console import Console
from rich.text import Text

from reader import store
from reader.errors import BroadsheetError
from reader.i18n import _, ngettext
from reader.library import default_folder
from reader.model import Ad, Article, Edition, leaves
from reader.name_dates import day_cell
from reader.places import place_name
from reader.printable import cell_width, json_printable, visible
from reader.search import Hit, parse_query, search_edition
from reader.search.snippets import fit
from reader.sources import load_any

if TYPE_CHECKING:
    from reader.search.archive import ArchiveResult

MATCH_STYLE = "bold reverse"
DEFAULT_LIMIT = 20  # articles and ads shown by --all
PIPED_ROW = 2000  # characters of a leaf a piped row shows around its hits, at most


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
    return editions


def load_editions(paths: list[str]) -> list[Edition]:
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


def hit_line(hit: Hit, cells: int | None = None, place: str | None = None) -> Text:
    """The snippet with the match styled; newspaper text is never read as markup. With
    `cells`, the row is cut to that many terminal cells around the match ("…" where cut).
    `place` names where the hit is (reader.places), by default from its path alone."""
    line = Text(f"  {visible(place or place_name(hit.path))}  ", style="dim")
    parts = visible(hit.snippet.before), visible(hit.snippet.match), visible(hit.snippet.after)
    if cells is not None:
        parts = fit(*parts, max(1, cells - line.cell_len))
    before, match, after = parts
    line.append(before)
    line.append(match, style=MATCH_STYLE)
    line.append(after)
    return line


def leaf_line(hits: list[Hit], text: str, cells: int | None, place: str) -> Text:
    """One row for the hits of one leaf (`text`, the leaf's, at `place`): each match marked,
    and cut to `cells` around them, or around the first when they do not fit together."""
    # A table cell's lines on one row, every space a space, as the snippets have them
    # (one character for one: the hits' offsets stay).
    text = "".join(" " if c.isspace() else c for c in text)
    first, last = min(hits, key=lambda h: h.start), max(hits, key=lambda h: h.end)
    place = visible(place)
    line = Text(f"  {place}  ", style="dim")
    if len(hits) > 1:
        line = Text(f"  {place} ({len(hits)})  ", style="dim")
    if cells is None:
        # Piped: each hit's own context; hits share a part only where their contexts meet.
        # At most PIPED_ROW characters of them: a leaf may hold a million hits.
        parts: list[list[int]] = []
        shown = 0
        for hit in sorted(hits, key=lambda h: h.start):
            lo = hit.start - len(hit.snippet.before.removeprefix("…"))
            hi = hit.end + len(hit.snippet.after.removesuffix("…"))
            if parts and lo <= parts[-1][1]:
                shown += max(0, hi - parts[-1][1])
                parts[-1][1] = max(parts[-1][1], hi)
            else:
                shown += hi - lo
                parts.append([lo, hi])
            if shown >= PIPED_ROW:
                break
    else:
        room = max(1, cells - line.cell_len)
        end = last.end if cell_width(text[first.start : last.end]) <= room - 2 else first.end
        before, _match, after = fit(text[: first.start], text[first.start : end], text[end:], room)
        parts = [[first.start - len(before.removeprefix("…")), end + len(after.removesuffix("…"))]]
    marks = sorted((h.start, h.end) for h in hits)
    for n, (lo, hi) in enumerate(parts):
        if lo > 0 or n:
            line.append("…")
        _marked(line, text, lo, hi, marks)
    if parts[-1][1] < len(text):
        line.append("…")
    return line


def _marked(line: Text, text: str, lo: int, hi: int, marks: list[tuple[int, int]]) -> None:
    """text[lo:hi] appended to the line, the matches in it styled."""
    at = lo
    for start, end in marks[max(0, bisect.bisect_left(marks, (lo, lo)) - 1) :]:
        start, end = max(start, at), min(end, hi)
        if start >= hi:
            break
        if start >= end:
            continue
        line.append(visible(text[at:start]))
        line.append(visible(text[start:end]), style=MATCH_STYLE)
        at = end
    line.append(visible(text[at:hi]))


def _row_cells(console: Console) -> int | None:
    """A terminal's width, so that each hit is one row there; piped output keeps the whole
    snippet, for the pager or the script that reads it."""
    return console.width if console.is_terminal else None


def _label(edition: Edition, hit: Hit) -> str:
    item = edition.find(hit.item_id)
    if isinstance(item, Article):
        return item.title
    return item.name if isinstance(item, Ad) else hit.item_id


def by_item(hits: list[Hit]) -> list[list[Hit]]:
    """The hits grouped by item, items in the order of their first hit (the search ranks
    hits: title hits, and for 초성 queries whole words, first), hits kept in order."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.item_id, []).append(hit)
    return list(groups.values())


def by_leaf(hits: list[Hit]) -> list[list[Hit]]:
    """The hits of one item grouped by leaf, leaves in the order of their first hit."""
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.path, []).append(hit)
    return list(groups.values())


def _print_hits(results: list[tuple[Edition, list[Hit]]]) -> None:
    console = Console(highlight=False)
    total = 0
    for edition, hits in results:
        if not hits:
            continue
        total += len(hits)
        console.print(Text(f"{visible(edition.id)}  ({len(hits)})", style="bold"), soft_wrap=True)
        for group in by_item(hits):
            first = group[0]
            console.print(
                Text.assemble(
                    (f" p{first.page} ", "cyan"), (visible(_label(edition, first)), "bold")
                ),
                soft_wrap=True,
            )
            item = edition.find(first.item_id)
            texts = {leaf.path: leaf.text for leaf in leaves(item)} if item else {}
            for same in by_leaf(group):
                text, place = texts.get(same[0].path), place_name(same[0].path, item)
                row = (
                    hit_line(same[0], _row_cells(console), place)
                    if text is None
                    else leaf_line(same, text, _row_cells(console), place)
                )
                console.print(row, soft_wrap=True)
    if total == 0:
        searched = len(results)
        none = ngettext(
            "No hits in the {count} edition searched",
            "No hits in the {count} editions searched",
            searched,
        )
        console.print(Text(none.format(count=searched), style="dim"), soft_wrap=True)
        return
    editions = sum(1 for _edition, hits in results if hits)
    summary = _("{hits} in {editions}").format(
        hits=ngettext("{count} hit", "{count} hits", total).format(count=total),
        editions=ngettext("{count} edition", "{count} editions", editions).format(count=editions),
    )
    console.print(Text(summary, style="dim"), soft_wrap=True)


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


def _print_results(results: list[ArchiveResult], more: bool) -> None:
    console = Console(highlight=False)
    for result in results:
        console.print(
            Text.assemble(
                (day_cell(result.date, result.edition_path) + " ", "cyan"),
                (visible(f"{result.paper or result.edition_id} p{result.page} "), "cyan"),
                (visible(result.section) + "  ", "dim"),
                (visible(result.title), "bold"),
            ),
            soft_wrap=True,
        )
        for same in by_leaf(result.hits):  # a place's hits on one row, as in an edition's
            place = result.places.get(same[0].path) or place_name(same[0].path)
            console.print(leaf_line(same, same[0].line, _row_cells(console), place), soft_wrap=True)
    found, editions = len(results), len({r.edition_path for r in results})
    summary = _("{results} in {editions}").format(
        results=ngettext("{count} result", "{count} results", found).format(count=found),
        editions=ngettext("{count} edition", "{count} editions", editions).format(count=editions),
    )
    if more:
        summary = _("{summary}; more with --limit N (0 for all)").format(summary=summary)
    console.print(Text(summary, style="dim"), soft_wrap=True)


def run_all(args: argparse.Namespace) -> int:
    # Imported here: searching a few editions needs no index.
    from reader.search.archive import Archive, parse_archive_query

    folder = _archive_folder(args.editions)
    query = parse_archive_query(args.query)
    for problem in query.problems:
        print(f"broadsheet: {visible(problem)}", file=sys.stderr)
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
        limit = args.limit
        results = list(islice(found, limit + 1) if limit else found)
    more = bool(limit) and len(results) > limit
    results = results[:limit] if limit else results
    if args.json:
        out = {"results": [result.builtins() for result in results], "more": more}
        sys.stdout.write(json_printable(msgspec.json.encode(out)).decode() + "\n")
    else:
        _print_results(results, more)
    return 0 if results else 1


def run(args: argparse.Namespace) -> int:
    if not args.words:
        raise BroadsheetError(None, _("search needs a QUERY"))
    args.query, *args.editions = args.words
    if not args.query.strip():
        raise BroadsheetError(None, _("the query is empty: search needs a word to find"))
    if args.limit < 0:
        reason = _("--limit takes 0 (for all) or more, not {limit}")
        raise BroadsheetError(None, reason.format(limit=args.limit))
    if args.all:
        return run_all(args)
    editions = load_editions(args.editions)
    query = parse_query(args.query)
    results = [(edition, search_edition(edition, query)) for edition in editions]
    if args.json:
        hits = [
            {"edition": edition.id, **hit.builtins()} for edition, found in results for hit in found
        ]
        sys.stdout.write(json_printable(msgspec.json.encode({"hits": hits})).decode() + "\n")
    else:
        _print_hits(results)
    return 0 if any(hits for _edition, hits in results) else 1
