"""A justified column's line torn mid-word, standing as a paragraph of its own and read
as the next item's headline. On a page whose producer keeps the space where a line broke
between words (line_spaces.py), a line that ends bare tore a word into the next; where the
column's measure is no measure of the page (a wide column, a box), nothing else says so. A
justified column repeats its measure line after line, so such a line is the story's when
the line under it carries the column on: it wraps in the producer's space at about the
line's width, or it ends bare too at the same width (to the justified slack) over a line
that closes the paragraph or goes on at the measure, or it is the paragraph's short last
line, closing a sentence, under a line of the column or under a paragraph's opening line
wider than it (a paragraph of two lines). A head or a deck ends bare as well: it stands under
another head line, not under a sentence's end or a byline (where a column's line opens a
paragraph), or shows a head's mark or punctuation, or stands wider than its lead's first
line (a paragraph's first line is indented) or at a width of its own."""

from __future__ import annotations

import re
from collections import Counter

from reader.ingest.byline_lines import EMAIL, signs
from reader.ingest.column_heads import head_marked
from reader.ingest.justified import SLACK, cells, closes
from reader.ingest.line_spaces import one_measure
from reader.ingest.lines import Line, Para
from reader.ingest.repair import Vocabulary
from reader.ingest.tight_columns import MARK

_TORN_END = re.compile(r"[0-9A-Za-z가-힣]$")
_WIDE = 20  # cells: a narrower line is no column's (a head's phrase, a byline)
# A paragraph's first line is indented: it holds a syllable fewer than the column's line
# under it, give or take a digit's or a space's cell; a head over its lead may be wider.
_INDENT = 1
_DIGIT = re.compile(r"\d+")
_SERIES = 3  # lines of one form: two could be a tear's chance, three are a box's entries


class EntryForms:
    """The forms (every word but the first, any run of digits alike) that three lines of
    the page or more share: the heads of a box's keyed entries ('쥐띠 48·60·72·84년생').
    Counted when first asked (most pages ask none), of the lines the page had when made."""

    def __init__(self, paras: list[Para]) -> None:
        self._lines: list[Line] | None = [line for p in paras for line in p.lines]
        self._forms: frozenset[str] = frozenset()

    def __contains__(self, form: str) -> bool:
        if self._lines is not None:
            seen = Counter(shape for line in self._lines if (shape := _form(line.text)))
            self._forms = frozenset(shape for shape, n in seen.items() if n >= _SERIES)
            self._lines = None
        return form in self._forms


def _form(text: str) -> str:
    return _DIGIT.sub("0", " ".join(text.split()[1:]))


def torn_at_column(
    above: Para | None,
    para: Para,
    nxt: Para,
    after: Para | None,
    vocab: Vocabulary,
    forms: EntryForms,
) -> bool:
    """Does para's last line, ending bare, tear a word into nxt's first line, the column's
    next line (after: the paragraph under nxt, read when nxt's line ends bare too; forms:
    the page's EntryForms)?"""
    line, below = para.lines[-1], nxt.lines[0]
    if cells(line) < _WIDE or closes(line) or not _TORN_END.search(line.text):
        return False
    if _form(line.text) in forms:
        return False  # a keyed entry's head, set like the box's other heads
    if EMAIL.search(line.text) or signs(line.text):
        return False  # a byline's line ends bare on its name or its address
    if MARK.match(line.text) or MARK.match(below.text) or head_marked(line.text, below.text):
        return False  # a brief's marked head, or a head's punctuation, at the measure by chance
    if vocab.line_end(line.end) != "" or not _opens_a_line(above, para):
        return False
    if closes(below) and len(nxt.lines) == 1 and cells(below) < cells(line):
        return True  # a paragraph of two lines: its opening line over its short last one
    if len(para.lines) == 1 and cells(line) > cells(below) + _INDENT:
        return False  # a paragraph's first line, indented, is no wider than the line under
    if closes(below) and _in_a_column(para):
        return True  # the column's paragraph ends on the line under, shorter
    if not one_measure(cells(line), cells(below)):
        return False
    if vocab.line_wraps(below):
        return True  # the line under wraps between words at the measure: the column goes on
    if vocab.line_end(below.end) != "" or abs(cells(line) - cells(below)) > SLACK:
        return False
    # both bare at one width: the column goes on under them, or its paragraph ends there
    under = nxt.lines[1] if len(nxt.lines) > 1 else after.lines[0] if after else None
    return under is not None and (closes(under) or one_measure(cells(below), cells(under)))


def _in_a_column(para: Para) -> bool:
    """Does para's last line stand under a line of its own measure in its paragraph?"""
    return len(para.lines) > 1 and one_measure(cells(para.lines[-2]), cells(para.lines[-1]))


def _opens_a_line(above: Para | None, para: Para) -> bool:
    """Does para's last line stand where a column's line does: inside a paragraph, or
    opening one under a sentence's end or a byline (a deck stands under its head)?"""
    if len(para.lines) > 1:
        return True
    if above is None:
        return False
    last: Line = above.lines[-1]
    return closes(last) or signs(last.text)
