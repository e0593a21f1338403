"""A scrollable view of a rendered document: the base of the article and ad panes (panes.py).

Both paint lines from reader.ui.render (Line API), so the map leaf path -> line
that the renderer keeps is exactly where a leaf is on screen.
"""

from __future__ import annotations

from collections.abc import Hashable

from rich.segment import Segment
from rich.style import Style
from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.i18n import N_
from reader.ui.legible import drawn_style
from reader.ui.render import MEASURE, Palette, Rendered
from reader.ui.render.reflow import Place, line_of, place_of
from reader.ui.widgets.photo_pane import PhotoPane

READING_KEYS: list[BindingType] = [
    Binding("j", "scroll_down", N_("Down"), id="move_down", show=False),
    Binding("k", "scroll_up", N_("Up"), id="move_up", show=False),
    Binding("space", "page_down", N_("Page down"), id="page_down", show=False),
    Binding("b", "page_up", N_("Page up"), id="page_up", show=False),
    Binding("g", "scroll_home", N_("Top"), id="top", show=False),
    Binding("G", "scroll_end", N_("Bottom"), id="bottom", show=False),
]
"""The keys a reading pane scrolls by; the help's list of keys scrolls by them too, under
the same ids, so one remap moves both."""


PAGE_KEPT = 2
"""Lines of the page just read that a page down (or up) keeps in view."""


class DocumentView(PhotoPane, ScrollView, can_focus=True):
    """Paints a Rendered document at a readable measure, centred in wide panes."""

    # Few component classes: Textual styles each one as a node on every restyle.
    COMPONENT_CLASSES = {
        "doc--accent",
        "doc--muted",
        "doc--link",
        "doc--highlight",
        "doc--current-hit",
    }

    # Lines are wrapped to the pane, so never scroll sideways; the gutter is kept so
    # the width (and so the wrapping) does not change when the scrollbar appears.
    DEFAULT_CSS = """
    DocumentView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
    }
    """

    BINDINGS = READING_KEYS

    CENTER: bool = True
    """Centre the measure in a wider pane (else keep it to the left)."""

    measure: reactive[int] = reactive(MEASURE, init=False)
    hanja: reactive[bool] = reactive(False, init=False)
    """Each Hanja word followed by its Hangul reading: 與野(여야)."""

    RENDERS_KEPT = 4
    """Renders of the current content kept (by width, palette and highlights), so a pane
    shown again, a terminal resized back or a search cleared paints without rendering."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rendered = Rendered(width=0)
        self._renders: dict[tuple[int, Palette, bool, Hashable, int], Rendered] = {}
        self._palette: Palette | None = None
        self._palette_theme = ""  # the theme _palette was read in
        self._lines: dict[int, Strip] = {}  # painted lines, by index, until the next change
        self._line_style: Style | None = None  # the pane's style, for the lines in _lines
        self._left = 0
        self._width = 0
        self._height = 0  # the pane's, when last placed
        self._pending_anchor: str | None = None
        self._reflowed_top: int | None = None  # the line to scroll to after a new wrapping
        self._kept_place: tuple[int, Place] | None = None  # that line, and what it shows
        self._photo_rows = 0

    # --- to be provided by the panes ---------------------------------------

    def render_document(self, width: int, palette: Palette, limit: int | None = None) -> Rendered:
        """The document at `width`; with a `limit`, about that many lines of its start."""
        raise NotImplementedError

    def highlights_key(self) -> Hashable:
        """What of the highlights the document shows, as a key of the renders kept; None
        when it shows none."""
        raise NotImplementedError

    def _scroll_reflowed(self) -> None:
        if self._reflowed_top is not None:
            self.scroll_to(y=self._reflowed_top, animate=False, force=True)
            self._reflowed_top = None

    def replaced(self, *, resizing: bool = False) -> None:
        """Another document: it opens at its top, not at the old one's reading place.
        `resizing`: the pane changes width with it, so it is rendered where Textual
        places it (_get_scrollable_region), at its new width only (its pictures once)."""
        self._rendered = Rendered(width=0)
        self._reflowed_top = self._kept_place = None
        self.scroll_to(y=0, animate=False)
        if not resizing:
            self.content_changed()
            return
        self._renders.clear()
        self._width = 0  # placed, the pane is as new: rendered at whatever width it gets
        self.refresh(layout=True)

    def content_changed(self) -> None:
        """New content: the renders kept are of the old one (and so are their pictures)."""
        self._renders.clear()
        with self.redrawing_photos():
            self.rebuild()

    # --- layout --------------------------------------------------------------

    def plain(self) -> str:
        """The document as the pane shows it, as text."""
        return self._rendered.plain()

    @property
    def anchors(self) -> dict[str, int]:
        return self._rendered.anchors

    def palette(self) -> Palette:
        """The document roles in the colours of the theme (see app.tcss)."""
        accent, muted, link = (
            drawn_style(self, f"doc--{name}") for name in ("accent", "muted", "link")
        )
        # In full: a partial style drops a translucent background's alpha.
        highlight, current_hit = (
            self.get_component_rich_style(f"doc--{name}") for name in ("highlight", "current-hit")
        )
        bold, italic = Style(bold=True), Style(italic=True)
        return Palette(
            headline=bold,
            subheadline=accent + italic,
            marker=accent + bold,
            question=accent + bold,
            caption=muted + italic,
            subhead=accent + Style(bold=True, underline=True),
            byline=bold,
            link=link + Style(underline=True),
            phone=link + bold,
            muted=muted,
            rule=muted,
            title=bold,
            heading=accent + bold,
            table_header=accent + bold,
            highlight=highlight,
            current_hit=current_hit + bold,
        )

    def rebuild(self) -> None:
        """Render again (new content, width or styles); waits while the pane is hidden."""
        size = self._render_at(self.scrollable_content_region.width)
        if size is not None:
            self.virtual_size = size
            # The scrollbar now, as Textual's OptionList does, so it shows in the frame the
            # text does (else only the layout after that frame would add it).
            self._scroll_update(size)
            self.refresh()

    def _render_at(self, width: int, limit: int | None = None) -> Size | None:
        """Render at a width (with a `limit`, the first lines only, and the rest on the
        next refresh); the document's size (None: no width, nothing rendered)."""
        self._width = max(0, width)
        self._forget_lines()
        if width <= 0:
            return None
        text_width = min(self.measure, width)
        self._left = (width - text_width) // 2 if self.CENTER else 0
        self._palette, self._palette_theme = self.palette(), self.app.theme
        key = (text_width, self._palette, self.hanja, self.highlights_key(), self.photo_key())
        rendered = self._renders.pop(key, None)
        if rendered is None:
            rendered = self.render_document(text_width, self._palette, limit)
            while len(self._renders) >= self.RENDERS_KEPT:
                # The least recently used, but never the render without highlights while
                # a search runs: Esc paints it again at once, however many hits came.
                marked = (k for k in self._renders if k[3] is not None)
                del self._renders[next(marked, next(iter(self._renders)))]
        old, top, kept = self._rendered, self._reflowed_top, self._kept_place
        # Where the pane is going (a page-down may be on its way).
        at = min(round(self.scroll_target_y), round(self.max_scroll_y))
        if top is None:
            top = at
            if kept is not None and kept[0] > at == round(self.max_scroll_y):
                # The kept line is below the last the pane can scroll to (grown, it shows
                # more, or all): the reader has not moved, and the place is still theirs.
                top = kept[0]
        self._rendered = rendered
        if old.lines and top > 0 and self._pending_anchor is None:
            # The same document wrapped anew: the line on top stays on top. Its place is
            # kept while the reader stays there: wrapped back, the same line comes back.
            place = kept[1] if kept is not None and kept[0] == top else place_of(old, top)
            line = line_of(rendered, place) if place is not None else None
            if place is not None and line is not None:
                # Kept even where the line stays: the pane may grow past it next.
                self._kept_place = (line, place)
                if line != top or line != at:
                    if self._reflowed_top is None:
                        self.call_after_refresh(self._scroll_reflowed)
                    self._reflowed_top = line
        self._photo_rows = key[4]
        if rendered.complete:
            self._renders[key] = rendered
        else:
            self.call_after_refresh(self.rebuild)
        if self._pending_anchor is not None:
            # After the layout pass, when the pane's height (and so how far it
            # can scroll) is known.
            self.call_after_refresh(self.scroll_to_anchor, self._pending_anchor)
        return Size(width, len(rendered.lines))

    def _get_scrollable_region(self, region: Region) -> Region:
        # Textual asks this as it places the pane, before it paints the frame: the first
        # moment the pane's size is known. Rendered now, the text, and the scrollbar it
        # needs, are in the frame that first shows the pane (no frame of an empty pane,
        # none of text wrapped at the old width). If a Textual release stops asking,
        # on_resize still renders, a frame later. A pane shown for the first time renders
        # its first screenful only, the rest right after that frame.
        inner = super()._get_scrollable_region(region)
        # Taller or shorter only (the article at its measure on both sizes), the place on
        # top is kept as it is for a new width: grown to show it all, then back, the
        # reader is where they were.
        resized = inner.width != self._width or inner.height != self._height
        self._height = inner.height
        if inner.width > 0 and resized:
            first = not self._rendered.lines and self._pending_anchor is None
            self.placed_height = inner.height
            size = self._render_at(inner.width, inner.height + 1 if first else None)
            self.placed_height = None
            assert size is not None
            # Quietly: a refresh now would make Textual place every widget again.
            self.set_reactive(DocumentView.virtual_size, size)
            end = max(0, size.height - inner.height)
            if self._rendered.complete and self.scroll_target_y > end:
                # Grown, the pane scrolls less far: Textual clamps scroll_y, not its target,
                # from which k would step (a first k, and more, that moved nothing).
                self.set_reactive(DocumentView.scroll_target_y, float(end))
            # The first screenful alone cannot size the scrollbar: it comes with the rest.
            show = self.styles.overflow_y == "auto" and self._rendered.complete
            show = show and size.height > inner.height
            self.set_reactive(DocumentView.show_vertical_scrollbar, show)
        return inner

    def scroll_to_anchor(self, key: str) -> None:
        """Bring a leaf (an anchor of the rendered document) to the top of the pane.

        When the current search hit lies in that leaf below the pane's height, the
        hit's line comes a third of the way down instead, so the hit is in view.
        """
        if self._width == 0:
            self._pending_anchor = key
            return
        self._pending_anchor = None
        line = self.anchors.get(key)
        if line is None:
            return
        hit = self._rendered.current_hit_line()
        height = self.scrollable_content_region.height
        if hit is not None and hit - line >= height > 0:
            lines = self._rendered.lines
            end = min((n for n in self.anchors.values() if n > line), default=len(lines))
            if hit < end:  # in this leaf
                line = hit - height // 3
        # Forced: new content may not have its scrollbar yet, which would refuse the scroll.
        self.scroll_to(y=line, animate=False, force=True)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if not self._width:
            return
        if self._palette_theme != self.app.theme:
            # Textual restyles the component classes (our palette) after this call: read
            # now, a new theme's palette would keep the old theme's colours.
            self._forget_lines()
            self.call_next(self._restyled)
        else:
            self._restyled()

    def _restyled(self) -> None:
        self._palette_theme = self.app.theme
        if self.palette() != self._palette:
            self.rebuild()
        else:  # focus and the like change only the pane's own colours
            self._forget_lines()

    def _forget_lines(self) -> None:
        self._lines.clear()
        self._line_style = None

    def watch_measure(self) -> None:
        self.rebuild()

    def watch_hanja(self) -> None:
        self.rebuild()

    # From where the scroll is going, not where its animation is: Space pressed twice in
    # quick succession pages twice (Textual's own line scrolls do the same).
    def action_page_down(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_to(y=self.scroll_target_y + self._page())

    def action_page_up(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_to(y=self.scroll_target_y - self._page())

    # At once, as the help's list does: Textual animates them for a second, in which a
    # Space after G paged again instead of reading on into the next article.
    def action_scroll_home(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_end(animate=False)

    def _page(self) -> int:
        # A page less the lines kept in view (as vim and Emacs page): the eye finds the
        # line it was reading at the top, rather than a sentence cut off mid-way.
        return max(1, self.scrollable_content_region.height - PAGE_KEPT)

    def on_mount(self) -> None:
        # Textual makes the scrollbar when it is first shown, and it takes part in a
        # layout only once mounted: made now, it is there for the frame with the text.
        self.vertical_scrollbar  # noqa: B018

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width or (
            self._photo_rows and self.photo_key() != self._photo_rows
        ):
            self.rebuild()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        strip = self._lines.get(index)
        if strip is not None:
            return strip
        if self._line_style is None:  # it walks the ancestors: once, not once a line
            self._line_style = self.rich_style
        width = self.scrollable_content_region.width
        lines = self._rendered.lines
        if index >= len(lines):
            strip = Strip.blank(width, self._line_style)
        else:
            line = lines[index]
            used = self._left + Segment.get_line_length(line)
            segments = [Segment(" " * self._left), *line] if self._left else list(line)
            if used < width:
                segments.append(Segment(" " * (width - used)))
            strip = Strip(Segment.apply_style(segments, self._line_style), max(used, width))
            if used > width:
                strip = strip.crop(0, width)
        self._lines[index] = strip
        return strip
