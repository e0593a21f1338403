"""The search bar's status line: the scope, where the reader is among the hits, and the
keys that go on from there, as the keymap has them, in the interface language. Short of
room, it leaves out the scope and the n/N hint before where the reader is and Esc."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text

from reader.i18n import N_, _, ngettext
from reader.printable import cut_to_width, visible, visible_line
from reader.search.session import ROWS, ArchiveResults, Results, Scope, count
from reader.ui.keymap import key_shown
from reader.ui.legible import background_of, drawn_style
from reader.ui.widgets.search_rows import LaidOut

if TYPE_CHECKING:
    from reader.ui.widgets.search import SearchBar

SCOPE_LABELS: dict[Scope, str] = {"edition": N_("this edition"), "archive": N_("all editions")}
"""msgids: translated where shown."""
FILTERS_ELSEWHERE = N_("{filters}: filters search all editions only")
QUERY_CELLS = 20
"""Cells of the query the status repeats at most ('no hits for “…”')."""


def list_title(scope: Scope) -> str:
    """The hit list's title: 'Search · this edition'."""
    return _("Search · {scope}").format(scope=_(SCOPE_LABELS[scope]))


def scope_label(scope: Scope, editions: int | None) -> str:
    """'this edition', or 'all editions · 12 editions'."""
    if scope == "archive" and editions is not None:
        many = ngettext("{count} edition", "{count} editions", editions)
        return f"{_(SCOPE_LABELS['archive'])} · {many.format(count=f'{editions:,}')}"
    return _(SCOPE_LABELS[scope])


class Part(NamedTuple):
    """A part of the status line; when the line is too long for its room, the parts of
    the lowest `keep` go first (the last of them first)."""

    text: Text
    keep: int


SCOPE, HINT, HIT_IN_RESULT, CLOSE, WHERE = range(5)
"""What each part is worth keeping: where the reader is among the hits, then how to
leave the search, then the rest."""


@dataclass(frozen=True)
class StatusLine(LaidOut):
    """The status, laid out when drawn: the parts that fit the room, after dots."""

    parts: tuple[Part, ...]
    dot: Style

    def text(self, width: int | None = None) -> Text:
        parts = list(self.parts)
        while width is not None and len(parts) > 1 and self._joined(parts).cell_len > width:
            least = min(part.keep for part in parts)
            parts.remove(next(p for p in reversed(parts) if p.keep == least))
        return self._joined(parts)

    def _joined(self, parts: list[Part]) -> Text:
        # Not Text.join: it would give every part the dots' style.
        joined = Text(end="")
        for n, part in enumerate(parts):
            if n:
                joined.append(" · ", self.dot)
            joined.append_text(part.text)
        return joined

    @property
    def plain(self) -> str:
        return self.text().plain

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        cells = self.text().cell_len
        return Measurement(min(cells, options.max_width), cells)


def status(bar: SearchBar) -> StatusLine:
    """The scope (when there is a choice), 'hit 3 of 27', 'no hits for “…”' or
    'indexing…', then the keys to go on."""
    muted = drawn_style(bar, "search--muted", background_of(bar.query_one("#search-status")))
    parts: list[Part] = []

    def add(part: str | Text, style: str | Style = "", keep: int = WHERE) -> None:
        parts.append(Part(part if isinstance(part, Text) else Text(part, style, end=""), keep))

    results, scope = bar.results, bar.scope
    if bar.editions is not None:
        add(scope_label(scope, bar.editions), "italic", SCOPE)
    found = count(results)
    complete = not isinstance(results, ArchiveResults) or results.complete
    searched = results.query if results is not None else ""
    if isinstance(results, Results) and results.filters:
        # Searched as text they would find nothing: left out of this edition's search,
        # and said so first.
        searched = results.text
        add(_(FILTERS_ELSEWHERE).format(filters=visible(" ".join(results.filters))))
    if results is None:
        if scope == "archive" and bar.progress is not None:
            done, total = bar.progress
            add(_("indexing… {done}/{total}").format(done=f"{done:,}", total=f"{total:,}"))
        elif bar.input.value.strip() and (bar.indexing or scope == "archive"):
            add(_("indexing…") if scope == "edition" else _("searching…"))
    elif not found:
        if not complete:
            add(_("searching…"))
        elif results.unfindable is not None:  # only quotes, or only -words
            add(results.unfindable)
        elif searched:
            # The query is the reader's text: appended as it is, never formatted in; cut,
            # so that a long one leaves room to say there are no hits.
            before, _query, after = _("no hits for “{query}”").partition("{query}")
            query = cut_to_width(visible_line(searched), QUERY_CELLS)
            add(Text.assemble(before, query, after, end=""))
    else:
        # An archive's count grows while it is read, and stops at ROWS.
        more = "" if complete else "+" if found >= ROWS else "…"
        many = f"{found:,}{more}"
        archive = isinstance(results, ArchiveResults)
        if _elsewhere(bar):  # the reader went on from the hit: no "3 of 27" any more
            counted = (
                ngettext("{count} result", "{count} results", found)
                if archive
                else (ngettext("{count} hit", "{count} hits", found))
            )
            add(counted.format(count=many), "bold")
        else:
            at = _("result {at} of {count}") if archive else _("hit {at} of {count}")
            add(at.format(at=f"{bar.at + 1:,}", count=many), "bold")
            if isinstance(results, ArchiveResults) and bar.current == bar.at < found:
                # n / N go through the open result's hits before the next result.
                hits = len(results.results[bar.at].hits)
                if hits > 1:
                    place = _("hit {at} of {count}")
                    add(
                        place.format(at=f"{bar.current_hit + 1:,}", count=hits),
                        "bold",
                        HIT_IN_RESULT,
                    )
    for hint, keep in _hints(bar, found):
        add(hint, muted, keep)
    return StatusLine(tuple(parts), muted)


def _elsewhere(bar: SearchBar) -> bool:
    """Whether the reader, done typing, has gone from the hit opened: its item is neither
    the open article nor among the ads shown (Back, a jump, another edition)."""
    results, current = bar.results, bar.current
    if bar.has_class("-typing") or results is None or current is None:
        return False
    if isinstance(results, ArchiveResults):
        if not 0 <= current < len(results.results):
            return False
        result = results.results[current]
        edition = getattr(bar.screen, "edition", None)
        if edition is None or edition.id != result.edition_id:
            return True
        item_id = result.item_id
    elif 0 <= current < len(results.hits):
        item_id = results.hits[current].item_id
    else:
        return False
    ads = getattr(bar.screen, "ad_pane", None)
    shown = {getattr(bar.screen, "item_id", None), *(ad.id for ad in getattr(ads, "ads", ()))}
    return item_id not in shown


def _hints(bar: SearchBar, found: int) -> list[tuple[str, int]]:
    """The keys that go on: while typing, Enter, the other scope and Esc; else n/N and Esc."""
    hints: list[tuple[str, int]] = []
    if bar.has_class("-typing"):
        if found:
            hints.append((_("Enter opens"), HINT))
        if bar.editions is not None and (key := key_shown(bar.screen, "toggle_search_scope")):
            other: Scope = "edition" if bar.scope == "archive" else "archive"
            hints.append((f"{key} {_(SCOPE_LABELS[other])}", HINT))
        if key := key_shown(bar.screen, "clear_search"):
            hints.append((_("{key} closes").format(key=key), CLOSE))
    else:
        keys = [key_shown(bar.screen, "next_hit"), key_shown(bar.screen, "previous_hit")]
        if found and all(keys):
            hint = _("{next}/{previous} next/previous")
            hints.append((hint.format(next=keys[0], previous=keys[1]), HINT))
        if key := key_shown(bar.screen, "clear_search"):
            hints.append((_("{key} clears").format(key=key), CLOSE))
    return hints
