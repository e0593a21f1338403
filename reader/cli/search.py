"""`broadsheet search QUERY [EDITION...] [--json]`: hits with marked snippets.

Exit status: 0 with hits, 1 without, 2 on error (raised as BroadsheetError).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import msgspec
from rich.console import Console
from rich.text import Text

from reader import store
from reader.model import Ad, Article, Edition
from reader.search import Hit, parse_query, search_edition
from reader.store import BroadsheetError

DEFAULT_FOLDER = Path("editions")
MATCH_STYLE = "bold reverse"

# Rich passes ESC through, so a page could drive the terminal: show controls as symbols.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀..␟, the Unicode control pictures
    return "\u2421" if code == 0x7F else "\ufffd"  # ␡; C1 controls have no pictures


def visible(text: str) -> str:
    return _CONTROL.sub(_picture, text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search",
        help="search editions (Korean-aware)",
        description=(
            "Find QUERY in editions. Spacing is ignored; bare initial consonants (ㅇㅅㅈ) "
            'match syllables; "quoted words" match as a phrase; all words must occur '
            "in the same article or ad; -word excludes. Quote the whole query when it "
            "starts with '-'."
        ),
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument(
        "editions",
        nargs="*",
        metavar="EDITION",
        help="edition JSON, a folder of editions, or raw page text (.txt); "
        f"default: the editions in ./{DEFAULT_FOLDER}",
    )
    p.add_argument("--json", action="store_true", help='print {"hits": [...]} for scripts')
    p.set_defaults(func=run)


def _open(path: Path) -> list[Edition]:
    """Edition files as they are; a folder without any, or any other file, as raw pages."""
    if path.is_dir():
        files = store.find_editions(path)
        return [store.load(f) for f in files] if files else [_ingest(path)]
    if path.suffix.lower() == ".json":
        return [store.load(path)]
    return [_ingest(path)]


def _ingest(path: Path) -> Edition:
    # Imported here: only raw pages need the whole ingest pipeline.
    from reader.ingest import ingest

    return ingest(path)


def load_editions(paths: list[str]) -> list[Edition]:
    if paths:
        return [edition for p in paths for edition in _open(Path(p))]
    files = store.find_editions(DEFAULT_FOLDER)
    if not files:
        raise BroadsheetError(DEFAULT_FOLDER, "no edition files here; name an EDITION")
    return [store.load(f) for f in files]


def hit_line(hit: Hit) -> Text:
    """The snippet with the match styled; newspaper text is never read as markup."""
    line = Text(f"  {hit.path}  ", style="dim")
    line.append(visible(hit.snippet.before))
    line.append(visible(hit.snippet.match), style=MATCH_STYLE)
    line.append(visible(hit.snippet.after))
    return line


def _label(edition: Edition, hit: Hit) -> str:
    item = edition.find(hit.item_id)
    if isinstance(item, Article):
        return item.title
    return item.name if isinstance(item, Ad) else hit.item_id


def _print_hits(results: list[tuple[Edition, list[Hit]]]) -> None:
    console = Console(highlight=False)
    total = 0
    for edition, hits in results:
        if not hits:
            continue
        total += len(hits)
        console.print(Text(f"{visible(edition.id)}  ({len(hits)})", style="bold"), soft_wrap=True)
        shown_item = None
        for hit in hits:
            if hit.item_id != shown_item:
                shown_item = hit.item_id
                console.print(
                    Text.assemble(
                        (f" p{hit.page} ", "cyan"), (visible(_label(edition, hit)), "bold")
                    ),
                    soft_wrap=True,
                )
            console.print(hit_line(hit), soft_wrap=True)
    editions = sum(1 for _, hits in results if hits)
    console.print(
        Text(
            f"{total} hit{'s' * (total != 1)} in {editions} edition{'s' * (editions != 1)}",
            style="dim",
        ),
        soft_wrap=True,
    )


def run(args: argparse.Namespace) -> int:
    editions = load_editions(args.editions)
    query = parse_query(args.query)
    results = [(edition, search_edition(edition, query)) for edition in editions]
    if args.json:
        hits = [
            {"edition": edition.id, **msgspec.to_builtins(hit)}
            for edition, found in results
            for hit in found
        ]
        sys.stdout.write(msgspec.json.encode({"hits": hits}).decode() + "\n")
    else:
        _print_hits(results)
    return 0 if any(hits for _, hits in results) else 1
