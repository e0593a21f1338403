"""A paragraph that opens at a column's top: no step under a line above and often no
indent show it there (a producer drops the first-line indent of a paragraph that starts
a container). In a justified column every line but a paragraph's last is stretched to
the column's right edge, so a column whose last line stops short of that edge after a
sentence's stop ended its paragraph there; one whose last line runs full carries on."""

from __future__ import annotations

from statistics import median

from reader.ingest.repair import TERMINAL
from reader.pdf.blocks import Block
from reader.pdf.lines import Line

_EDGE = 0.15  # sizes: a justified line ends this near its column's edge (or past it)
_SHORT = 0.25  # sizes: a last line stopping this short of the edge ended its paragraph
_MOST = 2 / 3  # of a block's other lines reaching the edge: it is justified
_LINES = 2  # other lines at the least, to show the edge


def ended_short(block: Block) -> bool:
    """Does the block's last line end a paragraph: a sentence's stop, short of the right
    edge its other lines are justified to?"""
    *others, last = block.lines
    if len(others) < _LINES or not TERMINAL.search(last.text):
        return False
    size = last.size
    edge = median(x.x1 for x in others)
    if sum(x.x1 >= edge - _EDGE * size for x in others) < _MOST * len(others):
        return False  # set ragged: a short line tells nothing
    return edge - last.x1 >= _SHORT * size


def opens_at_top(line: Line, block: Block, above: Block | None) -> bool:
    """Does `line`, the first of its block, open a paragraph after the block `above`
    (the column before) ended one?"""
    return above is not None and line is block.lines[0] and ended_short(above)
