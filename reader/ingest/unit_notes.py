"""A table's unit note in brackets, alone on its line over the table's rows ('(단위: 원, 1인
가구 기준)', '(26일 종가, 단위: 원)'): it tells how to read the numbers under it, so it is
the table's first line in the body, never the deck of the title above it (a deck says
something of the story; a unit note says what the figures count)."""

from __future__ import annotations

import re

from reader.ingest.pieces import Piece

UNIT_NOTE = "article: a table's unit note in brackets over its rows ('(단위: 원)'), no deck"

# The whole line in brackets, the unit's label at its start or after a comma.
_UNIT_NOTE = re.compile(r"^\((?:[^()]*[,·]\s*)?단위\s*[:：]\s*[^():：]{1,30}\)$")


def unit_note(p: Piece, nxt: Piece | None) -> bool:
    """p, a bracketed unit note of one line, stands over a table's row (cells apart by tabs)."""
    if p.kind != "text" or nxt is None or len(p.unit.lines) != 1:
        return False
    return bool(_UNIT_NOTE.match(p.text)) and "\t" in nxt.unit.lines[0].text
