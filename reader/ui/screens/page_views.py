"""What the reading screen opens to look at the page, not the text: the page map of the
page being read, and the open article's photos large."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.i18n import N_, _

if TYPE_CHECKING:
    from reader.ui.screens.reader import ReaderScreen

# Words of ours, in one place: msgids, translated when shown.
PICTURES_OFF = N_("Pictures are off (the `pictures` setting).")
NO_PHOTOS = N_("This article has no photos.")


def page_map(screen: ReaderScreen) -> None:
    """The map of the page of the open article (else of the page whose ads are shown)."""
    from reader.ui.screens.pagemap import PageMapScreen

    edition = screen.edition
    if edition is None or not edition.pages:
        screen.app.bell()
        return
    at = screen.outline.page_of.get(screen.item_id) if screen.item_id else None
    page = at if at is not None else (screen.ads_page or 0)

    def opened(item_id: str | None) -> None:
        if item_id is not None:
            from reader.ui.screens.reader_back import history  # Backspace comes back

            history(screen).remember(screen)
            screen.open_on_page(item_id)

    map_screen = PageMapScreen(edition, page, screen.item_id, screen.read_ids)
    screen.app.push_screen(map_screen, opened)


def photo(screen: ReaderScreen) -> None:
    """The open article's photos, large, from the first one in view (or below it)."""
    from reader.ui.screens.article_actions import open_article  # it imports this module
    from reader.ui.screens.photo import PhotoScreen, article_photos

    article = open_article(screen)
    if article is None:
        return
    photos = screen.app.photos  # type: ignore[attr-defined]
    shown = article_photos(article)
    if not shown:
        screen.notify(_(NO_PHOTOS), timeout=3)
        return
    if not photos.shown:
        screen.notify(_(PICTURES_OFF), timeout=4)
        return
    view = screen.article_view
    lines = [view.figure_line(f"body.{index}") for index, _block, _caption in shown]
    top = view.scroll_y
    at = next((n for n, line in enumerate(lines) if line is not None and line >= top), None)
    if at is None:  # all above the top of the pane: the last of them
        at = len(shown) - 1
    screen.app.push_screen(PhotoScreen(photos, view.folder, article, at))
