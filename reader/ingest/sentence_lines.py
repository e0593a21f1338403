"""A wrapped Korean block whose paragraphs end where a line closes a sentence.

A paper that prints its paragraphs tight (no blank line between them) still ends each
one at the end of a line: the last line closes a sentence and the next paragraph opens on
a fresh line. A paragraph that wraps runs on mid-sentence at its lines' ends. So inside a
wrapped block (some line stops mid-sentence), a line that closes a sentence in Korean
(`…열었다.`) ends its paragraph. A block whose every line stands alone is blocks.py's.
"""

from __future__ import annotations

import re

from reader.ingest.lines import Line, Para
from reader.ingest.units import is_plain

SENTENCE_LINES = (
    "blocks: a wrapped block printed tight cut after each line that closes a Korean"
    " sentence: a paragraph each"
)

# A Hangul syllable, then a sentence's stop, then closing quotes or brackets at most: a
# line that ends a sentence (a quote's last line '…말했다."' too). Bounded to the line's
# end.
_CLOSES = re.compile(r"[가-힣][.?!]['\"’”」』)]{0,3}$")


def _closes(line: Line) -> bool:
    return bool(_CLOSES.search(line.text[-8:]))


_FULL = 0.8  # a line this share of the block's longest, or more, fills the column
_SHORT = 0.6  # of a full line: a line this short that closes nothing is a title or a source


def _wrapped(lines: list[Line]) -> bool:
    """Some line above the last runs on mid-sentence at the column's full width, and the
    top line is no short head over the text (a headline, a title: blocks.py's)."""
    full = _FULL * max(len(x.text) for x in lines)
    if not _closes(lines[0]) and len(lines[0].text) < full:
        return False
    return any(not _closes(x) and len(x.text) >= full for x in lines[:-1])


def _prose(para: Para | None, full: float) -> bool:
    """A neighbouring block of finished prose as wide as the column: where a paper sets
    its paragraphs apart by blank lines, a block is one paragraph however its lines end."""
    if para is None or not _closes(para.lines[-1]):
        return False
    return max(len(x.text) for x in para.lines) >= full


def _ends(lines: list[Line], full: float) -> list[int]:
    """The lines (not the last) that end their paragraph: one that closes a sentence, but
    not inside a marked unit (a question or answer goes on in the plain lines under its
    marker); a table's row, the line over one, and a short line that closes nothing (a
    table's title or source, a subhead): each stands alone."""
    out = []
    marked = False
    for k, line in enumerate(lines[:-1]):
        top = k == 0 or k - 1 in out
        marked = not is_plain(line.text) if top else marked
        closes = _closes(line) and not marked
        short = len(line.text) < _SHORT * full and not _closes(line)
        if closes or short or "\t" in line.text or "\t" in lines[k + 1].text:
            out.append(k)
    return out


def _prose_ends(lines: list[Line]) -> bool:
    """A line of prose above the last closes a sentence with prose under it: a table's
    rows and their title alone cut no paragraph here."""
    pairs = zip(lines[:-1], lines[1:], strict=True)
    return any(_closes(a) and "\t" not in a.text + b.text for a, b in pairs)


def sentence_cuts(para: Para, above: Para | None, below: Para | None) -> list[Para] | None:
    """The block cut after each line (not its last) that closes a Korean sentence, when
    another line of it runs on mid-sentence at the column's width and no block of prose
    beside it is set apart by a blank line; None when nothing is cut."""
    lines = para.lines
    if len(lines) < 3 or not _wrapped(lines) or not _prose_ends(lines):
        return None  # two lines, or no paragraph wrapped: blocks.py reads those
    marked = [not is_plain(x.text) for x in lines]
    if any(a and b for a, b in zip(marked, marked[1:], strict=False)):
        return None  # a list's points one under another ('· …'): the units read them
    full = _FULL * max(len(x.text) for x in lines)
    if _prose(above, full) or _prose(below, full):
        return None
    ends = _ends(lines, full)
    if not ends:
        return None
    out: list[Para] = []
    start = 0
    for k in [*ends, len(lines) - 1]:
        top = start == 0
        gap = para.gap if top else 0
        out.append(Para(lines[start : k + 1], gap, inner=para.inner or not top, cut=SENTENCE_LINES))
        start = k + 1
    return out
