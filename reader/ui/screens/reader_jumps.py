"""Following a story that jumps pages: from '▶3면에 계속' to its continuation and back.

Enter on the open article follows its jump (the jump line in view, else the one it has);
Space at the end of the first part goes on into its continuation, and b at the top of a
continuation back into the first part's end, before the next or previous article; Space
at the end of a continuation jumped into goes on after its first part. Each follow is
remembered, so Backspace comes back. The link is the model's
(reader/jump_links.py): the screen reads `Jump.item`, and never the line's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.i18n import N_, _
from reader.model import Article, Jump
from reader.ui.screens.reader_back import history

if TYPE_CHECKING:
    from reader.ui.screens.reader import ReaderScreen

NOT_HERE = N_("The story goes on on page {page}, which is not in this edition")
NO_JUMP = N_("No continuation in this article")


def jump_in_view(screen: ReaderScreen, article: Article) -> Jump | None:
    """The jump whose line is on screen, else the article's one jump (on before from)."""
    view = screen.article_view
    top, height = view.scroll_y, view.scrollable_content_region.height
    for path, jump in (("jump_on", article.jump_on), ("jump_from", article.jump_from)):
        line = view.anchors.get(path)
        if jump is not None and line is not None and top <= line < top + height:
            return jump
    return article.jump_on or article.jump_from


def follow(screen: ReaderScreen, article: Article, jump: Jump) -> None:
    """Open the part at the jump's other end; the first part opens at its end, where its
    jump line is. A jump whose other part is not in the edition says so."""
    if not leads_on(screen, article, jump):
        screen.notify(_(NOT_HERE).format(page=jump.page), timeout=6)
        return
    assert jump.item is not None
    # The story's first part the reader came from, kept from part to part (a story in
    # three parts): Space at the end of the last goes on after it (reader_steps).
    came = screen.jumped_from
    first = came[1] if came is not None and came[0] == article.id else None
    if jump is article.jump_on:
        first = first or article.id
    history(screen).remember(screen)
    screen.open_item(jump.item)
    if jump is article.jump_from:
        screen.article_view.scroll_end_when_drawn()
    if first is not None and first != jump.item:
        screen.jumped_from = (jump.item, first)


def leads_on(screen: ReaderScreen, article: Article, jump: Jump) -> bool:
    """Whether the jump leads to another article of the edition: a file may name an item
    it has not, an ad, or the story itself (written by hand, or by another program)."""
    return jump.item != article.id and jump.item in screen.outline.articles


def read_on(screen: ReaderScreen, step: int) -> bool:
    """Space past the first part's end, or b above a continuation's top: follow the story
    there. False when the open article has no linked jump that way (one that leads to no
    other story is no way on: Space reads on in order)."""
    article = screen.article_view.article  # the open article, as the screen showed it
    jump = None if article is None else article.jump_on if step > 0 else article.jump_from
    if article is None or jump is None or not leads_on(screen, article, jump):
        return False
    follow(screen, article, jump)
    return True
