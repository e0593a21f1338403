"""A wrapped Korean block whose paragraphs end where a line closes a sentence.

A paper that prints its paragraphs tight (no blank line between them) still ends each
one at the end of a line: the last line closes a sentence and the next paragraph opens on
a fresh line. A paragraph that wraps runs on mid-sentence at its lines' ends. So inside a
wrapped block (some line stops mid-sentence), a line that closes a sentence in Korean
(`…열었다.`) ends its paragraph. A block whose every line stands alone is blocks.py's.

A justified column (justified.py) shows more: its lines but a paragraph's last fill the
width, so a line that fills it ends no paragraph even where it closes a sentence, and a line
off the width (a paragraph's short last line, a head, a byline) ends one or stands alone.
"""

from __future__ import annotations

from reader.ingest.justified import SLACK as _SLACK
from reader.ingest.justified import at_width, cells, column_width
from reader.ingest.justified import closes as _closes
from reader.ingest.lines import Line, Para
from reader.ingest.units import is_plain

SENTENCE_LINES = (
    "blocks: a wrapped block printed tight cut after each line that closes a Korean"
    " sentence: a paragraph each"
)

JUSTIFIED_ENDS = (
    "blocks: a justified column printed tight cut after each line off its width (a"
    " paragraph's short last line, a head, a credit); a full line ends no paragraph"
)

_FULL = 0.8  # a line this share of the block's longest, or more, fills the column
_SHORT = 0.6  # of a full line: a line this short that closes nothing is a title or a source


def _longest(lines: list[Line]) -> int:
    return max(cells(x) for x in lines)


def _wrapped(lines: list[Line], width: int | None) -> bool:
    """Some line above the last runs on mid-sentence at the column's full width, and the
    top line is no short head over the text (a headline, a title: blocks.py's)."""
    wide = _FULL * _longest(lines) if width is None else width - 2 * _SLACK
    if not _closes(lines[0]) and cells(lines[0]) < wide:
        return False
    return width is not None or any(not _closes(x) and cells(x) >= wide for x in lines[:-1])


def _prose(para: Para | None, wide: float) -> bool:
    """A neighbouring block of finished prose as wide as the column: where a paper sets
    its paragraphs apart by blank lines, a block is one paragraph however its lines end."""
    if para is None or not _closes(para.lines[-1]):
        return False
    return _longest(para.lines) >= wide


def _ends(lines: list[Line], wide: float) -> list[int]:
    """The lines (not the last) that end their paragraph: one that closes a sentence, but
    not inside a marked unit (a question or answer goes on in the plain lines under its
    marker); a table's row, the line over one, and a short line that closes nothing (a
    table's title or source, a subhead): each stands alone."""
    out: list[int] = []
    marked = False
    for k, line in enumerate(lines[:-1]):
        top = k - 1 == (out[-1] if out else -1)
        marked = not is_plain(line.text) if top else marked
        closes = _closes(line) and not marked
        short = cells(line) < _SHORT * wide and not _closes(line)
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
    beside it is set apart by a blank line; None when nothing is cut. In a justified
    column the block is cut after each line off its width, whatever it closes, beside any
    block."""
    lines = para.lines
    width = column_width(lines) if len(lines) >= 3 else None
    if len(lines) < 3 or not _wrapped(lines, width) or not _prose_ends(lines):
        return None  # two lines, or no paragraph wrapped: blocks.py reads those
    marked = [x.text[:1] if not is_plain(x.text) else "" for x in lines]
    if any(a and a == b for a, b in zip(marked, marked[1:], strict=False)):
        return None  # a list's points one under another ('· …'): the units read them
    if width is not None:  # a line off the width stands alone or ends its paragraph
        ends = [k for k, line in enumerate(lines[:-1]) if not at_width(line, width)]
    else:
        wide = _FULL * _longest(lines)
        if _prose(above, wide) or _prose(below, wide):
            return None
        ends = _ends(lines, wide)
    if not ends:
        return None
    why = SENTENCE_LINES if width is None else JUSTIFIED_ENDS
    out: list[Para] = []
    start = 0
    for k in [*ends, len(lines) - 1]:
        top = start == 0
        gap = para.gap if top else 0
        out.append(Para(lines[start : k + 1], gap, inner=para.inner or not top, cut=why))
        start = k + 1
    return out
