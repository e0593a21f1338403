"""A caption that opens in capitals over a credit line of its own, as the 1910s set a
portrait's or a fashion plate's ('MRS. CARL LISTER,' / 'Who Before Her Marriage Wednesday'
/ 'Was Miss Edith Brandon.' / '—Photo by Crane.'): the lines from the capitals down to the
credit are one caption, though the story runs on tight under the credit and no blank line
sets the caption off (a typed column of the time has none).

Known by its shape: the text units set tight over the credit, the first opening on two
words in capitals (the sitter's name, the garment), one sentence in all (no line above the
last closes one: a head in capitals over a paragraph closes its own), at most
CAPTION_LINES lines with the credit's. The story's text under the credit stays the story's."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.repair import TERMINAL
from reader.ingest.wrapped_captions import CAPTION_LINES

if TYPE_CHECKING:
    from reader.ingest.units import Unit

PORTRAIT_CAPTION = "a caption opening in capitals over its credit line: the lines it names"


def _in_capitals(text: str) -> bool:
    """The line opens on two words in capitals ('MRS. CARL', 'A SMART COAT')."""
    words = text.split(maxsplit=2)[:2]
    return len(words) == 2 and all(w.isupper() and w[0].isalpha() for w in words)


def _start(units: list[Unit], k: int) -> int | None:
    """Where the caption over the credit units[k] starts (the module's doc), or None."""
    lines = 0
    j = k - 1
    while j >= 0 and lines < CAPTION_LINES - 1:
        unit = units[j]
        if unit.kind != "text" or not unit.lines:
            return None
        lines += len(unit.lines)
        if lines > CAPTION_LINES - 1:
            return None
        if _in_capitals(unit.lines[0].text):
            return j
        if unit.gap:
            return None  # a blank line above the run: no capitals opened it
        j -= 1
    return None


def _one_sentence(units: list[Unit]) -> bool:
    texts = [x.text for u in units for x in u.lines]
    return bool(TERMINAL.search(texts[-1])) and not any(TERMINAL.search(t) for t in texts[:-1])


def portrait_captions(units: list[Unit]) -> list[Unit]:
    """The units, with a caption opening in capitals over its credit line made one caption
    unit (the module's doc)."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        if unit.kind != "credit" or unit.gap or len(unit.lines) != 1:
            out.append(unit)
            continue
        start = _start(units, k)
        run = units[start:k] if start is not None else []
        if not run or any(u.gap for u in run[1:]) or not _one_sentence(run):
            out.append(unit)
            continue
        del out[len(out) - len(run) :]
        lines = [x for u in run for x in u.lines]
        out.append(replace(run[0], kind="caption", lines=lines, rule=PORTRAIT_CAPTION))
        out.append(unit)
    return out
