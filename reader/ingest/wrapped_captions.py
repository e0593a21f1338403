"""A photo's caption wrapped over several lines of its column and closed by its credit
('11일 세종시 … 발표하고' / '있다. /NAME 기자', or '… 붙어 있다.' / '사진=ORG DB'): the
lines are one caption, not a paragraph of one line each with the credit's line alone a
caption.

Known by its shape: a credit closes it (at the end of its last line or on a line of its
own), the lines above the credit run on at the block's width (wrapped, not a head over
them), at most two sentences, the first telling or naming what the photo shows ('… 발표하고
있다.', '… 옛 구봉초등학교.'). Read twice: the blocks stage keeps such a block whole where
its short lines would have stood alone, and the units stage takes the lines of such a
caption off the end of the text set tight above it (after the line closing its last
sentence)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.credits import CREDIT, PROVIDED_LINE, credit_suffix
from reader.ingest.head import HANGUL
from reader.ingest.justified import cells
from reader.ingest.lines import Line, Para
from reader.ingest.repair import SENTENCE_END, TERMINAL
from reader.ingest.scenes import names_a_scene, tells_a_scene

if TYPE_CHECKING:
    from reader.ingest.units import Unit

WRAPPED_CAPTION = "a photo's caption wrapped over its column's lines, closed by its credit"
CAPTION_LINES = 5  # lines at most, the credit's among them: a caption, not a story's paragraph
_WRAPPED = 0.8  # of the block's widest line: a line running on fills the column


def _credit_line(text: str) -> bool:
    return bool(CREDIT.match(text) or PROVIDED_LINE.match(text))


def wrapped_caption(lines: list[Line]) -> bool:
    """The lines (two or more above the credit's end) are one photo caption closed by its
    credit (the module's doc)."""
    if len(lines) < 2 or len(lines) > CAPTION_LINES:
        return False
    last = lines[-1].text
    texts = [x.text for x in lines[:-1]] if _credit_line(last) else [x.text for x in lines]
    if len(texts) < 2 or not HANGUL.search(texts[0]):
        return False
    joined = " ".join(texts)
    if len(texts) < len(lines):  # a credit line of its own under the caption's sentence
        if not TERMINAL.search(texts[-1]):
            return False
        said = joined
    else:
        suffix = credit_suffix(joined)
        if suffix is None:
            return False
        said = joined[: joined.rfind(suffix)].rstrip()
    widest = max(cells(x) for x in lines[: len(texts)])
    if any(not TERMINAL.search(x.text) and cells(x) < _WRAPPED * widest for x in lines[:-1]):
        return False  # a short line running on: a head or a title over the caption
    if len(texts) < len(lines):
        return says_a_scene(said)
    stops = list(SENTENCE_END.finditer(said))
    if not stops or len(stops) > 2:
        return False
    first = said[: stops[0].end()]
    return tells_a_scene(first) or names_a_scene(first)


def says_a_scene(said: str) -> bool:
    """At most two sentences, the first or the last telling or naming what a photo shows.
    Over a credit line of its own a caption may name its subject, then tell it ('… 예정지.
    … 떠 있다.'), or the other way round: either sentence is the clue, not the first alone."""
    stops = list(SENTENCE_END.finditer(said))
    if not stops or len(stops) > 2:
        return False
    first, last = said[: stops[0].end()], said[stops[0].end() :].strip() or said
    return any(tells_a_scene(x) or names_a_scene(x) for x in (first, last))


def whole_captions(before: list[Para], after: list[Para]) -> list[Para]:
    """after (the blocks stage's cut of before), with each block of before that is one
    wrapped caption put back whole where it was cut a line a paragraph."""
    keep = {id(p.lines[0]): p for p in before if wrapped_caption(p.lines)}
    if not keep:
        return after
    out: list[Para] = []
    k = 0
    while k < len(after):
        whole = keep.get(id(after[k].lines[0]))
        n = len(whole.lines) if whole is not None else 0
        j = k
        got: list[Line] = []
        while whole is not None and j < len(after) and len(got) < n:
            got.extend(after[j].lines)
            j += 1
        if whole is not None and j > k + 1 and [id(x) for x in got] == [id(x) for x in whole.lines]:
            out.append(whole)
            k = j
        else:
            out.append(after[k])
            k += 1
    return out


def signed(unit: Unit) -> bool:
    """A credit under the text set tight above it: a line of its own ('사진=ORG'), or a
    caption's one line ending in one ('… 있다. /NAME 기자')."""
    if unit.gap or len(unit.lines) != 1:
        return False
    suffix = unit.kind == "caption" and unit.rule.startswith("credit suffix")
    return unit.kind == "credit" or suffix


def _fewest(credit: Unit) -> int:
    """Lines of a caption at least over its credit: two over a line of its own, and over a
    suffix outside their paragraph (on a page without blank lines each line is one: a
    headline over a one-line caption is no caption's line); one in the same paragraph."""
    return 1 + (credit.kind == "credit" or not credit.inner)


def wrapped_captions(units: list[Unit]) -> list[Unit]:
    """The units, with a wrapped caption's lines at the end of a text unit joined to the
    credit under them (the module's doc)."""
    out: list[Unit] = []
    skip = False
    for k, unit in enumerate(units):
        if skip:
            skip = False
            continue
        under = units[k + 1] if k + 1 < len(units) else None
        if unit.kind != "text" or under is None or not signed(under):
            out.append(unit)
            continue
        lines = unit.lines
        own = under.kind == "credit"  # the caption's text ends in the unit, not the credit's line
        ends = [i + 1 for i in range(len(lines) - own) if TERMINAL.search(lines[i].text)]
        start = ends[-1] if ends else 0
        caption = lines[start:]
        if len(caption) < _fewest(under) or not wrapped_caption([*caption, *under.lines]):
            out.append(unit)
            continue
        if start:
            out.append(replace(unit, lines=lines[:start]))
        gap = unit.gap if not start else 0
        if own:
            out.append(replace(unit, kind="caption", lines=caption, gap=gap, rule=WRAPPED_CAPTION))
            continue  # the credit follows as it stands
        rule = f"{under.rule}; {WRAPPED_CAPTION}"  # still the credit suffix's, as passes read it
        out.append(replace(under, lines=[*caption, *under.lines], gap=gap, rule=rule))
        skip = True
    return out
