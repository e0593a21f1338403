"""The search bar's status line: the scope, where the reader is among the hits, and the
keys that go on from there, as the keymap has them, in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from reader.i18n import N_, _, ngettext
from reader.printable import visible
from reader.search.session import ROWS, ArchiveResults, Results, Scope, count

if TYPE_CHECKING:
    from reader.ui.widgets.search import SearchBar

SCOPE_LABELS: dict[Scope, str] = {"edition": N_("this edition"), "archive": N_("all editions")}
"""msgids: translated where shown."""
FILTERS_ELSEWHERE = N_("{filters}: filters search all editions only")


def list_title(scope: Scope) -> str:
    """The hit list's title: 'Search · this edition'."""
    return _("Search · {scope}").format(scope=_(SCOPE_LABELS[scope]))


def scope_label(scope: Scope, editions: int | None) -> str:
    """'this edition', or 'all editions · 12 editions'."""
    if scope == "archive" and editions is not None:
        many = ngettext("{count} edition", "{count} editions", editions)
        return f"{_(SCOPE_LABELS['archive'])} · {many.format(count=f'{editions:,}')}"
    return _(SCOPE_LABELS[scope])


def key_of(bar: SearchBar, binding_id: str, own: bool = False) -> str | None:
    """How the key for a binding of the screen (or of the bar itself, `own`) shows,
    remapped or not; None if unbound."""
    if own:
        bindings = [b for bs in bar._bindings.key_to_bindings.values() for b in bs]
    else:
        bindings = [active.binding for active in bar.screen.active_bindings.values()]
    for binding in bindings:
        if binding.id == binding_id:
            return bar.app.get_key_display(binding)
    return None


def status(bar: SearchBar) -> Text:
    """The scope (when there is a choice), 'hit 3 of 27', 'no hits for “…”' or
    'indexing…', then the keys to go on."""
    muted = bar.get_component_rich_style("search--muted", partial=True)
    text = Text(end="")

    def add(part: str, style: str = "") -> None:
        # A part of the status, after a dot when something is before it.
        if text:
            text.append(" · ", muted)
        text.append(part, style)

    results, scope = bar.results, bar.scope
    if bar.editions is not None:
        text.append(scope_label(scope, bar.editions), "italic")
    found = count(results)
    complete = not isinstance(results, ArchiveResults) or results.complete
    searched = results.query if results is not None else ""
    if isinstance(results, Results) and results.filters:
        # Searched as text they would find nothing: left out of this edition's search,
        # and said so first (the status is cut at its end when narrow).
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
        elif searched:
            # The query is the reader's text: appended as it is, never formatted in.
            before, _query, after = _("no hits for “{query}”").partition("{query}")
            add(before)
            text.append(visible(searched))
            text.append(after)
    else:
        # An archive's count grows while it is read, and stops at ROWS.
        more = "" if complete else "+" if found >= ROWS else "…"
        at = (
            _("result {at} of {count}")
            if isinstance(results, ArchiveResults)
            else _("hit {at} of {count}")
        )
        add(at.format(at=f"{bar.at + 1:,}", count=f"{found:,}{more}"), "bold")
        if isinstance(results, ArchiveResults) and bar.current == bar.at < found:
            # n / N go through the open result's hits before the next result.
            hits = len(results.results[bar.at].hits)
            if hits > 1:
                place = _("hit {at} of {count}").format(at=f"{bar.current_hit + 1:,}", count=hits)
                add(place, "bold")
    for hint in filter(None, _hints(bar, found)):
        if text:
            text.append(" · ", muted)
        text.append(hint, muted)
    return text


def _hints(bar: SearchBar, found: int) -> list[str | None]:
    """The keys that go on: while typing, Enter, the other scope and Esc; else n/N and Esc."""
    hints: list[str | None] = []
    if bar.has_class("-typing"):
        hints.append(_("Enter opens") if found else None)
        if bar.editions is not None and (key := key_of(bar, "toggle_search_scope", own=True)):
            other: Scope = "edition" if bar.scope == "archive" else "archive"
            hints.append(f"{key} {_(SCOPE_LABELS[other])}")
        if key := key_of(bar, "clear_search"):
            hints.append(_("{key} closes").format(key=key))
    else:
        keys = [key_of(bar, "next_hit"), key_of(bar, "previous_hit")]
        if found and all(keys):
            hint = _("{next}/{previous} next/previous")
            hints.append(hint.format(next=keys[0], previous=keys[1]))
        if key := key_of(bar, "clear_search"):
            hints.append(_("{key} clears").format(key=key))
    return hints
