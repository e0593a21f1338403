"""A list of entries each led by its label run in with a dash ('Eighth grade—Ruth Ames, …',
'Rialto—Harold Vance in …') under its title: each entry is a paragraph as printed, neither
the title's deck nor the opening of a story (no lead)."""

from __future__ import annotations

import re

from reader.ingest.calendar import EN_WEEKDAY
from reader.ingest.pieces import Piece

RUN_IN_ENTRIES = (
    "article: entries led by their labels run in with a dash ('Eighth grade—NAMES'), all the"
    " text under the title: a list's paragraphs, no deck and no lead"
)
# A label of one word in capitals and up to two more in small letters, the dash, then the
# entry (a name, a title in quotes); bounded, so a long line is read once.
_ENTRY = re.compile(r"^[A-Z][a-z]{1,15}+(?: [a-z]{1,15}+){0,2}[—–](?=[A-Z\"“])")
_DAY = re.compile(rf"^{EN_WEEKDAY}")
# An entry names people or a play on a line or two; a longer one tells a story's paragraph.
_ENTRY_MAX = 90
# A place and a dash before a told sentence ('Washington—The Senate passed the bill
# today.') is a dateline: the brief's own paragraph, not an entry's label.
_TOLD = re.compile(
    r"^[^—–]+[—–](?:The|A|An|It|He|She|They|There|This|Its|Their)\s(?:\S+\s){3,}\S*[.!?]['\"’”]?$"
)


def run_in_list(pieces: list[Piece]) -> list[Piece]:
    """The pieces, their text under the first made paragraphs when every text piece there
    (two or more) is a run-in entry; a story of place notes holds other text too."""
    rest = [p for p in pieces[1:] if p.kind == "text"]
    if len(rest) < 2 or len(rest) != len(pieces) - 1:
        return pieces
    if not all(len(p.text) <= _ENTRY_MAX and _ENTRY.match(p.text) for p in rest):
        return pieces
    if any(_DAY.match(p.text) for p in rest):
        return pieces  # 'Monday—…': a week's programme (bullets), or a story's days
    if any(_TOLD.match(p.text) for p in rest):
        return pieces  # datelined briefs: the first is the lead
    return [pieces[0], *(Piece("paragraph", p.chunk, p.unit, rule=RUN_IN_ENTRIES) for p in rest)]
