"""A word torn at a line's end, told by the page's line-end habit. A producer that writes the
space where a line breaks between words writes none where a word was torn (line_spaces.py); a
justified column tears words wherever its measure falls, a verb's form as readily as a noun
('…물건을 나' / '르는 항로를'), which no lexicon knows. So on a page that shows the habit, a
line that ends bare on a Korean syllable or a digit, not on a sentence's stop, at the body's
measure and as wide as the line under it (one column's two full lines), tore a word into
that line. A line set across columns is wider than the body's measure, a short line is a
block's last, and a page with no habit says nothing. A one-line deck in a brief's column
ends bare at the measure too (its block's last line): the clue is read only where no deck
stands, under the item's byline (torn_lead.lead_after_byline)."""

from __future__ import annotations

import re

from reader.ingest.line_shape import cells
from reader.ingest.line_spaces import one_measure
from reader.ingest.lines import Line
from reader.ingest.pieces import Piece
from reader.ingest.repair import TERMINAL, Vocabulary

_TORN_END = re.compile(r"[0-9가-힣]$")


def torn_bare(p: Piece, under: Line, vocab: Vocabulary) -> bool:
    """Does the one-line piece p end bare at the body's measure, as wide as the line under
    it, on a page whose producer shows its line ends: a word torn into `under`?"""
    if p.kind != "text" or len(p.unit.lines) != 1:
        return False
    line = p.unit.lines[0]
    if TERMINAL.search(line.text) or not _TORN_END.search(line.text):
        return False
    return vocab.line_bare(line) and one_measure(cells(line.text), cells(under.text))
