"""A photo's caption wrapped over its column's lines, each line cut into a unit of its own
('누리군립국악단 단원들이 6일 옛 관아 동헌 앞마당' / '에서 창작 국악극 … 연습하고 있다.' /
'사진=NAME 기자'): the lines are put back into one text unit over the credit, so that
wrapped_captions.py reads them as the caption they are. An extraction, or a page whose
paragraphs are cut a line at a time, leaves a caption so; only its last line used to be
read as the caption, its first lines as paragraphs of the story.

Known as wrapped_captions.py knows a caption: lines running on at one width, closed by the
credit, at most two sentences telling or naming what the photo shows. Read upward from the
credit over one-line text units set tight, no further than the line closing a sentence
above (the story's) or a unit set off by a blank line (its first line may be the caption's),
and the longest run that reads as a caption is taken: a head over the caption stops it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.repair import SENTENCE_END, TERMINAL
from reader.ingest.scenes import names_a_scene, tells_a_scene
from reader.ingest.wrapped_captions import CAPTION_LINES, signed, wrapped_caption

if TYPE_CHECKING:
    from reader.ingest.lines import Line
    from reader.ingest.units import Unit


def _run_above(units: list[Unit], k: int) -> int:
    """Where a run of one-line text units ending at units[k] may start, at the earliest."""
    j = k
    while j > 0 and k - j < CAPTION_LINES - 2 and not units[j].gap:
        above = units[j - 1]
        if above.kind != "text" or len(above.lines) != 1 or TERMINAL.search(above.lines[0].text):
            break  # a sentence closed above it: the story's, not the caption's
        j -= 1
    return j


def _caption(lines: list[Line]) -> bool:
    """Do the run's lines and its credit read as a caption, its first sentence telling or
    naming the scene? Cut lines may hold the story's last sentence over the caption's ('…
    밝혔다. 단원들이 …'): either sentence telling one, as wrapped_caption asks over a credit
    line of its own, would take the story's into the caption."""
    if not wrapped_caption(lines):
        return False
    said = " ".join(x.text for x in lines)
    stop = SENTENCE_END.search(said)
    first = said[: stop.end()] if stop else said
    return tells_a_scene(first) or names_a_scene(first)


def split_captions(units: list[Unit]) -> list[Unit]:
    """The units, with a caption's lines cut a unit each put back into one text unit over
    its credit (the module's doc)."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        out.append(unit)
        under = units[k + 1] if k + 1 < len(units) else None
        if unit.kind != "text" or under is None or not signed(under) or len(unit.lines) != 1:
            continue
        j = _run_above(units, k)
        start = next(
            (
                i
                for i in range(j, k)
                if _caption([*(x.lines[0] for x in units[i : k + 1]), *under.lines])
            ),
            None,
        )
        if start is None:
            continue
        del out[len(out) - (k + 1 - start) :]
        lines = [x.lines[0] for x in units[start : k + 1]]
        out.append(replace(units[start], lines=lines))
    return out
