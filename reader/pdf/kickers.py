"""A story's kicker: a short line right over its headline, flush with it, naming its column
or marking it ('아침 창', '단독'). Set reversed on a band of its own (white on black or on a
colour), it is the kicker in whatever size, even in the body's, where the line would
otherwise end the story above it. A band is the kicker's own ink: a title bar across a box's
top ('기자수첩') pads its type, so the gap to the headline is measured from the band's foot."""

from __future__ import annotations

from collections.abc import Sequence

from reader.pdf.blocks import Block
from reader.pdf.content import Box
from reader.pdf.lines import Line
from reader.pdf.within import holders

_BAND = 2.5  # a band no taller than this many of its line's size: a flag, not a box


def over(line: Line, head: Block, foot: float | None = None) -> bool:
    """A line right over the headline, flush with its left edge, under half its width (foot:
    the bottom of the band the line is set on, if any)."""
    return (
        0 <= head.top - max(line.bottom, foot or line.bottom) <= head.size
        and abs(line.x0 - head.x0) <= head.size
        and line.width < 0.5 * (head.x1 - head.x0)
    )


def on_bands(blocks: Sequence[Block], bands: Sequence[Box]) -> dict[int, float]:
    """The one-line blocks each inside a shaded band no taller than a flag: their ids, each
    with its band's foot."""
    one = [b for b in blocks if len(b.lines) == 1]
    return {
        id(one[i]): bands[j][3]
        for i, j in holders([(b.x0, b.top, b.x1, b.bottom) for b in one], list(bands), 2.0)
        if bands[j][3] - bands[j][1] <= _BAND * one[i].size
    }


def banded_kicker(last: Block | None, head: Block, banded: dict[int, float]) -> bool:
    """Is the block read just before this headline a line on a band right over it?"""
    return last is not None and id(last) in banded and over(last.lines[0], head, banded[id(last)])
