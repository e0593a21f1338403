"""A photo's caption set tight over its credit line: the line right above '사진=ORG 제공',
'ⓒ NAME' or 'Photo / NAME', with no blank line between, is the caption the credit signs,
though no blank line sets it off from the story above it ('… 내다봤다.' / '연구진이 …
살펴보고 있다.' / '사진=ORG 제공'). Caption and credit are then one caption, as they are
where the caption stands apart.

Known by its shape: the credit under it, the line a sentence of its own (the line above it
closed one), short, and, where it ends a block of Korean text, telling a scene as a
caption does ('… 살펴보고 있다.', '… 모습.'). A line in English is read so only where it is
a unit of its own (a paragraph's first line), not the last line of a wrapped paragraph."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.head import HANGUL
from reader.ingest.repair import TERMINAL
from reader.ingest.scenes import tells_a_scene
from reader.ingest.wrapped_captions import says_a_scene

if TYPE_CHECKING:
    from reader.ingest.units import Unit

CAPTION_OVER_CREDIT = "a sentence set tight over its photo's credit line: the caption it signs"
_CAPTION = 160  # characters at most of a caption's line
_WORD = 8  # characters at most before a credit suffix ('Photo / NAME'): the credit alone


def _credit(unit: Unit) -> bool:
    """A credit line: '사진=…', 'ⓒ …', or a credit suffix after one word ('Photo / NAME')."""
    if unit.kind == "credit":
        return True
    if unit.kind != "caption" or not unit.rule.startswith("credit suffix") or len(unit.lines) != 1:
        return False
    text = unit.lines[0].text
    return " / " in text and len(text.split(" / ", 1)[0]) <= _WORD


def _caption_line(unit: Unit, own: bool) -> bool:
    """The unit's last line a caption's sentence (the module's doc); over a credit line of
    its own (own), either of its two sentences may tell or name the scene."""
    last = unit.lines[-1].text
    if len(last) > _CAPTION or not TERMINAL.search(last) or "\t" in last:
        return False
    scene = says_a_scene(last) if own else tells_a_scene(last)
    if HANGUL.search(last) and not scene:
        return False  # Korean prose ends on other verbs ('… 밝혔다.')
    if len(unit.lines) == 1:
        return True
    # the last line of a wrapped block: a sentence of its own, in Korean only
    return bool(TERMINAL.search(unit.lines[-2].text)) and bool(HANGUL.search(last))


def captions_over_credits(units: list[Unit]) -> list[Unit]:
    """The units, each text line set tight over a credit line made a caption (cut off the
    end of its unit where the unit holds more)."""
    out: list[Unit] = []
    for k, unit in enumerate(units):
        if out and out[-1].rule == CAPTION_OVER_CREDIT and unit.kind == "caption":
            unit = replace(unit, kind="credit")  # 'Photo / NAME' signs the caption above
        under = units[k + 1] if k + 1 < len(units) else None
        if unit.kind != "text" or under is None or under.gap or not _credit(under):
            out.append(unit)
            continue
        below = units[k + 2] if k + 2 < len(units) else None
        tight_below = below is not None and below.kind == "text" and not below.gap
        if not _caption_line(unit, under.kind == "credit") or tight_below:
            out.append(unit)  # a credit over a caption set tight under it signs that one
            continue
        if len(unit.lines) > 1:
            out.append(replace(unit, lines=unit.lines[:-1]))
            out.append(
                replace(
                    unit, kind="caption", lines=unit.lines[-1:], gap=0, rule=CAPTION_OVER_CREDIT
                )
            )
        else:
            out.append(replace(unit, kind="caption", rule=CAPTION_OVER_CREDIT))
    return out
