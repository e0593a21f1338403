"""A justified Korean column's width, in cells, as page text keeps it.

Korean print justifies its columns and tears a line at any syllable, so every line of a
paragraph but its last fills the column's width to a syllable; a PDF's extraction keeps
those lines and drops the blank line between paragraphs. The width is read off the lines
that run on mid-sentence (they are full by necessity): when three or more of them share
one width to a syllable's slack, and no line under the column's first is wider, the lines
are a justified column. Widths are measured in terminal cells (a Hangul syllable two),
never in characters, so that a line of Latin letters or digits weighs what it prints.
"""

from __future__ import annotations

import re

from reader.ingest.line_shape import cells as _width
from reader.ingest.lines import Line

# A Hangul syllable, then a sentence's stop, then closing quotes or brackets at most: a
# line that ends a sentence (a quote's last line '…말했다."' too). Bounded to the line's
# end.
_CLOSES = re.compile(r"[가-힣][.?!]['\"’”」』)]{0,3}$")

SLACK = 2  # cells: a line torn at any syllable falls short of the width by one at most
_RUNS = 3  # lines running on at one width: fewer prove no column
_SHARE = 0.8  # of the lines running on, this share within the slack of the width


def closes(line: Line) -> bool:
    """The line ends a Korean sentence."""
    return bool(_CLOSES.search(line.text[-8:]))


def cells(line: Line) -> int:
    return _width(line.text)


def column_width(lines: list[Line]) -> int | None:
    """The width the block's lines are justified to, in cells; None when fewer than three
    lines run on mid-sentence at one width (a column wrapped by words, a list, a head)."""
    runs = sorted(cells(x) for x in lines[:-1] if not closes(x))
    if len(runs) < _RUNS:
        return None
    width = runs[len(runs) // 2]  # the upper median: heads and bylines run short
    at = sum(1 for w in runs if abs(w - width) <= SLACK)
    if at < _RUNS or at < _SHARE * len(runs):
        return None
    # Only a head over the column is wider than it: a wider line under the column's first
    # shows lines that merely happen to share a width (an ad's, a list's).
    first = next(k for k, x in enumerate(lines) if abs(cells(x) - width) <= SLACK)
    return None if any(cells(x) > width + SLACK for x in lines[first:]) else width


def at_width(line: Line, width: int) -> bool:
    """The line fills the column: no paragraph ends on it, whatever it closes. A line
    shorter ends one (or stands alone); one wider is no line of the column (a head)."""
    return abs(cells(line) - width) <= SLACK
