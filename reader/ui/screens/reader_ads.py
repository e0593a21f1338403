"""The reading screen's ad pane: the ads of the page being read, beside the section list
from WIDE columns, folded below it until `a` (or an ad opened) brings them in the list's
place, with the focus; folded again, they give it back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widget import Widget

from reader.i18n import _
from reader.model import Ad
from reader.ui.render import page_label
from reader.ui.screens.reader_steps import ReaderSteps

if TYPE_CHECKING:
    from reader.ui.widgets.sections import SectionList

WIDE = 150
"""Below this many columns the ad pane folds away until asked for: three panes that each
read well want the article's 78 cells, the ads' 32 and a list of about 36, where most
headlines stand on a line (a longer one wraps); fewer, and the list's rows are mostly
wrapped headlines (docs/layout.md)."""


class ReaderAds(ReaderSteps):
    """ReaderScreen's base that shows the ads and folds them."""

    _focus_before_ads: Widget | None = None
    """The pane the ads took the focus from (set_ads_shown gives it back)."""

    if TYPE_CHECKING:

        @property
        def sections(self) -> SectionList: ...

    def watch_ads_page(self, index: int | None) -> None:
        pane = self.ad_pane
        page = self.edition.pages[index] if self.edition and index is not None else None
        ads = tuple(it for it in page.items if isinstance(it, Ad)) if page else ()
        pane.show(ads, self.highlights)
        if self.has_class("-no-ads") == bool(ads):
            # The class styles the ad pane only (app.tcss): Textual would restyle the
            # whole screen for it, before the first frame too (docs/performance.md).
            self.set_class(not ads, "-no-ads", update=False)
            pane.update_node_styles()
        if not ads and self.has_class("-narrow") and self.has_class("-ads-on"):
            self.set_ads_shown(False)  # the section list back in place of an empty pane
        pane.border_title = (
            Content(_("Ads · {page}").format(page=page_label(page))) if page else _("Ads")
        )

    def set_ads_shown(self, shown: bool, *, focus: bool = False) -> None:
        """Unfold or fold the ad pane (when narrow, it takes the section list's place).

        Narrow, the ads take the focus from the list they replace (from any pane with
        `focus`, as `a` asks), and give it back to that pane when they fold."""
        narrow, ads = self.has_class("-narrow"), self.ad_pane
        self.set_class(shown, "-ads-on")
        # Folded on a narrow terminal, the ads come back when it is wide again.
        self.set_class(not shown and not narrow, "-ads-off")
        if shown and narrow and (focus or self.sections.has_focus) and not ads.has_focus:
            self._focus_before_ads = self.focused
            ads.focus()
        elif not shown and ads.has_focus:
            back, self._focus_before_ads = self._focus_before_ads, None
            (
                back if narrow and back in (self.sections, self.article_view) else self.article_view
            ).focus()

    def action_toggle_ads(self) -> None:
        shown = self.ad_pane.display
        if not shown and self.has_class("-narrow") and self.has_class("-no-ads"):
            # The list stays: a page without ads gives it back (watch_ads_page), so its
            # place is not taken for a pane that says there are none.
            self.notify(_("No ads on this page."))
            return
        self.set_ads_shown(not shown, focus=True)
