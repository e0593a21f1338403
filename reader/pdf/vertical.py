"""A page whose text runs top to bottom (vertical writing: one glyph under the other, in
columns) is told, as it is read across like any other: its order is then wrong."""

from __future__ import annotations

from reader.pdf.content import Run

_ALIGNED = 0.3  # font sizes: glyphs of one column start this close across
_STEP = (0.8, 1.8)  # font sizes from one glyph's top to the next one's down a column
_MOST = 0.5  # of the page's characters, stacked
_FEW = 8  # stacked glyphs: fewer is a label or an ornament, not a text


def runs_down(runs: list[Run]) -> bool:
    """Most of the page's characters stand alone in their run, each under another."""
    total = sum(len(r.text) - r.text.count(" ") for r in runs)
    singles = sorted((r for r in runs if len(r.text.strip()) == 1), key=lambda r: (r.x0, r.top))
    stacked: set[int] = set()
    for n, (a, b) in enumerate(zip(singles, singles[1:], strict=False)):
        size = a.size
        if (
            abs(b.x0 - a.x0) <= _ALIGNED * size
            and abs(b.size - size) <= _ALIGNED * size
            and _STEP[0] * size <= b.top - a.top <= _STEP[1] * size
        ):
            stacked.update((n, n + 1))
    return len(stacked) >= _FEW and len(stacked) >= _MOST * total
