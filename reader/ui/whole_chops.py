"""A partial update writes whole chops, never part of one, so that it never cuts a wide
character in two on the terminal (Textual #6357 is this family of bug).

A chop is the run of a screen line between two widgets' edges. Textual's partial update
(`ChopsUpdate.render_segments`) writes the dirty spans of each line and crops the chop a
span ends in at the span's end. A span can end inside a chop: a widget refreshed at its
old size just before a layout shrinks it keeps a dirty region as wide as it was (the
article pane, when the ads take the section list's place at 80 columns), and a widget may
refresh part of its width. A crop inside a wide character puts a space in its place, a
terminal that gets a space over half of a wide character erases all of it, and the
columns after the crop are not written: the Hangul there is gone until the pane repaints.

Chops end at widgets' edges, which the full render never puts inside a character (it
divides each widget's lines there), so ending each span at the end of its chop writes
only what the screen holds anyway. App._display calls this; Textual has no public hook.
"""

from __future__ import annotations

from bisect import bisect_left

from textual._compositor import ChopsUpdate

Span = tuple[int, int, int]
"""A line's dirty cells in a partial update: y, first x, end x (excluded)."""


def whole_chops(update: ChopsUpdate) -> None:
    """End each span of `update` where the chop it ends in ends (merging the spans of a
    line that then meet)."""
    spans: list[Span] = []
    for y, x1, x2 in update.spans:
        ends = update.chop_ends[y]  # sorted; the last is the screen's width
        x2 = ends[min(bisect_left(ends, x2), len(ends) - 1)]
        if spans and spans[-1][0] == y and spans[-1][2] >= x1:
            spans[-1] = (y, spans[-1][1], max(spans[-1][2], x2))
        else:
            spans.append((y, x1, x2))
    update.spans = spans
