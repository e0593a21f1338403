"""A serial's installment: its chapter's number and title, its synopsis, its closing note.

A story printed in parts sets over each installment `SYNOPSIS.` (the story so far), then
`CHAPTER XIV.` and the chapter's title on a line of its own (`The Lantern in the Orchard.`),
and closes it with `(TO BE CONTINUED.)`. They are parts of the one installment: the chapter's
number and title and the synopsis's word are its subheads, never a new item's headline or a
deck line, and the closing note is its last paragraph (story_parts.caps_inside keeps them
in the item).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ingest.units import Unit

# 'CHAPTER XIV.', 'Chapter 3', 'SYNOPSIS.'
PART = re.compile(
    r"^(?:(?:CHAPTER|Chapter) (?:[IVXLC]{1,8}+|\d{1,3}+)\.?|SYNOPSIS\.?|Synopsis\.?)$"
)
# '(TO BE CONTINUED.)', '(Continued Tomorrow.)', '(THE END.)'
CLOSE = re.compile(
    r"^\((?:TO BE CONTINUED|To Be Continued|To be continued|CONTINUED TOMORROW"
    r"|Continued Tomorrow|THE END|The End)\.?\)$"
)
SERIAL_PART = "a serial's part: its chapter's number ('CHAPTER XIV.') or 'SYNOPSIS.'"
CHAPTER_TITLE = "a serial's chapter title, on its own line under the chapter's number"
_TITLE_MAX = 60  # characters of a chapter's title


def serial_part(text: str) -> bool:
    """A serial's chapter number, synopsis word or closing note: part of the installment."""
    return bool(PART.match(text) or CLOSE.match(text))


def serial_parts(units: list[Unit]) -> list[Unit]:
    """Each chapter number and synopsis word a subhead, and a chapter's title line under
    its number one too (one pass)."""
    out: list[Unit] = []
    for unit in units:
        one = len(unit.lines) == 1 and unit.kind == "text"
        text = unit.lines[0].text
        if one and PART.match(text):
            unit = replace(unit, kind="subhead", rule=SERIAL_PART)
        elif one and out and out[-1].rule == SERIAL_PART and len(text) <= _TITLE_MAX:
            if out[-1].lines[0].text.upper().startswith("CHAPTER") and text[:1].isupper():
                unit = replace(unit, kind="subhead", rule=CHAPTER_TITLE)
        out.append(unit)
    return out
