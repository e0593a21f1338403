"""The reader's two document panes: the open article and the ads of the page being read."""

from __future__ import annotations

import sys
from collections.abc import Hashable

from rich.cells import cell_len
from rich.segment import Segment
from textual import events, on
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive

from reader.highlights import Highlights
from reader.i18n import _
from reader.model import Ad, Article, Photo
from reader.reading_time import reading_minutes
from reader.tracker import Resume, top_leaf
from reader.ui.render import MEASURE, Palette, Rendered, render_ads, render_article
from reader.ui.widgets.document import READING_KEYS, DocumentView

READING_ACTIONS = frozenset(b.action for b in READING_KEYS if isinstance(b, Binding))

FRAME = 6
"""The article's cells around its measure: 78 at 72 (app.tcss's max-width)."""

BORDER_LABEL_SPARE = 6
"""Cells of a border's edge a label cannot have: two corners and a blank either side of
the label and of the corners (Textual's _styles_cache and _border)."""


class ArticleView(DocumentView):
    """The open article; its border's subtitle says its place in the edition, the minutes
    it takes to read and, when it does not fit, how far down it the pane has come."""

    article: reactive[Article | None] = reactive(None, init=False)
    highlights: reactive[Highlights | None] = reactive(None, init=False)
    place: reactive[str] = reactive("", init=False)
    """The article's place in the edition ('3/8'), set by the screen."""
    titles: dict[str, str] = {}
    """Each article's title by id, set by the screen: where a jump line leads."""

    class PagedPast(Message):
        """Space at the article's end (step 1), or b at its top (-1): the reader reads on,
        into the next article or back into the previous one's end. `article`: the one it
        was pressed in (a held key sends the next before the reader has read on)."""

        def __init__(self, step: int, article: Article | None) -> None:
            super().__init__()
            self.step = step
            self.article = article

    # Where the pane is going: a page scroll still under way to the end is at the end.
    def action_page_down(self) -> None:
        if self._drawn_whole() and self.scroll_target_y >= self.max_scroll_y:
            self.post_message(self.PagedPast(1, self.article))
        else:
            super().action_page_down()

    def action_page_up(self) -> None:
        if self._drawn_whole() and self.scroll_target_y <= 0:
            self.post_message(self.PagedPast(-1, self.article))
        else:
            super().action_page_up()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Squeezed to no width (at 20 columns the section list takes it all), the pane is
        # not seen, focused or not: its keys would scroll it unseen, read a story to its
        # end and on past stories never shown.
        return bool(self.size.width) or action not in READING_ACTIONS

    def _drawn_whole(self) -> bool:
        # Only the first screenful drawn, the pane cannot yet scroll: that is no end.
        return self.article is not None and bool(self._rendered.lines) and self._rendered.complete

    _going: object | None = None
    """The last place asked for once the article is drawn (scroll_end_when_drawn,
    restore): a place asked for after another is where the pane goes."""

    def scroll_end_when_drawn(self, article: Article | None = None, going: object = None) -> None:
        """Show the open article's end, once it is drawn whole at the pane's width (not
        another's, if the reader has moved on by then)."""
        article = article or self.article
        going = going or self._go()
        if article is None or article is not self.article or going is not self._going:
            return
        if not self._drawn_whole() or not self._width:
            self.call_after_refresh(self.scroll_end_when_drawn, article, going)
            return
        self.scroll_to(y=self.max_scroll_y, animate=False, force=True)

    def action_scroll_end(self) -> None:
        self.scroll_end_when_drawn()  # now, when drawn: Textual's waits for a refresh

    def _go(self) -> object:
        self._going = object()
        return self._going

    def progress(self) -> int | None:
        """How far into the article the pane's last line is, in percent (as pagers say
        it); None while the article shows whole, or is not drawn whole yet."""
        height = self.scrollable_content_region.height
        lines = len(self._rendered.lines)
        if not self._drawn_whole() or height <= 0 or lines <= height:
            return None
        # Down, not to the nearest: 100% only where no line is left below.
        return min(100, 100 * (round(self.scroll_y) + height) // lines)

    def _retitle(self) -> None:
        percent = self.progress()
        place = self.place or None
        minutes = self._reading_time(self.article) if self.article is not None else None
        down = f"{percent}%" if percent is not None else None
        # Textual cuts a subtitle too wide for the border at its end, which is the percent,
        # the one part that changes as the reader reads: the minutes go first, then the place.
        width = self.outer_size.width  # 0 before the first layout: all of it, for now
        room = width - BORDER_LABEL_SPARE if width else sys.maxsize
        said = ""
        for parts in ((place, minutes, down), (place, down), (down,)):
            subtitle = " · ".join(part for part in parts if part)
            if subtitle:
                said = subtitle
                if cell_len(said) <= room:
                    break
        self.border_subtitle = said

    _timed: tuple[Article, str] | None = None  # the last article timed, and its time

    def _reading_time(self, article: Article) -> str:
        # Counted once an article: the subtitle is redrawn at every line scrolled.
        if self._timed is None or self._timed[0] is not article:
            minutes = reading_minutes(article)
            self._timed = (article, _("{minutes} min").format(minutes=minutes))
        return self._timed[1]

    def watch_place(self) -> None:
        self._retitle()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._retitle()

    def keep_end(self) -> None:
        """Keep the article at its end, if it is at its end now, through the layout under
        way (a row taken from the pane), unless another place is asked for first. Not a flag
        for the next resize: where none came (J and K in one go), a later one threw the
        next article read to its end."""
        if 0 < self.max_scroll_y <= self.scroll_target_y:
            self.call_after_refresh(self.scroll_end_when_drawn, self.article, self._go())

    @on(events.Resize)
    def _retitle_resized(self) -> None:
        self.call_after_refresh(self._retitle)  # after the pane is drawn at its new size

    def _render_at(self, width: int, limit: int | None = None) -> Size | None:
        size = super()._render_at(width, limit)
        # Not now: Textual may be placing the panes, and a new subtitle refreshes them.
        self.call_after_refresh(self._retitle)
        return size

    def render_document(self, width: int, palette: Palette, limit: int | None = None) -> Rendered:
        if self.article is None:
            return Rendered(width, [[Segment(_("No articles in this edition."), palette.muted)]])
        return render_article(
            self.article,
            width,
            self.highlights,
            palette,
            console=self.app.console,
            hanja=self.hanja,
            photos=self.photo_lines(),
            limit=limit,
            titles=self.titles,
        )

    def highlights_key(self) -> Hashable:
        return _frozen(self.highlights)

    def has_photos(self) -> bool:
        return self.article is not None and any(b.image for b in self.article.body)

    CAPTION_ROOM = 4
    """A photo's caption of three lines, and a row to spare."""
    HEADLINE_ROOM = 4
    """A headline of one line, the rule under it and the blanks around that."""

    def room_beside_photos(self) -> int | None:
        article = self.article
        if article is None or article.deck or not self.has_photos():
            return None
        if any(b.kind not in ("photo", "caption") for b in article.body):
            return None
        return self.CAPTION_ROOM + (0 if article.headline is None else self.HEADLINE_ROOM)

    def show(self, article: Article | None, highlights: Highlights | None) -> None:
        """Open an article with its highlights: one render for both."""
        if article != self.article:
            self.set_reactive(ArticleView.highlights, highlights)
            self.article = article
        else:
            self.highlights = highlights

    def watch_article(self) -> None:
        self.replaced()

    def figure_line(self, path: str) -> int | None:
        """The first line of a photo drawn as a picture, by its block's path."""
        return self._rendered.figures.get(path)

    def top_leaf(self) -> str | None:
        """The leaf at the top of the pane."""
        return top_leaf(self.anchors, self.scroll_y)

    @property
    def at_end(self) -> bool:
        """Scrolled down to the article's end (not merely short enough to show whole)."""
        return 0 < self.scroll_y >= self.max_scroll_y

    def restore(self, resume: Resume, going: object = None) -> None:
        """Scroll to where reading stopped in the article, once it is drawn at its width."""
        going = going or self._go()
        if self.article is None or self.article.id != resume.item_id or going is not self._going:
            return
        if not self.anchors or not self._rendered.complete:
            self.call_after_refresh(self.restore, resume, going)
            return
        where = resume.scroll_to(self.anchors)
        if isinstance(where, str):
            self.scroll_to_anchor(where)
        else:
            self.scroll_to(y=where, animate=False)

    def watch_highlights(self) -> None:
        self.rebuild()


class AdPane(DocumentView):
    """The ads of the page being read; anchors are '<ad id>' and '<ad id>:<leaf path>'."""

    CENTER = False

    # Ads are short lines and tables: a wide pane is for the tables' columns.
    measure: reactive[int] = reactive(2 * MEASURE, init=False)

    PHOTO_ROWS = (4, 14)  # an ad's picture is a small thing beside the article

    _opened: str | None = None  # the ad last opened (scrolled to) in the pane

    ads: reactive[tuple[Ad, ...]] = reactive((), init=False)
    highlights: reactive[dict[str, Highlights] | None] = reactive(None, init=False)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        # Asked only where the ads take the list's place (width: auto there, app.tcss):
        # what the article leaves at its measure, bounded by the pane's min- and max-width.
        # `container` is the row less this pane's border and padding; the scrollbar's
        # column is added to what this returns.
        article = self.screen.query_one(ArticleView).measure + FRAME
        return container.width - article - self.styles.scrollbar_size_vertical

    def render_document(self, width: int, palette: Palette, limit: int | None = None) -> Rendered:
        if not self.ads:
            return Rendered(width, [[Segment(_("No ads on this page."), palette.muted)]])
        return render_ads(
            self.ads,
            width,
            self.highlights,
            palette,
            console=self.app.console,
            hanja=self.hanja,
            photos=self.photo_lines(),
            limit=limit,
        )

    def has_photos(self) -> bool:
        return any(isinstance(b, Photo) for ad in self.ads for b in ad.blocks)

    def current_ad(self) -> Ad | None:
        """The ad being read: the one opened while its start is in sight (the last ad of a
        page may never reach the pane's top), else the one at the pane's top."""
        start = self.anchors.get(self._opened) if self._opened else None
        top = round(self.scroll_y)
        if start is not None and top <= start < top + self.scrollable_content_region.height:
            ad_id: str | None = self._opened
        else:
            leaf = top_leaf(self.anchors, self.scroll_y)
            ad_id = leaf.split(":", 1)[0] if leaf is not None else None
        return next((ad for ad in self.ads if ad.id == ad_id), self.ads[0] if self.ads else None)

    def scroll_to_anchor(self, key: str) -> None:
        self._opened = key.split(":", 1)[0]  # an ad, or a leaf of it: '<ad id>:<path>'
        super().scroll_to_anchor(key)

    def highlights_key(self) -> Hashable:
        # The highlights cover the whole edition: only those of the ads shown count.
        marks = self.highlights or {}
        key = tuple((ad.id, _frozen(marks.get(ad.id))) for ad in self.ads)
        return key if any(frozen for _, frozen in key) else None  # None: no highlights

    def show(self, ads: tuple[Ad, ...], highlights: dict[str, Highlights] | None) -> None:
        """Show a page's ads with the highlights: one render for both."""
        if ads != self.ads:
            self.set_reactive(AdPane.highlights, highlights)
            self.ads = ads
        else:
            self.highlights = highlights

    def watch_ads(self, old: tuple[Ad, ...], ads: tuple[Ad, ...]) -> None:
        self._opened = None
        # A page's ads after a page without: the pane widens for them (-no-ads, app.tcss),
        # and rendered at once its pictures were drawn at the narrow width, then again.
        # (The other way the old content's pictures are let go now, none drawn anew.)
        self.replaced(resizing=bool(ads) and not old)

    def watch_highlights(self) -> None:
        self.rebuild()


def _frozen(highlights: Highlights | None) -> Hashable:
    """Highlights as a key: leaf path -> ranges, in order."""
    if not highlights:
        return None
    return tuple(sorted((path, tuple(spans)) for path, spans in highlights.items()))
