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
    stacked = 0
    for column in _columns([r for r in runs if len(r.text.strip()) == 1]):
        column.sort(key=lambda r: r.top)
        marked: set[int] = set()
        for n, (a, b) in enumerate(zip(column, column[1:], strict=False)):
            size = a.size
            if (
                abs(b.size - size) <= _ALIGNED * size
                and _STEP[0] * size <= b.top - a.top <= _STEP[1] * size
            ):
                marked.update((n, n + 1))
        stacked += len(marked)
    return stacked >= _FEW and stacked >= _MOST * total


def _columns(singles: list[Run]) -> list[list[Run]]:
    """The glyphs in columns: by x0, a new column where x0 moves more than _ALIGNED sizes
    from the column's first (layout software that centres each glyph jitters x0)."""
    columns: list[list[Run]] = []
    for run in sorted(singles, key=lambda r: r.x0):
        if columns and run.x0 - columns[-1][0].x0 <= _ALIGNED * columns[-1][0].size:
            columns[-1].append(run)
        else:
            columns.append([run])
    return columns
