"""The reading screen's steps through an edition: J K from article to article, [ ] from
section to section, u to the next unread one, and Space and b reading on past an
article's end or top; at the edition's either end, the line under the panes says so
(reader_editions)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from reader.i18n import N_, _
from reader.ui.screens import reader_jumps
from reader.ui.screens.reader_editions import (
    FIRST_ARTICLE,
    FIRST_SECTION,
    LAST_ARTICLE,
    LAST_SECTION,
    ReaderEditions,
)

ALL_READ = N_("No other article of this edition is unread.")

if TYPE_CHECKING:
    from reader.ui.screens.reader import ReaderScreen
    from reader.ui.widgets.panes import ArticleView


class ReaderSteps(ReaderEditions):
    """ReaderScreen's base that steps through the edition on screen; `open_item` and
    `open_page` are ReaderScreen's."""

    if TYPE_CHECKING:

        def open_item(self, item_id: str) -> bool: ...
        def open_page(self, index: int) -> None: ...

    def action_step_article(self, step: int) -> None:
        if not self.outline.articles:
            return
        target = self.outline.article_after(self.item_id, step)
        if target is None:
            self.at_edition_end(_(LAST_ARTICLE if step > 0 else FIRST_ARTICLE), step)
        else:
            self.open_item(target)

    def action_step_unread(self) -> None:
        if not self.outline.articles:
            return
        target = self.outline.unread_after(self.item_id, self.read_ids)
        if target is None:
            self.at_edition_end(_(ALL_READ), 1)
        else:
            self.open_item(target)

    def on_article_view_paged_past(self, message: ArticleView.PagedPast) -> None:
        # Space read on past the end into the next article; b back into the previous end.
        # A story that jumps pages goes on into its own other part first.
        screen = self._screen()
        if message.article is not screen.article_view.article:
            return  # pressed in a story since left: it read on already, once is enough
        if message.step > 0 and self.item_id and self.item_id not in self.read_ids:
            # Paged past its end: read, though short enough never to scroll to it.
            self.tracker.set_read(self.item_id, True)
        if reader_jumps.read_on(screen, message.step):
            return
        if message.step > 0:
            came_from = screen.jumped_from
            back_to = came_from[1] if came_from and came_from[0] == self.item_id else None
            target = self.outline.read_on(self.item_id, self.read_ids, back_to)
            if target is None:
                self.at_edition_end(_(LAST_ARTICLE), 1)
            else:
                self.open_item(target)
            return
        target = self.outline.read_back(self.item_id, self.read_ids)
        if target is None:
            self.at_edition_end(_(FIRST_ARTICLE), -1)
        else:
            self.open_item(target)
            self.article_view.scroll_end_when_drawn()

    def action_follow_jump(self) -> None:
        screen = self._screen()
        article = screen.article_view.article
        jump = None if article is None else reader_jumps.jump_in_view(screen, article)
        if article is not None and jump is not None:
            reader_jumps.follow(screen, article, jump)
        elif article is not None:  # else Enter would seem to have been lost
            screen.notify(_(reader_jumps.NO_JUMP), timeout=4)

    def _screen(self) -> ReaderScreen:
        return cast("ReaderScreen", self)  # the one screen built on these steps

    def action_step_section(self, step: int) -> None:
        if self.ads_page is None:
            return
        # The ad pane follows the last item opened, article or ad: that is where we are.
        index = self.outline.page_after(self.ads_page, step)
        if index is None:
            self.at_edition_end(_(LAST_SECTION if step > 0 else FIRST_SECTION), step)
        else:
            self.open_page(index)
