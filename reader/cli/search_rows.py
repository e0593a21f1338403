"""The rows `broadsheet search` prints: hits with their matches marked, by item and by
place, and the counts under them. Newspaper text is never read as markup."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from reader.i18n import _, ngettext
from reader.model import Ad, Article, Edition, leaves
from reader.name_dates import day_cell
from reader.page_numbers import printed_at
from reader.places import place_name
from reader.printable import cell_width, visible
from reader.search import Hit
from reader.search.snippets import fit
from reader.section_names import shown_section

if TYPE_CHECKING:
    from reader.search.archive import ArchiveResult

MATCH_STYLE = "bold reverse"
PIPED_ROW = 2000  # characters of a leaf a piped row shows around its hits, at most


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


def print_hits(results: list[tuple[Edition, list[Hit]]]) -> None:
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
                    (f" p{visible(printed_at(edition, first.page) or str(first.page))} ", "cyan"),
                    (visible(_label(edition, first)), "bold"),
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
        _no_hits(console, len(results))
        return
    editions = sum(1 for _edition, hits in results if hits)
    summary = _("{hits} in {editions}").format(
        hits=ngettext("{count} hit", "{count} hits", total).format(count=total),
        editions=ngettext("{count} edition", "{count} editions", editions).format(count=editions),
    )
    console.print(Text(summary, style="dim"), soft_wrap=True)


def _no_hits(console: Console, searched: int) -> None:
    none = ngettext(
        "No hits in the {count} edition searched",
        "No hits in the {count} editions searched",
        searched,
    )
    console.print(Text(none.format(count=searched), style="dim"), soft_wrap=True)


def print_results(
    results: list[ArchiveResult], total: int | None, editions: int, cap: int, searched: int
) -> None:
    """The results shown, then how many there are: all of them, and in how many editions;
    total None: more than cap, in at least that many editions; none: how many editions
    the index searched."""
    console = Console(highlight=False)
    if total == 0:
        _no_hits(console, searched)
        return
    for result in results:
        console.print(
            Text.assemble(
                (visible(day_cell(result.date, result.edition_path)) + " ", "cyan"),
                (
                    visible(
                        f"{result.paper or result.edition_id} p{result.printed or result.page} "
                    ),
                    "cyan",
                ),
                (
                    visible(shown_section(result.section, inferred=result.section_inferred)) + "  ",
                    "dim",
                ),
                (visible(result.title), "bold"),
            ),
            soft_wrap=True,
        )
        for same in by_leaf(result.hits):  # a place's hits on one row, as in an edition's
            place = result.places.get(same[0].path) or place_name(same[0].path)
            console.print(leaf_line(same, same[0].line, _row_cells(console), place), soft_wrap=True)
    if total is None:
        summary = _("{results} in {editions}").format(
            results=_("{shown} of more than {cap} results").format(shown=len(results), cap=cap),
            editions=ngettext(
                "at least {count} edition", "at least {count} editions", editions
            ).format(count=editions),
        )
    else:
        counted = ngettext("{count} result", "{count} results", total).format(count=total)
        if total > len(results):
            counted = _("{shown} of {total}").format(shown=len(results), total=counted)
        summary = _("{results} in {editions}").format(
            results=counted,
            editions=ngettext("{count} edition", "{count} editions", editions).format(
                count=editions
            ),
        )
    if total is None or total > len(results):
        summary = _("{summary}; more with --limit N (0 for all)").format(summary=summary)
    console.print(Text(summary, style="dim"), soft_wrap=True)
