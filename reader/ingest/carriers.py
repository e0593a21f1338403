"""A shipping list's and a time table's lines: a ship's ('Str. Halcyon (Br.), Morrow, from
Cardiff, coal.') or a train's ('No. 4, Mail and Express ...... 6:40 a.m.'), and the group
labels over them ('ARRIVED', 'Sailed.', 'EASTBOUND'): each line is looked up on its own, a
`bullet`, under the label that says which way it went, a `subhead` (docs/representation.md,
"A shipping list and a time table")."""

from __future__ import annotations

import re

CARRIER_ROW = (
    "a ship's or a train's line of a shipping list or a time table"
    " ('Str. NAME, from PORT', 'No. 4, NAME .... 6:40 a.m.'): an entry"
)
CARRIER_GROUP = (
    "a shipping list's or a time table's group label ('ARRIVED', 'Sailed.', 'EASTBOUND')"
    " over its ships' or trains' lines"
)
# The rig's word, the ship's name and a comma: an abbreviated rig ('Str.', 'Schr.') is a
# ship's; a rig spelt whole ('Bark', 'Tug') is one only before the port it came from or
# sailed for. Bounded, so a long line is read once.
_NAME = r"[A-Z][\w.'’()& -]{0,60}?,"
# A train's number and name, leader dots (spaced or not) and the hour it leaves: 'No. 8,
# Flyer ......... 3:15 p.m.', 'No. 12, Local . . . . 5:05 p. m.'.
_TRAIN = (
    r"No\. \d{1,4},? [A-Z][\w'’&-]*(?: [\w'’&-]+){0,5} ?(?:\. ?){3,60}\d{1,2}[:.]\d\d ?[ap]\. ?m\.$"
)
_SHIP = re.compile(
    rf"^(?:(?:Str|Stmr|Schr|Sch|Bktn|Bk)\. {_NAME}"
    rf"|(?:Bark|Brig|Tug|Ship|Sloop|Barge|Steamer|Schooner) {_NAME}.{{0,80}}?\b(?:from|for)\b)"
)
_TRAIN_ROW = re.compile(rf"^{_TRAIN}")
_GROUP = re.compile(
    r"^(?:ARRIVED|SAILED|CLEARED|DEPARTED|Arrived|Sailed|Cleared|Departed"
    r"|(?:EAST|WEST|NORTH|SOUTH)BOUND|(?:East|West|North|South)bound)\.?$"
)


def carrier_row(text: str, trains: bool = True) -> bool:
    """A ship's line (its rig, its name, the port it came from or sailed for) or, with
    trains, a train's (its number, its name, leader dots, its hour)."""
    return _SHIP.match(text) is not None or trains and _TRAIN_ROW.match(text) is not None


def carrier_group(text: str) -> bool:
    """A shipping list's or a time table's group label on its own line."""
    return _GROUP.match(text) is not None
