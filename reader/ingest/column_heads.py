"""A headline and its deck set tight over a justified Korean column: where the head ends.

A justified column fills every line of a paragraph but its last to the column's width, and
a paragraph's last line closes its sentence (justified.py). So a line over the column that
closes no sentence and stands off the width (shorter, or wider than any line of the column)
ends no paragraph: it was broken by hand, a head's line. A head line may fall at the width
by chance; it shows itself then by a headline's punctuation (a topic's comma, clauses apart
by '…', a predicate without its stop, a leading quotation) or a bracketed kicker, or by a
line broken by hand under it. The column's text opens at the width, under the head.
Read by head_blocks.head_lines, whose own reading asks a head to be well short of the
widest line under it, which a head set to the column's measure is not.
"""

from __future__ import annotations

import re

from reader.ingest.head import headline_punctuation
from reader.ingest.justified import at_width, cells, column_width
from reader.ingest.lines import Line
from reader.ingest.orthography import final

# The rest of a word torn after its '다' ('… 달 수 있다' / '고 밝혔다.'): the predicate's
# sentence goes on, the line was broken by the column.
TORN_AFTER_DA = re.compile(r"^(?:고|는|며|면|가|던|니|지|는데|면서)(?![가-힣])")

_TEXT = 3  # lines of the column under the head: fewer prove no column (justified._RUNS)
# Lines under the head the column's width is read off: a caption or a box further down
# may be set wider than the column, and would hide it (justified.column_width).
_WINDOW = 8


def column_head(lines: list[Line], may_head: list[bool], byline: list[bool]) -> int:
    """How many lines at the block's top are a head over a justified column (0 when none),
    with the byline under it if one stands there.
    may_head[i]: line i has a head line's shape (short, no sentence closed, no byline, no
    table's row, no entry's marker), as head_blocks reads it; the list is as long as a head
    may be. byline[i]: line i is a byline, which may stand alone between the head and the
    text ('세종=NAME 기자')."""
    top = 0
    while top < min(len(may_head), len(lines) - _TEXT) and may_head[top]:
        top += 1
    for n in range(top, 0, -1):
        start = n + 1 if n < len(byline) and byline[n] else n
        width = column_width(lines[start : start + _WINDOW])
        head = [*lines[:n], lines[start]]
        if width is not None and at_width(lines[start], width) and _shown(head, width):
            return start  # a byline under the head is cut with it: the text is the column
    return 0


def _shown(lines: list[Line], width: int) -> bool:
    """Each head line (all but the last line given, the text's first) is no line of the
    column: off its width, or at it with a head's mark, or over a line off the width (a
    column's line is never followed by a short line that closes nothing); and one of them
    at least is wider than the column or marked, for a paragraph wrapped by words may open
    short of a width its next lines happen to share."""
    broken_under = proof = False
    for line, under in zip(reversed(lines[:-1]), reversed(lines[1:]), strict=True):
        off = not at_width(line, width)
        marked = head_marked(line.text, under.text)
        if not (off or broken_under or marked):
            return False
        broken_under = broken_under or off
        proof = proof or marked or cells(line) > width
    return proof


def head_marked(text: str, under: str) -> bool:
    """A head's own mark on a line at the column's width: a bracketed kicker or a
    headline's punctuation; a predicate's '다' ending the line counts only when the line
    under it does not carry the predicate on ('… 있다' / '고 밝혔다.')."""
    if text.startswith("["):
        return True
    if not headline_punctuation(text):
        return False
    return not (text.endswith("다") and TORN_AFTER_DA.match(under))


def bare_predicate(text: str) -> bool:
    """A line ending on a predicate with no stop ('…쓸었다', '…운다', '…합니다'): the
    syllable before its '다' carries a final consonant, or reads '니'. Prose closes a
    predicate with its stop, so such a line inside a block was broken by hand (a verse's
    line); a noun or a particle in '다' ('바다', '해마다', '작년보다') carries none."""
    if len(text) < 2 or text[-1] != "다":
        return False
    return text[-2] == "니" or bool(final(text[-2]))  # None: no syllable
