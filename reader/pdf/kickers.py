"""A story's kicker: a short line right over its headline, flush with it, naming its column
or marking it ('아침 창', '단독'). Set reversed on a band of its own (white on black or on a
colour), it is the kicker in whatever size, even in the body's, where the line would
otherwise end the story above it."""

from __future__ import annotations

from collections.abc import Sequence

from reader.pdf.blocks import Block
from reader.pdf.content import Box
from reader.pdf.lines import Line
from reader.pdf.within import holders

_BAND = 2.5  # a band no taller than this many of its line's size: a flag, not a box


def over(line: Line, head: Block) -> bool:
    """A line right over the headline, flush with its left edge, under half its width."""
    return (
        0 <= head.top - line.bottom <= head.size
        and abs(line.x0 - head.x0) <= head.size
        and line.width < 0.5 * (head.x1 - head.x0)
    )


def on_bands(blocks: Sequence[Block], bands: Sequence[Box]) -> set[int]:
    """The ids of the one-line blocks each inside a shaded band no taller than a flag."""
    one = [b for b in blocks if len(b.lines) == 1]
    return {
        id(one[i])
        for i, j in holders([(b.x0, b.top, b.x1, b.bottom) for b in one], list(bands), 2.0)
        if bands[j][3] - bands[j][1] <= _BAND * one[i].size
    }


def banded_kicker(last: Block | None, head: Block, banded: set[int]) -> bool:
    """Is the block read just before this headline a line on a band right over it?"""
    return last is not None and id(last) in banded and over(last.lines[0], head)
