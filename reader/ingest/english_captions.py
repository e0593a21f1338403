"""An English photo's caption set tight over its credit: a paragraph of one sentence over a
credit line of its own ('Riders board the No. 14 night bus …' / '… the evening shift.' /
'Photo: NAME'), or over the line its credit closes ('Parents listen as …' / '… Middle
School. (Photo by NAME)'), is the caption the credit signs, though the story runs on tight
under the credit. An extraction and a typed page without blank lines leave it so; only the
credit used to be read as the caption, its sentence as the story's paragraph.

Known by its shape: a paragraph of its own (a blank line or a closed sentence above it), one
sentence of at most CAPTION_LINES lines with the credit's, in English (Korean captions are
read by the scene they tell: wrapped_captions.py). A story's paragraph of two sentences, or a
sentence's tail under an open line, is no caption."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.credits import credit_suffix
from reader.ingest.head import HANGUL
from reader.ingest.justified import cells
from reader.ingest.lines import Line
from reader.ingest.repair import SENTENCE_END, TERMINAL
from reader.ingest.wrapped_captions import CAPTION_LINES

if TYPE_CHECKING:
    from reader.ingest.units import Unit

EN_CAPTION = "an English sentence of its own over its photo's credit: the caption"
_WRAPPED = 0.8  # of the widest line: a line running on fills the column (wrapped_captions.py)
# A stop after a title's or a number's abbreviation or an initial ('No. 14', 'Mrs.', 'H.')
# ends no sentence.
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,2}|[A-Za-z])$")


def _one_sentence(text: str) -> bool:
    if not TERMINAL.search(text) or HANGUL.search(text):
        return False
    inner = [m for m in SENTENCE_END.finditer(text) if m.end() < len(text.rstrip("'\"’”)"))]
    return all(_ABBREVIATION.search(text[: m.start()]) for m in inner)


def _runs_on(lines: list[Line]) -> bool:
    """Every line above the last fills the column (a short one is a head over the caption)."""
    widest = max(cells(x) for x in lines)
    return all(cells(x) >= _WRAPPED * widest for x in lines[:-1])


def _own_paragraph(units: list[Unit], k: int) -> bool:
    if not k or units[k].gap:
        return True
    above = units[k - 1]
    return above.kind != "text" or bool(TERMINAL.search(above.lines[-1].text))


def _caption(units: list[Unit], k: int) -> Unit | None:
    """units[k] and the credit under it as the caption's unit(s) (the module's doc)."""
    unit, under = units[k], units[k + 1]
    if unit.kind != "text" or under.gap or len(under.lines) != 1 or not _own_paragraph(units, k):
        return None
    texts = [x.text for x in unit.lines]
    if not _runs_on([*unit.lines, *under.lines][: len(texts) + (under.kind != "credit")]):
        return None
    credit = under.lines[0].text
    if under.kind == "credit" and len(texts) < CAPTION_LINES and not HANGUL.search(credit):
        return (
            replace(unit, kind="caption", rule=EN_CAPTION)
            if _one_sentence(" ".join(texts))
            else None
        )
    if under.kind != "caption" or not under.rule.startswith("credit suffix"):
        return None
    suffix = credit_suffix(credit)
    said = " ".join([*texts, credit[: credit.rfind(suffix)].rstrip()]) if suffix else ""
    if len(texts) + 1 >= CAPTION_LINES or not said or not _one_sentence(said):
        return None
    return replace(
        under, lines=[*unit.lines, *under.lines], gap=unit.gap, rule=f"{under.rule}; {EN_CAPTION}"
    )


def english_captions(units: list[Unit]) -> list[Unit]:
    """The units, with an English sentence of its own over its credit made its caption (the
    module's doc)."""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        got = _caption(units, k) if k + 1 < len(units) else None
        out.append(units[k] if got is None else got)
        if got is not None and got.rule != EN_CAPTION:
            k += 1  # the credit's line is the caption's last: taken into it
        k += 1
    return out
