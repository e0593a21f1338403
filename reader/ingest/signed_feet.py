"""A story signed at its foot runs on to its byline (a page of a PDF's extracted lines).

A PDF's text keeps a justified column a line at a time, with no blank line anywhere, and
tears most lines mid-sentence ('… 바뀐다. 달내군' / '은 내년 3월부터 …'); a paragraph's
first line after a sentence's end then looks, alone, like a headline. A paper signs each
story once, at its foot: on a page whose bylines all stand under a sentence's end, the
lines of a story that is headed and not yet signed run on, at its column's measure, to the
byline under them. A page signing stories at their heads or in their leads, or whose lines
are whole paragraphs (a corpus), leaves unsigned briefs beside signed stories: no such page
is read so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice
from statistics import median

from reader.ingest.ad_marks import is_byline
from reader.ingest.byline_lines import LEAD_BYLINE
from reader.ingest.en_heads import is_prose
from reader.ingest.headlines import finished
from reader.ingest.line_shape import cells
from reader.ingest.line_spaces import one_measure
from reader.ingest.lines import Line, Para
from reader.ingest.repair import SENTENCE_END, TERMINAL

SIGNED_BELOW = "not an item: a line of a story not yet signed, its lines run on to its byline"
_REACH = 120  # lines: a story's text above the line, and down to its byline, at most
_TORN_SHARE = 0.5  # of the page's lines: fewer breaking off mid-sentence, its lines are whole
_SAMPLE = 8  # lines breaking off each side of the line: enough to read a measure
# The line breaks off at a syllable, a figure or a comma: its sentence goes on below
_BREAKS_OFF = re.compile(r"[가-힣0-9,]$")

# The paragraphs last read: for each the index of the next one opening on a byline, and
# whether the page is torn lines whose stories are signed at their feet. The grouping asks
# of each paragraph in turn: read once, the page costs one pass.
_read: tuple[list[Para], list[int], bool] | None = None


def _breaks_off(line: Line) -> bool:
    text = line.text.rstrip()
    return bool(_BREAKS_OFF.search(text)) and not finished(text)


def _page(paras: list[Para]) -> tuple[list[int], bool]:
    global _read
    last = _read  # read once: another thread's page may replace it meanwhile
    if last is not None and last[0] is paras:
        return last[1], last[2]
    following, nxt, feet, torn, lines = [len(paras)] * len(paras), len(paras), True, 0, 0
    for j in range(len(paras) - 1, -1, -1):
        following[j] = nxt
        lines += len(paras[j].lines)
        torn += sum(map(_breaks_off, paras[j].lines))
        if is_byline(paras[j].lines[0].text):
            nxt = j
            feet = feet and j > 0 and bool(TERMINAL.search(paras[j - 1].lines[-1].text))
    signed = feet and torn > _TORN_SHARE * lines
    _read = (paras, following, signed)
    return following, signed


def _measure(lines: Iterable[Line]) -> float | None:
    widths = [cells(x.text) for x in islice((x for x in lines if _breaks_off(x)), _SAMPLE)]
    return median(widths) if widths else None


def _one_column(story: list[Line], paras: list[Para], k: int, j: int) -> bool:
    """The story's torn lines above and the lines from k down to its byline share a measure:
    a line under a column of another width is another story's."""
    above = _measure(reversed(story))
    below = _measure(x for p in paras[k:j] for x in p.lines)
    if above is None or below is None:
        return True
    return one_measure(above, below)


def signed_below(current: list[Para], paras: list[Para], k: int) -> bool:
    """Paragraph k, taken for a headline on a page of torn lines signed at their feet, is a
    line of the story in current: headed (its first line holds no sentence), holding prose
    and no byline yet, and the lines from k run on at its measure to a byline (such a page
    has no blank line: segment.pages reads it dense)."""
    if paras[k].cut or not current or SENTENCE_END.search(current[0].lines[0].text):
        return False  # a corpus line cut at its separator; a caption or a brief's sentence
    following, torn_feet = _page(paras)
    j = following[k]
    if not torn_feet or j >= len(paras) or j - k > _REACH:
        return False
    story = list(islice((x for p in current for x in p.lines), _REACH + 1))
    if len(story) > _REACH or not any(map(is_prose, current)):
        return False  # read no further than a story's reach: the page stays one pass
    if not any(TERMINAL.search(x.text.rstrip()) for x in story):
        return False  # no paragraph of its text ended yet: the lines may be its deck's
    texts = [x.text for x in story]
    # the column's edge tears a lead's writer as often as not ('김바다 기' / '자 = …')
    lead = any(LEAD_BYLINE.match(a + b) for a, b in zip(texts, [*texts[1:], ""], strict=True))
    if lead or any(map(is_byline, texts)):
        return False  # signed at its head or in its lead: its foot need not be signed
    return _one_column(story, paras, k, j)
