"""The reader's `[keys]` remaps, checked against the app's bindings before they apply.

Textual finds a clash only inside one widget's bindings; a remap onto a key that a
screen or a widget in focus holds loses silently there (the app's `quit = "x"` never
quits: the reading screen's `x` saves). So a remap onto a key another binding holds
where both are live is refused, with one line naming the clash: the reader keeps every
action, and the footer and help stay true. Swapping two keys is two remaps and works.
And how a live binding's key shows, remapped or not, for the hints that name it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.keys import format_key
from textual.screen import ModalScreen, Screen

from reader.i18n import _
from reader.ui.key_names import key_spec


def dialog_classes() -> tuple[tuple[type[DOMNode], ...], ...]:
    """Each dialog's screen and the widgets whose bindings are live in it, in the order
    help lists them."""
    from reader.ui.screens.bookmarks import BookmarksScreen
    from reader.ui.screens.editions import EditionList, EditionPicker
    from reader.ui.screens.help import HelpBody, HelpScreen
    from reader.ui.screens.pagemap import PageMapScreen, PageMapView
    from reader.ui.screens.photo import PhotoScreen, PhotoView
    from reader.ui.widgets.lists import KeyedOptionList

    return (
        (PageMapScreen, PageMapView),
        (PhotoScreen, PhotoView),
        (BookmarksScreen, KeyedOptionList),
        (EditionPicker, EditionList),
        (HelpScreen, HelpBody),
    )


def _groups() -> tuple[tuple[type, ...], ...]:
    """The classes whose bindings are live together: a screen, its widgets, and the
    app under a screen that is not modal (a modal screen's chain stops at itself; the
    app's priority bindings reach it anyway, and `settle` adds them to every group)."""
    from reader.ui.app import BroadsheetApp
    from reader.ui.screens.reader import ReaderScreen
    from reader.ui.widgets.document import DocumentView
    from reader.ui.widgets.lists import KeyedOptionList
    from reader.ui.widgets.search import SearchBar
    from reader.ui.widgets.sections import SectionList

    reading = (BroadsheetApp, ReaderScreen, SectionList, DocumentView, SearchBar, KeyedOptionList)
    groups: list[tuple[type, ...]] = [reading]
    for group in dialog_classes():
        groups.append(group if issubclass(group[0], ModalScreen) else (BroadsheetApp, *group))
    return tuple(groups)


def declared(cls: type) -> BindingsMap:
    """The bindings a node of the class starts with, merged from the public BINDINGS of
    its bases as Textual merges them (its own merge is private): a key bound again
    below replaces the bases' bindings of that key. Textual's `inherit_bindings=False`
    (Static's) is private too; no base above Static binds a key, so it changes nothing
    here (tests/ui/test_ui_declared_bindings.py checks this against the live bindings)."""
    keys: dict[str, list[Binding]] = {}
    for base in reversed(cls.__mro__):
        keys.update(BindingsMap(base.__dict__.get("BINDINGS", ())).key_to_bindings)
    return BindingsMap.from_keys(keys)


def keymap_of(app: App[Any]) -> Mapping[str, str]:
    """The remaps the app lays over its bindings: BroadsheetApp keeps its own copy of
    them (Textual's is private), in the key names Textual's keeps."""
    from reader.ui.app import BroadsheetApp

    return app.keymap if isinstance(app, BroadsheetApp) else {}


def _keys(spec: str) -> set[str]:
    """The keys a spec names, as Textual names them once bound ('?' is 'question_mark')."""
    return set(textual_keys(spec).split(","))


def textual_keys(spec: str) -> str:
    """A remap's keys as Textual's set_keymap keeps them ('?' is 'question_mark')."""
    return ",".join(b.key for b in Binding.make_bindings([(spec, "")]))


def _shown(keys: Iterable[str]) -> str:
    return ", ".join(format_key(k) for k in sorted(keys))


def _live_groups() -> list[list[Binding]]:
    """The bindings live together, for each group of classes."""
    from reader.ui.app import BroadsheetApp

    # The app's priority bindings win in every screen, modal ones included.
    priority = [b for _key, b in declared(BroadsheetApp) if b.priority]
    groups = []
    for group in _groups():
        found = [b for cls in group for _key, b in declared(cls)]
        groups.append(found + [b for b in priority if b not in found])
    return groups


def binding_ids() -> set[str]:
    """Every id a `[keys]` remap may name."""
    return {b.id for group in _live_groups() for b in group if b.id}


def settle(keymap: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The remaps that apply, their keys as Textual names them (`F1` is `f1`), and one
    line for each that does not: an unknown id, a name no terminal sends, or a key
    another binding live beside it holds (by default or by its own applied remap).

    A refused remap leaves its binding on its default key, which may refuse another
    remap in turn, so refusals are decided again until none is added."""
    groups = _live_groups()
    known = {b.id for group in groups for b in group if b.id}
    unknown = [bid for bid in keymap if bid not in known]
    read = {bid: key_spec(spec) for bid, spec in keymap.items() if bid in known}
    applied = {bid: spec for bid, spec in read.items() if spec is not None}
    clashes: dict[str, tuple[Binding, set[str]]] = {}
    while True:
        found_now = {
            bid: clash
            for bid, spec in applied.items()
            if (clash := _clash(bid, _keys(spec), groups, applied)) is not None
        }
        if not found_now:
            break
        clashes.update(found_now)
        applied = {bid: spec for bid, spec in applied.items() if bid not in found_now}
    problems: list[str] = []
    for bid in keymap:
        if bid in unknown:
            problems.append(
                _("keys.{id}: no such binding (the README lists the ids)").format(id=bid)
            )
        elif read[bid] is None:
            problems.append(
                _(
                    "keys.{id}: no key is called “{key}” (names as f1, pagedown, ctrl+n); "
                    "not remapped"
                ).format(id=bid, key=keymap[bid])
            )
        elif bid in clashes:
            problems.append(_refusal(bid, *clashes[bid], read, clashes))
    return applied, problems


def _refusal(
    bid: str,
    other: Binding,
    keys: set[str],
    read: Mapping[str, str | None],
    refused: Mapping[str, object],
) -> str:
    """The line for a remap refused for a key another binding holds."""
    asked = read.get(other.id) if other.id else None
    if other.id in refused and asked is not None and _keys(asked) & keys:
        # Both were asked for the key, and neither got it: neither "already does" it.
        return _("keys.{id}: {key} is asked for {other_id} too; neither is remapped").format(
            id=bid, key=_shown(keys), other_id=other.id
        )
    if other.id is None:
        # Not one of ours to remap (Ctrl+C, Textual's own): named as help words it.
        return _("keys.{id}: {key} already does “{other}”; not remapped").format(
            id=bid, key=_shown(keys), other=_(other.tooltip or other.description or other.action)
        )
    return _("keys.{id}: {key} already does “{other}” ({other_id}); not remapped").format(
        id=bid, key=_shown(keys), other=_(other.description or other.action), other_id=other.id
    )


def _clash(
    bid: str, wanted: set[str], groups: list[list[Binding]], applied: Mapping[str, str]
) -> tuple[Binding, set[str]] | None:
    """The first binding live beside `bid` whose key (remapped if applied) is wanted."""
    for group in groups:
        if not any(b.id == bid for b in group):
            continue
        for other in group:
            if other.id == bid:
                continue
            remapped = applied.get(other.id) if other.id else None
            holds = _keys(remapped or other.key)
            if holds & wanted:
                return other, holds & wanted
    return None


T = TypeVar("T")


def in_declared_order(
    declared: BindingsMap, items: Iterable[T], binding: Callable[[T], Binding]
) -> list[T]:
    """Items in the order their bindings are declared: Textual's keymap moves a remapped
    binding to the end of its map, and the footer and help would show it last."""

    def place(b: Binding) -> object:
        return b.id or (b.key, b.action)  # a remapped binding keeps its id, not its key

    order: dict[object, int] = {}
    for n, (_key, b) in enumerate(declared):
        order.setdefault(place(b), n)
    return sorted(items, key=lambda item: order.get(place(binding(item)), len(order)))


def key_shown(screen: Screen, binding_id: str) -> str | None:
    """How the key for one of the screen's live bindings shows, remapped or not; None if
    unbound. The search bar's own are live while one types in it (its input has focus)."""
    for active in screen.active_bindings.values():
        if active.binding.id == binding_id:
            return screen.app.get_key_display(active.binding)
    return None
