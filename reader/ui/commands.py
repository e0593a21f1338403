"""Command palette: jump to any article, section, ad, edition or bookmark by its title."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.widgets.option_list import Option

from reader.i18n import _, ngettext
from reader.model import Article
from reader.printable import cut_to_width, visible
from reader.ui.render import page_label
from reader.ui.render.masthead import entry_title

if TYPE_CHECKING:
    from reader.ui.screens.reader import ReaderScreen


@dataclass(frozen=True)
class Target:
    text: str
    help: str
    jump: Callable[[], object]


# An article without a headline is titled by its first paragraph, whole: one line of the
# palette holds the start of it.
TITLE_CELLS = 96


def jump_targets(screen: ReaderScreen) -> Iterator[Target]:
    """Everything the palette can jump to from a reading screen."""
    from reader.ui.screens.bookmarks import leaf_label

    edition = screen.edition
    if edition is not None:
        for index, page in enumerate(edition.pages):
            items = len(page.items)
            yield Target(
                _("Section {page}").format(page=page_label(page)),
                ngettext("{count} item", "{count} items", items).format(count=items),
                partial(screen.open_page, index),
            )
        for page in edition.pages:
            for item in page.items:
                if isinstance(item, Article):
                    title = cut_to_width(visible(item.title), TITLE_CELLS)
                    text = _("Article: {title}").format(title=title)
                    about = page_label(page)
                else:
                    title = item.known_as or item.id
                    text = _("Ad: {title}").format(title=visible(title))
                    about = " · ".join(visible(b) for b in (item.advertiser, page_label(page)) if b)
                yield Target(text, about, partial(screen.open_on_page, item.id))
    for index, entry in enumerate(screen.library.entries):
        if entry.error is None:
            articles = entry.articles or 0
            yield Target(
                _("Edition: {edition}").format(edition=entry_title(entry)),
                ngettext("{count} article", "{count} articles", articles).format(count=articles),
                partial(screen.open_edition, index),
            )
    for bookmark in screen.reading.bookmarks:
        shelved = screen.library.entry(bookmark.edition_id)
        about = entry_title(shelved) if shelved else visible(bookmark.edition_id)
        yield Target(
            _("Bookmark: {title}").format(title=cut_to_width(visible(bookmark.title), TITLE_CELLS)),
            f"{about} · {leaf_label(bookmark.leaf)}",
            partial(screen.open_bookmark, bookmark),
        )


class JumpProvider(Provider):
    """Titles come from the newspaper, so they are given as Content, never as markup."""

    def _targets(self) -> list[Target]:
        from reader.ui.screens.reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return []
        from reader.ui.screens.reader_back import jumping  # Backspace comes back

        return [replace(t, jump=jumping(screen, t.jump)) for t in jump_targets(screen)]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for target in self._targets():
            score, offsets = matcher.fuzzy_search.match(matcher.query, target.text)
            if score <= 0:
                continue
            display = Content(target.text)
            for offset in offsets:
                display = display.stylize(matcher.match_style, offset, offset + 1)
            # Content, not a str: Textual reads a str as markup (it types help as str).
            help = Content(target.help)
            yield Hit(score, display, target.jump, text=target.text, help=help)  # type: ignore[arg-type]

    async def discover(self) -> Hits:
        for target in self._targets():
            help = Content(target.help)
            yield DiscoveryHit(Content(target.text), target.jump, text=target.text, help=help)  # type: ignore[arg-type]


class Palette(CommandPalette):
    """Textual's palette, its one line of its own in the interface language."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # As Textual's (8.2), which writes "No matches found" in English.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                none = Align.center(Text(_("No matches found"), style="not bold"))
                self.query_one(CommandList).add_option(
                    Option(none, disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:  # nothing typed: the list offers everything, or nothing to say
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
