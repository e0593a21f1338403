"""A story's lead read as its deck. An extraction keeps a column a line at a time, with no
indent and no blank line, so the lead's first lines under a headline, breaking off
mid-sentence, look like deck lines. A deck states, it does not run on: a head line holding a
sentence's end and breaking off after it ('…열린다. 가을비가 잦아 두 해 연속') is the lead
running on, and so are the lines over it set at its measure, up to the head's own."""

from __future__ import annotations

import re

from reader.ingest.line_shape import cells
from reader.ingest.line_spaces import one_measure
from reader.ingest.pieces import Piece
from reader.ingest.repair import TERMINAL

# A Korean sentence's end inside the line, words after it.
_RUNS_ON = re.compile(r"[가-힣][.?!][’”'\"]?\s+\S")


def lead_in_head(head: list[tuple[Piece, str]], pieces: list[Piece], i: int) -> int:
    """How many of the head's entries to keep (the headline always): a deck line where the
    lead runs on, and the lines over it at its measure, are the lead's. head holds
    pieces[i - len(head) : i] (else it is kept whole)."""
    n = len(head)
    if n < 2 or i < n or any(pieces[i - n + k] is not p for k, (p, _) in enumerate(head)):
        return n
    for k in range(1, n):
        if _runs_on(head[k][0]):
            width = cells(head[k][0].text)
            while (
                k > 1 and _line(head[k - 1][0]) and one_measure(cells(head[k - 1][0].text), width)
            ):
                k -= 1
            return k
    return n


def _line(p: Piece) -> bool:
    return p.kind == "text" and len(p.unit.lines) == 1 and not TERMINAL.search(p.text)


def _runs_on(p: Piece) -> bool:
    return _line(p) and bool(_RUNS_ON.search(p.text))
