"""Paragraphs by geometry: where a printed line carries on the paragraph of the line
before (in its column, or at the top of the next), and how the two join (a space, a torn
word, or the vocabulary's decision); the edges of a block's column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from reader.ingest.byline_lines import bylines_in
from reader.ingest.repair import SENTENCE_STOP
from reader.ingest.units import opens_unit
from reader.pdf.blocks import Block
from reader.pdf.lines import Line
from reader.pdf.parts import Para, body_style
from reader.pdf.setlines import FULL, torn
from reader.printable import cell_width

INDENT = 0.5  # a first line starts this far in (in sizes)
_SPACE = 0.5  # a word space, in sizes (fonts set it at 0.25 to 0.5)
# A line that opens with a marker (a list item, a question, an answer, a subhead)
# starts a paragraph, even flush left.
OPENS = re.compile(r"^(?:[-―—–]\s|[△▲◇◆■□●○▶▷•]|Q\s*[.:]|A\s*[.:])")
# A middle dot between two syllables ('읍·면사무소'), the line torn right before it: a
# pair's dot, no list's mark (a list's item sets a space after it, or opens a line short)
_PAIRED_DOT = re.compile(r"^·[가-힣]")
NUMBERED = re.compile(r"(\d{1,3})\.\s")  # a numbered entry's key: '1. ', '10. '
_SYLLABLE_END = re.compile(r"[가-힣]$")
# A story whose own lines end in the file's space this often (a tenth of its line ends
# or more): the producer writes them (Typst). Korean torn at any syllable breaks between
# words at about one line end in four or five, a narrow column's dozen ends at two
# (pages 65 and 70: docs/pdf-test-corpus.md); a producer that writes none writes none in
# body type (LibreOffice's strays are after captions' lines).
_SHOWN = 0.1
# Paragraphs set apart by space, not indent (fpdf2's multi_cell one after another): a
# step this much wider than the block's even one (in sizes) opens a paragraph, when most
# of its steps are even (within _EVEN): a column spaced unevenly shows nothing by it.
_WIDER = 0.25
_EVEN = 0.1
_MOST = 2 / 3


def join(last: Line, right: float, nxt: Line, shown: bool = False) -> str | None:
    """How a line joins the next in its paragraph: a line with room at its end, or the
    file's own space after it, broke at a space; a full one may have cut a word, and the
    vocabulary decides (None), unless the cut is plain to see (`torn`) or the producer
    shows its line ends' spaces (`shown`): then a line without one was cut inside a word."""
    if torn(last, nxt, right - last.x0):
        return ""
    room = right - last.x1
    stop = bool(SENTENCE_STOP.search(last.text[-3:]))
    # Room narrower than the next line's first glyph may be where a word was torn: the
    # glyph did not fit ('있' / '다.' at 0.7 of a size short); after a sentence's stop no
    # word runs on, so there half a size shows the break.
    if last.spaced or room >= FULL * last.size and (stop or room >= first_glyph(nxt)):
        return " "
    # A Korean sentence's end: no word runs on past its stop ('있었으니까요.' / '빈 교실').
    if stop and "가" <= nxt.text[:1] <= "힣":
        return " "
    return "" if shown else None


def display_join(last: Line, right: float, nxt: Line, shown: bool) -> str | None:
    """How a headline's line joins the next (right: the edge of the story it heads): the
    file's space after it is a break between words; a line without one, too full for the
    next line's first glyph, was torn inside a word where the producer shows its spaces
    ('노선' / '이 먼저다'); else the vocabulary decides (None), as for a line ended short
    (an editor's break by sense)."""
    if last.spaced:
        return " "
    return "" if shown and right - last.x1 < first_glyph(nxt) else None


def first_glyph(line: Line) -> float:
    """About how wide the line's first glyph is: its first word's width shared among its
    characters as their cells share it (a Hangul syllable twice a Latin letter or a stop)."""
    word = line.text.split(" ", 1)[0]
    return (line.word_end - line.x0) * cell_width(word[:1]) / max(cell_width(word), 1)


def shows_spaces(blocks: list[Block], page: bool = False) -> bool:
    """Does the producer write the space where a line of running text broke between
    words (Typst does, Chromium and LibreOffice do not)? Where the page's body columns
    show the spaces (`page`), its stories do: one producer sets a page's stories, and a
    short story's breaks may fall inside words nearly everywhere (Korean breaks between
    any two syllables: one of fourteen ends on page 78 of tests/pdfreal). Else the
    story's own lines, in its body size, decide (a caption or byline among its blocks
    does not)."""
    if page:
        return True
    size = body_style([x for b in blocks for x in b.lines]).size
    ends = [x.spaced for b in blocks for x in b.lines[:-1] if x.size == size]
    return bool(ends) and sum(ends) >= _SHOWN * len(ends)


def long_peers(blocks: list[Block]) -> list[Block]:
    """The blocks that can show their column's edges to a peer: three lines or more
    (found once a story: a page of small type in a grid has thousands of short ones)."""
    return [b for b in blocks if len(b.lines) >= 3]


def measure(block: Block, peers: list[Block], columns: list[Block]) -> tuple[float, float]:
    """The left and right edges of a block's column: its own, widened to a longer
    block's in the same column (peers: `long_peers` of the story's blocks; a short block,
    or one in another face, such as the bylines set at a column's foot, does not show the
    column's edges). Without one among its peers, the narrowest of the page's body
    columns that holds it."""
    x0, _, x1, _ = block.box
    best: Block | None = None
    for p in peers:
        if p is block or p.box[0] > x1 or p.box[2] < x0:
            continue
        if best is None or len(p.lines) > len(best.lines):
            best = p
    if best is None:
        slack = block.size
        held = [c for c in columns if c.x0 - slack <= x0 and x1 <= c.x1 + slack]
        best = min(held, key=lambda c: c.x1 - c.x0, default=None)
    if best is None or (len(block.lines) >= 3 and block.font == best.font):
        return x0, x1
    px0, _, px1, _ = best.box
    if px1 - px0 > 1.5 * max(x1 - x0, 1.0) and len(block.lines) < 3 and px0 > x0 + block.size:
        return x0, x1  # a wider block elsewhere is not this block's column
    return min(px0, x0), max(px1, x1)


def continues(last: Line, right: float, nxt: Line, left: float) -> bool:
    """Does `nxt` carry on the paragraph `last` ended a line of? A slash at a line's end
    binds what follows ('.../', '연합뉴스'); else a line that opens a unit of its own
    starts a paragraph."""
    if nxt.x0 - left > INDENT * nxt.size:
        return False
    if abs(last.size - nxt.size) > 0.06 * max(last.size, nxt.size) or last.font != nxt.font:
        return False
    # Would the next line's first word (and a space) have fit? Then the line ended early.
    if right - last.x1 >= (nxt.word_end - nxt.x0) + _SPACE * nxt.size:
        return False
    if _next_entry(last.text, nxt.text):
        return False
    if last.text.endswith("/") or not (OPENS.match(nxt.text) or opens_unit(nxt.text)):
        return True
    if _PAIRED_DOT.match(nxt.text) and _SYLLABLE_END.search(last.text):
        return not last.text.startswith("·")  # a wrapped item's line: the next item
    # A byline broken between its words: '오혜우·박우은' over '선임기자'.
    return not bylines_in(last.text) and bool(bylines_in(f"{last.text} {nxt.text}"))


def _next_entry(last: str, nxt: str) -> bool:
    """Do both lines open with a numbered entry's key, the next one's the higher ('1. 눈
    위에서 타는 놀이 기구' over '2. 한 해의 마지막 달': a puzzle's clues, one a line)?"""
    a, b = NUMBERED.match(last), NUMBERED.match(nxt)
    return a is not None and b is not None and int(a[1]) < int(b[1])


def spaced_openings(lines: Sequence[Line]) -> set[int]:
    """The lines (ids) a block sets a step further under the line before than its even
    step: each opens a paragraph. Three steps at the least show which is the even one."""
    steps = [b.base - a.base for a, b in zip(lines, lines[1:], strict=False)]
    if len(steps) < 3:
        return set()
    step, size = median(steps), lines[0].size
    if sum(abs(s - step) <= _EVEN * size for s in steps) < _MOST * len(steps):
        return set()
    return {id(b) for b, s in zip(lines[1:], steps, strict=True) if s - step >= _WIDER * size}


def paragraphs(blocks: list[Block], role: str) -> list[Para]:
    """The lines of blocks (in order), cut into paragraphs by the same rule (a credit
    line, 'ⓒ 연합뉴스' or '사진=…', starts its own)."""
    out: list[Para] = []
    prev: tuple[Line, float] | None = None
    peers = long_peers(blocks)
    for b in blocks:
        left, right = measure(b, peers, [])
        opened = spaced_openings(b.lines)
        for line in b.lines:
            if (
                prev is not None
                and out
                and id(line) not in opened
                and continues(prev[0], prev[1], line, left)
            ):
                out[-1].lines.append(line)
                out[-1].joins.append(join(prev[0], prev[1], line))
            else:
                out.append(Para(role, [line]))
            prev = (line, right)
    return out
