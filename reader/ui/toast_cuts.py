"""A notice never loses a wide character where it covers a pane's edge (Textual #6357).

Textual's compositor cuts every screen line at every widget's edges, the edges of the
panes under a notice included, and divides the notice's line there: a Hangul syllable
across such a cut turns into two spaces ('저장했습  다'). Inside a notice no widget
under it shows, so its lines keep no cuts but the notice's own edges, and its line is
written whole (in the full render and in partial updates, which use the same cuts).
A pane under the notice then has an edge that is no cut: its part there is hidden
anyway, so `_render_chops` (Textual's, but for that) drops it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from textual._compositor import Compositor
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets._toast import Toast


class ToastCuts(Compositor):
    """The compositor, with no cuts inside a notice's lines."""

    @property
    def cuts(self) -> list[list[int]]:
        if self._cuts is not None:
            return self._cuts
        cuts = super().cuts
        for widget, (region, clip) in self.visible_widgets.items():
            if isinstance(widget, Toast):
                x, y, width, height = region.intersection(clip)
                for line in cuts[y : y + height]:
                    line[:] = [cut for cut in line if not x < cut < x + width]
        return cuts

    def _render_chops(
        self, crop: Region, is_rendered_line: Callable[[int], bool]
    ) -> Sequence[Mapping[int, Strip]]:
        cuts = self.cuts
        chops: list[dict[int, Strip | None]] = [dict.fromkeys(line[:-1]) for line in cuts]
        for region, clip, strips in self._get_renders(crop):
            shown = region.intersection(clip)
            first, last = shown.column_span
            for y, strip in zip(shown.line_range, strips, strict=False):
                if not is_rendered_line(y):
                    continue
                line = chops[y]
                inner = [cut for cut in cuts[y] if first < cut < last]
                pieces = strip.divide([cut - first for cut in (*inner, last)])
                # Painted front to back: the first piece for a chop wins; a piece that
                # starts at no cut lies under a notice.
                for cut, piece in zip((first, *inner), pieces, strict=False):
                    if cut in line and line[cut] is None:
                        line[cut] = piece
        return chops  # type: ignore[return-value]  # every chop is filled, as in Textual
