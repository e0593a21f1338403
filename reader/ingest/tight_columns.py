"""A Korean page set tight in justified columns, its text kept a line at a time with no
blank line anywhere (a PDF's e-edition copied out): the lines that fill a column's
measure run on into the next; the lines that break it end a paragraph or stand alone.

Korean print justifies its columns and tears a line at any syllable, so every line of a
paragraph but its last fills its column to a syllable. Such a page is told by its pairs:
many consecutive lines of one width, the upper ending no sentence. A line runs on when its
width is a measure of the page (three such pairs stand at it) and a line near it fills the
same measure; heads, decks, captions' last lines, bylines and boxes break it. A page of one
paragraph or one article a line (a corpus) holds no such pairs and is left as it is.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reader.ingest.byline_lines import EMAIL, signs
from reader.ingest.credits import PHOTO_CREDIT, credit_suffix
from reader.ingest.justified import SLACK, cells, closes
from reader.ingest.lines import Line, Para
from reader.ingest.repair import SENTENCE_END
from reader.ingest.story_tops import head_at_top

_WIDE = 20  # cells: a narrower line is no column's (a head's phrase, a byline)
_PAIRS = 8  # pairs of lines at one width: fewer prove no columns
_PAIR_SHARE = 0.3  # of the page's lines
_MEASURE = 3  # pairs at a width make it a measure of the page
_NEAR = 2  # lines: a line of the same measure this close shows the column
# A line opening on a mark is an item of its own (a brief, a subhead, a jump line)
MARK = re.compile(r"^[▲△▼◇◆▷▶■□●○◎★☆※•·\[【<〈《]")
# Fields parted by a tab or by two wide spaces or more make a table's row, no column's line
# (justified text doubles a space once here and there, never twice in a line)
_WIDE_SPACE = re.compile(r"\S {2,}+(?=\S)")
# Two lines in a row opening on a clock time are a schedule's rows ('09:00 개회식 …')
_CLOCK = re.compile(r"^\d{1,2}:\d{2}\b")
RUNS_ON = "tight columns: the line fills its column's measure and runs on"
HEADS_OVER_BYLINE = (
    "tight columns: lines at the measure closing no sentence over a byline are a head and"
    " its decks, each alone"
)


def _row(line: Line) -> bool:
    return "\t" in line.text or len(_WIDE_SPACE.findall(line.text)) >= 2


def _timed(a: Line, b: Line) -> bool:
    return bool(_CLOCK.match(a.text) and _CLOCK.match(b.text))


def _rows(a: Line, b: Line) -> bool:
    """The two lines are rows of a table or a schedule, not a column's."""
    return _row(a) or _row(b) or _timed(a, b)


def _pair(a: Line, b: Line) -> bool:
    return (
        cells(a) >= _WIDE
        and abs(cells(a) - cells(b)) <= SLACK
        and not closes(a)
        and not _rows(a, b)
    )


def column_paras(lines: list[Line]) -> list[Para] | None:
    """The page's paragraphs when its lines are set in justified columns; None when they
    are not (a page of a paragraph or an article a line)."""
    paired = [_pair(a, b) for a, b in pairwise(lines)]
    pairs = [cells(a) for a, p in zip(lines[:-1], paired, strict=True) if p]
    if len(pairs) < _PAIRS or len(pairs) < _PAIR_SHARE * len(lines):
        return None
    count: dict[int, int] = {}
    for w in pairs:
        for v in range(w - SLACK, w + SLACK + 1):
            count[v] = count.get(v, 0) + 1
    out: list[Para] = []
    joined = False
    for k, line in enumerate(lines):
        if joined:
            out[-1].lines.append(line)
        else:
            out.append(Para([line], 0))
        # a caption's last line runs on into the photo's credit set under it ('사진=…')
        under = joined and k + 1 < len(lines) and bool(PHOTO_CREDIT.match(lines[k + 1].text))
        alone = not joined  # the line above stood alone (it ran on into nothing)
        joined = k + 1 < len(lines) and (under or _runs_on(lines, k, count, paired, alone))
        if joined:
            out[-1].cut = RUNS_ON
    return _heads_over_bylines(out)


def _heads_over_bylines(paras: list[Para]) -> list[Para]:
    """A column's paragraph closes its last sentence before its writer signs: lines that
    ran on at the measure, none closing a sentence, over a byline (alone, or run on into
    as their last line) are a story's headline and decks set at the measure by chance;
    each stands alone. A head holds no sentence's stop: a stop inside a line ('우회한다.
    사업소') or after a figure, a bracket or a Latin word at its end ('12.5%.', '(그래픽
    참조).') is the prose's, whatever its last line closes on."""
    out: list[Para] = []
    for p, nxt in zip(paras, paras[1:] + [None], strict=True):
        signed = signs(p.lines[-1].text) or nxt is not None and signs(nxt.lines[0].text)
        if p.cut == RUNS_ON and signed and not any(_stops(line) for line in p.lines):
            out += [Para([line], 0, cut=HEADS_OVER_BYLINE) for line in p.lines]
        else:
            out.append(p)
    return out


def _stops(line: Line) -> bool:
    """The line closes a sentence, or holds a sentence's stop anywhere."""
    return closes(line) or SENTENCE_END.search(line.text) is not None


def _runs_on(
    lines: list[Line], k: int, count: dict[int, int], paired: list[bool], alone: bool
) -> bool:
    line, nxt = lines[k], lines[k + 1]
    w = cells(line)
    # the measure is held by pairs elsewhere on the page, not by the line's own
    own = sum(1 for j in (k - 1, k) if j >= 0 and paired[j] and abs(cells(lines[j]) - w) <= SLACK)
    if credit_suffix(line.text) or signs(line.text):
        return False  # a caption's credit or a byline ends what it signs
    if w >= _WIDE and count.get(w, 0) - own < _MEASURE:
        return _caption_runs_on(lines, k)
    if w < _WIDE or closes(line):
        return False
    if MARK.match(line.text) or MARK.match(nxt.text) or _rows(line, nxt):
        return False
    if k and _timed(lines[k - 1], line):
        return False  # a schedule's last row runs on into nothing under it
    if cells(nxt) > w + SLACK and count.get(cells(nxt), 0) < _MEASURE:
        return False  # a wider line under it, at no measure of the page, is a caption's or a box's
    if k and EMAIL.search(lines[k - 1].text) and signs(lines[k - 1].text):
        return False  # under a byline signed with its address, a story's end: a head
    if head_at_top(lines, k, alone):
        return False  # a head set at the measure by chance, shown by its punctuation
    near = lines[max(0, k - _NEAR) : k] + lines[k + 1 : k + 1 + _NEAR]
    return any(abs(cells(x) - w) <= SLACK for x in near)


_CAPTION_REACH = 6  # lines: a photo's caption runs no longer


def _caption_runs_on(lines: list[Line], k: int) -> bool:
    """A line at no measure of the page over lines of its own width, the last of them or
    the shorter line under them ending on a photo's credit ('… 있다. /NAME 기자', '/PLACE
    제공'): a caption set across its photo, wider or narrower than the columns."""
    w = cells(lines[k])
    for j in range(k + 1, min(len(lines), k + _CAPTION_REACH)):
        if credit_suffix(lines[j].text):
            return cells(lines[j]) <= w + SLACK
        if abs(cells(lines[j]) - w) > SLACK:
            # the caption's last line, shorter, over its credit line
            below = lines[j + 1].text if j + 1 < len(lines) else ""
            return cells(lines[j]) < w and bool(PHOTO_CREDIT.match(below))
    return False
