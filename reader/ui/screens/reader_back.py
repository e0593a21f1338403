"""Back (Backspace): where the reader was before a search hit opened or a jump, a short
history.

Opening a hit (Enter, n, N in either search, across editions too), a jump of the
palette (Ctrl+P), an item chosen in the list or the page map, a bookmark or an edition
picked first remembers the place on screen:
the edition, the open article and how far it was read, the page of ads shown and how
far down, the list's cursor. Back returns to the last place remembered, and again to
the one before, as a browser's Back does.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from reader.i18n import _, ngettext
from reader.printable import visible
from reader.tracker import Resume
from reader.ui.render.masthead import entry_title

if TYPE_CHECKING:
    from reader.state.glance import Glance
    from reader.ui.screens.reader import ReaderScreen

DEPTH = 20
"""Places kept; the oldest goes when more are remembered."""


@dataclass(frozen=True)
class Place:
    edition_id: str
    item_id: str | None  # the open article
    leaf: str | None  # its leaf at the top of the pane
    line: int  # and the line there
    ads_page: int | None
    ads_line: int
    selected: str | None  # the item under the list's cursor (an ad opened from the list)

    @classmethod
    def of(cls, screen: ReaderScreen) -> Place | None:
        if screen.edition is None:
            return None
        view, ads = screen.article_view, screen.ad_pane
        return cls(
            screen.edition.id,
            screen.item_id,
            view.top_leaf(),
            round(view.scroll_y),
            screen.ads_page,
            round(ads.scroll_y),
            _cursor(screen),
        )


def _cursor(screen: ReaderScreen) -> str | None:
    sections = screen.sections
    at = sections.highlighted
    return None if at is None else sections.row_id(at)


def history(screen: ReaderScreen) -> Back:
    """The screen's places to go back to (made on first use)."""
    back = _HISTORIES.get(screen)
    if back is None:
        back = _HISTORIES[screen] = Back()
    return back


def jumping(screen: ReaderScreen, jump: Callable[[], object]) -> Callable[[], None]:
    """`jump`, the place on screen remembered first."""

    def go() -> None:
        history(screen).remember(screen)
        jump()

    return go


def arrived(screen: ReaderScreen, glance: Glance) -> None:
    """The start opened an edition new since the last reading: say so, and let Back
    return to where reading stopped."""
    left = glance.left
    if left is not None:
        history(screen).places.append(
            Place(left.edition_id, left.item_id, left.leaf, round(left.scroll), None, 0, None)
        )
    entries = [screen.library.entry(edition_id) for edition_id in glance.arrived]
    titles = [entry_title(e) for e in entries if e is not None]
    back = screen.key_for("back", "backspace")
    # The edition opened is named by the masthead right above: named again, the notice
    # wraps over the article's first lines on a narrow terminal, for all its timeout.
    if len(titles) <= 1:
        text = _("This edition is new since you last read. {back} returns to where you were.")
        text = text.format(back=back)
    else:
        others = ", ".join(titles[1:4])
        if len(titles) > 4:
            others = _("{editions} and {count} more").format(editions=others, count=len(titles) - 4)
        news = _(
            "This edition is new since you last read; also new: {others}. "
            "{back} returns to where you were."
        )
        text = news.format(others=others, back=back)
    screen.notify(text, timeout=10)


class Back:
    """The places to go back to, newest last."""

    def __init__(self) -> None:
        self.places: deque[Place] = deque(maxlen=DEPTH)

    def remember(self, screen: ReaderScreen, *, from_list: bool = False) -> None:
        """Remember the place on screen; `from_list`: the list's cursor has already moved
        to the item chosen, and was on the open one."""
        place = Place.of(screen)
        if place is not None and from_list:
            place = replace(place, selected=screen.item_id)
        if place is not None and (not self.places or self.places[-1] != place):
            self.places.append(place)

    def go(self, screen: ReaderScreen) -> None:
        """Return to the last place remembered (not the one on screen: a hit may have
        opened where the reader already was); say so when there is none. A place in an
        edition deleted since is passed over, and said to be."""
        here = Place.of(screen)
        gone: list[str] = []
        index = None
        while self.places and index is None:
            place = self.places.pop()
            if place == here:
                continue
            index = next(
                (i for i, e in enumerate(screen.library.entries) if e.id == place.edition_id),
                None,
            )
            if index is None or screen.library.entries[index].error is not None:
                gone.append(place.edition_id)
                index = None
        if gone:
            passed = ngettext(
                "{editions} is no longer on the shelf: back passes over it.",
                "{editions} are no longer on the shelf: back passes over them.",
                len(gone),
            )
            screen.notify(passed.format(editions=", ".join(map(visible, gone))), timeout=6)
        if index is None:
            if not gone:
                nothing = _(
                    "Nothing to go back to yet: {key} returns from a jump (the list, the page "
                    "map, search, a bookmark, {palette})."
                )
                key = screen.key_for("back", "backspace")
                palette = screen.key_for("command_palette", "^p")
                screen.notify(nothing.format(key=key, palette=palette), timeout=6)
            screen.app.bell()
            return
        if index != screen.edition_index or screen.edition is None:
            if place.item_id is not None:
                screen.open_edition(index, target=(place.item_id, place.leaf), line=place.line)
            else:
                screen.open_edition(index)
            return
        _return(screen, place)


def _return(screen: ReaderScreen, place: Place) -> None:
    if place.item_id is not None:
        screen.open_item(place.item_id)
        screen.article_view.restore(Resume(place.item_id, place.leaf, place.line))
    if place.ads_page is not None and place.ads_page != screen.ads_page:
        screen.ads_page = place.ads_page
    ads = screen.ad_pane
    ads.call_after_refresh(ads.scroll_to, y=place.ads_line, animate=False)
    if place.selected is not None:
        screen.sections.select(place.selected)


_HISTORIES: WeakKeyDictionary[ReaderScreen, Back] = WeakKeyDictionary()
