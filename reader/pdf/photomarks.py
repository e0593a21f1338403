"""A photo's mark: a number or a letter set alone over a photo's corner ('①' on a black
square, 'A') names the photo for its caption. It is read with the photo, never as a
paragraph or a head of its own (page 48's marks made a story of two numbers that took a
photo from its story); the caption it names carries it (gathered.py)."""

from __future__ import annotations

import re

from reader.pdf.blocks import Block
from reader.pdf.content import Picture, corner_gaps
from reader.pdf.within import holders

# circled numbers: ①-⑳, ❶-❿ and ➀-➉, the marks a paper numbers its photos with
CIRCLED = "\u2460-\u2473\u2776-\u277f\u2780-\u2789"
# a circled number, one letter, or a number of two digits at most, alone on its line
LABEL = re.compile(rf"^\s*(?:[{CIRCLED}]|[A-Za-z]|\d{{1,2}})\s*$")
_CORNER = 2.0  # the mark's sizes: at most this from both edges of a corner


def photo_marks(pictures: list[Picture], blocks: list[Block]) -> dict[int, Block]:
    """Picture index -> the block that is its mark: one line, a mark alone, wholly on the
    picture, near one of its corners (one mark a picture: the first read). Marks within
    pictures are found through within.py's grid: a page of product shots has thousands."""
    marks = [b for b in blocks if len(b.lines) == 1 and LABEL.match(b.lines[0].text)]
    out: dict[int, Block] = {}
    taken: set[int] = set()
    for i, k in holders([b.box for b in marks], [p.box for p in pictures], 1.0):
        if k not in out and i not in taken and _at_corner(marks[i], pictures[k]):
            out[k] = marks[i]
            taken.add(i)
    return out


def _at_corner(b: Block, p: Picture) -> bool:
    side, end = corner_gaps(b.box, p.box)
    return side <= _CORNER * b.size and end <= _CORNER * b.size
